/// Names of documents, laws and events ("Third Geneva Convention", "Minsk Agreement", "Treaty of
/// Versailles", "World Cup"): none is an actor, so none is a party, a person or a place, whatever
/// kind the tagger gives it (a model that learned organisation runs reads "Convention" as a body's
/// head). GUM and the names judges annotate no laws, works or events (names-news decision 8).
enum NameWorks {
  /// Head nouns of treaties, laws, documents and events. Not bodies that share a head with an
  /// event ("Conference", "Programme", "Initiative"): "World Food Programme" is an actor.
  static let heads: WordSet = [
    "convention", "conventions", "treaty", "treaties", "accord", "accords", "agreement",
    "agreements", "protocol", "protocols", "declaration", "charter", "pact", "act", "memorandum",
    "resolution", "amendment", "constitution", "statute", "doctrine", "summit", "games",
    "olympics", "cup", "championship", "championships", "war", "prize", "award", "awards",
  ]

  /// Whether the span's head is one of `heads`, written with a capital: its last word, or the
  /// word before its first "of" or "on" ("Treaty of Versailles", "Convention on the Rights of
  /// the Child"). One word alone ("Act", "Cup") is no name to judge.
  static func isWork(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
    let words = range.filter { tokens[$0].isWord }
    guard words.count >= 2 else { return false }
    var head = words.last
    if let of = range.first(where: { tokens[$0].norm == "of" || tokens[$0].norm == "on" }),
      of > range.lowerBound
    {
      head = of - 1
    }
    guard let h = head, tokens[h].isWord, tokens[h].isCapitalized else { return false }
    return heads.contains(tokens[h].norm)
  }
}
