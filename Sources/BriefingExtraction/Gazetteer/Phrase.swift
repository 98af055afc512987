/// What a gazetteer phrase stands for when it is found in a text.
enum PhraseMeaning: Sendable, Hashable {
  /// A party's name or alias ("Russia", "Russian Federation", "NATO", "Dmitry Peskov").
  case name(String)
  /// A state's demonym ("Russian"): the state, unless it names a language.
  case demonym(String)
  /// A state's capital ("Moscow"): the state when it acts, a place when it is a location.
  case capital(String)
  /// A body every state has ("Ministry of Defense"): index into `Gazetteer.bodies`.
  case body(Int)
  /// A noun that after a demonym stands for the state ("delegation").
  case stateNoun
  /// A place that is not a party ("Istanbul").
  case place(String)
  /// A title or role before a person's name ("spokesperson").
  case title(String)
}

/// A gazetteer phrase as tokens, with how strictly each token must match.
struct Phrase: Sendable, Hashable {
  var tokens: [String]
  /// Per token: must the text token start with a capital (names) or equal it exactly (acronyms)?
  var casing: [Casing]
  var meaning: PhraseMeaning

  enum Casing: Sendable, Hashable {
    case any, capitalized
    case exact(String)
  }

  init(_ text: String, meaning: PhraseMeaning, caseSensitive: Bool) {
    let toks = Tokenizer.tokens(of: text)
    tokens = toks.map(\.norm)
    casing = toks.map { t in
      guard caseSensitive, t.isWord else { return .any }
      if t.isAllCaps { return .exact(String(t.text)) }
      return t.isCapitalized ? .capitalized : .any
    }
    self.meaning = meaning
  }

  /// Whether the phrase matches `tokens` starting at `i`.
  func matches(_ text: [Token], at i: Int) -> Bool {
    guard i + tokens.count <= text.count else { return false }
    for (k, want) in tokens.enumerated() {
      let t = text[i + k]
      guard t.norm == want else { return false }
      switch casing[k] {
      case .any: continue
      case .capitalized: if !t.isCapitalized { return false }
      case .exact(let s): if t.text != s { return false }
      }
    }
    return true
  }
}

/// Phrases indexed by their first token, longest first: finding every phrase that starts at a
/// token costs one dictionary look-up, whatever the size of the gazetteer.
struct PhraseIndex: Sendable {
  private var byFirst = WordTable<[Phrase]>()

  /// Adds a phrase after the phrases of its first token that are as long or longer (what a
  /// stable sort, longest first, would give), in place: every process builds the built-in index.
  mutating func add(_ phrase: Phrase) {
    guard let first = phrase.tokens.first else { return }
    byFirst.modify(first, default: []) { Self.insert(phrase, into: &$0) }
  }

  private static func insert(_ phrase: Phrase, into list: inout [Phrase]) {
    if list.contains(phrase) { return }
    let at = list.firstIndex { $0.tokens.count < phrase.tokens.count } ?? list.endIndex
    list.insert(phrase, at: at)
  }

  /// Whether some phrase matches at `i` (`matches` without its array).
  func hasMatch(_ tokens: [Token], at i: Int) -> Bool {
    guard let list = byFirst[tokens[i].norm] else { return false }
    return list.contains { $0.matches(tokens, at: i) }
  }

  /// Every phrase that matches at `i`, longest first.
  func matches(_ tokens: [Token], at i: Int) -> [Phrase] {
    guard let list = byFirst[tokens[i].norm] else { return [] }
    return list.filter { $0.matches(tokens, at: i) }
  }
}
