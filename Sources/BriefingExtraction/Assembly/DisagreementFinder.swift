import BriefingModels

/// Finds where reports of the same happening contradict each other: the date they give it
/// (``DateDisagreements``), a count they give (``CountDisagreements``), or who they say failed
/// (``BlameDisagreements``). Each rule prefers missing a disagreement to inventing one: a false
/// "sources differ" misleads a reader more than a missing one.
struct DisagreementFinder: Sendable {
  /// A disagreement before its id is given: kind, subject, timeline positions, claims.
  struct Found {
    var kind: Disagreement.Kind
    var subject: String
    var entries: [Int]
    var claims: [Disagreement.Claim]
  }

  func find(in corpus: Corpus) -> [Disagreement] {
    let sides = PartySides(corpus.parties)
    return find(in: corpus, facts: corpus.briefings.map { BriefingFacts($0, sides: sides) })
  }

  /// The disagreements of `corpus`, whose briefings' facts (in the same order) are `facts`;
  /// `dates` spares the date rule the pairs of entries it compared last time.
  func find(
    in corpus: Corpus, facts: [BriefingFacts], dates: DateRuleMemory? = nil
  ) -> [Disagreement] {
    let reports = Reports(corpus, facts: facts)
    let dated = DateDisagreements.groups(reports, memory: dates)
    var found = dated.compactMap { DateDisagreements.disagreement($0, reports) }
    // A count is compared among the reports of one happening: an entry, or the entries
    // that are one happening dated differently. Only happenings with a report that gives a
    // count can disagree on one: the others (nearly all) are not looked at.
    var grouped = [Bool](repeating: false, count: reports.timeline.count)
    for group in dated { for i in group { grouped[i] = true } }
    var happenings = dated.filter { $0.contains { reports.counted[$0] } }
    for i in reports.timeline.indices where !grouped[i] && reports.counted[i] {
      happenings.append([i])
    }
    found += happenings.flatMap { CountDisagreements.disagreements($0, reports) }
    found += BlameDisagreements.disagreements(reports)
    return Self.identified(found, reports.timeline)
  }

  /// The disagreements in timeline order (then by kind), each with a unique slug id.
  static func identified(_ found: [Found], _ timeline: [TimelineEntry]) -> [Disagreement] {
    let kinds = Disagreement.Kind.allCases
    let ordered = found.sorted {
      ($0.entries.min() ?? .max, kinds.firstIndex(of: $0.kind)!, $0.subject)
        < ($1.entries.min() ?? .max, kinds.firstIndex(of: $1.kind)!, $1.subject)
    }
    var used: Set<String> = []
    return ordered.map { f in
      let base = Slug.make("\(f.kind.rawValue) \(f.subject)")
      var id = base
      var n = 2
      while used.contains(id) {
        id = "\(base)-\(n)"
        n += 1
      }
      used.insert(id)
      var entries: [String] = []
      for i in f.entries.sorted() where !entries.contains(timeline[i].id) {
        entries.append(timeline[i].id)
      }
      return Disagreement(
        id: id, kind: f.kind, subject: f.subject, entries: entries, claims: f.claims)
    }
  }
}

/// What the rules read the corpus through: briefings and parties by id, which timeline entry
/// each event of an article that blames went into, which entries have a report that gives a
/// count, and the words every rule describes a happening with.
struct Reports {
  let timeline: [TimelineEntry]
  let briefings: [String: Briefing]
  let parties: [String: Party]
  /// Article id → event id → position of its entry in ``timeline``, for the events in the
  /// sentences that may anchor a statement that blames or denies (the only ones the blame rule
  /// asks for).
  let entryOfEvent: [String: [String: Int]]
  /// The facts of the briefings that give a count or blame, by article id (a count is looked
  /// for only among them: the timeline's reports are the briefings' events, whose sentences
  /// the facts cover). A briefing with neither has no facts a rule reads.
  let facts: [String: BriefingFacts]
  /// By timeline position, whether a report of the entry is a sentence that gives a count.
  let counted: [Bool]

  init(_ corpus: Corpus, facts: [BriefingFacts]) {
    timeline = corpus.timeline
    briefings = Dictionary(
      corpus.briefings.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
    var read: [String: Read] = [:]
    let unique = briefings.count == corpus.briefings.count
    var seen: Set<String> = []
    for (b, f) in zip(corpus.briefings, facts) {
      // The first briefing of an id decides, as for ``briefings``.
      if !unique && !seen.insert(b.article.id).inserted { continue }
      if !f.counts.isEmpty || !f.blames.isEmpty { read[b.article.id] = Read(b, f) }
    }
    self.facts = read.mapValues(\.facts)
    parties = Dictionary(corpus.parties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    // One look-up by article for each report, in the table of briefings with facts: the rules
    // used to look every report up in two tables of every briefing, and to file every report's
    // entry for the blame rule, which asks for the events of a few sentences.
    var entries: [String: [String: Int]] = [:]
    var counted = [Bool](repeating: false, count: corpus.timeline.count)
    if !read.isEmpty {
      for (i, e) in corpus.timeline.enumerated() {
        for s in e.sources {
          guard let r = read[s.article] else { continue }
          if r.facts.counts.contains(where: { $0.sentence == s.sentence }) { counted[i] = true }
          if r.anchors.contains(s.sentence) { entries[s.article, default: [:]][s.event] = i }
        }
      }
    }
    entryOfEvent = entries
    self.counted = counted
  }

  /// One briefing's facts, and the sentences whose events may anchor its blaming statements
  /// (each statement's sentence and the one before: ``BlameDisagreements``).
  private struct Read {
    var facts: BriefingFacts
    var anchors: [Int] = []

    init(_ b: Briefing, _ facts: BriefingFacts) {
      self.facts = facts
      for fact in facts.blames where b.statements.indices.contains(fact.statement) {
        let sentence = b.statements[fact.statement].sentence
        anchors += [sentence, sentence - 1]
      }
    }
  }

  /// Sentence `i` of `article` as the article has it.
  func sentence(_ article: String, _ i: Int) -> String? {
    guard let sentences = briefings[article]?.sentences, sentences.indices.contains(i) else {
      return nil
    }
    return sentences[i]
  }

  /// How a reader knows the article: its outlet, else its title.
  func sourceName(_ article: String) -> String {
    guard let meta = briefings[article]?.article else { return article }
    if let source = meta.source, !source.isEmpty { return source }
    return meta.title
  }

  /// The party at the top of `id`'s hierarchy: the side a body or person speaks for.
  func side(_ id: String) -> String {
    var current = id
    var seen: Set<String> = [id]
    while let parent = parties[current]?.parent, seen.insert(parent).inserted {
      current = parent
    }
    return current
  }

  func name(_ id: String) -> String { parties[id]?.name ?? id }

  /// "the exchange involving Russia and Ukraine, 7 June 2025" (the date left out on request).
  func subject(_ entry: TimelineEntry, dated: Bool = true) -> String {
    let names = entry.parties.prefix(2).map(name)
    var s = "the \(Self.noun(entry.kind))"
    if !names.isEmpty { s += " involving " + names.joined(separator: " and ") }
    if dated, let day = Self.dayText(entry.date.value) { s += ", \(day)" }
    return s
  }

  static func noun(_ kind: Event.Kind) -> String {
    switch kind {
    case .negotiation: "talks"
    case .humanitarian: "humanitarian step"
    case .sanction: "sanctions"
    case .other: "event"
    default: kind.rawValue
    }
  }

  /// The day number of a `YYYY-MM-DD` value; nil for anything vaguer.
  static func day(_ value: String) -> Int? {
    guard value.count == 10 else { return nil }
    return CalendarDate(iso: value)?.dayNumber
  }

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// "7 June 2025" for `2025-06-07`; nil for anything vaguer than a day.
  static func dayText(_ value: String) -> String? {
    guard value.count == 10, let d = CalendarDate(iso: value) else { return nil }
    return "\(d.day) \(months[d.month - 1]) \(d.year)"
  }

  /// Content words of a sentence, numbers left out (they are what counts disagree on).
  static func words(_ s: String) -> Set<String> {
    TimelineMerger.contentWords(s).filter { !$0.allSatisfy(\.isNumber) }
  }

  /// Whether two sentences tell the same thing: at least `shared` content words in common and
  /// a Jaccard overlap of at least `overlap` (numbers aside).
  /// The words in common are counted and the union's size is worked out from them, without
  /// building either set (the date rule asks this for many pairs at 10,000 articles).
  static func similar(_ a: Set<String>, _ b: Set<String>, overlap: Double, shared: Int) -> Bool {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var common = 0
    for w in small where large.contains(w) { common += 1 }
    guard common >= shared else { return false }
    return Double(common) / Double(a.count + b.count - common) >= overlap
  }

  /// Words that tell one happening of a series from another ("first stage", "another group").
  static let seriesWords: WordSet = [
    "first", "second", "third", "fourth", "fifth", "sixth", "last", "another", "again", "next",
    "latest", "previous", "earlier", "later", "new", "further",
  ]

  /// ``words(_:)`` and ``seriesMarks(_:)`` of one sentence from one reading of its tokens
  /// (the date rule reads both of every dated report: two tokenizations were a sixth of it).
  static func wordsAndMarks(_ s: String) -> (words: Set<String>, marks: Set<String>) {
    var words: Set<String> = []
    var marks: Set<String> = []
    for t in Tokenizer.tokens(of: s) where t.isWord {
      if t.norm.count >= 4, !TimelineMerger.stopWords.contains(t.norm),
        !t.norm.allSatisfy(\.isNumber)
      {
        words.insert(t.norm)
      }
      if seriesWords.contains(t.norm) { marks.insert(t.norm) }
    }
    return (words, marks)
  }

  static func seriesMarks(_ s: String) -> Set<String> {
    var out: Set<String> = []
    for t in Tokenizer.tokens(of: s) where t.isWord && seriesWords.contains(t.norm) {
      out.insert(t.norm)
    }
    return out
  }

  /// `text` cut to about `limit` characters at a word boundary.
  static func shortened(_ text: String, limit: Int = 140) -> String {
    guard text.count > limit else { return text }
    let cut = text.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]).trimmingTrailingPunctuation() + "…"
  }
}

extension String {
  fileprivate func trimmingTrailingPunctuation() -> String {
    var s = Substring(self)
    while let last = s.last, last == "," || last == ";" || last == ":" { s = s.dropLast() }
    return String(s)
  }
}
