import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Size and bytes of a file in output/, read lazily; absent files have size -1.
struct FileState {
  /// The file's path; its bytes, when asked for, are read through a URL made then.
  let path: String
  let exists: Bool
  let size: Int

  /// One `lstat` (the file itself, not a link's target), as every page of a build asks.
  init(_ url: URL) { self.init(path: url.path) }

  /// The same from a path: the render step asks it for every page, and making each page's
  /// `URL` and reading its `path` back cost 44,000 instructions a page (1.6 G of a one-edit
  /// rebuild of 10,000 articles), the `lstat` under 20.
  init(path: String) {
    self.path = path
    var st = stat()
    exists = lstat(path, &st) == 0
    size = exists ? Int(st.st_size) : -1
  }

  /// `page` under `root` (a path without a trailing slash, as `URL.path` gives): what
  /// `root`'s URL with the page's path appended names, for the safe relative paths pages have.
  static func path(of page: String, in root: String) -> String {
    root.hasSuffix("/") ? root + page : root + "/" + page
  }

  func bytes() -> [UInt8]? {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
  }
}
