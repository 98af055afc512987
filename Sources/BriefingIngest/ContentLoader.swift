import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// Everything read from `content/`: the articles, the site's settings, the editor's parties,
/// and every problem found on the way (errors and warnings, each with file and line).
public struct LoadedContent: Sendable {
  public var articles: [Article]
  public var config: SiteConfig
  public var parties: [PartyDefinition]
  public var problems: [Diagnostic]
  /// The `ArticleCoding` bytes of articles, by path, where the reading cache holds them: the
  /// extraction cache hashes these bytes instead of encoding each article again.
  public var encodedArticles: [String: Data]

  public init(
    articles: [Article], config: SiteConfig, parties: [PartyDefinition], problems: [Diagnostic],
    encodedArticles: [String: Data] = [:]
  ) {
    self.articles = articles
    self.config = config
    self.parties = parties
    self.problems = problems
    self.encodedArticles = encodedArticles
  }

  /// The problems that stop a build.
  public var errors: [Diagnostic] { problems.filter { $0.severity == .error } }
  public var warnings: [Diagnostic] { problems.filter { $0.severity == .warning } }
}

/// Reads a whole content folder: `site.yml`, `parties.yml` and every article under it.
///
/// Never throws: each bad file becomes a problem and the rest is still read, so `check` can
/// list every problem at once. Articles come sorted by path; slugs are made unique (see
/// `SlugAssigner`).
public struct ContentLoader: Sendable {
  public var reader: ArticleReader
  /// Where readings are kept between builds (see `ReadingCache`); nil reads every file.
  public var readingCache: URL?
  /// Readings kept in memory between loads of a long-running process; nil keeps none.
  public var memory: ReadingMemory?
  /// The file name `SiteGenerator` gives the reading cache in its cache folder.
  public static let readingCacheName = "readings.pack"
  /// The clock a build's start is taken from (nanoseconds since 1970); tests move it on.
  var now: @Sendable () -> Int64 = FileSignature.now

  public init(
    reader: ArticleReader = ArticleReader(), readingCache: URL? = nil, memory: ReadingMemory? = nil
  ) {
    self.reader = reader
    self.readingCache = readingCache
    self.memory = memory
  }

  public func load(contentDirectory: URL) -> LoadedContent {
    load(contentDirectory: contentDirectory, displayRoot: Self.displayPath(of: contentDirectory))
  }

  /// Only `site.yml` and `parties.yml`, no article: what a build from briefings extracted
  /// elsewhere needs of the content folder.
  public func loadSettings(contentDirectory: URL) -> LoadedContent {
    var problems: [Diagnostic] = []
    let (config, parties) = Self.settings(
      contentDirectory, displayRoot: Self.displayPath(of: contentDirectory), problems: &problems)
    return LoadedContent(articles: [], config: config, parties: parties, problems: problems)
  }

  /// `displayRoot` is how the folder is named in messages and `Article.meta.path` ("content").
  public func load(contentDirectory: URL, displayRoot: String) -> LoadedContent {
    var problems: [Diagnostic] = []
    let (config, parties) = Self.settings(
      contentDirectory, displayRoot: displayRoot, problems: &problems)

    let walker = ContentWalker.walk(contentDirectory, displayRoot: displayRoot)
    problems += walker.problems
    // Files are read and parsed on every core; results are taken in walk order, so articles
    // and problems are the same as reading one file after the other.
    // Files whose signature is unchanged since an earlier build are not read again.
    let reader = self.reader
    let startedAt = now()
    let cache = readingCache.map {
      ReadingCache(url: $0, today: reader.today, startedAt: startedAt)
    }
    // Remembered readings were made with this reader's "today" only if the key is the same.
    let memory = self.memory.flatMap { $0.isFor(today: reader.today) ? $0 : nil }
    let readings = walker.files.concurrentMap {
      file -> Result<ArticleReader.Reading, Diagnostic> in
      func remember(_ reading: ArticleReader.Reading) {
        memory?.remember(
          .init(
            filePath: file.path, signature: file.signature, readAt: startedAt, reading: reading),
          displayPath: file.displayPath)
      }
      if let kept = memory?.entry(
        displayPath: file.displayPath, filePath: file.path, signature: file.signature)
      {
        cache?.keep(displayPath: file.displayPath)
        var again = kept
        again.reused = true
        memory?.remember(again, displayPath: file.displayPath)
        return .success(kept.reading)
      }
      if let cache,
        let kept = cache.reading(
          displayPath: file.displayPath, filePath: file.path, signature: file.signature)
      {
        remember(kept)
        return .success(kept)
      }
      do throws(Diagnostic) {
        let reading = try reader.readReporting(fileAt: file.url, displayPath: file.displayPath)
        // The signature was taken by the walk, before the file was read.
        cache?.store(
          reading, displayPath: file.displayPath, filePath: file.path, signature: file.signature)
        if reading.warnings.allSatisfy({ $0.severity == .warning }) { remember(reading) }
        return .success(reading)
      } catch {
        return .failure(error)
      }
    }
    cache?.save()
    var articles: [Article] = []
    for reading in readings {
      switch reading {
      case .success(let reading):
        articles.append(reading.article)
        problems += reading.warnings
      case .failure(let problem):
        problems.append(problem)
      }
    }
    articles.sort { $0.meta.path < $1.meta.path }
    let slugs = articles.map(\.meta.id)
    let assigned = SlugAssigner.assignUnique(&articles)
    problems += assigned
    // Stored bytes stand for an article only while its slug is the one it was read with.
    var encoded: [String: Data] = [:]
    if cache != nil || memory != nil {
      for (article, slug) in zip(articles, slugs) {
        let path = article.meta.path
        // A reading taken from memory has its bytes there: the pack's record may be older.
        let fromMemory = memory?.kept(displayPath: path).flatMap { $0.reused ? $0 : nil }
        guard let bytes = fromMemory?.encoded ?? cache?.encodedArticle(displayPath: path)
        else { continue }
        if fromMemory == nil { memory?.setEncoded(bytes, displayPath: path) }
        if article.meta.id == slug { encoded[path] = bytes }
      }
    }
    memory?.finishLoad(today: reader.today)
    return LoadedContent(
      articles: articles, config: config, parties: parties, problems: problems,
      encodedArticles: encoded)
  }

  /// `site.yml` and `parties.yml` of the folder (defaults when absent); bad files are problems.
  static func settings(
    _ contentDirectory: URL, displayRoot: String, problems: inout [Diagnostic]
  ) -> (SiteConfig, [PartyDefinition]) {
    func join(_ name: String) -> String { displayRoot.isEmpty ? name : displayRoot + "/" + name }
    var config = SiteConfig()
    let siteFile = contentDirectory.appendingPathComponent("site.yml")
    if FileManager.default.fileExists(atPath: siteFile.path) {
      do throws(Diagnostic) {
        config = try SiteConfigReader().read(fileAt: siteFile, displayPath: join("site.yml"))
      } catch { problems.append(error) }
    }
    var parties: [PartyDefinition] = []
    let partiesFile = contentDirectory.appendingPathComponent("parties.yml")
    if FileManager.default.fileExists(atPath: partiesFile.path) {
      do throws(Diagnostic) {
        parties = try PartiesFileReader().read(
          fileAt: partiesFile, displayPath: join("parties.yml"))
      } catch { problems.append(error) }
    }

    return (config, parties)
  }

  /// The folder as the user would write it: relative to the working directory when inside it.
  static func displayPath(of url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
      .path
    if path == cwd { return "." }
    if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
    return path
  }
}

/// Makes article slugs unique, deterministically.
///
/// Articles are taken in path order; the first keeps its slug, each later one with the same slug
/// gets `-2`, `-3`, … (skipping any slug already taken) and a warning naming both files. Set
/// `slug:` in front matter to choose instead. A slug whose ``ShortName`` (the briefing's folder
/// on the site) an earlier slug already has counts as taken too, so two articles never share a
/// folder.
public enum SlugAssigner {
  public static func assignUnique(_ articles: inout [Article]) -> [Diagnostic] {
    var owner: [String: String] = [:]
    for a in articles where owner[a.meta.id] == nil { owner[a.meta.id] = a.meta.path }
    var taken: Set<String> = []
    var names: [String: String] = [:]
    var warnings: [Diagnostic] = []
    for i in articles.indices {
      let slug = articles[i].meta.id
      let name = ShortName.of(slug)
      guard taken.contains(slug) || names[name] != nil else {
        taken.insert(slug)
        names[name] = slug
        continue
      }
      var n = 2
      while taken.contains("\(slug)-\(n)") || names[ShortName.of("\(slug)-\(n)")] != nil
        || (owner["\(slug)-\(n)"].map { $0 != articles[i].meta.path } ?? false)
      {
        n += 1
      }
      let unique = "\(slug)-\(n)"
      taken.insert(unique)
      names[ShortName.of(unique)] = unique
      let problem: Problem
      if taken.contains(slug) {
        problem = .slugTaken(slug, by: owner[slug] ?? "another article", publishedAs: unique)
      } else {
        let other = names[name]!
        problem = .pageNameTaken(
          slug, sameAs: other, by: owner[other] ?? "another article", publishedAs: unique)
      }
      warnings.append(Diagnostic(problem, path: articles[i].meta.path))
      articles[i].meta.id = unique
    }
    return warnings
  }
}
