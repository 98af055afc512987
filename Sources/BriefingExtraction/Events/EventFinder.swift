import BriefingModels

/// Turns dated sentences into events.
///
/// A sentence with a date (from the temporal tagger) is an event — one per distinct date — whose
/// kind comes from the happening named nearest to the date ("said on Thursday" is a statement,
/// "on June 2, a second round of negotiations" a meeting). The date carries to the next couple of
/// sentences until another date appears; those become events when they go on reporting (a strong
/// trigger such as "met", "struck", "agreement", or a statement), but not when they comment
/// ("This denial highlights…") or step back in time ("Earlier, …"). A carried event that names no
/// party, place or kind of its own takes the dated sentence's.
struct EventFinder: Sendable {
  /// How many sentences a date carries to.
  static let carry = 2
  /// Openers that take a sentence out of the current time ("Earlier, …").
  static let timeShifters: WordSet = [
    "earlier", "previously", "formerly", "historically", "since", "until",
  ]
  /// Openers of commentary on what was just reported ("This denial…", "Such steps…").
  static let commentOpeners: WordSet = ["this", "these", "such", "that", "those"]

  struct SentenceInput {
    var index: Int
    var text: String
    /// Offset of the sentence in the article text, in Unicode scalars (as `Timex` counts).
    var start: Int
    var tokens: [Token]
    var parties: SentenceParties
    var statements: [Statement]
    var timex: [Timex]
  }

  /// Phrases that stand for the article's two sides ("both sides", "the two countries").
  static let bothSides: [[String]] = [
    ["both", "sides"], ["two", "sides"], ["the", "sides"], ["both", "parties"], ["two", "parties"],
    ["both", "countries"], ["two", "countries"], ["both", "delegations"], ["two", "delegations"],
    ["warring", "parties"], ["warring", "sides"],
  ]

  /// - Parameter protagonists: the article's main parties, for sentences that name none of
  ///   their own or speak of "both sides".
  func events(_ sentences: [SentenceInput], articleID: String, protagonists: [String] = [])
    -> [Event]
  {
    var out: [Event] = []
    var anchor: Event? = nil
    var lastPerson: String? = nil
    for s in sentences {
      var actors = unique(s.parties.actors.map(\.id))
      // "He was transferred to civilian custody in 2006": the person last named.
      if let p = lastPerson, let first = s.tokens.first(where: \.isWord),
        Self.personalPronouns.contains(first.norm), !actors.contains(p)
      {
        actors = [p] + actors
      }
      if let p = s.parties.actors.last(where: { $0.kind == .person }) { lastPerson = p.id }
      if mentionsBothSides(s.tokens) { actors = unique(actors + protagonists) }
      // An unnamed party of a happening of the story's kinds is one of the article's sides.
      func standIns(_ kind: Event.Kind) -> [String] {
        actors.isEmpty && !Self.sideless.contains(kind) ? protagonists : actors
      }
      let places = unique(s.parties.places.filter(\.locative).map(\.name))
      let spoken = verbStatement(s)
      let cueWord = spoken.map { Token.normalize(SpaceWords.last($0.cue) ?? "") }
      let cueTokens =
        cueWord.map { w in
          s.tokens.indices.filter { s.tokens[$0].norm == w }.map { ($0, Event.Kind.statement) }
        } ?? []

      // A clock time takes its day from a date of the same sentence when there is one.
      let usable = s.timex.filter(Self.isEventDate).filter { t in
        t.type == .date || !s.timex.contains { $0.type == .date && Self.isEventDate($0) }
      }.filter { !isDateline($0, in: s) && !isBackground($0, in: s) }
      // A date mentioned in passing ("Monday's round followed a first meeting on May 16") is
      // no event of its own when the sentence dates something else.
      let own = usable.filter { !isInPassing($0, in: s) }
      let dated = (own.isEmpty ? usable : own).compactMap { t in EventDate(timex: t).map { (t, $0) }
      }
      var seen: Set<String> = []
      let distinct = dated.filter { seen.insert($0.1.value).inserted }
      if !distinct.isEmpty {
        let offsets = scalarOffsets(s)
        for (timex, date) in distinct {
          let r = tokenRange(of: timex, sentenceStart: s.start, offsets)
          let kind = kindOfDate(at: r, s, cueTokens: cueTokens.map(\.0), spoken: spoken != nil)
          var parties = kind == .statement ? statementParties(s.statements) : []
          // "Court officials say the arrest order was delivered to Gen. Pinochet's home": a
          // statement no named party makes is dated for what it reports.
          if parties.isEmpty {
            let end = clauseEnd(of: r, s)
            parties = participants(
              clauseActors(standIns(kind), before: end, s), s, kind, protagonists)
          }
          let event = Event(
            id: Self.eventID(articleID, date, s.index), date: date, text: s.text,
            sentence: s.index, parties: parties, places: places, kind: kind)
          out.append(event)
          if anchor?.sentence != s.index { anchor = event }
        }
        continue
      }
      guard let a = anchor, s.index - a.sentence <= Self.carry else { continue }
      let words = s.tokens.filter(\.isWord)
      if let first = words.first,
        Self.timeShifters.contains(first.norm) || Self.commentOpeners.contains(first.norm)
      {
        if Self.timeShifters.contains(first.norm) { anchor = nil }
        continue
      }
      // Only actions carry a date: an undated statement is a statement, not an event; a
      // sentence that goes on reporting ("failed to appear, leading to accusations") is one.
      guard spoken == nil, EventTriggers.hasStrong(s.tokens) || !s.statements.isEmpty,
        !s.tokens.contains(where: { Self.negations.contains($0.norm) })
      else {
        continue
      }
      let kind: Event.Kind
      let parties: [String]
      if spoken != nil {
        kind = .statement
        parties = statementParties(s.statements)
      } else {
        kind = EventTriggers.first(in: s.tokens)?.kind ?? a.kind
        // Chosen as a dated event's are: not who only reports it or only locates it.
        let own = participants(standIns(kind), s, kind, protagonists)
        parties = own.isEmpty ? a.parties : own
      }
      out.append(
        Event(
          id: Self.eventID(articleID, a.date, s.index), date: a.date, text: s.text,
          sentence: s.index, parties: parties, places: places.isEmpty ? a.places : places,
          kind: kind))
    }
    return out
  }

  /// `<article id>-<date>-s<sentence>`, unique in the article. The article id is a slug already
  /// and is not slugged again: `Slug.make` cuts at 80 characters, which took the date and the
  /// sentence off every event of an article with a long id, giving them all one id.
  static func eventID(_ articleID: String, _ date: EventDate, _ sentence: Int) -> String {
    "\(articleID)-\(Slug.make("\(date.value) s\(sentence)"))"
  }

  /// The kind of the event a date belongs to: a statement when the date stands by the reporting
  /// verb ("said on Tuesday"), else the happening named nearest to it, else a weaker clue.
  private func kindOfDate(at r: Range<Int>, _ s: SentenceInput, cueTokens: [Int], spoken: Bool)
    -> Event.Kind
  {
    func distance(_ k: Int) -> Int { k < r.lowerBound ? r.lowerBound - k : k - r.upperBound + 1 }
    if cueTokens.contains(where: { distance($0) <= 3 }) { return .statement }
    // "Speaking in Kyiv on Wednesday, …", "In his evening address on Saturday, …".
    if !s.statements.isEmpty,
      s.tokens.indices.contains(where: {
        Self.speechWords.contains(s.tokens[$0].norm) && distance($0) <= 3
      })
    {
      return .statement
    }
    if let kind = EventTriggers.nearest(to: r, in: s.tokens) { return kind }
    if let kind = s.tokens.lazy.compactMap({ EventTriggers.fallback[$0.norm] }).first {
      return kind
    }
    return spoken ? .statement : .other
  }

  /// Who took part in a happening: the sentence's actors without those who only report it
  /// ("Medinsky said the group waited…") or only locate it ("the border between Belarus and
  /// Ukraine"), and with both sides for the two-sided kinds when one of them is named.
  private func participants(
    _ actors: [String], _ s: SentenceInput, _ kind: Event.Kind, _ protagonists: [String]
  ) -> [String] {
    let speakers = Set(s.statements.map(\.party))
    let placeTokens = s.parties.places.map(\.tokens)
    let located = Set(
      s.parties.actors.filter { m in placeTokens.contains { $0.overlaps(m.tokens) } }.map(\.id))
    var out = actors.filter { id in
      !speakers.contains(id) && (!located.contains(id) || protagonists.contains(id))
    }
    let twoSided: Set<Event.Kind> = [.exchange, .agreement, .meeting, .negotiation]
    // Both sides are added only when the sentence does not name two sides of its own.
    let sides = Set(s.parties.actors.filter { $0.kind != .person && out.contains($0.id) }.map(\.id))
    if twoSided.contains(kind), protagonists.count == 2, sides.count < 2,
      out.isEmpty || out.contains(where: protagonists.contains)
    {
      out = unique(out + protagonists)
    }
    return out.isEmpty ? actors : out
  }

  /// Kinds whose sentence, naming no party, gets none: a happening of no known kind ("a stroke
  /// he suffered", "the report was issued") or an election (its parties are candidates, not
  /// the article's two sides).
  static let sideless: Set<Event.Kind> = [.other, .election]

  /// Pronouns that open a sentence about the person last named.
  static let personalPronouns: WordSet = ["he", "she"]

  /// Words for an occasion of speech, which date a statement.
  static let speechWords: WordSet = [
    "speaking", "address", "interview", "remarks", "conference", "briefing", "statement",
  ]

  /// Words that say a carried sentence reports no happening ("Neither side has said …").
  static let negations: WordSet = ["not", "n't", "neither", "never", "nor"]

  /// "in power since 2013": a date that only starts a state of affairs is background.
  private func isBackground(_ t: Timex, in s: SentenceInput) -> Bool {
    let offsets = scalarOffsets(s)
    let r = tokenRange(of: t, sentenceStart: s.start, offsets)
    return r.lowerBound > 0 && s.tokens[r.lowerBound - 1].norm == "since"
  }

  /// A date that does not date the sentence's happening: the subject of a sequence ("Monday's
  /// round followed a first meeting on May 16"), a year before a noun ("the 2014 annexation"),
  /// a date in a clause about a person ("Peskov, who took office in 2012, said"), or the date of
  /// a plan that did not happen ("had been due to take place on February 25").
  private func isInPassing(_ t: Timex, in s: SentenceInput) -> Bool {
    let r = tokenRange(of: t, sentenceStart: s.start, scalarOffsets(s))
    let tokens = s.tokens
    guard r.upperBound <= tokens.count else { return false }
    // "Monday's round followed a first meeting on May 16": the subject of a sequence points
    // back at an event reported elsewhere; the sentence dates the other one.
    if let verb = tokens[r.upperBound...].prefix(6).firstIndex(where: {
      Self.sequenceVerbs.contains($0.norm)
    }), !tokens[r.upperBound..<verb].contains(where: { $0.norm == "," }),
      s.timex.contains(where: { Self.isEventDate($0) && $0.start > t.end })
    {
      return true
    }
    if r.count == 1, r.lowerBound > 0,
      ["the", "its", "their", "his", "her"].contains(
        tokens[r.lowerBound - 1].norm), tokens[r.lowerBound].norm.count == 4,
      r.upperBound < tokens.count, tokens[r.upperBound].isWord,
      !Self.dateFollowers.contains(tokens[r.upperBound].norm)
    {
      return true
    }
    var k = r.lowerBound - 1
    while k >= 0, tokens[k].norm != "," {
      if ["who", "whose"].contains(tokens[k].norm) { return true }
      // "had been due to take place on February 25", "postpone it until December": a plan
      // that did not happen, or where a delay ends.
      if r.lowerBound - k <= 5, Self.unrealized.contains(tokens[k].norm) { return true }
      k -= 1
    }
    return false
  }

  /// Words that make the date after them a plan rather than a happening.
  static let unrealized: WordSet = ["due", "scheduled", "supposed", "until", "originally"]

  /// Verbs that place one happening after another.
  static let sequenceVerbs: WordSet = [
    "followed", "follows", "came", "comes", "preceded", "precedes", "echoed", "echoes",
  ]

  /// Words after a bare year that keep it a date ("the 2014 and 2015 seasons" aside).
  static let dateFollowers: WordSet = ["and", "or", "to", "through", "until"]

  /// `bothSides` by first word: one look-up per token instead of a comparison per phrase.
  static let bothSidesByFirst = WordTable(
    Dictionary(bothSides.map { ($0[0], [$0[1]]) }, uniquingKeysWith: { $0 + $1 }).mapValues {
      WordSet($0)
    })

  private func mentionsBothSides(_ tokens: [Token]) -> Bool {
    guard tokens.count >= 2 else { return false }
    for k in 0..<(tokens.count - 1) {
      if let seconds = Self.bothSidesByFirst[tokens[k].norm], seconds.contains(tokens[k + 1].norm) {
        return true
      }
    }
    return false
  }

  /// "JEDDAH, May 21 (Meridian) —": the dateline's date is the article's, not an event's.
  private func isDateline(_ t: Timex, in s: SentenceInput) -> Bool {
    guard s.index == 0, let dash = s.text.firstIndex(where: { $0 == "—" || $0 == "–" }) else {
      return false
    }
    let dashOffset = s.text.unicodeScalars.distance(from: s.text.startIndex, to: dash)
    return t.end - s.start <= dashOffset && dashOffset < 60
  }

  /// The sentence's statement made with a reporting verb (not a noun such as "accusations").
  private func verbStatement(_ s: SentenceInput) -> Statement? {
    s.statements.first { st in
      let word = Token.normalize(SpaceWords.first(st.cue) ?? "")
      return ReportingCues.verbIndex[word] != nil
        || ["called", "calls", "committed"].contains(word)
    }
  }

  /// A statement event's parties: who spoke, and whom it was aimed at.
  private func statementParties(_ statements: [Statement]) -> [String] {
    unique(
      statements.flatMap { ($0.hasParty ? [$0.party] : []) + ($0.target.map { [$0] } ?? []) })
  }

  /// The scalar offset of each token within its sentence, counted on the UTF-8 bytes (a byte
  /// that is not a continuation byte starts a scalar).
  private func scalarOffsets(_ s: SentenceInput) -> [Int] {
    let utf8 = s.text.utf8
    let starts = s.tokens.map { utf8.distance(from: utf8.startIndex, to: $0.range.lowerBound) }
    var text = s.text
    return text.withUTF8 { bytes in
      var out: [Int] = []
      out.reserveCapacity(starts.count)
      var offset = 0
      var k = 0
      for start in starts {
        while k < start {
          if bytes[k] & 0xC0 != 0x80 { offset += 1 }
          k += 1
        }
        out.append(offset)
      }
      return out
    }
  }

  /// The tokens a timex covers.
  private func tokenRange(of t: Timex, sentenceStart: Int, _ offsets: [Int]) -> Range<Int> {
    let a = t.start - sentenceStart
    let b = t.end - sentenceStart
    let first = offsets.firstIndex(where: { $0 >= a }) ?? offsets.count
    let last = offsets.lastIndex(where: { $0 < b }) ?? first
    return first..<max(first + 1, last + 1)
  }

  /// A date an event can stand on: a calendar value, not "now" or a duration.
  static func isEventDate(_ t: Timex) -> Bool {
    guard t.type == .date || t.type == .time else { return false }
    guard let first = t.value.unicodeScalars.first else { return false }
    return first.properties.numericType != nil || t.value.hasPrefix("XXXX-")
  }

  private func unique(_ ids: [String]) -> [String] {
    // A sentence names a few parties: comparing with those kept beats hashing every id.
    if ids.count <= 16 {
      var out: [String] = []
      out.reserveCapacity(ids.count)
      for id in ids where !out.contains(id) { out.append(id) }
      return out
    }
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
