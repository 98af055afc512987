import Foundation

/// The world lexicon (`Resources/lexicon.txt`): given names, well-known organisations and places
/// of the whole world, read by the name tagger as evidence at each token (the classic gazetteer
/// features of CRF taggers). It makes no span itself, "Ford", "Apple", "Amazon" and "Jordan" are
/// left to the tagger, with one exception: an organisation-only name that opens a sentence as its
/// subject, where a capital tells the tagger nothing (`TaggedNames.lexiconSubject`).
struct NameLexicon: Sendable {
  /// Kinds, as bits: a name may be in several sections ("Jordan": a given name and a place).
  static let person: UInt8 = 1
  static let organization: UInt8 = 2
  static let place: UInt8 = 4

  /// One name: its words' hashes (`NameFeatures.hash` of the token's `norm`), the capitals each
  /// word demands (0 none, 1 a capital, 2 all capitals) and its kinds.
  struct Entry: Sendable {
    var words: [UInt64]
    var capitals: [UInt8]
    var kinds: UInt8
  }

  /// Entries by their first word's hash, longest first.
  private(set) var entries: [UInt64: [Entry]] = [:]
  /// `entries`' buckets, and the place of each by its first word's hash (`bucket(_:)`): the
  /// look-up per word token without `Hasher`.
  private var buckets: [[Entry]] = []
  private var firstWords = HashSlots()

  var count: Int { entries.values.reduce(0) { $0 + $1.count } }

  /// Reads the lexicon's text format (see the file's header). Every process reads it once, so
  /// each name costs a look-up by its first word and a scan of the few names sharing it: no
  /// dictionary keyed by whole names, no `String` per given name, no sort at the end.
  init(text: String) {
    var kinds: UInt8 = 0
    // About one name per 8 bytes of the file: the table grows once or not at all.
    var table: [UInt64: [Entry]] = Dictionary(minimumCapacity: text.utf8.count / 8)
    func add(_ name: Substring, _ kind: UInt8) {
      let words: [UInt64]
      let capitals: [UInt8]
      if name.utf8.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) {
        // One ASCII word (most given names): what the tokenizer would give, without it. The
        // hash is that of the word in lower case (`| 0x20` lowers an ASCII letter).
        var upper = 0
        for b in name.utf8 where b <= 90 { upper += 1 }
        words = [NameFeatures.hash(name.utf8.lazy.map { $0 | 0x20 })]
        capitals = [upper >= 2 && upper == name.utf8.count ? 2 : (name.utf8.first! <= 90 ? 1 : 0)]
      } else {
        let tokens = Tokenizer.tokens(of: String(name))
        guard !tokens.isEmpty else { return }
        words = tokens.map { NameFeatures.hash($0.norm.utf8) }
        capitals = tokens.map { $0.isAllCaps ? 2 : ($0.isCapitalized ? 1 : 0) }
      }
      let entry = Entry(words: words, capitals: capitals, kinds: kind)
      Self.insert(entry, into: &table[words[0], default: []])
    }
    for line in Self.contentLines(of: text) {
      switch line {
      case "[given]": kinds = Self.person
      case "[organization]": kinds = Self.organization
      case "[place]": kinds = Self.place
      default:
        guard kinds != 0 else { continue }
        if kinds == Self.person {
          for word in line.utf8.split(separator: UInt8(ascii: " ")) { add(Substring(word), kinds) }
        } else {
          add(line, kinds)
        }
      }
    }
    entries = table
    var places: [(UInt64, Int32)] = []
    places.reserveCapacity(table.count)
    buckets.reserveCapacity(table.count)
    for (word, bucket) in table {
      places.append((word, Int32(buckets.count)))
      buckets.append(bucket)
    }
    firstWords = HashSlots(places, count: places.count)
  }

  /// The names whose first word has hash `word` (`entries[word]`).
  @inline(__always)
  func bucket(_ word: UInt64) -> [Entry]? {
    firstWords.value(word).map { buckets[Int($0)] }
  }

  /// Adds a name to the names sharing its first word, kept longest first and, among names of
  /// one length, in the order of the file; a name already there (the same words, as "Jordan" in
  /// two sections) takes the new kind and keeps its first capitals.
  private static func insert(_ entry: Entry, into bucket: inout [Entry]) {
    if let known = bucket.firstIndex(where: { $0.words == entry.words }) {
      bucket[known].kinds |= entry.kinds
      return
    }
    let at = bucket.firstIndex { $0.words.count < entry.words.count } ?? bucket.endIndex
    bucket.insert(entry, at: at)
  }

  /// The lines of the file without their comments and the spaces, tabs and carriage returns
  /// around them, empty ones left out; read on bytes, as every process reads the file once.
  static func contentLines(of text: String) -> [Substring] {
    var text = text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    // Offsets into the bytes, turned into indices only for the lines kept (an offset is an
    // index in O(1) in a contiguous string).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
      var ranges: [Range<Int>] = []
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        var comment: Int?
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A {
          if comment == nil, bytes[lineEnd] == UInt8(ascii: "#") { comment = lineEnd }
          lineEnd += 1
        }
        var start = lineStart
        var end = comment ?? lineEnd
        while start < end, blank(bytes[start]) { start += 1 }
        while end > start, blank(bytes[end - 1]) { end -= 1 }
        if start < end { ranges.append(start..<end) }
        lineStart = lineEnd + 1
      }
      return ranges
    }
    let ranges =
      utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    return ranges.map { r in
      let start = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
      return text[start..<utf8.index(start, offsetBy: r.count)]
    }
  }

  /// The lexicon shipped in the module's resources (empty if it is missing).
  static let builtIn: NameLexicon = {
    guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return NameLexicon(text: "") }
    return NameLexicon(text: text)
  }()

  /// Each token's code: 0 outside any name, else `kinds * 4 + position` of the longest name
  /// starting leftmost (position 0 a one-word name, 1 its first word, 2 inside, 3 its last).
  /// `words` are the tokens' hashes.
  func codes(_ tokens: [Token], words: [UInt64]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: tokens.count)
    var i = 0
    while i < tokens.count {
      guard tokens[i].isWord, let candidates = bucket(words[i]),
        let e = candidates.first(where: { matches($0, tokens, words, at: i) })
      else {
        i += 1
        continue
      }
      let n = e.words.count
      for k in 0..<n {
        let position: UInt8 = n == 1 ? 0 : (k == 0 ? 1 : (k == n - 1 ? 3 : 2))
        out[i + k] = e.kinds * 4 + position
      }
      i += n
    }
    return out
  }

  /// Whether a token is a given name of the lexicon on its own ("Kevin", not "For").
  func isGivenName(_ token: Token) -> Bool {
    guard token.isWord, token.isCapitalized else { return false }
    return bucket(NameFeatures.hash(token.norm.utf8))?.contains {
      $0.words.count == 1 && $0.kinds & Self.person != 0
    } ?? false
  }

  /// A person's span that opens with capitalised words that are no given name before one that
  /// is ("Biologist Nick Bos", "For Kevin Allton", "Education Stefania Giannini"): the span from
  /// that given name on, if a word follows it; otherwise the span as it is.
  func fromGivenName(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
    guard range.count >= 3, !isGivenName(tokens[range.lowerBound]) else { return range }
    for k in (range.lowerBound + 1)..<(range.upperBound - 1) where isGivenName(tokens[k]) {
      return k..<range.upperBound
    }
    return range
  }

  private func matches(_ e: Entry, _ tokens: [Token], _ words: [UInt64], at i: Int) -> Bool {
    guard i + e.words.count <= tokens.count else { return false }
    for k in e.words.indices {
      let t = tokens[i + k]
      guard words[i + k] == e.words[k] else { return false }
      switch e.capitals[k] {
      case 2: if !t.isAllCaps { return false }
      case 1: if !t.isCapitalized { return false }
      default: break
      }
    }
    return true
  }
}
