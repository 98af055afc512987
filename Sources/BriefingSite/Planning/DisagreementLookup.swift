import BriefingModels

/// The corpus's disagreements by timeline entry and by article, and a hash of how each one
/// shows, so the timeline and briefing pages that show one are rebuilt when it changes.
struct DisagreementLookup: Sendable {
  let all: [Disagreement]
  /// Timeline entry id → positions in ``all``.
  let byEntry: [String: [Int]]
  /// Article id → positions in ``all`` of the disagreements it makes a claim in.
  let byArticle: [String: [Int]]
  /// Per disagreement, a hash of every field and of the titles and dates of its articles.
  let digests: [String]

  /// Bump when a disagreement starts to show something new.
  static let recipe = "disagreement 1"

  init(_ index: SiteIndex) {
    all = index.corpus.disagreements
    var byEntry: [String: [Int]] = [:]
    var byArticle: [String: [Int]] = [:]
    var digests: [String] = []
    for (i, d) in all.enumerated() {
      for e in uniqued(d.entries) { byEntry[e, default: []].append(i) }
      for a in uniqued(d.claims.map(\.article)) { byArticle[a, default: []].append(i) }
      var f = Fingerprint()
      f.add(Self.recipe)
      f.add(d.id)
      f.add(d.kind.rawValue)
      f.add(d.subject)
      f.add(String(d.entries.count))
      for e in d.entries { f.add(e) }
      f.add(String(d.claims.count))
      for c in d.claims {
        f.add(c.article)
        f.add(c.source)
        f.add(String(c.sentence))
        f.add(c.text)
        f.add(c.value)
        f.add(c.party ?? "\u{0}")
        f.add(c.party.map(index.partyName) ?? "\u{0}")
        let meta = index.article(c.article)
        f.add(meta?.title ?? "\u{0}")
        f.add(meta?.published ?? "\u{0}")
      }
      digests.append(f.hex)
    }
    self.byEntry = byEntry
    self.byArticle = byArticle
    self.digests = digests
  }

  /// The hash of the disagreements at `positions`, for a page key ("" when there are none).
  func digest(_ positions: [Int]?) -> String {
    guard let positions, !positions.isEmpty else { return "" }
    var f = Fingerprint()
    for i in positions { f.add(digests[i]) }
    return f.hex
  }
}
