import BriefingModels

/// Span annotations for the tagger made from lists of names: every occurrence of a listed name
/// in a text, matched word for word and case-sensitively, longest first, never across
/// sentences; and the sentences whose annotation is unsure because they hold a capitalised
/// word nobody listed. This turns the gold set's party lists into training documents.
public struct NameAnnotator: Sendable {
  /// A surface form to look for and the kind its occurrences get.
  public struct Name: Sendable, Hashable {
    public var text: String
    public var kind: NameKind
    public init(text: String, kind: NameKind) {
      self.text = text
      self.kind = kind
    }
  }

  /// Capitalised words that are no names in GUM's sense: calendar words and "I".
  static let calendarWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "i",
  ]

  let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  /// The text extraction reads from an article (markup removed), so that annotations line up
  /// with the tagger's sentences.
  public static func plainText(of article: Article) -> String {
    PlainText.of(article.body, markdown: article.format == .markdown)
  }

  /// The occurrences of the names in `text`, at UTF-8 byte offsets, and the byte ranges of the
  /// sentences to leave out of training. At each place the longest listed name wins; the
  /// gazetteer's states, capitals and places that no listed name covers are places (an
  /// annotator lists a city only where it is a party). A sentence is unsure when a capitalised
  /// word other than its first is in no name and is no title, demonym, state noun or calendar
  /// word ("the Gaza Strip" where only "Gaza" is listed, an unlisted "Meridian").
  public func annotate(_ text: String, names: [Name]) -> (names: [NameSpan], unsure: [Range<Int>]) {
    let wanted = names.map { n in
      (words: Tokenizer.tokens(of: n.text).map { String($0.text) }, kind: n.kind)
    }.filter { !$0.words.isEmpty }
    var out: [NameSpan] = []
    var unsure: [Range<Int>] = []
    for s in NameSentence.sentences(of: text, gazetteer: gazetteer) {
      var found: [(first: Int, count: Int, kind: NameKind, listed: Bool)] = []
      for i in s.tokens.indices {
        for w in wanted where i + w.words.count <= s.tokens.count {
          if w.words.indices.allSatisfy({ s.tokens[i + $0].text == w.words[$0] }) {
            found.append((i, w.words.count, w.kind, true))
          }
        }
        for p in gazetteer.index.matches(s.tokens, at: i) where isPlace(p.meaning) {
          found.append((i, p.tokens.count, .place, false))
        }
      }
      // Listed names first, then the longest, then the earliest: "Russian Foreign Ministry"
      // before "Russian".
      found.sort {
        if $0.listed != $1.listed { return $0.listed }
        return $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first
      }
      var taken = [Bool](repeating: false, count: s.tokens.count)
      var kept: [(first: Int, count: Int, kind: NameKind)] = []
      for f in found where !(f.first..<f.first + f.count).contains(where: { taken[$0] }) {
        for k in f.first..<f.first + f.count { taken[k] = true }
        kept.append((f.first, f.count, f.kind))
      }
      for f in kept.sorted(by: { $0.first < $1.first }) {
        out.append(
          NameSpan(start: s.starts[f.first], end: s.ends[f.first + f.count - 1], kind: f.kind))
      }
      let firstWord = s.tokens.firstIndex(where: \.isWord) ?? 0
      let stray = s.tokens.indices.contains { i in
        let t = s.tokens[i]
        guard i > firstWord, t.isWord, t.isCapitalized || t.isAllCaps, !taken[i] else {
          return false
        }
        let code = s.codes[i] & ~GazetteerCodes.head
        // 10/11: a demonym, 16/17: a title, 20/21: a state noun (`GazetteerCodes`).
        return ![10, 11, 16, 17, 20, 21].contains(code) && !Self.calendarWords.contains(t.norm)
      }
      if stray, let first = s.starts.first, let last = s.ends.last { unsure.append(first..<last) }
    }
    return (out, unsure)
  }

  private func isPlace(_ meaning: PhraseMeaning) -> Bool {
    switch meaning {
    case .capital, .place: return true
    case .name(let id): return entry(id)?.kind == .state
    default: return false
    }
  }

  private func entry(_ id: String) -> Gazetteer.Entry? { gazetteer.entry(id) }
}
