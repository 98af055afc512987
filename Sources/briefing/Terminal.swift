import Foundation

/// Writing to the terminal: results on stdout, messages and progress on stderr.
enum Terminal {
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
