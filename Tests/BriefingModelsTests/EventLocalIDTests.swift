import Testing

@testable import BriefingModels

/// An event's local id: what follows its article's id and a dash, compared by characters;
/// plain ASCII is compared by bytes, with the same answers.
@Suite("Event local ids")
struct EventLocalIDTests {
  typealias Form = BriefingContract.EventForm

  @Test("the part after the prefix, nil without the prefix or without anything after it")
  func ascii() {
    #expect(Form.localPart("talks-2025-06-02-s1", after: "talks-") == "2025-06-02-s1")
    #expect(Form.localPart("talks-", after: "talks-") == nil)
    #expect(Form.localPart("other-2025", after: "talks-") == nil)
    #expect(Form.localPart("talk", after: "talks-") == nil)
  }

  @Test("text that is not plain ASCII is compared by characters, as before")
  func characters() {
    #expect(Form.localPart("café-x", after: "café-") == "x")
    // A combining accent after the dash, and "\r\n" (one character each), are where bytes and
    // characters could disagree.
    let cases = [
      ("a-\u{301}x", "a-"), ("a\r\nb", "a\r"), ("é-1", "é-"), ("x-é", "x-"), ("a\r-b", "a\r-"),
    ]
    for (id, prefix) in cases {
      let expected =
        id.hasPrefix(prefix) && id.count > prefix.count
        ? String(id.dropFirst(prefix.count)) : nil
      #expect(Form.localPart(id, after: prefix) == expected)
    }
  }
}
