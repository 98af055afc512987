import Foundation

/// Maps a raw request path onto a file inside the served folder, and nothing outside it.
///
/// Percent-decoding happens once, here; encoded slashes and backslashes, NUL bytes and `.`/`..`
/// segments are refused outright, and the real path of whatever is found (symlinks resolved)
/// must still lie under the real path of the root, so a link pointing out of `output/` is refused.
public struct SitePathResolver: Sendable {
  /// What a request path refers to.
  public enum Resolution: Sendable, Equatable {
    /// A regular file, by its real path.
    case file(String)
    /// A folder asked for without its trailing slash: send the client here.
    case redirect(location: String)
    /// Nothing there (or nothing readable).
    case notFound
    /// A path that tries to leave the root or cannot be decoded.
    case refused
  }

  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// Resolves `rawPath`, the request target's path as it came over the wire (still encoded).
  public func resolve(_ rawPath: String) -> Resolution {
    guard let segments = Self.segments(ofRawPath: rawPath) else { return .refused }
    guard let realRoot = Self.realPath(root) else { return .notFound }
    let candidate = ([realRoot] + segments).joined(separator: "/")
    guard let real = Self.realPath(candidate) else { return .notFound }
    guard Self.isInside(real, root: realRoot) else { return .refused }

    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else {
      return .notFound
    }
    if !isDirectory.boolValue { return .file(real) }

    guard rawPath.hasSuffix("/") else {
      return .redirect(location: Self.encodedPath(segments) + "/")
    }
    guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, root: realRoot)
    else {
      return .notFound
    }
    var indexIsDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: index, isDirectory: &indexIsDirectory),
      !indexIsDirectory.boolValue
    else { return .notFound }
    return .file(index)
  }

  /// The decoded, non-empty path segments, or nil when the path is malformed or tries to climb.
  static func segments(ofRawPath rawPath: String) -> [String]? {
    guard rawPath.hasPrefix("/") else { return nil }
    let lowered = rawPath.lowercased()
    // An encoded separator would smuggle a segment boundary past the split below.
    if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") { return nil }
    var segments: [String] = []
    for rawSegment in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
      guard let segment = String(rawSegment).removingPercentEncoding else { return nil }
      if segment == "." || segment == ".." { return nil }
      if segment.contains("/") || segment.contains("\\") || segment.contains("\0") { return nil }
      segments.append(segment)
    }
    return segments
  }

  /// `realpath(3)`: absolute, symlinks resolved; nil when the path does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func isInside(_ path: String, root: String) -> Bool {
    path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// Re-encodes decoded segments for a `Location` header (never `//host`, never a scheme).
  static func encodedPath(_ segments: [String]) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "/?#;")
    return "/"
      + segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }
      .joined(separator: "/")
  }
}
