import BriefingExtraction

/// Annotated text written inline, `[Steve Jobs|PERSON] said [Apple|ORGANIZATION] …`: how
/// `briefing-eval gold-names` shows the gold set's annotations for reading, and the format of
/// hand-written training text (`Evaluation/names/*.txt`).
public enum NameMarkup {
  /// The text with each span bracketed and typed, and `?? ` before each unsure sentence (one
  /// the training leaves out, `NameTrainer.Document.unsure`).
  public static func render(_ text: String, _ spans: [NameSpan], unsure: [Range<Int>] = [])
    -> String
  {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var at = 0
    var marks = unsure.map(\.lowerBound).sorted()[...]
    func flush(to end: Int) {
      while let m = marks.first, m <= end {
        out += bytes[at..<max(at, m)] + Array("?? ".utf8)
        at = max(at, m)
        marks.removeFirst()
      }
      out += bytes[at..<end]
      at = end
    }
    for s in spans.sorted(by: { $0.start < $1.start }) where s.start >= at {
      flush(to: s.start)
      out += Array("[".utf8) + bytes[s.start..<s.end] + Array("|\(s.kind.rawValue)]".utf8)
      at = s.end
    }
    flush(to: bytes.count)
    return String(decoding: out, as: UTF8.self)
  }

  /// The plain text and its spans; `[` … `|KIND]` with an unknown kind, or an unclosed bracket,
  /// is an error naming the line.
  public static func parse(_ marked: String, file: String) throws -> NameTrainer.Document {
    var text: [UInt8] = []
    var spans: [NameSpan] = []
    let bytes = Array(marked.utf8)
    var i = 0
    var line = 1
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\n") { line += 1 }
      guard b == UInt8(ascii: "[") else {
        text.append(b)
        i += 1
        continue
      }
      guard let close = bytes[i...].firstIndex(of: UInt8(ascii: "]")),
        let bar = bytes[i..<close].lastIndex(of: UInt8(ascii: "|")),
        let kind = NameKind(rawValue: String(decoding: bytes[(bar + 1)..<close], as: UTF8.self))
      else { throw GUMError(message: "\(file) line \(line): not a [name|KIND] annotation") }
      let start = text.count
      text += bytes[(i + 1)..<bar]
      spans.append(NameSpan(start: start, end: text.count, kind: kind))
      i = close + 1
    }
    return NameTrainer.Document(text: String(decoding: text, as: UTF8.self), names: spans)
  }
}
