/// The capitalised words an article puts in an organisation's frame somewhere ("X said", "X's
/// chief", "shares of X", "X Inc."): the tagger's organisation that the article never frames so
/// is more likely a product or a work ("Firefox", "ROS", "Polaroids"), which news training
/// teaches it to call a company. A tagger feature for models trained with `--article-frames`
/// (session 17, `NameModel.articleFrames`, `NameFeatures.TokenKeys.frame`).
enum NameFrames {
  /// An article's framed and product words, for the tagger's frame feature.
  struct Article {
    var framed: Set<UInt64>
    var products: Set<UInt64>
    init<C: Collection>(_ sentences: C) where C.Element == [Token] {
      framed = NameFrames.words(sentences)
      products = NameFrames.productWords(sentences)
    }
    /// 1 framed as an organisation, 2 used as a product, 3 both, 0 neither.
    func code(_ word: UInt64) -> UInt64 {
      (framed.contains(word) ? 1 : 0) + (products.contains(word) ? 2 : 0)
    }
  }

  /// Words right after a capitalised run that make it an organisation.
  static let after: Set<String> = [
    "said", "says", "announced", "reported", "told", "spokesman", "spokeswoman", "spokesperson",
    "officials", "official", "executives", "employees", "workers", "chairman", "ceo", "shares",
    "stock", "analysts", "board", "inc", "corp", "co", "ltd", "plc", "llc", "agreed", "denied",
    "confirmed", "declined", "acquired", "bought", "sold", "hired", "fired", "sued", "filed",
    "pilot", "pilots",
  ]
  /// Words after a capitalised run's "'s" that make it an organisation.
  static let afterPossessive: Set<String> = [
    "chief", "ceo", "chairman", "president", "executive", "executives", "spokesman",
    "spokeswoman", "spokesperson", "board", "shares", "stock", "founder", "director", "directors",
    "headquarters", "employees", "officials", "management", "subsidiary", "unit", "parent",
    "members", "leader", "leaders", "leadership", "profit", "earnings", "revenue", "staff",
  ]
  /// Two words before a capitalised run that make it an organisation ("shares of", "joined").
  static let before: Set<String> = [
    "shares of", "spokesman for", "spokeswoman for", "spokesperson for", "officials at",
    "officials of", "officials from", "employees of", "employees at", "chairman of", "executive of",
    "president of", "head of", "director of", "founder of", "members of", "member of",
    "works for", "worked for", "work for", "working for", "works at", "worked at", "unit of",
    "subsidiary of", "stake in", "spokesman at", "analyst at", "analysts at", "researchers at",
    "researcher at", "scientists at", "professor at", "ceo of", "leader of", "founded by",
  ]
  /// One word before a capitalised run that makes it an organisation.
  static let beforeOne: Set<String> = ["joined", "acquired", "sued", "via"]

  /// Words right after a capitalised run that make it a product or a work ("Firefox browser").
  static let productAfter: Set<String> = [
    "browser", "browsers", "software", "console", "consoles", "headset", "version", "versions",
    "game", "games", "film", "films", "movie", "movies", "album", "song", "songs", "book", "books",
    "novel", "series", "show", "app", "apps", "users", "user", "device", "devices", "phone",
    "phones", "camera", "cameras", "photo", "photos", "photographs", "pictures", "program",
    "programs", "platform", "engine", "code", "package", "packages", "library", "framework",
    "plugin", "plugins", "extension", "edition", "update", "release", "player", "players",
    "episode", "episodes", "season", "format", "file", "files", "installation", "interface",
    "operating", "tutorial", "tutorials", "node", "nodes", "machine", "prints", "print",
    // Vehicles, weapons, brands and programmes (`Evaluation/names-tbaq/decisions`: ships,
    // flights, products, programmes are no names).
    "spacecraft", "probe", "shuttle", "satellite", "rocket", "ship", "yacht", "flight", "jet",
    "jets", "aircraft", "plane", "car", "cars", "rifle", "label", "brand", "programme",
    "broadcast", "telescope", "rover", "capsule",
  ]
  /// Last words of a capitalised run that make it a law, a flight or an event, no organisation.
  static let workEnds: Set<String> = [
    "act", "treaty", "flight", "shuttle", "award", "awards", "prize", "cup", "championship",
    "championships", "olympics", "games", "festival", "fair", "challenge", "tournament",
  ]
  /// Words right before a capitalised run that make it a product or a work ("my PlayStation").
  static let productBefore: Set<String> = [
    "a", "an", "my", "your", "his", "her", "their", "our", "its", "using", "use", "used", "install",
    "installed", "installing", "download", "downloaded", "play", "played", "playing", "watch",
    "watched", "watching", "read", "run", "running", "runs", "launch", "open", "with", "into",
  ]

  /// The word hashes of every token of every capitalised run the article uses as a product or
  /// a work: before a product noun or a number ("Windows 7"), after an article other than
  /// "the", a possessive or a verb of use, or with a plural "s" beside the singular
  /// ("Polaroids" and "Polaroid").
  static func productWords<C: Collection>(_ sentences: C) -> Set<UInt64>
  where C.Element == [Token] {
    var out = Set<UInt64>()
    var capitals = Set<String>()
    for tokens in sentences {
      for t in tokens where t.isWord && t.isCapitalized { capitals.insert(t.norm) }
    }
    for tokens in sentences {
      for run in CapitalizedRuns.ranges(tokens, isJoiner: { _ in false }) {
        let (i, j) = (run.lowerBound, run.upperBound)
        let next = j < tokens.count ? tokens[j] : nil
        let isProduct =
          (next.map { productAfter.contains($0.norm) || $0.norm.first?.isNumber == true } ?? false)
          || (i >= 1 && productBefore.contains(tokens[i - 1].norm))
          || workEnds.contains(tokens[j - 1].norm)
          || (tokens[j - 1].norm.hasSuffix("s")
            && capitals.contains(String(tokens[j - 1].norm.dropLast())))
        if isProduct {
          for k in i..<j { out.insert(NameFeatures.wordHashes(tokens[k].norm).word) }
          if tokens[j - 1].norm.hasSuffix("s") {
            out.insert(NameFeatures.wordHashes(String(tokens[j - 1].norm.dropLast())).word)
          }
        }
      }
    }
    return out
  }

  /// The word hashes (`NameFeatures.wordHashes`) of every token of every framed capitalised run
  /// of the article's sentences, and of every run that holds a company word ("Inc", "Group").
  static func words<C: Collection>(_ sentences: C) -> Set<UInt64> where C.Element == [Token] {
    var out = Set<UInt64>()
    for tokens in sentences {
      for run in CapitalizedRuns.ranges(tokens, isJoiner: { _ in false }) where framed(tokens, run)
      {
        for k in run { out.insert(NameFeatures.wordHashes(tokens[k].norm).word) }
      }
    }
    return out
  }

  private static func framed(_ tokens: [Token], _ run: Range<Int>) -> Bool {
    if run.contains(where: { GazetteerCodes.corporateHeads.contains(tokens[$0].norm) }) {
      return true
    }
    let n = run.upperBound
    if n < tokens.count {
      if after.contains(tokens[n].norm) { return true }
      if tokens[n].norm == "'s", n + 1 < tokens.count, afterPossessive.contains(tokens[n + 1].norm)
      {
        return true
      }
    }
    let a = run.lowerBound
    if a >= 1, beforeOne.contains(tokens[a - 1].norm) { return true }
    if a >= 2, before.contains(tokens[a - 2].norm + " " + tokens[a - 1].norm) { return true }
    return false
  }
}
