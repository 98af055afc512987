import Foundation
import Testing

@testable import BriefingGenerator

/// The manifest's hand-written JSON reads back as the same manifest.
@Suite struct OutputManifestTests {
  @Test func encodedManifestDecodesToTheSameManifest() throws {
    var manifest = OutputManifest()
    manifest.files["index.html"] = .init(key: "k1", fingerprint: "f1", size: 12, hash: "h1")
    manifest.files["briefings/a/index.html"] = .init(
      key: nil, fingerprint: "f2", size: 0, hash: "h2")
    manifest.files["odd \"name\"\\\u{1}é.html"] = .init(
      key: "k3", fingerprint: "f3", size: 3, hash: "h3")
    let bytes = try manifest.encoded()
    #expect(try JSONDecoder().decode(OutputManifest.self, from: Data(bytes)) == manifest)
    #expect(try OutputManifest().encoded() == Array("{\"version\":1,\"files\":{\n}}\n".utf8))
  }
}
