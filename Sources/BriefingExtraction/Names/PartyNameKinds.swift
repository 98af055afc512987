/// How a gold set's party (an id and the surface forms an annotator listed) becomes tagger
/// annotations: which of its forms are names on their own, and of which kind, by rule, so the
/// training data follow from the gold files alone.
extension Gazetteer {
  /// Lower-case words a name may hold between capitalised ones ("University of Portsmouth",
  /// "Abdel Fattah al-Burhan", "Mission in Ukraine").
  static let nameConnectors: Set<String> = [
    "of", "the", "for", "and", "in", "on", "de", "del", "da", "du", "des", "al", "el", "la", "le",
    "van", "von", "bin", "ibn",
  ]

  /// The tagger's kind of a party: a state is a PLACE (as GUM marks countries), a person a
  /// PERSON, anything else the gazetteer knows an ORGANIZATION. A party it does not know is an
  /// organisation when it is a state's body by name ("qatari-foreign-ministry") or one of its
  /// forms ends in an organisation head ("Rapid Support Forces", "Carter Center"), else a person
  /// (what the gold set's unknown parties otherwise are).
  public func nameKind(ofParty id: String, forms: [String]) -> NameKind {
    if let entry = entry(id) {
      switch entry.kind {
      case .state: return .place
      case .person: return .person
      case .organization, .group: return .organization
      }
    }
    if state(of: id) != nil { return .organization }
    let heads = orgHeads.union(GazetteerCodes.corporateHeads)
    for form in forms {
      if let last = Tokenizer.tokens(of: form).last(where: \.isWord), heads.contains(last.norm) {
        return .organization
      }
    }
    return .person
  }

  /// Whether a listed form is a name on its own, as GUM marks names: it opens and ends with a
  /// capitalised word, its other lower-case words are connectors, and it is no demonym
  /// ("Russian") or language. "alliance", "China's foreign ministry" and "Israeli forces" are not.
  public func isName(_ form: String) -> Bool {
    let tokens = Tokenizer.tokens(of: form)
    let words = tokens.filter(\.isWord)
    guard let first = words.first, let last = words.last, first.isCapitalized,
      last.isCapitalized
    else { return false }
    for w in words where !w.isCapitalized && !w.isAllCaps {
      if !Self.nameConnectors.contains(w.norm) { return false }
    }
    let whole = index.matches(tokens, at: 0).filter { $0.tokens.count == tokens.count }
    return !whole.contains {
      if case .demonym = $0.meaning { return true }
      return false
    }
  }
}
