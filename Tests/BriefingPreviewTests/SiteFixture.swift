import Foundation

/// A small built site in a temporary folder, with a secret beside it that must never be served
/// and links that point out of the site at it.
struct SiteFixture {
  let base: String
  let root: String
  static let secret = "TOP-SECRET-OUTSIDE-OUTPUT"

  init() throws {
    base = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "briefing-preview-\(UUID().uuidString)")
    root = base + "/output"
    let fm = FileManager.default
    try fm.createDirectory(atPath: root + "/briefings/talks", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: root + "/assets", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: base + "/private", withIntermediateDirectories: true)
    try write(
      "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>",
      "index.html")
    try write(
      "<!doctype html><html><body><h1>Talks</h1></BODY></html>", "briefings/talks/index.html")
    try write("<!doctype html><html><body><h1>Lost?</h1></body></html>", "404.html")
    try write("body { color: black }", "assets/site.css")
    try write("console.log('hi')", "assets/site.js")
    try write("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "assets/logo.svg")
    try write("{\"events\":[]}", "timeline.json")
    try write("<?xml version=\"1.0\"?><feed></feed>", "feed.xml")
    try write("a file with spaces", "notes with spaces.txt")
    try Self.secret.write(toFile: base + "/secret.txt", atomically: true, encoding: .utf8)
    try Self.secret.write(toFile: base + "/private/secret.txt", atomically: true, encoding: .utf8)
    try fm.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: base + "/secret.txt")
    try fm.createSymbolicLink(
      atPath: root + "/private-link", withDestinationPath: base + "/private")
    try fm.createSymbolicLink(
      atPath: root + "/inside-link.css", withDestinationPath: root + "/assets/site.css")
  }

  func write(_ text: String, _ relative: String) throws {
    try text.write(toFile: root + "/" + relative, atomically: true, encoding: .utf8)
  }

  func read(_ relative: String) throws -> String {
    try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: base)
  }
}
