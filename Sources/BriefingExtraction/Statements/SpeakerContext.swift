/// What earlier sentences of an article tell about who "he", "she", "it", "they" and "the
/// company" are when they speak: the last person or organisation that spoke or was named.
struct SpeakerContext: Sendable {
  /// The last person who spoke and the last person named, by gender (true: "she").
  var speaker: [Bool: (id: String, sentence: Int)] = [:]
  var mentioned: [Bool: (id: String, sentence: Int)] = [:]
  /// The last organisation (or state) that spoke, and the last organisation named.
  var organizationSpeaker: (id: String, sentence: Int)? = nil
  var organizationMentioned: (id: String, sentence: Int)? = nil
  /// The last organisations named, latest last, with their names and the words that named
  /// them: "the central bank" is the one whose name says "bank" (`organization(described:)`).
  var organizationsNamed: [(id: String, name: String, text: String)] = []
  /// The last people named with a role ("President", "Foreign Minister"), latest last: "the
  /// president" is the one whose role says so (`person(role:)`).
  var peopleWithRoles: [(id: String, role: String)] = []
  /// The last group of people no party stands for that spoke ("The scientists found …"):
  /// "they" after it are those people, unless an organisation spoke or was named since.
  var people: (text: String, sentence: Int)? = nil
  /// Who made the claims of the last sentences with statements: a denial with no party of
  /// its own answers them ("Kyiv replied that no date had been agreed").
  var lastClaimants: [String] = []
  /// The person an interview introduces as interviewed (`Interview`), and whether the sentence
  /// being read stands in a question: there "you" is the interviewee, elsewhere "I" and "we".
  var interviewee: String? = nil
  /// Whether `interviewee` is only the first person the opening names, no interview word.
  var intervieweeGuessed = false
  /// Whether the opening speaks of an interview without naming who was interviewed.
  var intervieweeUnnamed = false
  var asking = false
  /// Which tokens of the sentence being read stand inside quotation marks (empty when none
  /// do): an interview's "I" quoted from someone else is not the interviewee.
  var quotedTokens: [Bool] = []
  /// Whether the article is laid out as questions and answers (`Interview.layout`).
  var laidOut = false
  /// The sentence read before this one: the caption a credit line alone ("Image: X.") signs.
  var previousSentence: String? = nil

  /// "I"/"we" (`firstPerson`) or "you": the interviewee, when the article is an interview and
  /// the sentence is an answer (for "I", "we") or a question (for "you").
  func interviewed(firstPerson: Bool) -> String? {
    firstPerson != asking ? interviewee : nil
  }

  /// "He"/"she": the last speaker of that gender, unless someone was named since.
  func person(female: Bool) -> String? {
    if let s = speaker[female], mentioned[female].map({ s.sentence >= $0.sentence - 1 }) ?? true {
      return s.id
    }
    // (A name no list knows is recorded for both genders; one known to be a man's is no "she".)
    return mentioned[female]?.id
  }

  /// "They": the people who last spoke, when no organisation spoke or was named after them.
  func group() -> String? {
    guard let p = people, p.sentence >= (organizationSpeaker?.sentence ?? -1),
      p.sentence >= (organizationMentioned?.sentence ?? -1)
    else { return nil }
    return p.text
  }

  /// "It", "they": the last organisation that spoke, unless another was named since; "the
  /// company" (`named: true`): the last organisation named.
  func organization(named: Bool = false) -> String? {
    if named { return organizationMentioned?.id ?? organizationSpeaker?.id }
    if let s = organizationSpeaker,
      organizationMentioned.map({ s.sentence >= $0.sentence - 1 }) ?? true
    {
      return s.id
    }
    return organizationMentioned?.id
  }
}
