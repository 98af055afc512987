/// One article as read from `content/`: its metadata and its body text.
public struct Article: Codable, Sendable, Hashable {
  /// Where the article's date came from, so `check` can explain it.
  public enum DateOrigin: String, Codable, Sendable {
    case frontMatter, fileName, text, commandLine, none
  }

  /// The file format the article was read from.
  public enum Format: String, Codable, Sendable {
    case markdown, text
  }

  public var meta: ArticleMeta
  /// The body: Markdown for `.md` files, plain text for `.txt` files.
  public var body: String
  public var format: Format
  /// The 1-based line of the file at which `body` starts (for file:line messages).
  public var bodyLine: Int
  public var dateOrigin: DateOrigin
  /// Editor hints from front matter: names that must be recognised as parties.
  public var partyHints: [String]

  public init(
    meta: ArticleMeta, body: String, format: Format, bodyLine: Int = 1,
    dateOrigin: DateOrigin = .none, partyHints: [String] = []
  ) {
    self.meta = meta
    self.body = body
    self.format = format
    self.bodyLine = bodyLine
    self.dateOrigin = dateOrigin
    self.partyHints = partyHints
  }
}

/// The article fields of the JSON contract (`briefing extract` → `article`).
public struct ArticleMeta: Codable, Sendable, Hashable {
  /// The slug: a safe, unique identifier used in URLs.
  public var id: String
  /// The path of the source file, relative to the working directory as given.
  public var path: String
  public var title: String
  /// Publication date as `YYYY-MM-DD`, or nil when none could be found.
  public var published: String?
  public var source: String?
  public var url: String?
  public var author: String?
  public var tags: [String]

  public init(
    id: String, path: String, title: String, published: String? = nil,
    source: String? = nil, url: String? = nil, author: String? = nil, tags: [String] = []
  ) {
    self.id = id
    self.path = path
    self.title = title
    self.published = published
    self.source = source
    self.url = url
    self.author = author
    self.tags = tags
  }

  private enum CodingKeys: String, CodingKey {
    case id, path, title, published, source, url, author, tags
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    // Version 2 of the contract leaves an empty path out.
    path = try c.decodeIfPresent(String.self, forKey: .path) ?? ""
    title = try c.decode(String.self, forKey: .title)
    published = try c.decodeIfPresent(String.self, forKey: .published)
    source = try c.decodeIfPresent(String.self, forKey: .source)
    url = try c.decodeIfPresent(String.self, forKey: .url)
    author = try c.decodeIfPresent(String.self, forKey: .author)
    tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
  }

  /// Encodes absent values as `null`: the contract always carries every key.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(path, forKey: .path)
    try c.encode(title, forKey: .title)
    try c.encode(published, forKey: .published)
    try c.encode(source, forKey: .source)
    try c.encode(url, forKey: .url)
    try c.encode(author, forKey: .author)
    try c.encode(tags, forKey: .tags)
  }
}
