/// A briefing as the JSON contract carries it (`briefing extract`, `briefings/<id>/briefing.json`,
/// `generate --briefings`): schemaVersion 3 writes nothing the same object already holds, and
/// reading takes versions 1 and 2 too, so JSON written by an older tool still builds a site.
///
/// Version 2 against 1 (docs/DESIGN.md): an event's `text` is left out when it is its sentence
/// (`sentences[sentence]`), and its `id` is local to the article (the article id and a `-` are
/// taken off; `fullId` stands for an id that does not start with them; no `id` means the date's
/// value); a summary line that is a sentence is that sentence's index; a statement's `text` is
/// `span`, its `[start, end)` in its sentence (Unicode scalars), when it is found there; a party's
/// mentions are `[sentence, text]` pairs; empty lists, absent values and an empty `path` are left
/// out instead of written as `[]` or `null`. A statement's `speakerText` (added in version 2,
/// optional) names a speaker no party stands for; its `party` is then `""`.
///
/// Version 3 against 2: an event's `date` that is what one of the `timex` entries implies is
/// that entry's index (``EventDateForm``), and no `id` means the id extraction gives an event,
/// `<date value>-s<sentence>` as a slug (in version 2 it meant the date's value).
///
/// Version 4 against 3: a party's mention whose text is the party's name is its sentence index
/// alone; a statement with no `stance` asserts; a timex with no `type` is a `DATE`.
public struct BriefingContract: Codable, Sendable, Hashable {
  public static let schemaVersion = 4

  public var briefing: Briefing

  public init(_ briefing: Briefing) { self.briefing = briefing }

  private enum Keys: String, CodingKey {
    case schemaVersion, article, sentences, summary, parties, events, statements, timex
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    let version = try c.decode(Int.self, forKey: .schemaVersion)
    guard (2...4).contains(version) else {
      guard version == 1 else {
        if version == Self.publishedSchemaVersion {
          throw DecodingError.dataCorruptedError(
            forKey: .schemaVersion, in: c,
            debugDescription:
              "schemaVersion 5 is a site's published briefing.json, without its sentences; "
              + "`briefing extract` gives the full form (version 4) this tool reads")
        }
        throw DecodingError.dataCorruptedError(
          forKey: .schemaVersion, in: c,
          debugDescription: "schemaVersion \(version) is not one this tool reads (1 to 4)")
      }
      briefing = try Briefing(from: decoder)
      briefing.schemaVersion = Briefing.currentSchemaVersion
      return
    }
    let article = try c.decode(ArticleMeta.self, forKey: .article)
    let sentences = try c.decodeIfPresent([String].self, forKey: .sentences) ?? []
    let events = try c.decodeIfPresent([EventForm].self, forKey: .events) ?? []
    let statements = try c.decodeIfPresent([StatementForm].self, forKey: .statements) ?? []
    let timex = (try c.decodeIfPresent([TimexForm].self, forKey: .timex) ?? []).map(\.timex)
    let local = EventForm.Reading(
      article: article.id, sentences: sentences, timex: timex, version: version)
    briefing = Briefing(
      article: article, sentences: sentences,
      summary: try Self.summary(c, sentences: sentences),
      parties: (try c.decodeIfPresent([PartyForm].self, forKey: .parties) ?? []).map(\.party),
      events: try events.map { try $0.event(local) },
      statements: try statements.map { try $0.statement(sentences: sentences) },
      timex: timex)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    let b = briefing
    try c.encode(Self.schemaVersion, forKey: .schemaVersion)
    try c.encode(ArticleForm(b.article), forKey: .article)
    if !b.sentences.isEmpty { try c.encode(b.sentences, forKey: .sentences) }
    if !b.summary.isEmpty {
      var list = c.nestedUnkeyedContainer(forKey: .summary)
      for line in b.summary {
        if let i = b.sentences.firstIndex(of: line) {
          try list.encode(i)
        } else {
          try list.encode(line)
        }
      }
    }
    if !b.parties.isEmpty { try c.encode(b.parties.map(PartyForm.init), forKey: .parties) }
    if !b.events.isEmpty {
      let implied = b.timex.map(EventDateForm.implied)
      try c.encode(
        b.events.map {
          EventForm($0, article: b.article.id, sentences: b.sentences, implied: implied)
        },
        forKey: .events)
    }
    if !b.statements.isEmpty {
      try c.encode(
        b.statements.map { StatementForm($0, sentences: b.sentences) }, forKey: .statements)
    }
    if !b.timex.isEmpty { try c.encode(b.timex.map(TimexForm.init), forKey: .timex) }
  }
}

extension BriefingContract {
  /// Summary lines: a sentence's index where the line is that sentence, else its text.
  private static func summary(
    _ c: KeyedDecodingContainer<Keys>, sentences: [String]
  ) throws -> [String] {
    guard c.contains(.summary) else { return [] }
    var list = try c.nestedUnkeyedContainer(forKey: .summary)
    var lines: [String] = []
    while !list.isAtEnd {
      if let i = try? list.decode(Int.self) {
        guard sentences.indices.contains(i) else {
          throw DecodingError.dataCorruptedError(
            in: list, debugDescription: "summary line \(i) is no sentence of the briefing")
        }
        lines.append(sentences[i])
      } else {
        lines.append(try list.decode(String.self))
      }
    }
    return lines
  }

  /// The article's fields with absent ones and an empty path left out (decoded by ArticleMeta,
  /// which takes both forms).
  struct ArticleForm: Encodable {
    var meta: ArticleMeta
    init(_ meta: ArticleMeta) { self.meta = meta }

    private enum Keys: String, CodingKey {
      case id, path, title, published, source, url, author, tags
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(meta.id, forKey: .id)
      if !meta.path.isEmpty { try c.encode(meta.path, forKey: .path) }
      try c.encode(meta.title, forKey: .title)
      try c.encodeIfPresent(meta.published, forKey: .published)
      try c.encodeIfPresent(meta.source, forKey: .source)
      try c.encodeIfPresent(meta.url, forKey: .url)
      try c.encodeIfPresent(meta.author, forKey: .author)
      if !meta.tags.isEmpty { try c.encode(meta.tags, forKey: .tags) }
    }
  }

  /// A party; its mentions as `[sentence, text]` pairs.
  struct PartyForm: Codable {
    var party: Party
    init(_ party: Party) { self.party = party }

    private enum Keys: String, CodingKey {
      case id, name, kind, parent, aliases, role, description, mentions
    }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      var mentions: [Mention] = []
      if c.contains(.mentions) {
        var list = try c.nestedUnkeyedContainer(forKey: .mentions)
        let name = try c.decode(String.self, forKey: .name)
        while !list.isAtEnd {
          // Version 4: a mention of the party's name is its sentence alone.
          if let sentence = try? list.decode(Int.self) {
            mentions.append(Mention(sentence: sentence, text: name))
            continue
          }
          var pair = try list.nestedUnkeyedContainer()
          let sentence = try pair.decode(Int.self)
          mentions.append(Mention(sentence: sentence, text: try pair.decode(String.self)))
        }
      }
      party = Party(
        id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
        kind: try c.decode(Party.Kind.self, forKey: .kind),
        parent: try c.decodeIfPresent(String.self, forKey: .parent),
        aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
        role: try c.decodeIfPresent(String.self, forKey: .role),
        description: try c.decodeIfPresent(String.self, forKey: .description),
        mentions: mentions)
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(party.id, forKey: .id)
      try c.encode(party.name, forKey: .name)
      try c.encode(party.kind, forKey: .kind)
      try c.encodeIfPresent(party.parent, forKey: .parent)
      if !party.aliases.isEmpty { try c.encode(party.aliases, forKey: .aliases) }
      try c.encodeIfPresent(party.role, forKey: .role)
      try c.encodeIfPresent(party.description, forKey: .description)
      if !party.mentions.isEmpty {
        var list = c.nestedUnkeyedContainer(forKey: .mentions)
        for m in party.mentions {
          // Half the mentions are of the name itself (19,003 of 41,576 at 1,000 articles).
          if m.text == party.name {
            try list.encode(m.sentence)
            continue
          }
          var pair = list.nestedUnkeyedContainer()
          try pair.encode(m.sentence)
          try pair.encode(m.text)
        }
      }
    }
  }

  /// An event: its id local to the article (none where it is the one extraction gives), its
  /// date a `timex` index where that entry implies it, its text only where it is not its sentence.
  struct EventForm: Codable {
    var id: String?
    var fullId: String?
    var date: EventDateForm
    var text: String?
    var sentence: Int
    var parties: [String]?
    var places: [String]?
    var kind: Event.Kind

    /// What an event's absent fields are read against: its briefing and the contract's version.
    struct Reading {
      var article: String
      var sentences: [String]
      var timex: [Timex]
      var version: Int
    }

    /// The local id extraction gives an event: its date's value and its sentence, as a slug.
    static func derivedID(_ date: EventDate, sentence: Int) -> String {
      Slug.make("\(date.value) s\(sentence)")
    }

    /// `implied` holds the date each of the briefing's timex implies
    /// (``EventDateForm/implied(by:)``), worked out once for all its events.
    init(_ e: Event, article: String, sentences: [String], implied: [EventDate?]) {
      let prefix = article + "-"
      if let local = Self.localPart(e.id, after: prefix) {
        id = local == Self.derivedID(e.date, sentence: e.sentence) ? nil : local
      } else {
        fullId = e.id
      }
      date = EventDateForm(e.date, implied: implied)
      text =
        sentences.indices.contains(e.sentence) && sentences[e.sentence] == e.text ? nil : e.text
      sentence = e.sentence
      parties = e.parties.isEmpty ? nil : e.parties
      places = e.places.isEmpty ? nil : e.places
      kind = e.kind
    }

    /// What follows `prefix` in `id`, nil unless `id` starts with it and goes on. Characters
    /// are compared (`hasPrefix`, `count`); when both are ASCII without a `\r` (which joins a
    /// following `\n` into one character), a character is a byte and the bytes are compared:
    /// `count` walked every character of the id, twice per event.
    static func localPart(_ id: String, after prefix: String) -> String? {
      if id.isPlainASCII, prefix.isPlainASCII {
        let n = prefix.utf8.count
        guard id.utf8.count > n, id.utf8.starts(with: prefix.utf8) else { return nil }
        return String(id[id.utf8.index(id.startIndex, offsetBy: n)...])
      }
      guard id.hasPrefix(prefix), id.count > prefix.count else { return nil }
      return String(id.dropFirst(prefix.count))
    }

    func event(_ r: Reading) throws -> Event {
      let date = try self.date.date(timex: r.timex)
      let fallback = r.version >= 3 ? Self.derivedID(date, sentence: sentence) : date.value
      let fullID = fullId ?? r.article + "-" + (id ?? fallback)
      guard
        let text = text ?? (r.sentences.indices.contains(sentence) ? r.sentences[sentence] : nil)
      else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: [],
            debugDescription: "event \(fullID) has no text and no sentence \(sentence)"))
      }
      return Event(
        id: fullID, date: date, text: text, sentence: sentence, parties: parties ?? [],
        places: places ?? [], kind: kind)
    }
  }

  /// A statement: `span` in its sentence in place of its text, where the text is found there.
  struct StatementForm: Codable {
    var party: String
    var speaker: String?
    var speakerText: String?
    var cue: String
    /// Nil for `assert`, the most common stance (version 4; earlier versions always write it).
    var stance: Statement.Stance?
    var text: String?
    var span: [Int]?
    var target: String?
    var sentence: Int

    init(_ s: Statement, sentences: [String]) {
      party = s.party
      speaker = s.speaker
      speakerText = s.speakerText
      cue = s.cue
      stance = s.stance == .assert ? nil : s.stance
      target = s.target
      sentence = s.sentence
      if sentences.indices.contains(s.sentence),
        let range = Self.scalarRange(of: s.text, in: sentences[s.sentence])
      {
        span = [range.lowerBound, range.upperBound]
      } else {
        text = s.text
      }
    }

    func statement(sentences: [String]) throws -> Statement {
      var said = text
      if said == nil, let span, span.count == 2, sentences.indices.contains(sentence) {
        let scalars = Array(sentences[sentence].unicodeScalars)
        if 0 <= span[0], span[0] <= span[1], span[1] <= scalars.count {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars[span[0]..<span[1]])
          said = String(view)
        }
      }
      guard let said else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: [],
            debugDescription: "a statement of sentence \(sentence) has no text and no valid span"))
      }
      return Statement(
        party: party, speaker: speaker, cue: cue, stance: stance ?? .assert, text: said,
        target: target,
        sentence: sentence, speakerText: speakerText)
    }

    /// Where `text` first occurs in `sentence`, in Unicode scalars; nil if it does not, or if
    /// the scalars found would not make the same string back.
    static func scalarRange(of text: String, in sentence: String) -> Range<Int>? {
      // ASCII: a scalar is a byte, so the bytes are searched.
      if text.isASCIIOnly, sentence.isASCIIOnly {
        var text = text
        var sentence = sentence
        return text.withUTF8 { n in sentence.withUTF8 { h in asciiRange(of: n, in: h) } }
      }
      let needle = Array(text.unicodeScalars)
      let hay = Array(sentence.unicodeScalars)
      guard !needle.isEmpty, needle.count <= hay.count else { return nil }
      for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
        if hay[start..<(start + needle.count)].elementsEqual(needle) {
          return start..<(start + needle.count)
        }
      }
      return nil
    }

    /// The first occurrence of `needle`'s bytes in `hay`, as `scalarRange` finds scalars.
    private static func asciiRange(
      of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
      guard !needle.isEmpty, needle.count <= hay.count else { return nil }
      for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
        var j = 1
        while j < needle.count, hay[start + j] == needle[j] { j += 1 }
        if j == needle.count { return start..<(start + needle.count) }
      }
      return nil
    }
  }

  /// A timex: no `type` means `DATE`, which most are (version 4; earlier versions always write
  /// it).
  struct TimexForm: Codable {
    var start: Int
    var end: Int
    var text: String
    var type: Timex.Kind?
    var value: String
    var mod: String?

    init(_ t: Timex) {
      start = t.start
      end = t.end
      text = t.text
      type = t.type == .date ? nil : t.type
      value = t.value
      mod = t.mod
    }

    var timex: Timex {
      Timex(start: start, end: end, text: text, type: type ?? .date, value: value, mod: mod)
    }
  }
}
