import BriefingModels

extension SitePlanner {
  /// A briefing: summary, key dates, who said what, parties, and the article's sentences with
  /// those that facts came from marked.
  ///
  /// When the generator knows what the briefing was made from (`briefingSources`), the page
  /// is fingerprinted from its inputs (``BriefingPageKey``) and its model is built only if it
  /// must render; otherwise from its model, as every other page.
  func briefingPage(_ briefing: Briefing) -> Page {
    Page(
      path: SitePaths.briefing(briefing.article.id), key: inputKey(of: briefing),
      digest: templates.digest
    ) { briefingDocument(briefing) }
  }

  /// The briefing page's model, layout and fragments.
  func briefingDocument(_ briefing: Briefing) -> Page.Document {
    let article = briefing.article
    return content(
      path: SitePaths.briefing(article.id), template: "briefing", title: article.title,
      section: .none, script: "placement.js"
    ) { b in
      let own = Linker(pagePath: SitePaths.briefing(article.id))
      func sentenceLink(_ i: Int) -> String {
        own.to(SitePaths.briefing(article.id), anchor: SitePaths.sentenceAnchor(i))
      }

      let dated = briefing.events.map { (event: $0, date: DateLabel($0.date)) }
        .sorted {
          ($0.date.start?.dayNumber ?? .max, $0.event.sentence, $0.event.id) < (
            $1.date.start?.dayNumber ?? .max, $1.event.sentence, $1.event.id
          )
        }
      var html: [String: String] = [:]
      // The sentences facts came from, marked in the article.
      var marked = Set(briefing.statements.map(\.sentence))
      let events: [EventModel] = dated.enumerated().map { i, item in
        let e = item.event
        let anchor = SitePaths.keyDateAnchor(i)
        marked.insert(e.sentence)
        let entry = index.entry(ofEvent: e.id, in: article.id)
        return EventModel(
          id: e.id, anchor: anchor, date: item.date.heading,
          text: Self.gist(e.text, sentence: briefing.sentences[safe: e.sentence]),
          kind: e.kind.rawValue,
          permalink: entry.map {
            b.linker.to(paging.page(of: $0), anchor: SitePaths.eventAnchor($0))
          },
          parties: uniqued(e.parties).map(b.partyLink),
          places: e.places.isEmpty ? nil : e.places.joined(separator: ", "),
          sources: [b.source(article: article.id, sentence: e.sentence)], moreSources: nil,
          html: ["anchor": b.slots.anchor(anchor)])
      }
      html["keyDates"] = b.slots.add(
        KeyDates(
          events: zip(dated, events).map { item, model in
            KeyDates.Item(
              date: item.date.label, kind: model.kind,
              sentence: SitePaths.sentenceAnchor(item.event.sentence), timeline: model.permalink)
          }
        ).html())
      let date = DateLabel(iso: article.published ?? "")
      var statements: [StatementModel] = []
      for (i, s) in briefing.statements.enumerated() {
        statements.append(
          b.statement(.init(article: article.id, statement: s, index: i, date: date, briefing: -1)))
      }
      let summary = briefing.summary.map { line in
        BriefingPageModel.SummaryLine(
          text: line,
          href: Self.sentence(ofSummaryLine: line, in: briefing.sentences).map(sentenceLink))
      }
      let partyIDs = uniqued(
        briefing.parties.map(\.id) + briefing.events.flatMap(\.parties)
          + briefing.statements.filter(\.hasParty).map(\.party))
      let parties = partyIDs.map { id in
        b.partyItem(
          index.parties[id] ?? briefing.parties.first { $0.id == id }
            ?? Party(id: id, name: id, kind: .group), counted: false)
      }
      html["text"] = b.slots.add(
        ArticleText(sentences: briefing.sentences, marked: marked).html())
      let ownDays =
        dated.compactMap(\.date.start?.dayNumber)
        + index.entries(of: article.id).compactMap(\.day)
      if let chart = PlacementChart(corpusDays: distinctDays, days: ownDays) {
        html["placement"] = b.slots.add(chart.figure())
      }
      let url = article.url.flatMap {
        $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil
      }
      return BriefingPageModel(
        title: article.title,
        date: article.published.flatMap(CalendarDate.init(iso:)).map(DateLabel.format),
        source: article.source, author: article.author, url: url, tags: article.tags,
        summary: summary, events: events, speakers: SpeakerModel.grouped(statements),
        parties: parties,
        disagreements: briefingDisagreements(article.id, &b),
        sentenceCount: briefing.sentences.count, links: siteLinks(b.linker), html: html)
    }
  }

  /// The sentence a summary line was taken from: the same text, or the same text after the
  /// opening word that the summary replaced with a name ("He said …" → "Dmitry Peskov said …").
  static func sentence(ofSummaryLine line: String, in sentences: [String]) -> Int? {
    if let i = sentences.firstIndex(of: line) { return i }
    return sentences.firstIndex { s in
      guard let space = s.firstIndex(of: " ") else { return false }
      return s.distance(from: space, to: s.endIndex) > 12 && line.hasSuffix(s[space...])
    }
  }
}

extension SitePlanner {
  /// Words of an event's text shown in the key dates when the text is its whole sentence,
  /// which the article below shows marked (the entry links to it).
  static let gistWords = 8

  /// The event's text, or its first words when it only repeats its sentence.
  ///
  /// "Repeats" compares UTF-8 bytes: extraction copies the sentence's bytes into the text, and
  /// `String ==` normalised every non-ASCII pair first (1.5 G instructions of a cold 1k build).
  static func gist(_ text: String, sentence: String?) -> String {
    if let sentence, !text.utf8.elementsEqual(sentence.utf8) { return text }
    var bytes = text
    if let found = bytes.withUTF8(gist(ofBytes:)) { return found ?? text }
    if let words = firstWords(text) {
      guard words.count > gistWords + 2 else { return text }
      var out: [UInt8] = []
      for word in words.prefix(gistWords) {
        if !out.isEmpty { out.append(0x20) }
        out.append(contentsOf: text.utf8[word])
      }
      return String(decoding: out, as: UTF8.self) + " …"
    }
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > gistWords + 2 else { return text }
    return words.prefix(gistWords).joined(separator: " ") + " …"
  }

  /// ``gist(_:sentence:)`` read on the UTF-8 of the text with offsets, when no space before
  /// the words it needs has a non-ASCII neighbour (then every space byte is a character of its
  /// own, see ``firstWords(_:)``): `.some(nil)` for the text itself, nil when a neighbour
  /// decides. Search and the timeline take the gist of every entry at every build, and walking
  /// `String.UTF8View` indices was half of the search records' cost (1.35 G instructions of a
  /// one-edit rebuild of 10,000 articles).
  private static func gist(ofBytes u: UnsafeBufferPointer<UInt8>) -> String?? {
    var words: [(start: Int, end: Int)] = []
    words.reserveCapacity(gistWords + 3)
    var start: Int? = nil
    var i = 0
    while i < u.count {
      if u[i] == 0x20 {
        if i > 0 && u[i - 1] >= 0x80 { return nil }
        if i + 1 < u.count && u[i + 1] >= 0x80 { return nil }
        if let s = start {
          words.append((s, i))
          start = nil
          if words.count > gistWords + 2 { break }
        }
      } else if start == nil {
        start = i
      }
      i += 1
    }
    if words.count <= gistWords + 2, let s = start { words.append((s, u.count)) }
    guard words.count > gistWords + 2 else { return .some(nil) }
    var out: [UInt8] = []
    for w in words.prefix(gistWords) {
      if !out.isEmpty { out.append(0x20) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: u[w.start..<w.end]))
    }
    return .some(String(decoding: out, as: UTF8.self) + " …")
  }

  /// Whether `a` followed by `b` are two characters.
  private static func apart(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    var pair = String.UnicodeScalarView()
    pair.append(a)
    pair.append(b)
    return String(pair).count == 2
  }

  /// The first `gistWords + 3` words of `text` (runs between spaces) as UTF-8 ranges, found on
  /// bytes: what splitting on the character " " finds when every space byte is a character of
  /// its own, which only a non-ASCII neighbour can prevent (a combining mark after it, a
  /// prepended mark before it); nil when one does, for the `split` on characters to decide.
  /// That split took 70,000 instructions a sentence.
  private static func firstWords(_ text: String) -> [Range<String.Index>]? {
    let bytes = text.utf8
    var words: [Range<String.Index>] = []
    var start: String.Index? = nil
    var i = bytes.startIndex
    while i < bytes.endIndex {
      if bytes[i] == 0x20 {
        let next = bytes.index(after: i)
        // Whether a character boundary falls between two scalars depends on those two alone
        // when one is a space (no rule joins a space to its neighbours by a longer context).
        let scalars = text.unicodeScalars
        if i > bytes.startIndex, bytes[bytes.index(before: i)] >= 0x80,
          !Self.apart(scalars[scalars.index(before: i)], " ")
        {
          return nil
        }
        if next < bytes.endIndex, bytes[next] >= 0x80, !Self.apart(" ", scalars[next]) {
          return nil
        }
        if let s = start {
          words.append(s..<i)
          start = nil
          if words.count > gistWords + 2 { return words }
        }
        i = next
      } else {
        if start == nil { start = i }
        i = bytes.index(after: i)
      }
    }
    if let s = start { words.append(s..<bytes.endIndex) }
    return words
  }
}

extension Array {
  fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

/// The article's sentences as an ordered list, each with an id; sentences that facts came from
/// are `<mark>`ed. A sentence is `<li id=s12>` and its text, with no quotes round the id and no
/// `</li>` (HTML leaves both out; the article is ~40 sentences a page, 7 bytes each).
/// All text is HTML-escaped here.
struct ArticleText {
  var sentences: [String]
  /// The sentences facts were taken from. They are marked only: each fact links to its
  /// sentence, and links back from the sentences (`event`, `statement`) were 1.3 KB a page.
  var marked: Set<Int>

  func html() -> String {
    var out = "<ol class=\"article-text\">\n"
    for (i, sentence) in sentences.enumerated() {
      let text = HTMLEscaper.escape(sentence)
      out += "<li id=\(SitePaths.sentenceAnchor(i))>"
      out += marked.contains(i) ? "<mark>\(text)</mark>" : text
      out += "\n"
    }
    return out + "</ol>"
  }
}
