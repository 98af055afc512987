import BriefingModels
import BriefingStore
import Foundation

/// The bytes of a briefing in `extractions.pack`: every field of every model type in a fixed
/// order (`CompactWriter`), enums by their position among their cases.
///
/// Written by hand rather than through `BinaryEncoder`: reading every cached briefing back
/// through `Codable` was the largest part of the extract step of a one-edit rebuild (1.48 G
/// instructions at 1,000 articles, Benchmarks/LOG.md 2026-12-06). The pack's key holds the
/// tool's build, so the order may change between builds; a field added to a model must be
/// added here (`BriefingCodingTests` compares these lists with the types' fields).
enum BriefingCoding {
  static func encode(_ b: Briefing) -> [UInt8] {
    var w = CompactWriter()
    w.int(b.schemaVersion)
    let a = b.article
    w.string(a.id)
    w.string(a.path)
    w.string(a.title)
    w.optional(a.published)
    w.optional(a.source)
    w.optional(a.url)
    w.optional(a.author)
    w.strings(a.tags)
    w.strings(b.sentences)
    w.strings(b.summary)
    w.int(b.parties.count)
    for p in b.parties {
      w.string(p.id)
      w.string(p.name)
      w.int(Party.Kind.allCases.firstIndex(of: p.kind)!)
      w.optional(p.parent)
      w.strings(p.aliases)
      w.optional(p.role)
      w.optional(p.description)
      w.int(p.mentions.count)
      for m in p.mentions {
        w.int(m.sentence)
        w.string(m.text)
      }
    }
    w.int(b.events.count)
    for e in b.events {
      w.string(e.id)
      w.string(e.date.value)
      w.int(EventDate.Precision.allCases.firstIndex(of: e.date.precision)!)
      w.string(e.date.text)
      w.string(e.text)
      w.int(e.sentence)
      w.strings(e.parties)
      w.strings(e.places)
      w.int(Event.Kind.allCases.firstIndex(of: e.kind)!)
    }
    w.int(b.statements.count)
    for s in b.statements {
      w.string(s.party)
      w.optional(s.speaker)
      w.optional(s.speakerText)
      w.string(s.cue)
      w.int(Statement.Stance.allCases.firstIndex(of: s.stance)!)
      w.string(s.text)
      w.optional(s.target)
      w.int(s.sentence)
    }
    w.int(b.timex.count)
    for t in b.timex {
      w.int(t.start)
      w.int(t.end)
      w.string(t.text)
      w.int(Timex.Kind.allCases.firstIndex(of: t.type)!)
      w.string(t.value)
      w.optional(t.mod)
    }
    return w.sealed
  }

  /// The briefing `bytes` hold; nil for bytes `encode` did not write (cut, padded, damaged).
  static func decode(_ bytes: Data) -> Briefing? {
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Briefing? in
      guard var r = CompactReader(sealed: raw) else { return nil }
      guard let b = briefing(&r), r.isAtEnd else { return nil }
      return b
    }
  }

  /// The briefing, its sentences, summary and timex left as bytes until first read (see
  /// `BriefingText`): a rebuild reads them of the few briefings whose pages it builds, and
  /// they were most of the bytes every cached briefing was decoded from. They are stepped
  /// over here, every length and kind checked, so reading them later cannot fail.
  private static func briefing(_ r: inout CompactReader) -> Briefing? {
    guard let schema = r.int(), let id = r.string(), let path = r.string(),
      let title = r.string(), let published = r.optional(), let source = r.optional(),
      let url = r.optional(), let author = r.optional(), let tags = r.strings()
    else { return nil }
    let textStart = r.at
    guard r.skipStrings(), r.skipStrings() else { return nil }
    let textEnd = r.at
    guard let parties = parties(&r), let events = events(&r), let statements = statements(&r)
    else { return nil }
    let timexStart = r.at
    guard skipTimex(&r) else { return nil }
    // One copy of the two spans (the pack's bytes may be rewritten before they are read).
    let lazy =
      Array(UnsafeRawBufferPointer(rebasing: r.bytes[textStart..<textEnd]))
      + Array(UnsafeRawBufferPointer(rebasing: r.bytes[timexStart..<r.at]))
    var b = Briefing(
      article: ArticleMeta(
        id: id, path: path, title: title, published: published, source: source, url: url,
        author: author, tags: tags),
      parties: parties, events: events, statements: statements
    ) { text(lazy) }
    b.schemaVersion = schema
    return b
  }

  /// The sentences, summary and timex `briefing` stepped over, from their checked bytes.
  private static func text(_ bytes: [UInt8]) -> BriefingText.Parts {
    bytes.withUnsafeBytes { raw in
      var r = CompactReader(checked: raw)
      guard let sentences = r.strings(), let summary = r.strings(), let timex = timex(&r)
      else { preconditionFailure("briefing text bytes were checked when the record was read") }
      return BriefingText.Parts(sentences: sentences, summary: summary, timex: timex)
    }
  }

  /// Steps over the timex list, checking each one as `timex` will read it.
  private static func skipTimex(_ r: inout CompactReader) -> Bool {
    guard let n = r.count() else { return false }
    for _ in 0..<n {
      guard r.int() != nil, r.int() != nil, r.skipString(),
        item(Timex.Kind.allCases, r.int()) != nil, r.skipString(), r.skipOptional()
      else { return false }
    }
    return true
  }

  /// `list[index]` when `index` is one of its positions.
  private static func item<T>(_ list: [T], _ index: Int?) -> T? {
    guard let index, list.indices.contains(index) else { return nil }
    return list[index]
  }

  private static func parties(_ r: inout CompactReader) -> [Party]? {
    guard let n = r.count() else { return nil }
    var out: [Party] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let id = r.string(), let name = r.string(),
        let kind = item(Party.Kind.allCases, r.int()),
        let parent = r.optional(), let aliases = r.strings(), let role = r.optional(),
        let description = r.optional(), let m = r.count()
      else { return nil }
      var mentions: [Mention] = []
      mentions.reserveCapacity(m)
      for _ in 0..<m {
        guard let sentence = r.int(), let text = r.string() else { return nil }
        mentions.append(Mention(sentence: sentence, text: text))
      }
      out.append(
        Party(
          id: id, name: name, kind: kind, parent: parent, aliases: aliases, role: role,
          description: description, mentions: mentions))
    }
    return out
  }

  private static func events(_ r: inout CompactReader) -> [Event]? {
    guard let n = r.count() else { return nil }
    var out: [Event] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let id = r.string(), let value = r.string(),
        let precision = item(EventDate.Precision.allCases, r.int()), let dateText = r.string(),
        let text = r.string(), let sentence = r.int(), let parties = r.strings(),
        let places = r.strings(), let kind = item(Event.Kind.allCases, r.int())
      else { return nil }
      out.append(
        Event(
          id: id, date: EventDate(value: value, precision: precision, text: dateText), text: text,
          sentence: sentence, parties: parties, places: places, kind: kind))
    }
    return out
  }

  private static func statements(_ r: inout CompactReader) -> [Statement]? {
    guard let n = r.count() else { return nil }
    var out: [Statement] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let party = r.string(), let speaker = r.optional(), let speakerText = r.optional(),
        let cue = r.string(), let stance = item(Statement.Stance.allCases, r.int()),
        let text = r.string(), let target = r.optional(), let sentence = r.int()
      else { return nil }
      out.append(
        Statement(
          party: party, speaker: speaker, cue: cue, stance: stance, text: text, target: target,
          sentence: sentence, speakerText: speakerText))
    }
    return out
  }

  private static func timex(_ r: inout CompactReader) -> [Timex]? {
    guard let n = r.count() else { return nil }
    var out: [Timex] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let start = r.int(), let end = r.int(), let text = r.string(),
        let type = item(Timex.Kind.allCases, r.int()), let value = r.string(),
        let mod = r.optional()
      else { return nil }
      out.append(Timex(start: start, end: end, text: text, type: type, value: value, mod: mod))
    }
    return out
  }
}
