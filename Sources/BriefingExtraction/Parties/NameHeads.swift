/// What the words of a tagged name say about it, beyond the tagger's guess: a head noun that
/// makes it a place ("Museum of Flight", "Kennedy Space Center") or an organisation ("University
/// of Copenhagen", "Labour Party"), and the titles that open a person's span but are no part of
/// the name ("Administrator Charles Bolden", "Ms Bauchtman"), as GUM and most news corpora mark.
enum NameHeads {
  /// Head nouns of buildings, sites and geography: the name is a place. (GUM's training part:
  /// every "… Center", "… Park", "… Airport", "… Station", "… Hotel" is a place.)
  static let placeHeads: WordSet = [
    "museum", "center", "centre", "planetarium", "park", "airport", "stadium", "arena", "station",
    "hotel", "hall", "hospital", "gallery", "zoo", "square", "street", "road", "avenue",
    "boulevard", "bridge", "tower", "building", "palace", "castle", "cathedral", "island",
    "islands", "river", "lake", "mountain", "mountains", "beach", "bay", "valley", "county",
    "province", "village", "district", "peninsula", "desert", "canyon", "harbour", "harbor",
  ]

  /// Head nouns of bodies of people: the name is an organisation (with
  /// `GazetteerCodes.corporateHeads` and the gazetteer's `orgHeads` that are no place heads).
  static let organizationHeads: WordSet = [
    "university", "college", "school", "institute", "foundation", "party", "company", "bank",
    "agency", "ministry", "department", "council", "committee", "commission", "association",
    "society", "church", "union", "league", "federation", "club", "corporation", "inc", "corp",
    "ltd", "airlines", "motors", "group", "academy", "institution", "organization", "organisation",
    "authority", "administration", "bureau", "board", "trust", "fund", "army", "navy", "police",
    "survey", "service", "parliament", "assembly", "senate", "congress", "coalition", "alliance",
    "movement", "corps",
  ]

  /// Words that open a person's span as a title or form of address, not a name.
  static let titles: WordSet = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
    "president", "vice", "senator", "sen", "sen.", "governor", "gov", "gov.", "administrator",
    "attorney", "general", "judge", "justice", "captain", "capt", "capt.", "sergeant", "sgt",
    "sgt.", "officer", "detective", "chairman", "chairwoman", "ceo", "director", "minister",
    "secretary", "representative", "rep", "rep.", "mayor", "commissioner", "ambassador",
    "lieutenant", "colonel", "major", "commander", "chief", "bishop", "reverend", "rev", "rev.",
    "pope", "king", "queen", "prince", "princess", "premier", "chancellor", "spokesman",
    "spokeswoman", "spokesperson", "coach", "deputy", "superintendent", "inspector", "constable",
  ]

  /// The kind the head noun gives a span, if it gives one: its last word, or the word before
  /// "of" ("Museum of Flight").
  static func kind(of range: Range<Int>, _ tokens: [Token]) -> NameKind? {
    var head = range.last(where: { tokens[$0].isWord })
    if let of = range.first(where: { tokens[$0].norm == "of" }), of > range.lowerBound {
      head = of - 1
    }
    guard let h = head, tokens[h].isCapitalized else { return nil }
    let word = tokens[h].norm
    if placeHeads.contains(word) { return .place }
    if organizationHeads.contains(word) || GazetteerCodes.corporateHeads.contains(word) {
      return .organization
    }
    return nil
  }

  /// The span without the titles it opens with, if at least one capitalised name word is left
  /// after them; `codes` mark the gazetteer's own titles (`GazetteerCodes`, kind 8).
  static func strippingTitles(_ range: Range<Int>, _ tokens: [Token], _ codes: [UInt8])
    -> Range<Int>
  {
    var start = range.lowerBound
    while start < range.upperBound, isTitle(start, tokens, codes) { start += 1 }
    let rest = start..<range.upperBound
    let names = rest.filter { tokens[$0].isWord && tokens[$0].isCapitalized }
    return names.isEmpty ? range : rest
  }

  /// A title word, or the full stop of an abbreviated one ("Mr" ".").
  static func isTitle(_ i: Int, _ tokens: [Token], _ codes: [UInt8]) -> Bool {
    let t = tokens[i]
    if !t.isWord { return t.norm == "." && i > 0 && titles.contains(tokens[i - 1].norm) }
    return titles.contains(t.norm) || (16...17).contains(codes[i] & ~GazetteerCodes.head)
  }

  /// Per token, the head class of the capitalised run it stands in (capitalised words joined by
  /// "of", "the", "and", "for", "&"): 1 if the run's head is a place head, 2 an organisation
  /// head, 0 otherwise or outside a run. A feature of the name tagger: the whole of "Kennedy
  /// Space Center" learns from "Center".
  static func runHeads(_ tokens: [Token]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: tokens.count)
    for run in CapitalizedRuns.ranges(tokens, isJoiner: joiners.contains) where run.count > 1 {
      if let k = kind(of: run, tokens) {
        let code: UInt8 = k == .place ? 1 : 2
        for j in run { out[j] = code }
      }
    }
    return out
  }

  static let joiners: WordSet = ["of", "the", "and", "for", "&"]
}
