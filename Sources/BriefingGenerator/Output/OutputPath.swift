import BriefingExtraction
import BriefingIngest

/// The rule every file the generator writes must pass: a plain relative path below output/.
///
/// No absolute paths, no `.` or `..`, no empty components, only `A-Z a-z 0-9 - _ . ~ + @` in
/// names, each name at most 255 bytes and the whole at most 1024, no Windows device names
/// (`CON`, `nul.txt`), nothing the generator keeps for itself (`.briefing*`). So no title,
/// slug or party name can make a path that escapes output/ or that some file system refuses.
public enum OutputPath {
  static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+@")

  /// nil when `path` is acceptable; otherwise why not.
  public static func problem(with path: String) -> String? {
    // Every page's path is checked at every build: plain paths pass on bytes, and only the
    // others (or a name that could be a device) take the rule below, which says why not.
    var bytes = path
    if bytes.withUTF8(isPlain) { return nil }
    return explained(path)
  }

  /// Bytes allowed in a name.
  private static let allowedBytes: [Bool] = (0..<256).map {
    $0 < 128 && allowed.contains(Character(Unicode.Scalar(UInt8($0))))
  }

  /// True when `u` passes every rule of ``explained(_:)``; false when it may not.
  private static func isPlain(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !u.isEmpty, u.count <= 1024 else { return false }
    var start = 0
    while start <= u.count {
      var end = start
      var stem = -1
      while end < u.count, u[end] != UInt8(ascii: "/") {
        guard allowedBytes[Int(u[end])] else { return false }
        if stem < 0, u[end] == UInt8(ascii: ".") { stem = end - start }
        end += 1
      }
      let length = end - start
      if stem < 0 { stem = length }
      // Empty, `.`, `..`, too long, `.briefing…` (names starting with a dot are left to the
      // rule), or a device name.
      guard length > 0, length <= 255, stem != 0, !isDevice(u, start, stem) else { return false }
      start = end + 1
    }
    return true
  }

  /// Whether the `stem` bytes at `start` are a Windows device name (``ReservedNames``), in any
  /// case; the bytes are allowed ones, so ASCII.
  private static func isDevice(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ stem: Int)
    -> Bool
  {
    guard stem == 3 || stem == 4 else { return false }
    func lower(_ i: Int) -> UInt8 { u[start + i] | 0x20 }  // letters only are compared
    let three = (lower(0), lower(1), lower(2))
    if stem == 4 {
      let n = u[start + 3]
      guard n >= UInt8(ascii: "1"), n <= UInt8(ascii: "9") else { return false }
      return three == (0x63, 0x6F, 0x6D) || three == (0x6C, 0x70, 0x74)  // com, lpt
    }
    return three == (0x63, 0x6F, 0x6E) || three == (0x70, 0x72, 0x6E)  // con, prn
      || three == (0x61, 0x75, 0x78) || three == (0x6E, 0x75, 0x6C)  // aux, nul
  }

  /// The rule itself, component by component, with the reason for the first that breaks it.
  static func explained(_ path: String) -> String? {
    if path.isEmpty { return "empty path" }
    if path.utf8.count > 1024 { return "path longer than 1024 bytes" }
    if path.hasPrefix("/") { return "absolute path" }
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    for c in components {
      if c.isEmpty { return "empty path component" }
      if c == "." || c == ".." { return "'\(c)' in path" }
      if c.utf8.count > 255 { return "file name longer than 255 bytes" }
      if let bad = c.first(where: { !allowed.contains($0) }) {
        return
          "character \(bad.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()) in path"
      }
      if c.hasPrefix(".briefing") { return "name reserved for the generator" }
      if ReservedNames.isReserved(String(c)) {
        return "'\(c)' is a reserved device name on Windows"
      }
    }
    return nil
  }
}
