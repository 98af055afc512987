import BriefingModels
import Yams

/// Parses YAML for ingest with every error turned into a `Diagnostic` at the file's line.
///
/// `firstLine` is the file line of the YAML's first line (2 for front matter after `---`), so a
/// Yams error at YAML line 3 is reported at file line 4. Nesting deeper than
/// `IngestLimits.maxYAMLDepth` is refused before Yams sees it, so no input can exhaust the stack.
struct YAMLReader {
  var path: String
  var firstLine: Int = 1

  /// The root node, or nil for an empty document.
  func parse(_ yaml: String) throws(Diagnostic) -> Node? {
    if let deep = YAMLDepth.firstLineDeeperThan(IngestLimits.maxYAMLDepth, in: yaml) {
      throw Diagnostic(
        .yamlTooDeep(limit: IngestLimits.maxYAMLDepth), path: path, line: deep + firstLine - 1)
    }
    do {
      // UTF-8 said outright: Yams' default encoding reads the whole environment on every parse.
      // The basic resolver tags every scalar a string: fields are read as text here (nulls by
      // `isNull`), and the default one runs a regular expression per scalar to find its type.
      return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw problem(from: error, yaml: yaml)
    } catch {
      throw Diagnostic(.yaml(reason: Diagnostic.reason(error)), path: path, line: firstLine)
    }
  }

  func problem(from error: YamlError, yaml: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let where_ = context.map { "\($0.text) at line \($0.mark.line + firstLine - 1)" }
      return Diagnostic(
        .malformedYAML(problem, context: where_), path: path, line: mark.line + firstLine - 1,
        column: mark.column)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(
        .duplicateYAMLKeys(duplicates), path: path, line: context.mark.line + firstLine - 1)
    case .reader(let problem, let offset, _, _):
      let line =
        offset.map { o in yaml.unicodeScalars.prefix(o).filter { $0 == "\n" }.count + 1 } ?? 1
      return Diagnostic(.unreadableYAML(problem), path: path, line: line + firstLine - 1)
    default:
      return Diagnostic(.yaml(reason: Diagnostic.reason(error)), path: path, line: firstLine)
    }
  }

  // MARK: typed access with located errors

  func line(of node: Node) -> Int? { node.mark.map { $0.line + firstLine - 1 } }

  func wrongType(_ field: String, _ node: Node, expected: String) -> Diagnostic {
    let found: String
    switch node {
    case .mapping: found = "a mapping"
    case .sequence: found = "a list"
    default: found = "'\(node.string ?? "")'"
    }
    return Diagnostic(
      .wrongType(field: field, expected: expected, found: found), path: path, line: line(of: node),
      column: node.mark?.column)
  }

  /// Whether `node` is an explicit or implicit YAML null (`~`, `null`, empty).
  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let s) = node else { return false }
    return s.style == .plain
      && (s.string.isEmpty || ["~", "null", "Null", "NULL"].contains(s.string))
  }

  /// A text field: any scalar, trimmed and single-lined; nil when null or blank.
  func text(_ field: String, _ node: Node?) throws(Diagnostic) -> String? {
    guard let node, !isNull(node) else { return nil }
    guard case .scalar(let s) = node else { throw wrongType(field, node, expected: "text") }
    let cleaned = MetadataText.clean(s.string)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// A list of texts; a single scalar counts as a one-item list.
  func texts(_ field: String, _ node: Node?) throws(Diagnostic) -> [String] {
    guard let node, !isNull(node) else { return [] }
    switch node {
    case .scalar:
      return try text(field, node).map { [$0] } ?? []
    case .sequence(let seq):
      var out: [String] = []
      for item in seq {
        guard case .scalar = item else { throw wrongType(field, item, expected: "a list of texts") }
        if let t = try text(field, item) { out.append(t) }
      }
      return out
    default:
      throw wrongType(field, node, expected: "a list of texts")
    }
  }

  /// The string keys of a mapping, with their value nodes, in document order.
  func fields(_ node: Node, what: String) throws(Diagnostic) -> [(
    key: String, keyNode: Node, value: Node
  )] {
    guard case .mapping(let mapping) = node else {
      throw wrongType(what, node, expected: "a mapping of fields")
    }
    var out: [(String, Node, Node)] = []
    for (k, v) in mapping {
      guard case .scalar(let ks) = k else { throw wrongType("key in \(what)", k, expected: "text") }
      out.append((ks.string, k, v))
    }
    return out
  }
}

/// Single-line, control-free metadata text: titles and names can carry no line breaks or
/// invisible controls into pages, feeds or file names.
enum MetadataText {
  static func clean(_ s: String) -> String {
    if let ascii = s.utf8.withContiguousStorageIfAvailable(asciiClean), let ascii {
      return ascii
    }
    return scalarClean(s)
  }

  /// The rule scalar by scalar: any text, and the oracle the ASCII byte path is tested against.
  static func scalarClean(_ s: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      let isBidi =
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      if isControl || scalar.properties.isWhitespace || isBidi {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// `clean` of ASCII bytes, written straight into the string's storage (nil if a byte is not
  /// ASCII): for ASCII, the controls and white space are the bytes up to the space, and DEL.
  /// Appending scalar by scalar with a Unicode property look-up each was 37 M instructions
  /// for 200 articles' metadata.
  static func asciiClean(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var any: UInt8 = 0
    for b in bytes { any |= b }
    guard any < 0x80 else { return nil }
    // At most one space is written per run of skipped bytes, so the text never grows.
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      var pendingSpace = false
      for b in bytes {
        if b <= 0x20 || b == 0x7F {
          pendingSpace = n > 0
          continue
        }
        if pendingSpace {
          out[n] = 0x20
          n += 1
        }
        pendingSpace = false
        out[n] = b
        n += 1
      }
      return n
    }
  }
}
