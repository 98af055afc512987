import BriefingExtraction
import BriefingModels
import Foundation

/// The bytes of one date's timeline merge in `timeline.pack`: each field in a fixed order, a
/// string as a varint length and its UTF-8, an enum as its position among its cases.
///
/// Written by hand rather than through `BinaryEncoder`: reading every kept date back through
/// `Codable` was 0.76 G instructions of a one-edit rebuild of 1,000 articles (Benchmarks/LOG.md,
/// 2026-12-06), most of it finding keys. The pack's key holds the tool's build, so the enums'
/// order can change between builds. Damaged bytes give nil, never a wrong merge that reads
/// whole (a record torn inside is already dropped by `RecordPack`).
enum StoredEntryCoding {
  static func encode(_ entries: [TimelineMemory.StoredEntry]) -> [UInt8] {
    var w = Writer(out: [])
    w.int(entries.count)
    for s in entries {
      let e = s.entry
      w.int(s.first)
      w.string(s.base)
      w.string(e.id)
      w.string(e.date.value)
      w.int(EventDate.Precision.allCases.firstIndex(of: e.date.precision)!)
      w.string(e.date.text)
      w.string(e.text)
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
    return w.out
  }

  static func decode(_ data: Data) -> [TimelineMemory.StoredEntry]? {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [TimelineMemory.StoredEntry]? in
      var r = Reader(bytes: raw)
      let precisions = EventDate.Precision.allCases
      let kinds = Event.Kind.allCases
      guard let count = r.count() else { return nil }
      var entries: [TimelineMemory.StoredEntry] = []
      entries.reserveCapacity(count)
      for _ in 0..<count {
        guard let first = r.int(), let base = r.string(), let id = r.string(),
          let value = r.string(), let precision = r.int(), precisions.indices.contains(precision),
          let dateText = r.string(), let text = r.string(), let kind = r.int(),
          kinds.indices.contains(kind), let parties = r.strings(), let places = r.strings(),
          let sourceCount = r.count()
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
        let entry = TimelineEntry(
          id: id, date: EventDate(value: value, precision: precisions[precision], text: dateText),
          text: text, kind: kinds[kind], parties: parties, places: places, sources: sources)
        entries.append(TimelineMemory.StoredEntry(first: first, base: base, entry: entry))
      }
      return r.at == raw.count ? entries : nil
    }
  }

  private struct Writer {
    var out: [UInt8]

    mutating func varint(_ value: UInt64) {
      var v = value
      while v >= 0x80 {
        out.append(UInt8(truncatingIfNeeded: v) | 0x80)
        v >>= 7
      }
      out.append(UInt8(v))
    }

    /// Zigzagged, so a negative number is as short as its magnitude.
    mutating func int(_ value: Int) {
      let v = Int64(value)
      varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func string(_ s: String) {
      var s = s
      s.withUTF8 { utf8 in
        varint(UInt64(utf8.count))
        out.append(contentsOf: utf8)
      }
    }

    mutating func strings(_ list: [String]) {
      int(list.count)
      for s in list { string(s) }
    }
  }

  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var at = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func varint() -> UInt64? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while at < bytes.count, shift < 64 {
        let b = bytes[at]
        at += 1
        value |= UInt64(b & 0x7F) << shift
        if b < 0x80 { return value }
        shift += 7
      }
      return nil
    }

    mutating func int() -> Int? {
      guard let v = varint() else { return nil }
      return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    /// A count of things that follow, each at least one byte long.
    mutating func count() -> Int? {
      guard let n = int(), n >= 0, n <= bytes.count - at else { return nil }
      return n
    }

    mutating func string() -> String? {
      guard let v = varint(), v <= UInt64(bytes.count - at) else { return nil }
      let n = Int(v)
      let utf8 = UnsafeRawBufferPointer(rebasing: bytes[at..<at + n])
        .assumingMemoryBound(to: UInt8.self)
      guard let s = String(validating: utf8, as: UTF8.self) else { return nil }
      at += n
      return s
    }

    mutating func strings() -> [String]? {
      guard let n = count() else { return nil }
      var list: [String] = []
      list.reserveCapacity(n)
      for _ in 0..<n {
        guard let s = string() else { return nil }
        list.append(s)
      }
      return list
    }
  }
}
