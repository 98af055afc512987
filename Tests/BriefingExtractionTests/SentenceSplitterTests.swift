import Testing

@testable import BriefingExtraction

@Suite("Sentence splitter")
struct SentenceSplitterTests {
  func split(_ s: String) -> [String] { SentenceSplitter.split(s).map(\.text) }

  @Test("titles, initials, months and decimals do not end a sentence")
  func abbreviations() {
    #expect(
      split("Mr. Smith met Gen. Jones on Jan. 5 in St. Petersburg. Growth was 3.5 percent.")
        == ["Mr. Smith met Gen. Jones on Jan. 5 in St. Petersburg.", "Growth was 3.5 percent."])
    #expect(split("J. R. Smith arrived. He spoke.") == ["J. R. Smith arrived.", "He spoke."])
  }

  @Test("a dotted acronym ends a sentence only before a sentence opener")
  func acronyms() {
    #expect(
      split("The U.S. Treasury agreed. Talks began in the U.S. The envoy left.")
        == ["The U.S. Treasury agreed.", "Talks began in the U.S.", "The envoy left."])
  }

  @Test("quotes, question marks and blank lines end sentences; offsets count Unicode scalars")
  func boundaries() {
    let text = "“Is it over?” he asked. Yes.\n\nHeadline without stop\nNext line here."
    let spans = SentenceSplitter.split(text)
    #expect(
      spans.map(\.text) == [
        "“Is it over?” he asked.", "Yes.", "Headline without stop\nNext line here.",
      ])
    let scalars = Array(text.unicodeScalars)
    for s in spans {
      #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
    }
  }

  @Test("the seed splits into its sixteen sentences")
  func seed() throws {
    #expect(SentenceSplitter.split(try Seed.text).count == 16)
  }
}
