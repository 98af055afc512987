/// The kind of a name the tagger finds, as in CoNLL-style NER: a person, an organisation
/// (companies, agencies, parties, teams, media) or a place.
public enum NameKind: String, Sendable, Hashable, CaseIterable {
  case person = "PERSON"
  case organization = "ORGANIZATION"
  case place = "PLACE"
}

/// A name in a text: UTF-8 byte offsets (end exclusive) and its kind.
public struct NameSpan: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public var kind: NameKind

  public init(start: Int, end: Int, kind: NameKind) {
    self.start = start
    self.end = end
    self.kind = kind
  }
}

/// The tagger's BIO tags: `O`, then `B-` and `I-` for each kind (7 in all), as small integers so
/// a tag indexes a row of weights.
enum NameTag {
  static let count = 7
  static let outside = 0

  static func begin(_ kind: NameKind) -> Int { 1 + 2 * index(kind) }
  static func inside(_ kind: NameKind) -> Int { 2 + 2 * index(kind) }
  static func kind(_ tag: Int) -> NameKind? {
    tag == 0 ? nil : NameKind.allCases[(tag - 1) / 2]
  }
  static func isInside(_ tag: Int) -> Bool { tag != 0 && tag % 2 == 0 }

  /// Whether `tag` may follow `previous`: `I-X` only continues `B-X` or `I-X`.
  static func allowed(_ tag: Int, after previous: Int) -> Bool {
    !isInside(tag) || (previous != 0 && kind(previous) == kind(tag))
  }

  private static func index(_ kind: NameKind) -> Int {
    switch kind {
    case .person: return 0
    case .organization: return 1
    case .place: return 2
    }
  }

  /// The spans of a tag sequence, as token ranges.
  static func spans(_ tags: [Int]) -> [(range: Range<Int>, kind: NameKind)] {
    var out: [(range: Range<Int>, kind: NameKind)] = []
    var i = 0
    while i < tags.count {
      guard let k = kind(tags[i]) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tags.count, tags[j] == inside(k) { j += 1 }
      out.append((i..<j, k))
      i = j
    }
    return out
  }
}
