/// A reader of the small YAML subset `Resources/gazetteer.yml` is written in, without libyaml:
/// parsing the file through Yams cost 46 M of the 158 M instructions of `briefing extract` of
/// one article, and every process reads it once.
///
/// The subset: a top-level mapping of plain keys, each either a one-line flow value
/// (`titles: [President, Minister]`) or a block list of one-line flow values
/// (`  - {name: Chad, aliases: [Republic of Chad]}`); flow mappings and sequences of plain
/// scalars and double-quoted scalars without escapes; whole-line comments and blank lines.
/// Anything else (a tab, a comment after a value, a `:` or `"` in a plain scalar, a trailing
/// comma, a repeated key, a multi-line flow, ...) makes `parse` return nil, and the caller reads
/// the text with Yams instead, so this reader never has to get a corner of YAML right.
enum GazetteerSubset {
  /// A value of the subset.
  indirect enum Value: Equatable {
    /// A scalar's text; `plain` when it was not quoted (only plain scalars may be null or a
    /// boolean).
    case scalar(String, plain: Bool)
    case list([Value])
    /// Keys in the order written; no key twice.
    case map([(key: String, value: Value)])

    static func == (a: Value, b: Value) -> Bool {
      switch (a, b) {
      case (.scalar(let x, let p), .scalar(let y, let q)): x == y && p == q
      case (.list(let x), .list(let y)): x == y
      case (.map(let x), .map(let y)):
        x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
      default: false
      }
    }
  }

  /// The text's top-level mapping, or nil when the text is not in the subset.
  static func parse(_ text: String) -> Value? {
    let bytes = Array(text.utf8)
    var root: [(key: String, value: Value)] = []
    // The key whose block list is being read, its items and their indentation.
    var openKey: String?
    var openItems: [Value] = []
    var openIndent: Int?
    func close() {
      guard let key = openKey else { return }
      root.append((key, openItems.isEmpty ? .scalar("", plain: true) : .list(openItems)))
      openKey = nil
      openItems = []
      openIndent = nil
    }
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      defer { start = end + 1 }
      guard Self.isPlainLine(bytes[start..<end]) else { return nil }
      var i = start
      while i < end, bytes[i] == 0x20 { i += 1 }
      if i == end || bytes[i] == UInt8(ascii: "#") { continue }
      let indent = i - start
      if bytes[i] == UInt8(ascii: "-") {
        // An item of the open block list: "- " and one flow value.
        guard openKey != nil, openIndent == nil || openIndent == indent, i + 1 < end,
          bytes[i + 1] == 0x20
        else { return nil }
        var line = Line(bytes: bytes, i: i + 2, end: end)
        guard let item = line.flowValue(), line.atEnd else { return nil }
        openItems.append(item)
        openIndent = indent
        continue
      }
      // A top-level key: "key:" opening a block list, or "key: value" on one line.
      guard indent == 0 else { return nil }
      close()
      var line = Line(bytes: bytes, i: i, end: end)
      guard let key = line.key(), !root.contains(where: { $0.key == key }) else { return nil }
      line.skipSpaces()
      if line.atEnd {
        openKey = key
      } else {
        guard let value = line.flowValue(), line.atEnd else { return nil }
        root.append((key, value))
      }
    }
    close()
    return root.isEmpty ? nil : .map(root)
  }

  /// Whether a line holds only printable characters and spaces: no tab, carriage return or
  /// other control, and none of the characters libyaml reads as a line break (U+0085, U+2028,
  /// U+2029), a C1 control or a byte-order mark.
  private static func isPlainLine(_ line: ArraySlice<UInt8>) -> Bool {
    var k = line.startIndex
    while k < line.endIndex {
      let b = line[k]
      if b < 0x20 || b == 0x7F { return false }
      if b == 0xC2, k + 1 < line.endIndex, line[k + 1] < 0xA0 { return false }
      if b == 0xE2, k + 2 < line.endIndex, line[k + 1] == 0x80,
        line[k + 2] == 0xA8 || line[k + 2] == 0xA9
      {
        return false
      }
      if b == 0xEF, k + 2 < line.endIndex, line[k + 1] == 0xBB || line[k + 1] == 0xBF {
        return false
      }
      k += 1
    }
    return true
  }

  /// One line's bytes from `i` to `end`, read left to right.
  private struct Line {
    let bytes: [UInt8]
    var i: Int
    let end: Int

    /// Whether only spaces are left.
    var atEnd: Bool {
      mutating get {
        skipSpaces()
        return i == end
      }
    }

    mutating func skipSpaces() {
      while i < end, bytes[i] == 0x20 { i += 1 }
    }

    /// A plain key of letters, digits, `_` and `-`, and the `:` after it; a space must follow
    /// unless the line ends there.
    mutating func key() -> String? {
      let from = i
      while i < end, Self.isKeyByte(bytes[i]) { i += 1 }
      guard i > from, i < end, bytes[i] == UInt8(ascii: ":") else { return nil }
      let key = String(decoding: bytes[from..<i], as: UTF8.self)
      i += 1
      guard i == end || bytes[i] == 0x20 else { return nil }
      return key
    }

    /// A flow mapping, a flow sequence or a scalar.
    mutating func flowValue() -> Value? {
      skipSpaces()
      guard i < end else { return nil }
      switch bytes[i] {
      case UInt8(ascii: "{"): return mapping()
      case UInt8(ascii: "["): return sequence()
      default: return scalar()
      }
    }

    private mutating func mapping() -> Value? {
      i += 1
      var pairs: [(key: String, value: Value)] = []
      skipSpaces()
      if i < end, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .map(pairs)
      }
      while true {
        skipSpaces()
        guard let key = key(), !pairs.contains(where: { $0.key == key }),
          let value = flowValue()
        else {
          return nil
        }
        pairs.append((key, value))
        skipSpaces()
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .map(pairs)
        }
        guard bytes[i] == UInt8(ascii: ",") else { return nil }
        i += 1
      }
    }

    private mutating func sequence() -> Value? {
      i += 1
      var items: [Value] = []
      skipSpaces()
      if i < end, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .list(items)
      }
      while true {
        guard let item = flowValue() else { return nil }
        items.append(item)
        skipSpaces()
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .list(items)
        }
        guard bytes[i] == UInt8(ascii: ",") else { return nil }
        i += 1
      }
    }

    /// A double-quoted scalar without escapes, or a plain one up to the next `,`, `]` or `}`
    /// (its trailing spaces left out).
    private mutating func scalar() -> Value? {
      if bytes[i] == UInt8(ascii: "\"") {
        let from = i + 1
        guard let close = bytes[from..<end].firstIndex(of: UInt8(ascii: "\"")),
          !bytes[from..<close].contains(UInt8(ascii: "\\"))
        else { return nil }
        i = close + 1
        return .scalar(String(decoding: bytes[from..<close], as: UTF8.self), plain: false)
      }
      guard Self.mayStartPlain(bytes[i]) else { return nil }
      let from = i
      while i < end, !Self.endsPlain(bytes[i]) {
        guard Self.mayContinuePlain(bytes[i]) else { return nil }
        i += 1
      }
      var last = i
      while last > from, bytes[last - 1] == 0x20 { last -= 1 }
      return .scalar(String(decoding: bytes[from..<last], as: UTF8.self), plain: true)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
      (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
        || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    private static func endsPlain(_ b: UInt8) -> Bool {
      b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}")
    }

    /// Bytes YAML gives a meaning to inside a plain scalar, or may: refused, not interpreted
    /// (an apostrophe is text there: "Prosecutor General's Office").
    private static func mayContinuePlain(_ b: UInt8) -> Bool {
      switch b {
      case UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "["),
        UInt8(ascii: "{"):
        false
      default: true
      }
    }

    /// Indicators that change what a scalar is when they open it: refused.
    private static func mayStartPlain(_ b: UInt8) -> Bool {
      switch b {
      case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
        UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
        UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
        false
      default: true
      }
    }
  }
}
