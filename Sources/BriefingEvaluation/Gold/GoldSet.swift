import BriefingModels
import Foundation
import Yams

/// The gold set: every `*.gold.yml` of a directory, read in file-name order.
public struct GoldSet: Sendable {
  public var files: [GoldFile]

  public init(files: [GoldFile]) { self.files = files }

  /// Reads every `*.gold.yml` in `directory`; a file that does not parse is an error naming it.
  public static func load(directory: URL) throws -> GoldSet {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".gold.yml") }
      .sorted()
    var files: [GoldFile] = []
    for name in names {
      let url = directory.appendingPathComponent(name)
      files.append(try parse(String(contentsOf: url, encoding: .utf8), path: url.path))
    }
    return GoldSet(files: files)
  }

  /// Parses one gold file's YAML.
  public static func parse(_ yaml: String, path: String) throws -> GoldFile {
    do {
      var file = try YAMLDecoder().decode(GoldFile.self, from: yaml)
      file.path = path
      return file
    } catch {
      throw GoldError.notAGoldFile(path: path, reason: Diagnostic.reason(error))
    }
  }
}

/// A gold file or its article could not be read; `reason` is the YAML reader's or the
/// article reader's words.
public enum GoldError: Error, CustomStringConvertible, Sendable {
  case notAGoldFile(path: String, reason: String)
  case articleUnreadable(goldFile: String, article: String, reason: String)

  public var description: String {
    switch self {
    case .notAGoldFile(let path, let reason): "\(path): not a gold file: \(reason)"
    case .articleUnreadable(let gold, let article, let reason):
      "\(gold): article \(article): \(reason)"
    }
  }
}
