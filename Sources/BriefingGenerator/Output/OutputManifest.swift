import Foundation

/// The record, kept in `output/.briefing-manifest.json`, of every file the generator wrote.
///
/// It is how a build knows which files are its own: only those are ever replaced or removed.
/// Per file it keeps the page's key and fingerprint (to skip building and rendering) and the
/// size and hash of the bytes written (to notice a file changed by hand, which is then left
/// alone).
struct OutputManifest: Codable, Sendable, Hashable {
  static let fileName = ".briefing-manifest.json"
  static let currentVersion = 1

  struct Entry: Codable, Sendable, Hashable {
    /// The page's key (a hash of its inputs), when the planner knew one.
    var key: String?
    var fingerprint: String
    var size: Int
    var hash: String
  }

  var version = OutputManifest.currentVersion
  var files: [String: Entry] = [:]

  /// The manifest in `root`, or nil when there is none (a first build, or a foreign folder).
  static func load(from root: URL) throws -> OutputManifest? {
    let url = root.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data = try Data(contentsOf: url)
    let manifest =
      try ManifestReader.read(data) ?? JSONDecoder().decode(OutputManifest.self, from: data)
    return manifest.version == currentVersion ? manifest : OutputManifest(files: manifest.files)
  }

  /// JSON with one file per line, in path order: what `JSONDecoder` reads back into the same
  /// manifest. Written by hand because every build writes it, and at 10,000 pages
  /// `JSONEncoder` took a tenth of a second.
  func encoded() throws -> [UInt8] {
    var out = Array("{\"version\":\(version),\"files\":{".utf8)
    out.reserveCapacity(files.count * 200)
    // Literals appended in place and sizes written digit by digit: an array made for each
    // piece of each of 35,000 lines was most of writing the manifest at 10,000 articles.
    for (i, (path, entry)) in files.sorted(by: { $0.key < $1.key }).enumerated() {
      out.append(contentsOf: (i == 0 ? "\n" : ",\n").utf8)
      Self.string(path, to: &out)
      out.append(contentsOf: #":{"fingerprint":"#.utf8)
      Self.string(entry.fingerprint, to: &out)
      out.append(contentsOf: #","hash":"#.utf8)
      Self.string(entry.hash, to: &out)
      if let key = entry.key {
        out.append(contentsOf: #","key":"#.utf8)
        Self.string(key, to: &out)
      }
      out.append(contentsOf: #","size":"#.utf8)
      Self.decimal(entry.size, to: &out)
      out.append(UInt8(ascii: "}"))
    }
    out.append(contentsOf: "\n}}\n".utf8)
    return out
  }

  /// `n` in decimal digits, as `"\(n)"` prints it.
  private static func decimal(_ n: Int, to out: inout [UInt8]) {
    if n < 0 {
      out.append(UInt8(ascii: "-"))
      if n == .min {
        out.append(contentsOf: String(n).utf8.dropFirst())
        return
      }
      return decimal(-n, to: &out)
    }
    if n >= 10 { decimal(n / 10, to: &out) }
    out.append(UInt8(ascii: "0") + UInt8(n % 10))
  }

  /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
  private static func string(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // The usual string (a path, a hex digest) needs no escape: copied in one piece.
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out += [UInt8(ascii: "\\"), b]
      case 0..<0x20:
        out += Array(String(format: "\\u%04x", b).utf8)
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
