import Foundation
import Testing

@testable import BriefingExtraction

/// The world lexicon the name tagger reads as evidence, and the Viterbi search it decodes with.
@Suite("Name lexicon and Viterbi decoding")
struct NameLexiconTests {
  let lexicon = NameLexicon(
    text: """
      # a comment
      [given]
      Steve Jordan
      [organization]
      General Motors
      Apple
      WHO
      [place]
      Jordan
      """)

  func codes(_ text: String) -> [UInt8] {
    let tokens = Tokenizer.tokens(of: text)
    return lexicon.codes(tokens, words: tokens.map { NameFeatures.hash($0.norm.utf8) })
  }

  @Test("a line loses its comment and the blanks around it; CRLF files read the same")
  func lines() {
    let text = "# header\n[given]\t\n  Ann  Bo # two names\n\n#only\r\nNew York\r\n"
    #expect(NameLexicon.contentLines(of: text) == ["[given]", "Ann  Bo", "New York"])
    let crlf = NameLexicon(text: "[place]\r\nJordan\r\n[given]\r\nSteve\r\n")
    #expect(crlf.count == 2)
  }

  @Test("the built-in lexicon's lines and words are those read character by character")
  func builtInLines() throws {
    let url = Seed.repositoryRoot.appendingPathComponent(
      "Sources/BriefingExtraction/Resources/lexicon.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let byCharacters = text.split(separator: "\n").map {
      $0.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    let lines = NameLexicon.contentLines(of: text)
    #expect(lines.map(String.init) == byCharacters)
    let words: [String] = lines.flatMap { line in
      line.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    }
    let wordsByCharacters: [String] = byCharacters.flatMap { line in
      line.split(separator: " ").map(String.init)
    }
    #expect(words == wordsByCharacters)
    #expect(NameLexicon.builtIn.count > 3_000)
  }

  @Test("a name is matched word for word, longest first, as first, inside and last word")
  func matchesPhrases() {
    // "General Motors said": an organisation's two words (begin, last), then nothing.
    let org = NameLexicon.organization * 4
    #expect(codes("General Motors said") == [org + 1, org + 3, 0])
    #expect(codes("Steve left")[0] == NameLexicon.person * 4)
  }

  @Test("a capital is demanded where the name has one, capitals where it is an acronym")
  func casing() {
    #expect(codes("an apple a day")[1] == 0)
    #expect(codes("Apple rose")[0] == NameLexicon.organization * 4)
    #expect(codes("Who said it")[0] == 0)
    #expect(codes("WHO said it")[0] == NameLexicon.organization * 4)
  }

  @Test("a name in two sections carries both kinds")
  func twoKinds() {
    #expect(codes("Jordan")[0] == (NameLexicon.person | NameLexicon.place) * 4)
  }

  @Test("the shipped lexicon reads, and knows names of every kind")
  func shipped() {
    let shipped = NameLexicon.builtIn
    #expect(shipped.count > 3000)
    let tokens = Tokenizer.tokens(of: "Boeing and Airbus told Steve in Ontario")
    let c = shipped.codes(tokens, words: tokens.map { NameFeatures.hash($0.norm.utf8) })
    #expect(c[0] / 4 == NameLexicon.organization)
    #expect(c[2] / 4 == NameLexicon.organization)
    #expect(c[4] / 4 & NameLexicon.person != 0)
    #expect(c[6] / 4 & NameLexicon.place != 0)
  }

  @Test("a person's span loses the capitalised words before a given name")
  func givenNameStart() {
    let tokens = Tokenizer.tokens(of: "Biologist Nick Bos said")
    #expect(NameLexicon.builtIn.fromGivenName(0..<3, tokens) == 1..<3)
    let both = Tokenizer.tokens(of: "Mary Ann Smith said")
    #expect(NameLexicon.builtIn.fromGivenName(0..<3, both) == 0..<3)
  }

  /// Scores that favour `I-PERSON` everywhere: a greedy tagger could not start with it, and
  /// Viterbi must open the span with `B-PERSON` and never put `I-` after `O`.
  struct Fixed: NameScoring {
    func scores(_ features: UnsafeBufferPointer<UInt32>) -> SIMD8<Double> {
      features.count > 10 ? SIMD8(0, 3, 5, 0, 0, 0, 0, 0) : .zero
    }
  }

  @Test("Viterbi decoding keeps the BIO constraint and skips plainly outside tokens")
  func viterbi() {
    let tokens = Tokenizer.tokens(of: "Anna Berg Lund said so")
    let keys = NameFeatures.keys(
      tokens, gazetteer: [UInt8](repeating: 0, count: tokens.count), lowerWords: [])
    let tags = NameViterbi.decode(
      keys, memory: [Int](repeating: 0, count: keys.count), scorer: Fixed())
    #expect(tags.count == 5)
    #expect(tags[0] == NameTag.begin(.person))
    #expect(tags[1] == NameTag.inside(.person) && tags[2] == NameTag.inside(.person))
    // "said" stands beside "Lund" and is scored; "so" has no capital near it and is O.
    #expect(tags[4] == NameTag.outside)
    for i in 1..<tags.count { #expect(NameTag.allowed(tags[i], after: tags[i - 1])) }
  }
}
