import BriefingIngest
import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// In place of extract, for `generate --briefings DIR`: the briefings that `briefing extract`
/// wrote elsewhere (the JSON contract of docs/DESIGN.md), so extraction can run as a map step
/// on other machines and the site build stays one process.
///
/// Reads every `*.json` file under the folder, in path order; each holds one briefing or an
/// array of them. Briefings are taken in article-path order, as a build from content/ takes
/// them, so the same briefings give the same site. Each briefing's source is the hash of its
/// encoding, so a rebuild from the same JSON skips the pages it made before.
struct ReadBriefingsStep: SiteBuildStep {
  var directory: URL
  var step: BuildStep { .extract }

  func run(_ settings: LoadedContent, in build: BuildContext) throws(BuildError) -> Extracted {
    let extraction = try ExtractStep.prepare(build, parties: settings.parties)
    let files = Self.jsonFiles(under: directory)
    guard !files.isEmpty else {
      throw BuildError(step: .extract, .noBriefingFiles, path: directory.path)
    }
    let decoded: [[Briefing]]
    do {
      decoded = try Parallel.map(files, progress: build.progress(.extract, total: files.count)) {
        file in
        do {
          let data = try Data(contentsOf: file)
          let decoder = JSONDecoder()
          if data.first(where: { !$0.isWhitespace }) == UInt8(ascii: "[") {
            return try decoder.decode([BriefingContract].self, from: data).map(\.briefing)
          }
          return [try decoder.decode(BriefingContract.self, from: data).briefing]
        } catch {
          throw BuildError(
            step: .extract, .notABriefing(reason: Diagnostic.reason(error)), path: file.path)
        }
      }
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(
        step: .extract, .notABriefing(reason: Diagnostic.reason(error)), path: directory.path)
    }
    var briefings: [Briefing] = []
    var file: [String: String] = [:]
    var sources: [String: String] = [:]
    var problems: [Diagnostic] = []
    for (url, group) in zip(files, decoded) {
      for briefing in group {
        let id = briefing.article.id
        if let other = file[id] {
          problems.append(
            Diagnostic(.duplicateBriefing(id: id, firstIn: other), path: url.path))
          continue
        }
        file[id] = url.path
        briefings.append(briefing)
        sources[id] = Self.source(of: briefing)
      }
    }
    guard problems.isEmpty else { throw BuildError(step: .extract, problems: problems) }
    briefings.sort { $0.article.path < $1.article.path }
    return Extracted(
      briefings: briefings, sources: sources, extraction: extraction, cachedCount: 0)
  }

  /// The `.json` files under `directory`, in path order.
  static func jsonFiles(under directory: URL) -> [URL] {
    let walker = FileManager.default.enumerator(
      at: directory, includingPropertiesForKeys: [.isRegularFileKey],
      options: [.skipsHiddenFiles])
    var files: [URL] = []
    while let url = walker?.nextObject() as? URL {
      if url.pathExtension == "json",
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      {
        files.append(url)
      }
    }
    return files.sorted { $0.path < $1.path }
  }

  /// A hash of everything in the briefing (its binary encoding): equal sources, equal pages.
  static func source(of briefing: Briefing) -> String? {
    guard let bytes = try? BinaryEncoder().encode(briefing) else { return nil }
    var h = StableHash()
    h.add("briefing-json 1")
    h.add(bytes)
    return h.hex
  }
}

extension UInt8 {
  fileprivate var isWhitespace: Bool {
    self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09
  }
}
