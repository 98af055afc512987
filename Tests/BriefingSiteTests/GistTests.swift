import Foundation
import Testing

@testable import BriefingSite

@Suite("An event's gist: its first words when it repeats its sentence, else its text")
struct GistTests {
  /// The first version: split on the character " ".
  func bySplit(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > SitePlanner.gistWords + 2 else { return text }
    return words.prefix(SitePlanner.gistWords).joined(separator: " ") + " …"
  }

  static let texts = [
    "", "One.", "Talks resumed in Geneva on Monday after the ministers met again at last.",
    "  Two   spaces  between   words of a sentence that is long enough to be cut short.",
    "Les négociations « ont repris » à Genève lundi après une réunion des ministres — enfin.",
    // A combining mark after a space joins it: that space is no word break.
    "one \u{301}two three four five six seven eight nine ten eleven twelve",
    // An Arabic number sign is prepended to what follows, the space included.
    "one \u{600} two three four five six seven eight nine ten eleven twelve",
    "one two three four five six seven eight nine ten eleven \u{301}twelve",
    "exactly ten words here one two three four five six", "👍🏽 yes 👍🏽 no 🇫🇷 🇩🇪 a b c d e f g",
    // Around eleven words (the fewest that are cut), read on bytes when all is ASCII.
    "a b c d e f g h i j k", "a b c d e f g h i j  ", " a b c d e f g h i j k ",
    "a b c d e f g h i j k l m n o p", "a b c d e f g h i j k \u{301}l",
  ]

  @Test("the same words as splitting on characters", arguments: texts)
  func sameAsSplit(_ text: String) {
    #expect(SitePlanner.gist(text, sentence: text) == bySplit(text))
    #expect(SitePlanner.gist(text, sentence: nil) == bySplit(text))
  }

  @Test("a text that is not its sentence byte for byte is shown whole")
  func notItsSentence() {
    let text = Self.texts[2]
    #expect(SitePlanner.gist(text, sentence: text + " ") == text)
    // Canonically equal, other bytes: extraction copies bytes, so this is another text.
    let composed = "Café au lait was served in Geneva on Monday to every one of the ministers."
    let decomposed = composed.replacingOccurrences(of: "é", with: "e\u{301}")
    #expect(SitePlanner.gist(composed, sentence: decomposed) == composed)
  }
}
