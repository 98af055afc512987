import BriefingModels

/// Which gold party each extracted party of one article stands for: the one with the same id,
/// or, for a party whose id the extractor made from the text, a gold party that shares a name.
///
/// Annotators give an unknown party the slug of the fullest name the article gives ("Kmart
/// Corp." → `kmart-corp`, `Evaluation/gold/README.md`); the extractor gives the slug of the name
/// it settles on (`kmart`). That is the same party found, under another spelling of its id, and
/// counting it as one missing and one spurious party (and its statements as missed) measured the
/// convention, not the reading. A party the gazetteer named (its id the slug of none of its
/// mentions: "Red Cross" read as `international-committee-of-the-red-cross`) keeps its id: taking
/// it for another party is a real mistake.
struct GoldPartyAlignment: Sendable {
  /// Extracted id → gold id, for the parties aligned by a shared name only.
  private(set) var renamed: [String: String] = [:]

  init(extracted: [Party], gold: [GoldFile.PartyNames]) {
    let extractedIDs = Set(extracted.map(\.id))
    let goldIDs = Set(gold.map(\.id))
    var open = gold.filter { !extractedIDs.contains($0.id) }
    for party in extracted where !open.isEmpty && !goldIDs.contains(party.id) {
      let spoken = Set(party.mentions.map { Slug.make($0.text, fallback: "") })
      guard spoken.contains(party.id) else { continue }
      let found = open.firstIndex { g in
        spoken.contains(g.id) || (g.names ?? []).contains { spoken.contains(Slug.make($0)) }
      }
      if let found {
        renamed[party.id] = open[found].id
        open.remove(at: found)
      }
    }
  }

  /// The gold id that `id` stands for: its aligned gold party's, or its own.
  func goldID(_ id: String) -> String { renamed[id] ?? id }
}
