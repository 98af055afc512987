/// Who said what: a party's claim, denial, accusation, commitment or demand.
public struct Statement: Codable, Sendable, Hashable {
  public enum Stance: String, Codable, Sendable, CaseIterable {
    case assert, deny, accuse, commit, demand, other
  }

  /// Party id of who made the statement; empty when no party stands for the speaker, who is
  /// then `speakerText`.
  public var party: String
  /// The person speaking, when one is named ("Dmitry Peskov").
  public var speaker: String?
  /// Who spoke as the text names them, when no party stands for them ("researchers", "the
  /// report", "local officials"): shown as plain text, never linked to a party page.
  public var speakerText: String?
  /// The reporting word ("dismissed", "according to").
  public var cue: String
  public var stance: Stance
  /// What was said.
  public var text: String
  /// Party id the statement is aimed at, when there is one.
  public var target: String?
  public var sentence: Int

  public init(
    party: String, speaker: String? = nil, cue: String, stance: Stance, text: String,
    target: String? = nil, sentence: Int, speakerText: String? = nil
  ) {
    self.party = party
    self.speaker = speaker
    self.speakerText = speakerText
    self.cue = cue
    self.stance = stance
    self.text = text
    self.target = target
    self.sentence = sentence
  }

  /// Whether a party stands for the speaker (else only `speakerText` says who spoke).
  public var hasParty: Bool { !party.isEmpty }

  private enum CodingKeys: String, CodingKey {
    case party, speaker, speakerText, cue, stance, text, target, sentence
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    party = try c.decode(String.self, forKey: .party)
    speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
    speakerText = try c.decodeIfPresent(String.self, forKey: .speakerText)
    cue = try c.decode(String.self, forKey: .cue)
    stance = try c.decode(Stance.self, forKey: .stance)
    text = try c.decode(String.self, forKey: .text)
    target = try c.decodeIfPresent(String.self, forKey: .target)
    sentence = try c.decode(Int.self, forKey: .sentence)
  }

  /// `speaker` and `target` are always present, as `null` when unknown (the JSON contract);
  /// `speakerText`, added later, only when there is one.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(party, forKey: .party)
    try c.encode(speaker, forKey: .speaker)
    try c.encodeIfPresent(speakerText, forKey: .speakerText)
    try c.encode(cue, forKey: .cue)
    try c.encode(stance, forKey: .stance)
    try c.encode(text, forKey: .text)
    try c.encode(target, forKey: .target)
    try c.encode(sentence, forKey: .sentence)
  }
}
