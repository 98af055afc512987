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

  @Test func theReaderReadsWhatIsWrittenAndLeavesTheRestToJSONDecoder() throws {
    var manifest = OutputManifest()
    manifest.files["index.html"] = .init(key: "k1", fingerprint: "f1", size: 12, hash: "h1")
    manifest.files["briefings/é/index.html"] = .init(
      key: nil, fingerprint: "f2", size: 0, hash: "h2")
    manifest.files["data/index.json"] = .init(
      key: "k3", fingerprint: "", size: 123_456_789, hash: "h3")
    #expect(ManifestReader.read(Data(try manifest.encoded())) == manifest)
    #expect(ManifestReader.read(Data(try OutputManifest().encoded())) == OutputManifest())
    // A name with an escape: not this reader's, but the manifest still loads.
    var odd = manifest
    odd.files["odd \"name\".html"] = .init(key: "k4", fingerprint: "f4", size: 4, hash: "h4")
    #expect(ManifestReader.read(Data(try odd.encoded())) == nil)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "manifest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(try odd.encoded()).write(to: folder.appendingPathComponent(OutputManifest.fileName))
    #expect(try OutputManifest.load(from: folder) == odd)
    // Other layouts of the same JSON, and what JSON refuses, are not read here.
    for text in [
      #"{"files":{},"version":1}"#, #"{"version":1,"files":{}}"#,
      "{\"version\":1,\"files\":{\n\"a\":{\"fingerprint\":\"f\",\"hash\":\"h\",\"size\":01}\n}}\n",
      "{\"version\":1,\"files\":{\n\"a\":{\"fingerprint\":\"f\",\"hash\":\"h\",\"size\":1}\n}}\n ",
    ] {
      #expect(ManifestReader.read(Data(text.utf8)) == nil, "\(text)")
    }
    let plain =
      "{\"version\":1,\"files\":{\n\"a\":{\"fingerprint\":\"f\",\"hash\":\"h\",\"size\":1}\n}}\n"
    #expect(ManifestReader.read(Data(plain.utf8))?.files["a"]?.size == 1)
  }
}
