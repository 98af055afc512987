import BriefingModels
import Foundation

/// Turns an article file's bytes into text, or says precisely why they are not text.
///
/// Binary files (a NUL byte), invalid UTF-8 and empty files are named with the line of the
/// first offending byte. A UTF-8 byte-order mark is dropped and CRLF/CR line ends become LF,
/// so line numbers are the ones an editor sees.
public enum ArticleText {
  /// Decodes `bytes`; throws a `Diagnostic` at `path` when they are not usable text.
  public static func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
    if let nul = bytes.firstIndex(of: 0) {
      let at = UTF8Validation.lineAndColumn(of: nul, in: bytes)
      throw Diagnostic(.binaryFile(offset: nul), path: path, line: at.line, column: at.column)
    }
    if let bad = UTF8Validation.firstInvalidOffset(bytes) {
      let at = UTF8Validation.lineAndColumn(of: bad, in: bytes)
      throw Diagnostic(
        .invalidUTF8(byte: bytes[bad], offset: bad), path: path, line: at.line, column: at.column)
    }
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    var text = String(decoding: slice, as: UTF8.self)
    if text.utf8Contains(0x0D) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\r", with: "\n")
    }
    return text
  }
}
