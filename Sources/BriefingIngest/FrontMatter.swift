import BriefingModels
import Yams

/// The YAML block between `---` lines at the top of an article, and the fields read from it.
///
/// Fields: `title`, `date`, `source`, `url`, `author`, `tags`, `parties` (hints), `slug`.
/// Unknown fields are kept out of the article; a near-miss of a known one ("titel") is warned.
public struct FrontMatter: Sendable, Hashable {
  public static let knownFields: Set<String> = [
    "title", "date", "source", "url", "author", "tags", "parties", "slug",
  ]
  /// Fields other tools may add; they are ignored without a warning.
  static let toleratedFields: Set<String> = ["corrections", "summary", "draft", "language", "lang"]

  public var title: String?
  public var date: CalendarDate?
  public var source: String?
  public var url: String?
  public var author: String?
  public var tags: [String] = []
  public var parties: [String] = []
  public var slug: String?
  /// Non-fatal remarks (unknown fields).
  public var warnings: [Diagnostic] = []

  public init() {}

  /// An article's text cut into its front matter (if any) and body.
  public struct Split: Sendable, Hashable {
    /// The YAML text, without the `---` lines; nil when the file has no front matter.
    public var yaml: String?
    public var body: String
    /// File line of the body's first line.
    public var bodyLine: Int
  }

  /// Splits `text`. Throws when a front matter block is opened but never closed, or too big.
  ///
  /// Scans line ends in the UTF-8 up to the closing line only: the body is the rest of the text
  /// as it is, not split into lines and joined again (most of a build's reading went there).
  public static func split(_ text: String, path: String) throws(Diagnostic) -> Split {
    guard text.hasPrefix("---") else { return Split(yaml: nil, body: text, bodyLine: 1) }
    let utf8 = text.utf8
    let newline = UInt8(ascii: "\n")
    /// The line starting at `start` (without its "\n") and where the next line starts.
    func line(at start: String.Index) -> (Substring, next: String.Index?) {
      guard let end = utf8[start...].firstIndex(of: newline) else {
        return (text[start...], nil)
      }
      return (text[start..<end], utf8.index(after: end))
    }
    let opening = line(at: text.startIndex)
    guard opening.0.trimmingTrailingSpaces == "---" else {
      return Split(yaml: nil, body: text, bodyLine: 1)
    }
    let yamlStart = opening.next
    var next = opening.next
    var size = 0
    var lineNumber = 1
    while let start = next {
      let (content, after) = line(at: start)
      lineNumber += 1
      let trimmed = content.trimmingTrailingSpaces
      if trimmed == "---" || trimmed == "..." {
        // The YAML lines without the "\n" that ends the last of them.
        let yamlEnd = start == yamlStart ? start : utf8.index(before: start)
        return Split(
          yaml: String(text[yamlStart!..<yamlEnd]), body: after.map { String(text[$0...]) } ?? "",
          bodyLine: lineNumber + 1)
      }
      size += content.utf8.count + 1
      if size > IngestLimits.maxFrontMatterBytes {
        throw Diagnostic(
          .frontMatterTooLarge(limitKiB: IngestLimits.maxFrontMatterBytes / 1024), path: path,
          line: 1)
      }
      next = after
    }
    throw Diagnostic(.frontMatterNotClosed, path: path, line: 1)
  }

  /// Reads the fields of `yaml`, which starts at file line 2 of `path`.
  public static func parse(_ yaml: String, path: String, firstLine: Int = 2) throws(Diagnostic)
    -> FrontMatter
  {
    let reader = YAMLReader(path: path, firstLine: firstLine)
    var fm = FrontMatter()
    guard let root = try reader.parse(yaml) else { return fm }
    if reader.isNull(root) { return fm }
    for (key, keyNode, value) in try reader.fields(root, what: "front matter") {
      switch key {
      case "title": fm.title = try reader.text(key, value)
      case "source": fm.source = try reader.text(key, value)
      case "author": fm.author = try reader.text(key, value)
      case "slug": fm.slug = try reader.text(key, value)
      case "tags": fm.tags = try reader.texts(key, value)
      case "parties": fm.parties = try reader.texts(key, value)
      case "url":
        if let url = try reader.text(key, value) {
          guard SafeURL.isWebAddress(url) else {
            throw Diagnostic(
              .notAWebAddress(field: "url", found: url), path: path, line: reader.line(of: value))
          }
          fm.url = url
        }
      case "date":
        if let raw = try reader.text(key, value) {
          fm.date = try DateField.parse(raw, path: path, line: reader.line(of: value))
        }
      default:
        guard !toleratedFields.contains(key) else { continue }
        if let near = knownFields.first(where: { EditDistance.between($0, key.lowercased()) <= 2 })
        {
          fm.warnings.append(
            Diagnostic(
              .unknownField(key, suggestion: near), path: path, line: reader.line(of: keyNode)))
        }
      }
    }
    return fm
  }
}

/// Parses a `date:` value: `YYYY-MM-DD`, optionally followed by a time (`T10:00`, ` 10:00`).
enum DateField {
  static func parse(_ raw: String, path: String, line: Int?) throws(Diagnostic) -> CalendarDate {
    let head = String(raw.prefix(10))
    let rest = raw.dropFirst(10)
    let shapeOK = head.count == 10 && (rest.isEmpty || rest.first == "T" || rest.first == " ")
    guard shapeOK, let date = CalendarDate(iso: head) else {
      if shapeOK, looksLikeISODate(head) {
        throw Diagnostic(.dateDoesNotExist(String(head)), path: path, line: line)
      }
      throw Diagnostic(.notADate(found: raw), path: path, line: line)
    }
    return date
  }

  static func looksLikeISODate(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    return parts.map(\.count) == [4, 2, 2]
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}

/// Levenshtein distance, for "did you mean" hints on short words.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

extension Substring {
  var trimmingTrailingSpaces: Substring {
    var s = self
    while let last = s.last, last == " " || last == "\t" { s.removeLast() }
    return s
  }
}
