import Foundation

/// One GUM document of `../shared/corpus/gum/`: its text, named mentions and attributions.
///
/// Offsets are UTF-8 byte offsets into `text`, end exclusive, as in the corpus files; `slice`
/// turns them back into text and `index` into a `String.Index`.
public struct GUMDocument: Sendable {
  public var name: String
  /// `news`, `interview`, `bio`, `voyage` or `academic`.
  public var genre: String
  /// GUM's own partition (`train`, `dev`, `test`).
  public var gumPartition: String
  public var text: String
  /// Every named mention, nested ones included, sorted by start then end.
  public var mentions: [GUMMention]
  public var attributions: [GUMAttribution]

  public init(
    name: String, genre: String, gumPartition: String, text: String, mentions: [GUMMention],
    attributions: [GUMAttribution]
  ) {
    self.name = name
    self.genre = genre
    self.gumPartition = gumPartition
    self.text = text
    self.mentions = mentions
    self.attributions = attributions
  }

  /// The mentions that lie inside no other listed mention: the flat (CoNLL-style) layer.
  public var flatMentions: [GUMMention] {
    mentions.filter { m in
      !mentions.contains { o in
        o != m && o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)
      }
    }
  }

  /// Whether the document is news or an interview: the genres the aims are stated for.
  public var isNewsLike: Bool { genre == "news" || genre == "interview" }

  /// The text between two UTF-8 byte offsets.
  public func slice(_ start: Int, _ end: Int) -> String {
    String(decoding: text.utf8.dropFirst(start).prefix(end - start), as: UTF8.self)
  }

  /// The string index of a UTF-8 byte offset.
  public func index(_ offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }
}

/// A named mention: where it is, its type and its coreference chain.
public struct GUMMention: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable, Hashable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case place = "PLACE"
  }

  public var start: Int
  public var end: Int
  public var kind: Kind
  public var text: String
  /// `e` + GUM's chain number, stable within one document only.
  public var entity: String

  public init(start: Int, end: Int, kind: Kind, text: String, entity: String) {
    self.start = start
    self.end = end
    self.kind = kind
    self.text = text
    self.entity = entity
  }
}

/// Who said what: an eRST attribution relation, or an interview turn (no speaker span).
public struct GUMAttribution: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case positive = "attribution-positive"
    case negative = "attribution-negative"
    case turn
  }

  public var kind: Kind
  public var contentStart: Int
  public var contentEnd: Int
  /// `nil` for a turn, whose speaker label is not in the text.
  public var speakerSpan: Range<Int>?
  /// `PERSON`, `ORGANIZATION`, `PLACE` or GUM's own type (`abstract`, …).
  public var speakerType: String
  /// The chain id of the speaker's mention, in the id space of the mentions; `nil` if none.
  public var speakerEntity: String?
  /// Whether the speaker's chain has a named mention (so "he" can resolve to a name).
  public var speakerHasNamedMention: Bool
  /// The speaker's text, or a turn's speaker label; `nil` when the corpus gives `_`.
  public var speakerText: String?
  public var cue: Range<Int>?

  public init(
    kind: Kind, contentStart: Int, contentEnd: Int, speakerSpan: Range<Int>?,
    speakerType: String, speakerEntity: String?, speakerHasNamedMention: Bool,
    speakerText: String?, cue: Range<Int>?
  ) {
    self.kind = kind
    self.contentStart = contentStart
    self.contentEnd = contentEnd
    self.speakerSpan = speakerSpan
    self.speakerType = speakerType
    self.speakerEntity = speakerEntity
    self.speakerHasNamedMention = speakerHasNamedMention
    self.speakerText = speakerText
    self.cue = cue
  }
}
