import BriefingModels
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one article file (`.md` with optional YAML front matter, or plain `.txt`) into an `Article`.
///
/// Every refusal is a `Diagnostic` naming the file and, where there is one, the line: files
/// over `IngestLimits.maxFileBytes`, binary files, invalid UTF-8, empty files, malformed front
/// matter, impossible dates, wrong field types. The date comes from front matter, the file name
/// (`2025-06-09-…`) or the text (for `.txt` the file name wins over front matter).
public struct ArticleReader: Sendable {
  /// "Today" for resolving a weekday-and-date without a year; injectable for tests.
  public var today: CalendarDate

  public init(today: CalendarDate = .todayUTC) { self.today = today }

  /// An article and the warnings its reading raised.
  public struct Reading: Sendable {
    public var article: Article
    public var warnings: [Diagnostic]
  }

  public func read(fileAt url: URL, displayPath: String) throws -> Article {
    try readReporting(fileAt: url, displayPath: displayPath).article
  }

  /// Reads the file; throws a `Diagnostic` when it cannot become an article.
  public func readReporting(fileAt url: URL, displayPath: String) throws(Diagnostic) -> Reading {
    let bytes = try Self.readBytes(of: url, path: displayPath, limit: IngestLimits.maxFileBytes)
    return try parse(bytes: bytes, fileName: url.lastPathComponent, displayPath: displayPath)
  }

  /// Parses an article from its bytes; `fileName` decides the format and may carry the date.
  public func parse(bytes: [UInt8], fileName: String, displayPath: String) throws(Diagnostic)
    -> Reading
  {
    let path = displayPath
    let text = try ArticleText.decode(bytes, path: path)
    if text.allSatisfy(\.isWhitespace) {
      throw Diagnostic(.emptyArticle, path: path, line: 1)
    }
    let format: Article.Format = fileName.lowercased().hasSuffix(".txt") ? .text : .markdown
    let split = try FrontMatter.split(text, path: path)
    let fm =
      try split.yaml.map { (yaml) throws(Diagnostic) in try FrontMatter.parse(yaml, path: path)
      }
      ?? FrontMatter()
    var warnings = fm.warnings
    let body = split.body
    if body.allSatisfy(\.isWhitespace) {
      throw Diagnostic(.noArticleText, path: path, line: split.bodyLine)
    }

    let baseName = (fileName as NSString).deletingPathExtension
    let nameDate = try FileNameDate.parse(fileName: fileName, path: path)
    var date: CalendarDate?
    var origin: Article.DateOrigin = .none
    let ordered: [(CalendarDate?, Article.DateOrigin)] =
      format == .text
      ? [(nameDate, .fileName), (fm.date, .frontMatter)]
      : [(fm.date, .frontMatter), (nameDate, .fileName)]
    for (candidate, from) in ordered {
      if let candidate {
        date = candidate
        origin = from
        break
      }
    }
    if date == nil, let found = TextDateFinder(today: today).find(in: body) {
      date = found
      origin = .text
    }
    if date == nil {
      warnings.append(
        Diagnostic(
          .noDate, path: path
        ))
    }

    var title = fm.title
    if title == nil {
      title = TitleDeriver.title(from: body, markdown: format == .markdown)
      if format == .markdown {
        warnings.append(
          Diagnostic(.noTitle(using: title ?? baseName), path: path, line: 1))
      }
    }

    let slugSource = fm.slug ?? String(baseName.drop(while: { $0 == "." }))
    let meta = ArticleMeta(
      id: ReservedNames.avoiding(Slug.make(slugSource, fallback: "article")), path: path,
      title: title ?? baseName, published: date?.iso, source: fm.source, url: fm.url,
      author: fm.author,
      tags: fm.tags)
    let article = Article(
      meta: meta, body: body, format: format, bodyLine: split.bodyLine, dateOrigin: origin,
      partyHints: fm.parties)
    return Reading(article: article, warnings: warnings)
  }

  /// Reads at most `limit` bytes of a regular file; larger or special files are refused.
  ///
  /// One `open` (following symbolic links, never blocking on a pipe), one `fstat` and plain
  /// `read`s: the ingest step does this for every article, so no Foundation attribute lookups.
  static func readBytes(of url: URL, path: String, limit: Int) throws(Diagnostic) -> [UInt8] {
    let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw Diagnostic(.cannotRead(reason: Self.lastError()), path: path)
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else {
      throw Diagnostic(.cannotRead(reason: Self.lastError()), path: path)
    }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      throw Diagnostic(.notAFile, path: path)
    }
    let size = Int(st.st_size)
    if size > limit {
      throw Diagnostic(
        .fileTooLarge(sizeMiB: size / (1024 * 1024), limitMiB: limit / (1024 * 1024)), path: path)
    }
    // The file may grow between fstat and read: read up to limit + 1 bytes and check.
    var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
    var count = 0
    while count < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        posixRead(fd, buffer.baseAddress! + count, buffer.count - count)
      }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else {
        throw Diagnostic(.cannotRead(reason: Self.lastError()), path: path)
      }
      if n == 0 { break }
      count += n
      if count == bytes.count && count <= limit {
        bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count))
      }
    }
    guard count <= limit else {
      throw Diagnostic(.fileTooLarge(sizeMiB: nil, limitMiB: limit / (1024 * 1024)), path: path)
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// `read(2)`, named apart from `ArticleReader.read(fileAt:displayPath:)`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, buffer, count)
}

extension CalendarDate {
  /// Today's date in UTC.
  public static var todayUTC: CalendarDate {
    CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
