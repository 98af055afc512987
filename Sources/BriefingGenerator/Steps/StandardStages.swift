import BriefingExtraction
import BriefingIngest
import BriefingModels
import BriefingParallel
import BriefingSite
import BriefingStore
import Foundation

extension BuildStages {
  /// The real modules: the built-in gazetteer extended with the editor's parties, the
  /// extractor and assembler, and the site renderer over the templates folder.
  public static let standard = BuildStages(
    prepareExtraction: { parties in
      let gazetteer = try Gazetteer.builtIn().extended(with: parties)
      let extractor = Extractor(gazetteer: gazetteer)
      let assembler = CorpusAssembler(gazetteer: gazetteer)
      var key = StableHash()
      key.add(ToolIdentity.current)
      key.add((try? ExtractionCache.encoder.encode(parties)) ?? Data())
      return Extraction(
        cacheKey: key.hex,
        extract: { extractor.extract($0) },
        assemble: { assembler.assemble($0, memory: $1) })
    },
    prepareRendering: { templates in
      let renderer: SiteRenderer
      do { renderer = try SiteRenderer(templatesDirectory: templates) } catch var error
        as Diagnostic
      {
        error.location.file = DisplayPath.relative(error.location.file)
        throw error
      }
      return Rendering(
        plan: { corpus, config, inputs in
          renderer.plan(corpus: corpus, config: config, inputs: inputs)
        },
        render: { page in
          do { return try renderer.render(page) } catch var error as Diagnostic {
            error.location.file = DisplayPath.relative(error.location.file)
            throw error
          }
        })
    })
}

/// Identifies the build of the running tool (its executable's size and date), so extraction
/// results cached by an older build of the extractor are not reused.
enum ToolIdentity {
  static let current: String = {
    let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let candidates = [path, Bundle.main.executablePath ?? "", CommandLine.arguments.first ?? ""]
    for candidate in candidates where !candidate.isEmpty {
      if let a = try? FileManager.default.attributesOfItem(atPath: candidate),
        let size = a[.size] as? NSNumber, let date = a[.modificationDate] as? Date
      {
        return "\(candidate)|\(size)|\(date.timeIntervalSince1970)"
      }
    }
    return "unknown"
  }()
}

/// Paths in messages as the user typed them: relative to the working folder when inside it.
enum DisplayPath {
  static func relative(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
  }
}
