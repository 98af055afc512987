import Testing

@testable import BriefingStore

/// An encoding's tree of nested values is freed once its root is: the encoder runs once per
/// record a build caches or hashes, and a tree kept alive by its children's references back to
/// their parent grew a build's memory with every record (1.4 GB at 10,000 articles from
/// `--briefings`).
@Suite struct BinaryEncodingLifetimeTests {
  struct Inner: Encodable {
    var numbers = [1, 2, 3]
    var name = "inner"
  }

  struct Outer: Encodable {
    var inner = Inner()
    var list = [Inner(), Inner()]
  }

  @Test("nested encodings are freed with their root")
  func nestedEncodingsAreFreed() throws {
    weak var child: BinaryEncoding?
    do {
      let root = BinaryEncoding()
      try root.encodeContent(Outer())
      child = root.children.first?.value
      #expect(child != nil)
    }
    #expect(child == nil)
  }
}
