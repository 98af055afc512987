import BriefingModels

/// Turns one article into its briefing: sentences, temporal expressions, parties, statements,
/// events and a short summary. Every extracted item keeps the index of the sentence it came from.
///
/// A value with no state: safe to share across threads and to run on many articles at once.
public struct Extractor: Sendable {
  let gazetteer: Gazetteer
  let tagger: TemporalTagger

  public init(gazetteer: Gazetteer, tagger: TemporalTagger = TemporalTagger()) {
    self.gazetteer = gazetteer
    self.tagger = tagger
  }

  public func extract(_ article: Article) -> Briefing {
    let text = PlainText.of(article.body, markdown: article.format == .markdown)
    let spans = SentenceSplitter.split(text)
    let documentDate = article.meta.published.flatMap(CalendarDate.init(iso:))
    let timex = tagger.tag(text, documentDate: documentDate)

    var book = PartyBook()
    for hint in article.partyHints where !hint.isEmpty {
      let id = Slug.make(hint)
      if gazetteer.entry(id) == nil {
        book.define(Gazetteer.Entry(id: id, name: hint, kind: .organization, aliases: []))
        book.local.add(Phrase(hint, meaning: .name(id), caseSensitive: true))
      }
    }
    let recognizer = PartyRecognizer(gazetteer: gazetteer)
    let statementFinder = StatementFinder(gazetteer: gazetteer)

    var inputs: [EventFinder.SentenceInput] = []
    var statements: [Statement] = []
    var mentionsPerSentence: [Int: Int] = [:]
    var context = StatementFinder.Context()
    var t = 0
    for (index, span) in spans.enumerated() {
      let tokens = Tokenizer.tokens(of: span.text)
      let parties = recognizer.recognize(tokens, in: span.text, index: index, book: &book)
      let found = statementFinder.find(
        tokens, in: span.text, index: index, parties: parties, book: book, context: &context)
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
    let events = EventFinder().events(inputs, articleID: article.meta.id)
    let sentences = spans.map(\.text)
    return Briefing(
      article: article.meta, sentences: sentences,
      summary: Summarizer.summary(
        sentences: sentences, events: events, statements: statements, mentions: mentionsPerSentence),
      parties: book.all, events: events, statements: statements, timex: timex)
  }
}
