import BriefingModels
import BriefingStore
import Foundation
import Testing

/// `BinaryEncoder` and `BinaryDecoder` give back exactly the value encoded, for every shape of
/// `Codable` the models use, and bytes that were cut short or damaged throw instead of decoding.
@Suite struct BinaryCoderTests {
  func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
    try BinaryDecoder().decode(T.self, from: BinaryEncoder().encode(value))
  }

  /// A briefing with every optional both set and unset, nested arrays, and every raw-value enum.
  static let briefing: Briefing = {
    var b = Briefing(
      article: ArticleMeta(
        id: "talks", path: "content/talks.md", title: "Talks in Istanbul — «second» round",
        published: "2025-06-02", source: nil, url: "https://example.org/a?b=c&d", author: nil,
        tags: ["talks", "", "ünïcødé 🇺🇦"]),
      sentences: ["One.", "Two \"quoted\".", ""], summary: ["One."])
    b.parties = [
      Party(
        id: "russia", name: "Russia", kind: .state, parent: nil, aliases: ["Moscow"],
        role: nil, description: "A state.", mentions: [Mention(sentence: 0, text: "Russia")]),
      Party(
        id: "ukraine-mfa", name: "Ukrainian Foreign Ministry", kind: .organization,
        parent: "ukraine", role: "ministry", mentions: []),
    ]
    b.events = [
      Event(
        id: "e1", date: EventDate(value: "2025-W23", precision: .week, text: "next week"),
        text: "Talks resumed.", sentence: 1, parties: ["russia"], places: [], kind: .negotiation)
    ]
    b.statements = [
      Statement(
        party: "russia", speaker: nil, cue: "said", stance: .deny, text: "No.", sentence: 1),
      Statement(
        party: "ukraine-mfa", speaker: "A. Person", cue: "according to", stance: .accuse,
        text: "Yes.", target: "russia", sentence: 2),
    ]
    b.timex = [
      Timex(start: 0, end: 9, text: "next week", type: .date, value: "2025-W23"),
      Timex(start: 10, end: 12, text: "3 days", type: .duration, value: "P3D", mod: "APPROX"),
    ]
    return b
  }()

  @Test func aBriefingComesBackEqualAndSmallerThanItsJSON() throws {
    let bytes = try BinaryEncoder().encode(Self.briefing)
    #expect(try BinaryDecoder().decode(Briefing.self, from: bytes) == Self.briefing)
    #expect(bytes.count < (try JSONEncoder().encode(Self.briefing)).count)
  }

  @Test func anArticleAndAConfigComeBackEqual() throws {
    let article = Article(
      meta: Self.briefing.article, body: "# Title\n\nBody with *Markdown*.\n", format: .markdown,
      bodyLine: 4, dateOrigin: .frontMatter, partyHints: ["NATO"])
    #expect(try roundTrip(article) == article)
    #expect(try roundTrip(SiteConfig()) == SiteConfig())
  }

  /// Shapes beyond the models': every integer width at its limits, floating point, nested
  /// optionals, dictionaries with string and integer keys, arrays of arrays, Int raw values.
  struct Everything: Codable, Equatable {
    enum Level: Int, Codable {
      case low = -1
      case high = 300
    }
    var int8: [Int8] = [.min, -1, 0, .max]
    var int16: [Int16] = [.min, .max]
    var int32: [Int32] = [.min, .max]
    var int64: [Int64] = [.min, -1, .max]
    var int: [Int] = [.min, 0, .max]
    var uint8: [UInt8] = [0, .max]
    var uint16: [UInt16] = [.max]
    var uint32: [UInt32] = [.max]
    var uint64: [UInt64] = [0, 127, 128, .max]
    var uint: [UInt] = [.max]
    var double: [Double] = [0, -0.5, .infinity, .leastNonzeroMagnitude, 1e300]
    var float: [Float] = [-1.25, .greatestFiniteMagnitude]
    var bools: [Bool] = [true, false]
    var optionals: [Int?] = [1, nil, 3]
    var nestedOptional: String?? = .some("inner")
    var absent: String? = nil
    var present: String? = "here"
    var grid: [[String]] = [["a", "b"], [], ["c"]]
    var byName: [String: [Int]] = ["one": [1], "two": [2, 2], "": []]
    var byNumber: [Int: String] = [1: "one", -7: "minus seven"]
    var level: Level = .high
    var levels: [Level] = [.low, .high]
    var date = CalendarDate(year: 2024, month: 2, day: 29)!
    var long = String(repeating: "x", count: 70_000)
  }

  @Test func everyCodableShapeComesBackEqual() throws {
    #expect(try roundTrip(Everything()) == Everything())
  }

  @Test func topLevelPrimitivesAndOptionalsComeBackEqual() throws {
    #expect(try roundTrip("text") == "text")
    #expect(try roundTrip(-42) == -42)
    #expect(try roundTrip(Optional<Int>.none) == nil)
    #expect(try roundTrip([String]()) == [])
  }

  /// Written with nested containers and a super encoder, read back in another key order.
  struct Handmade: Codable, Equatable {
    var a: Int
    var b: [String]
    var c: String
    enum Keys: String, CodingKey { case a, inner, list, base }
    enum InnerKeys: String, CodingKey { case c }

    init(a: Int, b: [String], c: String) {
      self.a = a
      self.b = b
      self.c = c
    }

    func encode(to encoder: any Encoder) throws {
      var top = encoder.container(keyedBy: Keys.self)
      var inner = top.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
      var list = top.nestedUnkeyedContainer(forKey: .list)
      try top.encode(a, forKey: .a)
      for s in b { try list.encode(s) }  // filled after a later sibling was written
      try inner.encode(c, forKey: .c)
      try "base".encode(to: top.superEncoder(forKey: .base))
    }

    init(from decoder: any Decoder) throws {
      let top = try decoder.container(keyedBy: Keys.self)
      #expect(Set(top.allKeys.map(\.rawValue)) == ["a", "inner", "list", "base"])
      #expect(try String(from: top.superDecoder(forKey: .base)) == "base")
      var list = try top.nestedUnkeyedContainer(forKey: .list)
      b = []
      while !list.isAtEnd { b.append(try list.decode(String.self)) }
      c = try top.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner).decode(
        String.self, forKey: .c)
      a = try top.decode(Int.self, forKey: .a)
    }
  }

  @Test func nestedContainersAndAnyKeyOrderWork() throws {
    let value = Handmade(a: 7, b: ["x", "y"], c: "z")
    #expect(try roundTrip(value) == value)
  }

  @Test func aMissingKeyOrATypeMismatchThrows() throws {
    struct Small: Codable { var present: String? }
    struct Needs: Codable { var needed: String }
    let bytes = try BinaryEncoder().encode(Small(present: nil))
    #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Needs.self, from: bytes) }
    let number = try BinaryEncoder().encode(Int64.max)
    #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Int8.self, from: number) }
  }

  /// Fails with the coding path it was given, to show where the coders think it is.
  struct Probe: Codable, Equatable {
    var fail = false

    func encode(to encoder: any Encoder) throws {
      guard fail else { return try "ok".encode(to: encoder) }
      throw EncodingError.invalidValue(
        self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "probe"))
    }

    init(fail: Bool = false) { self.fail = fail }

    init(from decoder: any Decoder) throws {
      if try decoder.singleValueContainer().decode(String.self) == "fail" {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "probe"))
      }
    }
  }

  struct Outer: Codable, Equatable {
    var probes: [Probe]
  }

  @Test func errorsNameTheCodingPathOfTheValue() throws {
    func path(_ error: any Error) -> [String] {
      switch error {
      case EncodingError.invalidValue(_, let context): context.codingPath.map(\.stringValue)
      case DecodingError.dataCorrupted(let context): context.codingPath.map(\.stringValue)
      default: []
      }
    }
    do {
      _ = try BinaryEncoder().encode(Outer(probes: [Probe(), Probe(fail: true)]))
      Issue.record("expected an error")
    } catch {
      #expect(path(error) == ["probes", "Index 1"])
    }
    struct Texts: Codable { var probes: [String] }
    let bytes = try BinaryEncoder().encode(Texts(probes: ["ok", "ok", "fail"]))
    do {
      _ = try BinaryDecoder().decode(Outer.self, from: bytes)
      Issue.record("expected an error")
    } catch {
      #expect(path(error) == ["probes", "Index 2"])
    }
  }

  @Test func everyTruncationAndTrailingBytesThrow() throws {
    let bytes = try BinaryEncoder().encode(Self.briefing)
    for n in 0..<bytes.count {
      #expect(throws: DecodingError.self) {
        try BinaryDecoder().decode(Briefing.self, from: Array(bytes.prefix(n)))
      }
    }
    #expect(throws: DecodingError.self) {
      try BinaryDecoder().decode(Briefing.self, from: bytes + [0])
    }
  }

  @Test func invalidUTF8AndOverlongNumbersThrow() throws {
    // A slot of two bytes that are not UTF-8.
    #expect(throws: DecodingError.self) {
      try BinaryDecoder().decode(String.self, from: [3, 0xC3, 0x28])
    }
    // A varint of eleven bytes.
    #expect(throws: DecodingError.self) {
      try BinaryDecoder().decode(UInt64.self, from: [12] + Array(repeating: 0xFF, count: 10) + [1])
    }
  }

  /// Damage that keeps every length consistent may decode to another value, but no damage
  /// makes decoding trap or read outside the bytes.
  @Test func damagedBytesThrowOrDecodeButNeverCrash() throws {
    let bytes = try BinaryEncoder().encode(Self.briefing)
    var thrown = 0
    for i in bytes.indices {
      for flip: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = bytes
        damaged[i] ^= flip
        if (try? BinaryDecoder().decode(Briefing.self, from: damaged)) == nil { thrown += 1 }
      }
    }
    #expect(thrown > bytes.count)
  }
}
