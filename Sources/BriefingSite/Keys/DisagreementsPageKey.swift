/// The key of the disagreements index page, hashed from what it shows, so an edit that leaves
/// every disagreement as it was does not build the page (a model of every disagreement of the
/// corpus, thousands at 10,000 articles) only to find it unchanged.
///
/// The page shows each disagreement whole (``DisagreementLookup/digests``: every field, its
/// parties' names, its articles' titles and dates) and links each of its timeline entries by
/// date, kind and home page (``TimelinePageKeys/entries``); the rest is the site's settings
/// and templates. `DisagreementPagesTests` checks that a change to a disagreement, or to an
/// entry it links, changes the key.
enum DisagreementsPageKey {
  /// Bump when the page starts to show something new.
  static let recipe = "disagreements-page-key 1"

  static func key(_ disagreements: DisagreementLookup, timeline: TimelinePageKeys) -> String {
    var f = Fingerprint()
    f.add(recipe)
    f.add(timeline.site)
    for (d, digest) in zip(disagreements.all, disagreements.digests) {
      f.add(digest)
      for entry in d.entries { f.add(timeline.entries[entry] ?? "\u{0}") }
    }
    return f.hex
  }
}
