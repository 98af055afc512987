/// Whether a capitalised run reads as a product or an event rather than a company (session 16):
/// GUM and the TimeML annotation leave products, works and events out ("Internet Explorer",
/// "PlayStation VR", "the Paralympic Games"), but business news teaches the tagger that such
/// capitalised words beside companies are organisations. A tagger feature, not a rule: the
/// training data say how far to trust it.
enum NameWorkContext {
  /// For each token: 0, 1 if its capitalised run is followed by a product noun or a number
  /// ("Firefox browser", "Windows 7"), 2 if the run ends in an event word ("… Championship").
  static func codes(_ tokens: [Token]) -> [UInt64] {
    var out = [UInt64](repeating: 0, count: tokens.count)
    var i = 0
    while i < tokens.count {
      guard tokens[i].isWord, tokens[i].isCapitalized else {
        i += 1
        continue
      }
      var end = i + 1
      while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
      var code: UInt64 = 0
      if eventWords.contains(tokens[end - 1].norm) {
        code = 2
      } else if end < tokens.count, tokens[end].isWord,
        productNouns.contains(tokens[end].norm)
          || tokens[end].norm.allSatisfy(\.isNumber)
      {
        code = 1
      }
      if code > 0 { for j in i..<end { out[j] = code } }
      i = end
    }
    return out
  }

  /// Marks a word hash as written before a product noun somewhere in the article.
  static let productSalt: UInt64 = 0x9D0C_7A11_5EED_0001

  /// Lower-case nouns that name a thing made or sold, read right after a capitalised run.
  static let productNouns: Set<String> = [
    "browser", "browsers", "software", "app", "apps", "console", "consoles", "headset",
    "headsets", "device", "devices", "phone", "phones", "smartphone", "tablet", "laptop",
    "platform", "program", "programs", "programme", "operating", "version", "versions", "game",
    "games", "player", "camera", "cameras", "film", "films", "movie", "movies", "series",
    "show", "album", "song", "novel", "franchise", "brand", "model", "models", "car", "cars",
    "drug", "vaccine", "engine", "toolkit", "library", "robot", "robots", "users", "user",
    "update", "plugin", "extension", "shuttle", "rocket", "satellite", "telescope", "card",
    "cards",
  ]

  /// Words that end an event's name.
  static let eventWords: Set<String> = [
    "championship", "championships", "olympics", "games", "challenge", "festival", "cup",
    "tournament", "fair", "awards", "award", "prize", "expo", "conference", "summit", "war",
    "marathon", "open", "derby", "grand", "prix", "week", "day", "parade", "contest",
  ]
}
