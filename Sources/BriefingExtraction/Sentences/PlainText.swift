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
      body.utf8.contains(UInt8(ascii: "\r"))
      ? body.replacingOccurrences(of: "\r\n", with: "\n") : body
    guard markdown else { return normalized }
    var out: [String] = []
    var inFence = false
    for rawLine in lines(of: normalized) {
      var line = Substring(rawLine)
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        out.append("")
        continue
      }
      if inFence { continue }
      line = trimmed
      var block = false
      if line.hasPrefix("#") {
        line = line.drop(while: { $0 == "#" }).drop(while: { $0 == " " })
        while line.hasSuffix("#") { line = line.dropLast() }
        block = true
      }
      while line.hasPrefix(">") {
        line = line.dropFirst().drop(while: { $0 == " " })
        block = true
      }
      if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
        line = line.dropFirst(2)
        block = true
      } else if let dot = line.firstIndex(of: "."), dot != line.startIndex,
        line[..<dot].allSatisfy(\.isNumber), line[line.index(after: dot)...].hasPrefix(" ")
      {
        line = line[line.index(after: dot)...].dropFirst()
        block = true
      }
      if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" }) && !line.isEmpty {
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

  /// The lines of `text`, empty ones included; split on bytes when the text is plain ASCII
  /// (then each "\n" byte is a "\n" character).
  static func lines(of text: String) -> [Substring] {
    guard ASCIIClass.isPlain(text) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
    var out: [Substring] = []
    var start = text.utf8.startIndex
    var i = start
    while i < text.utf8.endIndex {
      if text.utf8[i] == UInt8(ascii: "\n") {
        out.append(text[start..<i])
        start = text.utf8.index(after: i)
      }
      i = text.utf8.index(after: i)
    }
    out.append(text[start...])
    return out
  }

  /// Removes inline markup: `[text](url)` → text, images, emphasis marks, code ticks, HTML tags.
  static func inline(_ s: String) -> String {
    asciiInline(s) ?? unicodeInline(s)
  }

  /// `inline` character by character, for any text.
  static func unicodeInline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    let chars = Array(s)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" {
        i += 1
        continue
      }
      if c == "]" && i + 1 < chars.count && chars[i + 1] == "(" {
        // Skip the link target.
        var j = i + 2
        var depth = 1
        while j < chars.count, depth > 0 {
          if chars[j] == "(" { depth += 1 }
          if chars[j] == ")" { depth -= 1 }
          j += 1
        }
        i = j
        continue
      }
      if c == "[" || c == "`" {
        i += 1
        continue
      }
      if c == "*"
        || (c == "_"
          && (i == 0 || !chars[i - 1].isLetter || i + 1 == chars.count || !chars[i + 1].isLetter))
      {
        i += 1
        continue
      }
      if c == "<", let close = chars[i...].firstIndex(of: ">"), close - i < 200,
        i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/"
      {
        i = close + 1
        continue
      }
      out.append(c)
      i += 1
    }
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
