import Crypto
import Foundation

/// Size and MD5 of some bytes: what publish compares, and what S3 reports as a simple ETag.
public struct FileDigest: Sendable, Hashable {
  public var size: Int64
  /// Lowercase hex MD5, or nil where the target cannot tell (e.g. a multipart ETag).
  public var md5: String?

  public init(size: Int64, md5: String?) {
    self.size = size
    self.md5 = md5
  }

  public init<Bytes: DataProtocol>(of bytes: Bytes) {
    self.size = Int64(bytes.count)
    self.md5 = Self.hex(Insecure.MD5.hash(data: bytes))
  }

  /// Reads and digests a file.
  public static func ofFile(atPath path: String) throws(PublishError) -> FileDigest {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .io(path: path, .cannotBeRead)
    }
    return FileDigest(of: data)
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    digest.map { String(format: "%02x", $0) }.joined()
  }
}
