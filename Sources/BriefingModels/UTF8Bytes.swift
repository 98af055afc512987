import Foundation

/// Byte searches on a string's UTF-8 that run over its contiguous storage (`memchr`), where
/// `utf8.contains(_:)` walked the view one byte at a time through a generic iterator.
extension StringProtocol {
  /// Whether the UTF-8 of the string holds `byte`.
  public func utf8Contains(_ byte: UInt8) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({
      $0.isEmpty ? false : memchr($0.baseAddress!, Int32(byte), $0.count) != nil
    }) {
      return found
    }
    return utf8.contains(byte)
  }

  /// Whether every byte of the string is ASCII.
  public var isASCIIOnly: Bool {
    if let ascii = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) {
      return ascii
    }
    return utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether every byte of the string is ASCII and none is `\r`: then each character is one
  /// byte (only "\r\n" makes one character of two ASCII bytes).
  public var isPlainASCII: Bool {
    if let plain = utf8.withContiguousStorageIfAvailable({ b -> Bool in
      for byte in b where byte >= 0x80 || byte == 0x0D { return false }
      return true
    }) {
      return plain
    }
    return utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }
}
