import Testing

@testable import BriefingExtraction

/// A capital the tagger calls an organisation ("Pristina claimed") is the city standing for its
/// government, not a new body: it stays a place.
@Suite("Tagged capitals")
struct TaggedCapitalTests {
  /// `GazetteerCodes` of a capital: 6 × 2 on its first word, + 1 on the words after it.
  let capitalFirst: UInt8 = 12
  let capitalInside: UInt8 = 13

  @Test("a span of a capital's words alone is a capital, whatever the head bit")
  func capitalAlone() {
    let kabul = Tokenizer.tokens(of: "Kabul")
    #expect(TaggedNames.isCapitalOnly(0..<1, kabul, [capitalFirst]))
    let ddc = Tokenizer.tokens(of: "Addis Ababa")
    #expect(TaggedNames.isCapitalOnly(0..<2, ddc, [capitalFirst, capitalInside]))
  }

  @Test("a body named after its capital, or a state's name, is no capital alone")
  func bodiesAndStates() {
    let university = Tokenizer.tokens(of: "Kabul University")
    #expect(!TaggedNames.isCapitalOnly(0..<2, university, [capitalFirst, 0x80]))
    let state = Tokenizer.tokens(of: "Kosovo")
    #expect(!TaggedNames.isCapitalOnly(0..<1, state, [2]))
  }
}
