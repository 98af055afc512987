/// The site's published form of a briefing (`briefings/<id>/briefing.json`, version 5): the
/// contract (version 4) without `sentences`, which the page beside it carries as `#s<n>`, and
/// with each event, statement and timex an array in a fixed order instead of an object, so no
/// key name is repeated per item (about 2 KB of the 7.3 an article left once the sentences went).
/// Trailing absent fields are left out, absent ones before a present one are `null`. The order
/// is in docs/DESIGN.md ("The published form"); `briefing extract` gives the full form.
extension BriefingContract {
  public static let publishedSchemaVersion = 5

  /// The published JSON, compact and escaped for a page (``JSONWriter`` `safe`).
  public func publishedBytes() -> [UInt8] {
    let b = briefing
    var w = JSONWriter(pretty: false, safe: true, capacity: 8 * 1024)
    w.beginObject()
    w.key("article")
    Self.write(b.article, to: &w)
    if !b.events.isEmpty {
      let implied = b.timex.map(EventDateForm.implied)
      w.key("events")
      w.beginArray()
      for e in b.events {
        let f = EventForm(e, article: b.article.id, sentences: b.sentences, implied: implied)
        Slot.write(
          [
            .int(f.sentence), .string(f.kind.rawValue), .date(f.date),
            f.parties.map(Slot.strings) ?? .none, f.places.map(Slot.strings) ?? .none,
            f.id.map(Slot.string) ?? .none, f.text.map(Slot.string) ?? .none,
            f.fullId.map(Slot.string) ?? .none,
          ], to: &w)
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
    w.int(Self.publishedSchemaVersion)
    if !b.statements.isEmpty {
      w.key("statements")
      w.beginArray()
      for s in b.statements {
        let f = StatementForm(s, sentences: b.sentences)
        let quoted: Slot = f.span.map(Slot.ints) ?? f.text.map(Slot.string) ?? .none
        Slot.write(
          [
            .int(f.sentence), .string(f.party), .string(f.cue),
            f.stance.map { Slot.string($0.rawValue) } ?? .none, quoted,
            f.target.map(Slot.string) ?? .none, f.speaker.map(Slot.string) ?? .none,
            f.speakerText.map(Slot.string) ?? .none,
          ], to: &w)
      }
      w.endArray()
    }
    writeSummary(to: &w)
    if !b.timex.isEmpty {
      w.key("timex")
      w.beginArray()
      for t in b.timex {
        let f = TimexForm(t)
        Slot.write(
          [
            .int(f.start), .int(f.end), .string(f.text), .string(f.value),
            f.type.map { Slot.string($0.rawValue) } ?? .none, f.mod.map(Slot.string) ?? .none,
          ], to: &w)
      }
      w.endArray()
    }
    w.endObject()
    return w.bytes
  }

  /// One field of a published item.
  enum Slot {
    case none
    case int(Int)
    case string(String)
    case strings([String])
    case ints([Int])
    case date(EventDateForm)

    /// The item as an array: its fields up to the last present one, absent ones as `null`.
    static func write(_ slots: [Slot], to w: inout JSONWriter) {
      let count = (slots.lastIndex { if case .none = $0 { false } else { true } } ?? -1) + 1
      w.beginArray()
      for slot in slots.prefix(count) {
        switch slot {
        case .none: w.null()
        case .int(let i): w.int(i)
        case .string(let s): w.string(s)
        case .strings(let list): w.strings(list)
        case .ints(let list):
          w.beginArray()
          for i in list { w.int(i) }
          w.endArray()
        case .date(let date): BriefingContract.EventForm.write(date, to: &w)
        }
      }
      w.endArray()
    }
  }
}
