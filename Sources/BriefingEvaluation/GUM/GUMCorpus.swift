import Foundation

/// The GUM named-entity corpus of `../shared/corpus/gum/` (see its README), read in the order
/// of `index.tsv`.
public struct GUMCorpus: Sendable {
  public var documents: [GUMDocument]

  public init(documents: [GUMDocument]) { self.documents = documents }

  /// `../shared/corpus/gum` beside the repository that holds the working directory.
  public static func defaultDirectory() -> URL {
    var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while dir.path != "/" {
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        return dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/gum")
      }
      dir.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "../shared/corpus/gum")
  }

  /// Reads `index.tsv`, `sources.tsv` and every document's three files.
  public static func load(directory: URL) throws -> GUMCorpus {
    let index = try table(directory.appendingPathComponent("index.tsv"))
    let sources = try table(directory.appendingPathComponent("sources.tsv"))
    var partitions: [String: String] = [:]
    for row in sources where row.count >= 5 { partitions[row[0]] = row[4] }
    var docs: [GUMDocument] = []
    for row in index where row.count >= 2 {
      let name = row[0]
      let base = directory.appendingPathComponent(name)
      let text = try String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8)
      let mentions = try parseMentions(
        String(contentsOf: base.appendingPathExtension("entities.tsv"), encoding: .utf8), in: name)
      let attributionsURL = base.appendingPathExtension("attributions.tsv")
      let attributions =
        FileManager.default.fileExists(atPath: attributionsURL.path)
        ? try parseAttributions(String(contentsOf: attributionsURL, encoding: .utf8), in: name)
        : []
      docs.append(
        GUMDocument(
          name: name, genre: row[1], gumPartition: partitions[name] ?? "train", text: text,
          mentions: mentions, attributions: attributions))
    }
    return GUMCorpus(documents: docs)
  }

  /// The rows of a TSV file with a header line, header dropped.
  static func table(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// `start end type text entity` lines (no header).
  static func parseMentions(_ tsv: String, in doc: String) throws -> [GUMMention] {
    var out: [GUMMention] = []
    for (n, line) in tsv.split(separator: "\n").enumerated() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count >= 5, let s = Int(f[0]), let e = Int(f[1]),
        let kind = GUMMention.Kind(rawValue: String(f[2]))
      else { throw GUMError(message: "\(doc).entities.tsv line \(n + 1): not a mention") }
      out.append(GUMMention(start: s, end: e, kind: kind, text: String(f[3]), entity: String(f[4])))
    }
    return out
  }

  /// The 11-column attribution rows (header first).
  static func parseAttributions(_ tsv: String, in doc: String) throws -> [GUMAttribution] {
    var out: [GUMAttribution] = []
    for (n, line) in tsv.split(separator: "\n").enumerated().dropFirst() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 11, let kind = GUMAttribution.Kind(rawValue: f[0]),
        let cs = Int(f[1]), let ce = Int(f[2]), let ss = Int(f[3]), let se = Int(f[4]),
        let qs = Int(f[9]), let qe = Int(f[10])
      else { throw GUMError(message: "\(doc).attributions.tsv line \(n + 1): not an attribution") }
      out.append(
        GUMAttribution(
          kind: kind, contentStart: cs, contentEnd: ce, speakerSpan: ss >= 0 ? ss..<se : nil,
          speakerType: f[5], speakerEntity: f[6] == "_" || f[6].isEmpty ? nil : f[6],
          speakerHasNamedMention: f[7] == "yes", speakerText: f[8] == "_" ? nil : f[8],
          cue: qs >= 0 ? qs..<qe : nil))
    }
    return out
  }
}

/// A GUM file could not be read.
public struct GUMError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(message: String) { self.message = message }
  public var description: String { message }
}
