/// Counts for one kind of item (parties, events or statements): precision, recall, F1.
public struct PRF: Sendable, Hashable {
  /// Extracted items that match a gold item.
  public var matchedExtracted = 0
  /// Gold items matched by an extracted one.
  public var matchedGold = 0
  public var extracted = 0
  public var gold = 0

  public init() {}

  public var precision: Double {
    extracted == 0 ? (gold == 0 ? 1 : 0) : Double(matchedExtracted) / Double(extracted)
  }
  public var recall: Double { gold == 0 ? 1 : Double(matchedGold) / Double(gold) }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Counts a set of ids (an article's parties, a matched event's) against its gold set: each
  /// gold id is found or missed, each extracted id right or spurious.
  mutating func count(extracted: Set<String>, gold: Set<String>) {
    let common = extracted.intersection(gold).count
    self.extracted += extracted.count
    self.gold += gold.count
    matchedExtracted += common
    matchedGold += common
  }

  static func + (a: PRF, b: PRF) -> PRF {
    var c = PRF()
    c.matchedExtracted = a.matchedExtracted + b.matchedExtracted
    c.matchedGold = a.matchedGold + b.matchedGold
    c.extracted = a.extracted + b.extracted
    c.gold = a.gold + b.gold
    return c
  }
}

/// An attribute's accuracy over matched items (kind of events, stance of statements, ...).
public struct Accuracy: Sendable, Hashable {
  public var correct = 0
  public var total = 0

  public init() {}

  public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }

  mutating func count(_ ok: Bool) {
    total += 1
    if ok { correct += 1 }
  }

  static func + (a: Accuracy, b: Accuracy) -> Accuracy {
    var c = Accuracy()
    c.correct = a.correct + b.correct
    c.total = a.total + b.total
    return c
  }
}

/// One disagreement between the extraction and the gold set, for the error list.
public struct GoldMistake: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case missingParty = "missing party"
    case spuriousParty = "spurious party"
    case missingEvent = "missing event"
    case spuriousEvent = "spurious event"
    case eventKind = "event kind"
    case eventParties = "event parties"
    case eventPlaces = "event places"
    case missingStatement = "missing statement"
    case spuriousStatement = "spurious statement"
    case stance
    case target
  }

  public var article: String
  public var kind: Kind
  public var detail: String

  public var description: String { "\(article): \(kind.rawValue): \(detail)" }
}

/// The scores of one article or of the whole set.
public struct GoldScore: Sendable, Hashable {
  public var parties = PRF()
  public var events = PRF()
  public var statements = PRF()
  public var eventKind = Accuracy()
  /// Exact set equality of a matched event's parties with the gold ones.
  public var eventParties = Accuracy()
  /// A matched event's parties as sets of ids, micro-averaged over matched events.
  public var eventPartyIDs = PRF()
  public var eventPlaces = Accuracy()
  public var stance = Accuracy()
  public var target = Accuracy()
  public var mistakes: [GoldMistake] = []
  /// Extracted parties read as a gold party of another id by a shared name
  /// (``GoldPartyAlignment``), as "article: extracted → gold".
  public var renamedParties: [String] = []

  public init() {}

  static func + (a: GoldScore, b: GoldScore) -> GoldScore {
    var c = GoldScore()
    c.parties = a.parties + b.parties
    c.events = a.events + b.events
    c.statements = a.statements + b.statements
    c.eventKind = a.eventKind + b.eventKind
    c.eventParties = a.eventParties + b.eventParties
    c.eventPartyIDs = a.eventPartyIDs + b.eventPartyIDs
    c.eventPlaces = a.eventPlaces + b.eventPlaces
    c.stance = a.stance + b.stance
    c.target = a.target + b.target
    c.mistakes = a.mistakes + b.mistakes
    c.renamedParties = a.renamedParties + b.renamedParties
    return c
  }
}
