import BriefingModels

/// Turns one article into its briefing: sentences, temporal expressions, parties, statements,
/// events and a short summary. Every extracted item keeps the index of the sentence it came from.
///
/// A value with no state: safe to share across threads and to run on many articles at once.
public struct Extractor: Sendable {
  let gazetteer: Gazetteer
  let tagger: TemporalTagger
  /// The statistical name tagger's weights: names no list holds become parties and places.
  /// `nil` reads with the gazetteer and rules alone.
  let names: NameModel?

  public init(
    gazetteer: Gazetteer, tagger: TemporalTagger = TemporalTagger(),
    names: NameModel? = try? NameModel.builtIn()
  ) {
    self.gazetteer = gazetteer
    self.tagger = tagger
    self.names = names
  }

  /// The article's parties other than people, most mentioned first: `Protagonists` picks the
  /// two sides from them.
  private func ranked(_ book: PartyBook) -> [String] {
    let sides = book.all.filter { $0.kind != .person }
    let ranked = sides.enumerated().sorted { a, b in
      a.element.mentions.count != b.element.mentions.count
        ? a.element.mentions.count > b.element.mentions.count : a.offset < b.offset
    }
    return ranked.map(\.element.id)
  }

  /// The state the article is about: most mentioned, with a bonus for the title and the lead.
  static func mainState(_ book: PartyBook) -> String? {
    func score(_ p: Party) -> Int {
      p.mentions.count + (p.mentions.contains { $0.sentence <= 1 } ? 3 : 0)
    }
    return book.all.filter { $0.kind == .state }.max { score($0) < score($1) }?.id
  }

  public func extract(_ article: Article) -> Briefing { read(article, spans: false).briefing }

  /// The named parties and places the extraction finds in an article, at UTF-8 byte offsets
  /// into its plain text (for a `.text` article: its body), typed for scoring against NER data:
  /// people → PERSON; organisations, a state's bodies and groups → ORGANIZATION; states and
  /// places → PLACE. Demonyms ("Russian") and names inside other names are left out.
  public func names(in article: Article) -> [NameSpan] { read(article, spans: true).names }

  private func read(_ article: Article, spans wanted: Bool) -> (
    briefing: Briefing, names: [NameSpan]
  ) {
    let text = PlainText.of(article.body, markdown: article.format == .markdown)
    let spans = SentenceSplitter.split(text)
    let documentDate = article.meta.published.flatMap(CalendarDate.init(iso:))
    let timex = tagger.tag(text, documentDate: documentDate)

    var book = PartyBook()
    for hint in article.partyHints where !hint.isEmpty {
      let id = Slug.make(hint)
      let tokens = Tokenizer.tokens(of: hint)
      let known = gazetteer.index.matches(tokens, at: 0).contains {
        $0.tokens.count == tokens.count
      }
      if gazetteer.entry(id) == nil, !known, !tokens.isEmpty {
        book.define(Gazetteer.Entry(id: id, name: hint, kind: .organization, aliases: []))
        book.local.add(Phrase(hint, meaning: .name(id), caseSensitive: true))
      }
    }
    // A first reading finds the article's main state, which owns the institutions the text
    // names without a state ("the Foreign Ministry"); the second reading is the one kept.
    let tokenized = spans.map { Tokenizer.tokens(of: $0.text) }
    var scratch = book
    var recognizer = PartyRecognizer(gazetteer: gazetteer)
    // The gazetteer phrases at each token do not depend on the reading: look them up once.
    let known = tokenized.map { recognizer.knownPhrases(in: $0) }
    for (index, span) in spans.enumerated() {
      _ = recognizer.recognize(
        tokenized[index], in: span.text, index: index, book: &scratch, known: known[index])
    }
    // The title counts as an early mention.
    let title = article.meta.title
    _ = recognizer.recognize(Tokenizer.tokens(of: title), in: title, index: -1, book: &scratch)
    recognizer.defaultState = Self.mainState(scratch)
    let statementFinder = StatementFinder(gazetteer: gazetteer)

    var inputs: [EventFinder.SentenceInput] = []
    var statements: [Statement] = []
    var mentionsPerSentence: [Int: Int] = [:]
    var context = StatementFinder.Context()
    var t = 0
    var decoder = names.map { NameDecoder(model: $0, sentences: tokenized) }
    // Each sentence's gazetteer codes, worked out once for both of the tagger's readings.
    let codes =
      decoder == nil
      ? []
      : tokenized.indices.map {
        GazetteerCodes.codes(tokenized[$0], known: known[$0], gazetteer: gazetteer)
      }
    if names?.memory == .twoPass {
      decoder?.read(tokenized.indices.map { (tokenized[$0], codes[$0]) })
    }
    if decoder != nil { book.acronymDefinitions = TaggedNames.acronymDefinitions(tokenized) }
    var found: [NameSpan] = []
    // Only an article laid out as questions and answers has an interviewee ("I", "you").
    let questions = Interview.layout(text, spans)
    context.laidOut = questions != nil
    let byteAt = wanted ? NameSpans.byteOffsets(text) : []
    for (index, span) in spans.enumerated() {
      let tokens = tokenized[index]
      var parties = recognizer.recognize(
        tokens, in: span.text, index: index, book: &book, known: known[index])
      if decoder != nil {
        let tags = decoder!.tags(tokens, codes: codes[index], sentence: index)
        TaggedNames.add(
          tags, tokens, in: span.text, index: index, codes: codes[index],
          lowerWords: decoder!.lowerWords,
          found: &parties, book: &book)
        // The tagger's mentions come after the rules' ones: in sentence order, "the nearest
        // party before the cue" is the nearest ("Apple Inc. chief executive Steve Jobs said").
        parties.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
      }
      if let questions { context.asking = questions[index] }
      let found = statementFinder.find(
        tokens, in: span.text, index: index, parties: parties, book: &book, context: &context)
      statements += found
      mentionsPerSentence[index] = Set(parties.actors.map(\.id)).count
      var own: [Timex] = []
      while t < timex.count, timex[t].start < span.end {
        if timex[t].start >= span.start { own.append(timex[t]) }
        t += 1
      }
      inputs.append(
        EventFinder.SentenceInput(
          index: index, text: span.text, start: span.start, tokens: tokens, parties: parties,
          statements: found, timex: own))
    }
    // Read after the whole article: a state is its team in every sentence of a match report.
    SportsTeams.promote(
      SportsTeams.states(inputs.map { ($0.tokens, $0.parties) }), inputs: &inputs,
      statements: &statements, book: &book)
    if wanted {
      for (index, span) in spans.enumerated() {
        found += NameSpans.of(
          inputs[index].parties, tokenized[index], in: span.text, at: byteAt[span.start],
          known: known[index])
      }
    }
    let events = EventFinder().events(
      inputs, articleID: article.meta.id,
      protagonists: Protagonists.pick(inputs, ranked: ranked(book)))
    let sentences = spans.map(\.text)
    let briefing = Briefing(
      article: article.meta, sentences: sentences,
      summary: Summarizer.summary(
        sentences: sentences, events: events, statements: statements, mentions: mentionsPerSentence),
      parties: book.all, events: events, statements: statements, timex: timex)
    return (briefing, found)
  }
}
