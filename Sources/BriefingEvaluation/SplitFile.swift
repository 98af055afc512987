/// A fixed split by document, as the evaluation folder writes it: one `name<TAB>part` line per
/// document; `#` lines and a header line that starts with `header` are skipped.
enum SplitFile {
  /// Each document's part; a line without a known part is an error naming `file`.
  static func parts<Part: RawRepresentable>(
    of text: String, header: String, file: String
  ) throws -> [String: Part] where Part.RawValue == String {
    var parts: [String: Part] = [:]
    for line in text.split(separator: "\n") {
      if line.hasPrefix("#") || line.hasPrefix(header) { continue }
      let f = line.split(separator: "\t")
      guard f.count >= 2, let part = Part(rawValue: String(f[1])) else {
        throw GUMError(message: "\(file): bad line '\(line)'")
      }
      parts[String(f[0])] = part
    }
    return parts
  }
}
