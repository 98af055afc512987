import BriefingModels

/// Words that name a happening, and the kind of event each one makes.
///
/// The first trigger of a sentence decides its kind. Weak triggers (adjectives such as
/// "humanitarian") classify a dated sentence but do not by themselves make an undated
/// sentence an event.
enum EventTriggers {
  static let words: [Event.Kind: [String]] = [
    .exchange: [
      "exchange", "exchanged", "exchanges", "swap", "swapped", "swaps", "freed", "released",
      "hostages", "handed", "returned", "handover",
    ],
    .agreement: [
      "agreement", "agreements", "agreed", "deal", "accord", "signed", "treaty",
      "ceasefire", "truce",
    ],
    .negotiation: ["memorandum", "memoranda", "proposals", "proposal", "draft", "negotiated"],
    .meeting: [
      "meeting", "meetings", "met", "meet", "summit", "gathering", "visit", "visited", "hosted",
      "convened",
      "gathered",
      "talks", "negotiations", "negotiation", "round",
    ],
    .attack: [
      "attack", "attacks", "attacked", "strike", "strikes", "struck", "shelling", "shelled",
      "bombardment", "bombing", "bombed", "missile", "missiles", "drone", "drones", "killed",
      "offensive", "assault", "raid", "explosion", "explosions", "fired", "shot", "invasion",
      "fighting", "clashes", "destroyed", "bombarded",
    ],
    .deployment: [
      "deployed", "deployment", "deploy", "stationed", "mobilization", "mobilisation", "mobilized",
      "mobilised", "dispatched", "withdrew", "withdrawal",
    ],
    .humanitarian: [
      "humanitarian", "aid", "evacuation", "evacuated", "repatriated", "medical", "hospitals",
      "treatment",
      "relief", "bodies", "remains", "repatriation",
    ],
    .election: ["election", "elections", "vote", "voted", "ballot", "referendum", "elected"],
    .sanction: ["sanctions", "sanctioned", "embargo", "tariffs", "suspended", "package"],
  ]

  /// Clues used only when a sentence names no happening of the kinds above.
  static let fallback: WordTable<Event.Kind> = [
    "arrived": .deployment, "landed": .deployment, "conversation": .other, "phone": .other,
    "call": .other,
  ]

  static let weak: WordSet = [
    "humanitarian", "medical", "treatment", "hospitals", "relief", "aid", "missile", "missiles",
    "drone",
    "drones", "ceasefire", "proposals", "proposal", "draft", "round", "bodies", "remains",
  ]

  static let index: WordTable<Event.Kind> = {
    var out: [String: Event.Kind] = [:]
    for (kind, ws) in words { for w in ws { out[w] = kind } }
    return WordTable(out)
  }()

  /// The trigger nearest to the token range `r` (a date), before or after it.
  static func nearest(to r: Range<Int>, in tokens: [Token], extra: [(Int, Event.Kind)] = [])
    -> Event.Kind?
  {
    var best: (distance: Int, kind: Event.Kind)? = nil
    var candidates = extra
    for (k, t) in tokens.enumerated() where t.isWord {
      if let kind = index[t.norm], !isOtherSense(k, tokens) { candidates.append((k, kind)) }
    }
    for (k, kind) in candidates {
      let d = k < r.lowerBound ? r.lowerBound - k : max(0, k - r.upperBound + 1)
      if best == nil || d < best!.distance { best = (d, kind) }
    }
    return best?.kind
  }

  /// The first trigger of the tokens, with whether it is strong enough to make an event alone.
  static func first(in tokens: [Token]) -> (kind: Event.Kind, strong: Bool)? {
    for (k, t) in tokens.enumerated() where t.isWord {
      if let kind = index[t.norm], !isOtherSense(k, tokens) {
        return (kind, !weak.contains(t.norm))
      }
    }
    return nil
  }

  /// Whether any strong trigger is present.
  static func hasStrong(_ tokens: [Token]) -> Bool {
    tokens.indices.contains { k in
      tokens[k].isWord && index[tokens[k].norm] != nil && !weak.contains(tokens[k].norm)
        && !isOtherSense(k, tokens)
    }
  }

  /// Triggers that mean something else before the word given: a verdict or a sentence
  /// "handed down" is no handover.
  static let otherSenses: WordTable<WordSet> = ["handed": ["down"]]

  /// Whether the trigger at `k` is used in one of its `otherSenses`.
  static func isOtherSense(_ k: Int, _ tokens: [Token]) -> Bool {
    guard let next = otherSenses[tokens[k].norm], k + 1 < tokens.count else { return false }
    return next.contains(tokens[k + 1].norm)
  }
}
