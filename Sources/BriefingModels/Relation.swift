/// Who stands with whom: one party's relation to another (met, agreed with, accused, made
/// demands of), with every sentence it was read from, so a reader can check each edge.
public struct Relation: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// Took part in the same meeting or talks (symmetric).
    case met
    /// Parties to the same agreement (symmetric).
    case agreed
    /// `from` accused `to`.
    case accused
    /// `from` made a demand of `to`.
    case demanded

    /// Met and agreed hold both ways; accusations and demands go from speaker to target.
    public var isSymmetric: Bool { self == .met || self == .agreed }
  }

  /// Party id. For a symmetric kind, the smaller of the two ids.
  public var from: String
  /// Party id. For a symmetric kind, the larger of the two ids.
  public var to: String
  public var kind: Kind
  /// The sentences behind the relation, in article id and sentence order, never empty.
  public var evidence: [RelationEvidence]

  public init(from: String, to: String, kind: Kind, evidence: [RelationEvidence]) {
    self.from = from
    self.to = to
    self.kind = kind
    self.evidence = evidence
  }
}

/// One sentence a relation was read from: the article, the sentence's index (its anchor on the
/// briefing page, `s<index + 1>`) and its text.
public struct RelationEvidence: Codable, Sendable, Hashable {
  /// Article id.
  public var article: String
  /// Index of the sentence in the article's `sentences`.
  public var sentence: Int
  public var text: String

  public init(article: String, sentence: Int, text: String) {
    self.article = article
    self.sentence = sentence
    self.text = text
  }
}
