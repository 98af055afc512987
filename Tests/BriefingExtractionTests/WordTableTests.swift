import Testing

@testable import BriefingExtraction

/// `WordTable` and `WordSet` answer as `[String: Value]` and `Set<String>` would.
@Suite("Word tables")
struct WordTableTests {
  /// Words of every length up to 40 bytes, accented ones and the empty string.
  static let words: [String] =
    (1...40).map { String(repeating: "a", count: $0) }
    + ["the", "said", "président", "ﬁ", "'s", "", "x-ray", "u.s.", "q", "h", "fy"]
    + (0..<500).map { "w\($0)" }

  @Test("every key is found, with its value, and no other word is")
  func lookups() {
    var table = WordTable<Int>()
    var dictionary: [String: Int] = [:]
    for (k, w) in Self.words.enumerated() {
      table[w] = k
      dictionary[w] = k
    }
    #expect(table.count == dictionary.count)
    for w in Self.words {
      #expect(table[w] == dictionary[w])
      #expect(table[word: Substring(w)] == dictionary[w])
    }
    for miss in ["b", "aa ", "The", "president", "w500", "w-1", "sai", "saidx"] {
      #expect(table[miss] == nil)
    }
  }

  @Test("a substring of a longer string is looked up by its own bytes")
  func substrings() {
    let set: WordSet = ["said", "told"]
    let line = "he said it"
    let word = line[
      line.index(line.startIndex, offsetBy: 3)..<line.index(line.startIndex, offsetBy: 7)]
    #expect(set.contains(word))
    #expect(!set.contains(line))
    #expect(set.contains("told") && !set.contains("tol"))
  }

  @Test("setting a key again replaces its value; modify starts from the default")
  func updates() {
    var table: WordTable<[Int]> = ["a": [1]]
    table["a"] = [2]
    table.modify("a", default: []) { $0.append(3) }
    table.modify("b", default: [9]) { $0.append(4) }
    #expect(table["a"] == [2, 3])
    #expect(table["b"] == [9, 4])
    #expect(table.keys == ["a", "b"])
  }

  @Test("a word set iterates its words in the order given")
  func order() {
    let set: WordSet = ["z", "a", "m", "a"]
    #expect(Array(set) == ["z", "a", "m"])
    #expect(set.count == 3)
  }
}

/// `SpaceWords` gives what splitting on spaces gives.
@Suite("Space-separated words")
struct SpaceWordsTests {
  @Test("first and last words, ASCII or not, with any spacing")
  func words() {
    for s in [
      "", " ", "   ", "said", " said", "said ", "  Maria  Zakharova ", "a b c", "Zoë Adams", " é ",
      "x\u{301} y", "strongly condemned",
    ] {
      #expect(SpaceWords.first(s) == s.split(separator: " ").first, "\(s)")
      #expect(SpaceWords.last(s) == s.split(separator: " ").last, "\(s)")
    }
  }
}
