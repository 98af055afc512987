import BriefingExtraction
import BriefingModels
import BriefingStore
import Foundation

/// The bytes of one date's timeline merge in `timeline.pack`: each field in a fixed order, a
/// string as a varint length and its UTF-8, an enum as its position among its cases. An
/// entry's base id is kept only when its id is not it, and its text (its clearest report's) as
/// the position of the source that gives it: two strings fewer to make for every entry read.
///
/// Written by hand rather than through `BinaryEncoder`: reading every kept date back through
/// `Codable` was 0.76 G instructions of a one-edit rebuild of 1,000 articles (Benchmarks/LOG.md,
/// 2026-12-06), most of it finding keys. The pack's key holds the tool's build, so the enums'
/// order can change between builds. Damaged bytes give nil, never a wrong merge that reads
/// whole (a record torn inside is already dropped by `RecordPack`).
enum StoredEntryCoding {
  static func encode(_ entries: [TimelineMemory.StoredEntry]) -> [UInt8] {
    var w = CompactWriter()
    w.int(entries.count)
    for s in entries {
      let e = s.entry
      w.int(s.first)
      // The base when the id is not it (a suffixed id), else nothing: a base is never empty.
      w.string(s.base == e.id ? "" : s.base)
      w.string(e.id)
      w.string(e.date.value)
      w.int(EventDate.Precision.allCases.firstIndex(of: e.date.precision)!)
      w.string(e.date.text)
      // The text is its clearest report's: which source gives it, else -1 and the text.
      if let at = e.sources.firstIndex(where: { $0.text == e.text }) {
        w.int(at)
      } else {
        w.int(-1)
        w.string(e.text)
      }
      w.int(Event.Kind.allCases.firstIndex(of: e.kind)!)
      w.strings(e.parties)
      w.strings(e.places)
      w.int(e.sources.count)
      for source in e.sources {
        w.string(source.article)
        w.string(source.event)
        w.int(source.sentence)
        w.string(source.text)
      }
    }
    return w.sealed
  }

  static func decode(_ data: Data) -> [TimelineMemory.StoredEntry]? {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [TimelineMemory.StoredEntry]? in
      guard var r = CompactReader(sealed: raw) else { return nil }
      let precisions = EventDate.Precision.allCases
      let kinds = Event.Kind.allCases
      guard let count = r.count() else { return nil }
      var entries: [TimelineMemory.StoredEntry] = []
      entries.reserveCapacity(count)
      for _ in 0..<count {
        guard let first = r.int(), let stored = r.string(), let id = r.string(),
          let value = r.string(), let precision = r.int(), precisions.indices.contains(precision),
          let dateText = r.string(), let textAt = r.int()
        else { return nil }
        let base = stored.isEmpty ? id : stored
        var text: String? = nil
        if textAt < 0 {
          guard textAt == -1, let own = r.string() else { return nil }
          text = own
        }
        guard let kind = r.int(), kinds.indices.contains(kind), let parties = r.strings(),
          let places = r.strings(), let sourceCount = r.count()
        else { return nil }
        var sources: [EventSource] = []
        sources.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount {
          guard let article = r.string(), let event = r.string(), let sentence = r.int(),
            let sourceText = r.string()
          else { return nil }
          sources.append(
            EventSource(article: article, event: event, sentence: sentence, text: sourceText))
        }
        if text == nil {
          guard sources.indices.contains(textAt) else { return nil }
          text = sources[textAt].text
        }
        let entry = TimelineEntry(
          id: id, date: EventDate(value: value, precision: precisions[precision], text: dateText),
          text: text!, kind: kinds[kind], parties: parties, places: places, sources: sources)
        entries.append(TimelineMemory.StoredEntry(first: first, base: base, entry: entry))
      }
      return r.isAtEnd ? entries : nil
    }
  }
}
