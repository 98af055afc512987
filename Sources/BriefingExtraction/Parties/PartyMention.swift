import BriefingModels

/// A party named in one sentence: which party, which tokens, and how it was named.
struct PartyMention: Sendable, Hashable {
  var id: String
  /// Token positions in the sentence.
  var tokens: Range<Int>
  /// The words used ("Ministry of Defense of the Russian Federation").
  var text: String
  /// Named inside another party's name ("Russian" in "Russian Foreign Ministry"): it counts as a
  /// mention of the state, but it is not an actor of the sentence on its own.
  var embedded: Bool
  var kind: Party.Kind
}

/// A place named in one sentence, and whether it is used as a location ("in Istanbul") rather
/// than as a modifier ("the Istanbul agreements").
struct PlaceMention: Sendable, Hashable {
  var name: String
  var tokens: Range<Int>
  var locative: Bool
}

/// What the recogniser found in one sentence.
struct SentenceParties: Sendable {
  var mentions: [PartyMention] = []
  var places: [PlaceMention] = []

  /// The actors of the sentence: mentions that are not part of another party's name.
  var actors: [PartyMention] { mentions.filter { !$0.embedded } }
}
