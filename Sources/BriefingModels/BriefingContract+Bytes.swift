/// The contract written straight into bytes: the same bytes as its `Encodable` conformance
/// through `JSONEncoder` (sorted keys, slashes as they are; pretty or compact), which stays the
/// reference the tests compare with. Every extraction writes one (`briefing extract`, each
/// `briefing.json`), and an `Encoder`'s tree of boxed values cost 3 M instructions an article.
extension BriefingContract {
  /// The briefing as JSON; `pretty` for `briefing extract`'s layout, `safe` for the site's.
  public func bytes(pretty: Bool, safe: Bool) -> [UInt8] {
    var w = JSONWriter(pretty: pretty, safe: safe, capacity: pretty ? 32 * 1024 : 16 * 1024)
    write(to: &w)
    return w.bytes
  }

  /// Several briefings as one JSON array, as `briefing extract` prints them.
  public static func bytes(_ list: [BriefingContract], pretty: Bool, safe: Bool) -> [UInt8] {
    var w = JSONWriter(pretty: pretty, safe: safe, capacity: list.count * 32 * 1024)
    w.beginArray()
    for contract in list { contract.write(to: &w) }
    w.endArray()
    return w.bytes
  }

  /// The keys in sorted order, each written under the condition `encode(to:)` writes it.
  func write(to w: inout JSONWriter) {
    let b = briefing
    w.beginObject()
    w.key("article")
    Self.write(b.article, to: &w)
    if !b.events.isEmpty {
      let implied = b.timex.map(EventDateForm.implied)
      w.key("events")
      w.beginArray()
      for e in b.events {
        EventForm(e, article: b.article.id, sentences: b.sentences, implied: implied).write(to: &w)
      }
      w.endArray()
    }
    if !b.parties.isEmpty {
      w.key("parties")
      w.beginArray()
      for p in b.parties { Self.write(p, to: &w) }
      w.endArray()
    }
    w.key("schemaVersion")
    w.int(Self.schemaVersion)
    if !b.sentences.isEmpty {
      w.key("sentences")
      w.strings(b.sentences)
    }
    if !b.statements.isEmpty {
      w.key("statements")
      w.beginArray()
      for s in b.statements { StatementForm(s, sentences: b.sentences).write(to: &w) }
      w.endArray()
    }
    writeSummary(to: &w)
    if !b.timex.isEmpty {
      w.key("timex")
      w.beginArray()
      for t in b.timex { TimexForm(t).write(to: &w) }
      w.endArray()
    }
    w.endObject()
  }

  /// Summary lines, each a sentence's index where it is that sentence.
  func writeSummary(to w: inout JSONWriter) {
    let b = briefing
    guard !b.summary.isEmpty else { return }
    w.key("summary")
    w.beginArray()
    for line in b.summary {
      if let i = b.sentences.firstIndex(of: line) { w.int(i) } else { w.string(line) }
    }
    w.endArray()
  }

  static func write(_ meta: ArticleMeta, to w: inout JSONWriter) {
    w.beginObject()
    w.field("author", meta.author)
    w.key("id")
    w.string(meta.id)
    if !meta.path.isEmpty {
      w.key("path")
      w.string(meta.path)
    }
    w.field("published", meta.published)
    w.field("source", meta.source)
    if !meta.tags.isEmpty {
      w.key("tags")
      w.strings(meta.tags)
    }
    w.key("title")
    w.string(meta.title)
    w.field("url", meta.url)
    w.endObject()
  }

  static func write(_ party: Party, to w: inout JSONWriter) {
    w.beginObject()
    if !party.aliases.isEmpty {
      w.key("aliases")
      w.strings(party.aliases)
    }
    w.field("description", party.description)
    w.key("id")
    w.string(party.id)
    w.key("kind")
    w.string(party.kind.rawValue)
    if !party.mentions.isEmpty {
      w.key("mentions")
      w.beginArray()
      for m in party.mentions {
        // Half the mentions are of the name itself: the sentence alone (version 4).
        if m.text == party.name {
          w.int(m.sentence)
          continue
        }
        w.beginArray()
        w.int(m.sentence)
        w.string(m.text)
        w.endArray()
      }
      w.endArray()
    }
    w.key("name")
    w.string(party.name)
    w.field("parent", party.parent)
    w.field("role", party.role)
    w.endObject()
  }
}

extension BriefingContract.EventForm {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("date")
    Self.write(date, to: &w)
    w.field("fullId", fullId)
    w.field("id", id)
    w.key("kind")
    w.string(kind.rawValue)
    if let parties {
      w.key("parties")
      w.strings(parties)
    }
    if let places {
      w.key("places")
      w.strings(places)
    }
    w.key("sentence")
    w.int(sentence)
    w.field("text", text)
    w.endObject()
  }
}

extension BriefingContract.EventForm {
  /// A timex's index, or the date written out.
  static func write(_ date: EventDateForm, to w: inout JSONWriter) {
    switch date {
    case .timex(let i): w.int(i)
    case .written(let d):
      w.beginObject()
      w.key("precision")
      w.string(d.precision.rawValue)
      w.key("text")
      w.string(d.text)
      w.key("value")
      w.string(d.value)
      w.endObject()
    }
  }
}

extension BriefingContract.StatementForm {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("cue")
    w.string(cue)
    w.key("party")
    w.string(party)
    w.key("sentence")
    w.int(sentence)
    if let span {
      w.key("span")
      w.beginArray()
      for i in span { w.int(i) }
      w.endArray()
    }
    w.field("speaker", speaker)
    w.field("speakerText", speakerText)
    w.field("stance", stance?.rawValue)
    w.field("target", target)
    w.field("text", text)
    w.endObject()
  }
}

extension BriefingContract.TimexForm {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("end")
    w.int(end)
    w.field("mod", mod)
    w.key("start")
    w.int(start)
    w.key("text")
    w.string(text)
    w.field("type", type?.rawValue)
    w.key("value")
    w.string(value)
    w.endObject()
  }
}
