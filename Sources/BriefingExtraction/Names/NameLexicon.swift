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

  var count: Int { entries.values.reduce(0) { $0 + $1.count } }

  /// Reads the lexicon's text format (see the file's header).
  init(text: String) {
    var kinds: UInt8 = 0
    var byWords: [[UInt64]: Int] = [:]
    var list: [Entry] = []
    func add(_ name: Substring, _ kind: UInt8) {
      let words: [UInt64]
      let capitals: [UInt8]
      if name.utf8.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) {
        // One ASCII word (most given names): what the tokenizer would give, without it.
        let upper = name.utf8.filter { $0 <= 90 }.count
        words = [NameFeatures.hash(name.lowercased().utf8)]
        capitals = [upper >= 2 && upper == name.utf8.count ? 2 : (name.utf8.first! <= 90 ? 1 : 0)]
      } else {
        let tokens = Tokenizer.tokens(of: String(name))
        guard !tokens.isEmpty else { return }
        words = tokens.map { NameFeatures.hash($0.norm.utf8) }
        capitals = tokens.map { $0.isAllCaps ? 2 : ($0.isCapitalized ? 1 : 0) }
      }
      if let known = byWords[words] {
        list[known].kinds |= kind
        return
      }
      byWords[words] = list.count
      list.append(Entry(words: words, capitals: capitals, kinds: kind))
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
    for e in list { entries[e.words[0], default: []].append(e) }
    for k in entries.keys { entries[k]!.sort { $0.words.count > $1.words.count } }
  }

  /// The lines of the file without their comments and the spaces, tabs and carriage returns
  /// around them, empty ones left out; read on bytes, as every process reads the file once.
  static func contentLines(of text: String) -> [Substring] {
    let utf8 = text.utf8
    func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    var out: [Substring] = []
    for raw in utf8.split(separator: UInt8(ascii: "\n")) {
      var start = raw.startIndex
      var end = raw.firstIndex(of: UInt8(ascii: "#")) ?? raw.endIndex
      while start < end, blank(utf8[start]) { start = utf8.index(after: start) }
      while end > start, blank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
      if start < end { out.append(text[start..<end]) }
    }
    return out
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
      guard tokens[i].isWord, let candidates = entries[words[i]],
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
    return entries[NameFeatures.hash(token.norm.utf8)]?.contains {
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
