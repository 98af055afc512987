/// Reports of the same happening that contradict each other: on its date, on a count, or on
/// who did (or failed to do) it. Each claim names its article and sentence, so a reader can
/// weigh the sources instead of the site silently picking one.
public struct Disagreement: Codable, Sendable, Hashable, Identifiable {
  /// What the reports differ on.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case date, number, actor
  }

  /// Stable slug, used as the disagreement's anchor.
  public var id: String
  public var kind: Kind
  /// What it is about, in a few words ("exchange of prisoners", "Russia and Ukraine").
  public var subject: String
  /// Timeline entry ids the claims were reported in (empty when none is an event).
  public var entries: [String]
  /// Two or more claims, each from a different article, in corpus order.
  public var claims: [Claim]

  public init(id: String, kind: Kind, subject: String, entries: [String], claims: [Claim]) {
    self.id = id
    self.kind = kind
    self.subject = subject
    self.entries = entries
    self.claims = claims
  }

  /// One side of a disagreement: what one article's sentence says.
  public struct Claim: Codable, Sendable, Hashable {
    /// Article id.
    public var article: String
    /// The outlet (`source` of the front matter), else the article's title.
    public var source: String
    public var sentence: Int
    /// The sentence as the article has it.
    public var text: String
    /// The differing value as the text shows it ("June 7", "1,200 prisoners", "failed to
    /// turn up").
    public var value: String
    /// Whose account it is (party id), for `actor` claims; nil otherwise.
    public var party: String?

    public init(
      article: String, source: String, sentence: Int, text: String, value: String,
      party: String? = nil
    ) {
      self.article = article
      self.source = source
      self.sentence = sentence
      self.text = text
      self.value = value
      self.party = party
    }
  }
}
