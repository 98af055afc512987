import BriefingModels

/// One TimeML document: its creation date, the plain text inside `<TEXT>` and the gold
/// TIMEX3 expressions, with offsets in Unicode scalars of that plain text.
public struct TimeMLDocument: Sendable {
  public var id: String
  public var documentDate: CalendarDate?
  public var text: String
  public var timexes: [Timex]

  public init(id: String, documentDate: CalendarDate?, text: String, timexes: [Timex]) {
    self.id = id
    self.documentDate = documentDate
    self.text = text
    self.timexes = timexes
  }
}

/// Reads TimeML 1.2 markup: strips every tag inside `<TEXT>`, decodes XML entities, and
/// records where each `<TIMEX3>` begins and ends in the stripped text.
public enum TimeMLReader {
  public enum Failure: Error, CustomStringConvertible {
    case noText(String)
    public var description: String {
      switch self {
      case .noText(let id): return "\(id): no <TEXT> element"
      }
    }
  }

  public static func parse(_ xml: String, id: String) throws -> TimeMLDocument {
    let scalars = Array(xml.unicodeScalars)
    guard let textOpen = find(Array("<TEXT>".unicodeScalars), in: scalars, from: 0),
      let textClose = find(Array("</TEXT>".unicodeScalars), in: scalars, from: textOpen)
    else { throw Failure.noText(id) }
    let dct = documentDate(in: scalars, before: textOpen)

    var plain: [Unicode.Scalar] = []
    var count = 0
    var timexes: [Timex] = []
    var open: (start: Int, attributes: [String: String])?
    var i = textOpen + 6
    while i < textClose {
      let c = scalars[i]
      if c == "<" {
        var j = i + 1
        while j < textClose && scalars[j] != ">" { j += 1 }
        let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
        if tag.hasPrefix("TIMEX3") {
          open = (count, attributes(of: tag))
        } else if tag.hasPrefix("/TIMEX3"), let o = open {
          let text = String(String.UnicodeScalarView(plain[o.start..<count]))
          let kind = Timex.Kind(rawValue: o.attributes["type"] ?? "") ?? .date
          timexes.append(
            Timex(
              start: o.start, end: count, text: text, type: kind,
              value: o.attributes["value"] ?? "", mod: o.attributes["mod"]))
          open = nil
        }
        i = j + 1
      } else if c == "&", let (decoded, next) = entity(at: i, in: scalars) {
        plain.append(decoded)
        count += 1
        i = next
      } else {
        plain.append(c)
        count += 1
        i += 1
      }
    }
    return TimeMLDocument(
      id: id, documentDate: dct, text: String(String.UnicodeScalarView(plain)), timexes: timexes)
  }

  /// The value of the `<DCT>` TIMEX3 (its first ten characters, `YYYY-MM-DD`).
  static func documentDate(in scalars: [Unicode.Scalar], before limit: Int) -> CalendarDate? {
    guard let dct = find(Array("<DCT>".unicodeScalars), in: scalars, from: 0), dct < limit,
      let end = find(Array("</DCT>".unicodeScalars), in: scalars, from: dct)
    else { return nil }
    let inner = String(String.UnicodeScalarView(scalars[dct..<end]))
    guard
      let tagEnd = inner.firstIndex(of: ">").flatMap({
        inner[inner.index(after: $0)...].firstIndex(of: ">")
      })
    else { return nil }
    let tag = inner[inner.startIndex..<tagEnd]
    guard let value = attributes(of: String(tag))["value"] else { return nil }
    return CalendarDate(iso: String(value.prefix(10)))
  }

  /// `name="value"` pairs of a start tag.
  static func attributes(of tag: String) -> [String: String] {
    var result: [String: String] = [:]
    var rest = Substring(tag)
    while let eq = rest.firstIndex(of: "=") {
      let name = rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last
      var after = rest[rest.index(after: eq)...]
      guard let quote = after.first, quote == "\"" || quote == "'" else { break }
      after = after.dropFirst()
      guard let close = after.firstIndex(of: quote) else { break }
      if let name { result[String(name)] = String(after[..<close]) }
      rest = after[after.index(after: close)...]
    }
    return result
  }

  static func entity(at i: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
    var j = i + 1
    while j < scalars.count && j - i < 10 && scalars[j] != ";" { j += 1 }
    guard j < scalars.count, scalars[j] == ";" else { return nil }
    let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
    let named: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]
    if let s = named[name] { return (s, j + 1) }
    if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v)
    {
      return (s, j + 1)
    }
    if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
      return (s, j + 1)
    }
    return nil
  }

  static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
    guard needle.count <= hay.count else { return nil }
    var i = from
    while i + needle.count <= hay.count {
      if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }
}
