import BriefingModels
import Foundation

/// The readable text of an article body, for extraction.
///
/// Markdown bodies lose their markup (heading marks, emphasis, link targets, list bullets, quote
/// marks, code fences); headings, list items and block quotes become their own paragraphs so a
/// heading never runs into the first sentence. Plain text passes through with `\r\n` normalised.
enum PlainText {
  static func of(_ body: String, markdown: Bool) -> String {
    // Without a "\r" there is nothing to replace: skip Foundation's search.
    let normalized =
      body.utf8Contains(UInt8(ascii: "\r"))
      ? body.replacingOccurrences(of: "\r\n", with: "\n") : body
    guard markdown else { return normalized }
    var out: [String] = []
    var inFence = false
    for rawLine in lines(of: normalized) {
      var line = Substring(rawLine)
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if opens(trimmed, "```") || opens(trimmed, "~~~") {
        inFence.toggle()
        out.append("")
        continue
      }
      if inFence { continue }
      line = trimmed
      var block = false
      if opens(line, "#") {
        line = line.drop(while: { $0 == "#" }).drop(while: { $0 == " " })
        while line.hasSuffix("#") { line = line.dropLast() }
        block = true
      }
      while opens(line, ">") {
        line = line.dropFirst().drop(while: { $0 == " " })
        block = true
      }
      if opens(line, "- ") || opens(line, "* ") || opens(line, "+ ") {
        line = line.dropFirst(2)
        block = true
      } else if line.first?.isNumber == true, let dot = line.firstIndex(of: "."),
        dot != line.startIndex,
        line[..<dot].allSatisfy(\.isNumber), line[line.index(after: dot)...].hasPrefix(" ")
      {
        line = line[line.index(after: dot)...].dropFirst()
        block = true
      }
      if let lead = line.utf8.first, Self.ruleBytes.contains(lead),
        line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" })
      {
        out.append("")
        continue
      }
      let text = inline(String(line))
      if block {
        out.append("")
        out.append(text)
        out.append("")
      } else {
        out.append(text)
      }
    }
    return out.joined(separator: "\n")
  }

  /// `line.hasPrefix(prefix)`, asked only when the first bytes agree: a prefix opening with an
  /// ASCII character can only begin a line whose first byte is that character. (A numbered
  /// item's test likewise asks first whether the line opens with a number, and a rule's
  /// whether it opens with one of its marks, before reading the line character by character.)
  @inline(__always)
  private static func opens(_ line: Substring, _ prefix: String) -> Bool {
    line.utf8.first == prefix.utf8.first && line.hasPrefix(prefix)
  }

  /// The first bytes a thematic break ("---", "***", "___", "===") can open with.
  private static let ruleBytes: [UInt8] = [
    UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "="),
  ]

  /// The lines of `text`, empty ones included, split on its bytes: a "\n" is always a character
  /// of its own, except in "\r\n", which is one character and so no line break here either.
  static func lines(of text: String) -> [Substring] {
    // Break offsets found over the contiguous bytes, then cut at them (an offset is O(1) to
    // turn into an index in a native string): the view's indices cost several times the scan.
    let utf8 = text.utf8
    let breaks: [Int]? = utf8.withContiguousStorageIfAvailable { bytes in
      var out: [Int] = []
      var previous: UInt8 = 0
      for (k, byte) in bytes.enumerated() {
        if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { out.append(k) }
        previous = byte
      }
      return out
    }
    if let breaks {
      var out: [Substring] = []
      out.reserveCapacity(breaks.count + 1)
      var start = utf8.startIndex
      for k in breaks {
        let i = utf8.index(utf8.startIndex, offsetBy: k)
        out.append(text[start..<i])
        start = utf8.index(after: i)
      }
      out.append(text[start...])
      return out
    }
    var out: [Substring] = []
    var start = utf8.startIndex
    var i = start
    var previous: UInt8 = 0
    while i < utf8.endIndex {
      let byte = utf8[i]
      if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
        out.append(text[start..<i])
        start = utf8.index(after: i)
      }
      previous = byte
      i = utf8.index(after: i)
    }
    out.append(text[start...])
    return out
  }

  /// Removes inline markup: `[text](url)` → text, images, emphasis marks, code ticks, HTML tags.
  static func inline(_ s: String) -> String {
    asciiInline(s) ?? unicodeInline(s)
  }

  /// `inline` character by character, for any text; kept runs are copied from the text's bytes.
  static func unicodeInline(_ s: String) -> String {
    let t = CharacterText(s)
    let count = t.count
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var kept = 0  // the first character of the run not copied yet
    var i = 0
    func drop(to j: Int) {
      if kept < i { out += t.slice(kept, i) }
      kept = j
      i = j
    }
    while i < count {
      if t.isChar(i, "!") && i + 1 < count && t.isChar(i + 1, "[") {
        drop(to: i + 1)
        continue
      }
      if t.isChar(i, "]") && i + 1 < count && t.isChar(i + 1, "(") {
        // Skip the link target.
        var j = i + 2
        var depth = 1
        while j < count, depth > 0 {
          if t.isChar(j, "(") { depth += 1 }
          if t.isChar(j, ")") { depth -= 1 }
          j += 1
        }
        drop(to: j)
        continue
      }
      if t.isChar(i, "[") || t.isChar(i, "`") {
        drop(to: i + 1)
        continue
      }
      if t.isChar(i, "*")
        || (t.isChar(i, "_")
          && (i == 0 || !t.isLetter(i - 1) || i + 1 == count || !t.isLetter(i + 1)))
      {
        drop(to: i + 1)
        continue
      }
      if t.isChar(i, "<"), let close = (i..<count).first(where: { t.isChar($0, ">") }),
        close - i < 200, i + 1 < count, t.isLetter(i + 1) || t.isChar(i + 1, "/")
      {
        drop(to: close + 1)
        continue
      }
      i += 1
    }
    drop(to: count)
    return out
  }

  /// `inline` on the bytes of a plain ASCII line (each byte one `Character`); nil otherwise.
  static func asciiInline(_ s: String) -> String? {
    guard ASCIIClass.isPlain(s) else { return nil }
    let chars = Array(s.utf8)
    func isLetter(_ k: Int) -> Bool { ASCIIClass.table[Int(chars[k])] & ASCIIClass.letter != 0 }
    var out: [UInt8] = []
    out.reserveCapacity(chars.count)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == UInt8(ascii: "!") && i + 1 < chars.count && chars[i + 1] == UInt8(ascii: "[") {
        i += 1
        continue
      }
      if c == UInt8(ascii: "]") && i + 1 < chars.count && chars[i + 1] == UInt8(ascii: "(") {
        // Skip the link target.
        var j = i + 2
        var depth = 1
        while j < chars.count, depth > 0 {
          if chars[j] == UInt8(ascii: "(") { depth += 1 }
          if chars[j] == UInt8(ascii: ")") { depth -= 1 }
          j += 1
        }
        i = j
        continue
      }
      if c == UInt8(ascii: "[") || c == UInt8(ascii: "`") {
        i += 1
        continue
      }
      if c == UInt8(ascii: "*")
        || (c == UInt8(ascii: "_")
          && (i == 0 || !isLetter(i - 1) || i + 1 == chars.count || !isLetter(i + 1)))
      {
        i += 1
        continue
      }
      if c == UInt8(ascii: "<"), let close = chars[i...].firstIndex(of: UInt8(ascii: ">")),
        close - i < 200, i + 1 < chars.count, isLetter(i + 1) || chars[i + 1] == UInt8(ascii: "/")
      {
        i = close + 1
        continue
      }
      out.append(c)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
