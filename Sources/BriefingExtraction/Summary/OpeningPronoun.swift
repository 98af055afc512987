import BriefingModels

/// A summary sentence is read out of its article, so one that opens "He said …" leaves the
/// reader asking who: this finds the person the statement finder resolved the pronoun to.
enum OpeningPronoun {
  static let pronouns: Set<Substring> = ["He", "She", "They"]

  /// The pronoun `sentence` opens with ("He" in "He said …"), or nil.
  static func opening(_ sentence: String) -> Substring? {
    let first = sentence.prefix { $0 != " " }
    return pronouns.contains(first) && first.count < sentence.count ? first : nil
  }

  /// The named person an opening pronoun stands for: the speaker of a statement of that
  /// sentence whose reporting word follows the pronoun within a few words ("He also said").
  static func person(sentence: String, index: Int, statements: [Statement]) -> String? {
    guard opening(sentence) != nil else { return nil }
    let words = sentence.split(separator: " ").prefix(5).dropFirst().map {
      $0.lowercased().filter(\.isLetter)
    }
    return statements.first { s in
      guard s.sentence == index, let speaker = s.speaker, !speaker.isEmpty else { return false }
      let cue = s.cue.split(separator: " ").first.map { $0.lowercased() } ?? ""
      return words.contains(cue)
    }?.speaker
  }

  /// `sentence` with its opening pronoun replaced by `name` ("He said" → "Dmitry Peskov said").
  static func naming(_ sentence: String, _ name: String) -> String {
    guard let pronoun = opening(sentence) else { return sentence }
    return name + sentence.dropFirst(pronoun.count)
  }
}
