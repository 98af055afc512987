import BriefingModels
import Foundation

#if FUZZ_MARKDOWN
  import CCmark
  import Markdown
#endif

/// libFuzzer entry point. The first byte picks the target, the rest is its input:
/// 0 article reading (front matter, YAML, dates, titles, slugs), 1 dates in text and fields,
/// 2 Markdown escaping (rendered by cmark, must stay literal text), 3 UTF-8 validation
/// (must agree with Swift's own decoder). A broken invariant traps: that is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch data[0] % 4 {
  case 0: fuzzArticle(bytes)
  case 1: fuzzDates(bytes)
  case 2: fuzzEscaping(bytes)
  default: fuzzUTF8(bytes)
  }
  return 0
}

let today = CalendarDate(year: 2026, month: 11, day: 25)!

func fuzzArticle(_ bytes: [UInt8]) {
  let reader = ArticleReader(today: today)
  for name in ["a.md", "2025-06-02-a.txt"] {
    do throws(Diagnostic) {
      let r = try reader.parse(bytes: bytes, fileName: name, displayPath: name)
      let meta = r.article.meta
      precondition(
        !meta.id.isEmpty
          && meta.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
      precondition(!meta.id.hasPrefix("-") && !meta.id.hasSuffix("-"))
      precondition(!meta.title.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{7F}" })
      precondition(meta.url.map { $0.lowercased().hasPrefix("http") } ?? true)
      precondition(meta.published.map { CalendarDate(iso: $0) != nil } ?? true)
      precondition(r.article.bodyLine >= 1)
    } catch {
      precondition(error.line.map { $0 >= 1 } ?? true, "line \(String(describing: error.line))")
      precondition(!error.message.isEmpty)
    }
  }
  if let text = String(validating: bytes, as: UTF8.self) {
    _ = try? SiteConfigReader().parse(text, path: "site.yml")
    _ = try? PartiesFileReader().parse(text, path: "parties.yml")
  }
}

func fuzzDates(_ bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  if let d = TextDateFinder(today: today).find(in: text) {
    precondition(CalendarDate(year: d.year, month: d.month, day: d.day) == d)
  }
  let line = String(text.prefix(40))
  if let d = try? DateField.parse(line, path: "a.md", line: 1) {
    precondition(d.iso == String(line.prefix(10)))
  }
  if let d = CalendarDate(iso: line) {
    precondition(d.iso == line && CalendarDate(dayNumber: d.dayNumber) == d)
  }
  _ = try? FileNameDate.parse(fileName: line, path: line)
  _ = Slug.make(text)
}

func fuzzEscaping(_ bytes: [UInt8]) {
  #if FUZZ_MARKDOWN
    let text = String(decoding: bytes, as: UTF8.self)
    let escaped = MarkdownEscaper.escape(text)
    guard let html = cmark_markdown_to_html(escaped, escaped.utf8.count, CMARK_OPT_DEFAULT) else {
      return
    }
    defer { free(html) }
    let out = Array(String(cString: html).utf8)
    // Literal text renders as one paragraph (or nothing) with no tag, link or entity of its own.
    // Compared as bytes: as Characters, a combining mark would fuse with the `>` before it.
    guard !out.isEmpty else { return }
    precondition(
      out.starts(with: Array("<p>".utf8))
        && out.reversed().starts(with: Array("</p>\n".utf8).reversed()),
      "not one paragraph: \(String(decoding: out, as: UTF8.self).debugDescription)")
    let inner = out.dropFirst(3).dropLast(5)
    precondition(
      !inner.contains(UInt8(ascii: "<")) && !inner.contains(UInt8(ascii: ">")),
      "markup escaped: \(String(decoding: out, as: UTF8.self).debugDescription)")
  #endif
}

func fuzzUTF8(_ bytes: [UInt8]) {
  let ours = UTF8Validation.firstInvalidOffset(bytes)
  let swifts = String(validating: bytes, as: UTF8.self)
  precondition(
    (ours == nil) == (swifts != nil), "validators disagree at \(String(describing: ours))")
  do throws(Diagnostic) {
    _ = try ArticleText.decode(bytes, path: "x")
    precondition(ours == nil && !bytes.contains(0))
  } catch {
    precondition(error.line != nil)
  }
}
