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
