import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Size and bytes of a file in output/, read lazily; absent files have size -1.
struct FileState {
  let url: URL
  let exists: Bool
  let size: Int

  /// One `lstat` (the file itself, not a link's target), as every page of a build asks.
  init(_ url: URL) {
    self.url = url
    var st = stat()
    exists = lstat(url.path, &st) == 0
    size = exists ? Int(st.st_size) : -1
  }

  func bytes() -> [UInt8]? { (try? Data(contentsOf: url)).map { [UInt8]($0) } }
}
