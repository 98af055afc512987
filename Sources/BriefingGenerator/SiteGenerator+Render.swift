import BriefingExtraction
import BriefingModels
import BriefingSite
import Foundation

/// The render step: each planned page checked by key, then by fingerprint, rendered only when
/// both changed, and staged as soon as its bytes differ from the file in output/.
extension SiteGenerator {
  /// Stages `bytes` for `path`; a failure is the write step's.
  static func stage(
    _ bytes: [UInt8], _ path: String, in staging: OutputStaging, output: URL
  ) throws(BuildError) -> String {
    do { return try staging.stage(bytes, for: path) } catch let failure as OutputWriter.Failure {
      throw BuildError(
        step: .write, path: output.appendingPathComponent(failure.path).path,
        message: failure.message)
    } catch {
      throw BuildError(step: .write, path: output.path, message: "\(error)")
    }
  }

  struct Rendered: Sendable {
    /// Each changed file and its name in the staging folder.
    var writes: [(path: String, staged: String)]
    var removals: [String]
    var manifest: OutputManifest
    var builtCount: Int
    var renderedCount: Int
    var warnings: [ContentProblem]
    var renderTimes = RenderTimes()
  }

  enum PageOutcome: Sendable {
    case unchanged(OutputManifest.Entry)
    /// Staged under the given name.
    case changed(OutputManifest.Entry, String)
    case foreign
    var rendered: Bool {
      switch self {
      case .unchanged, .foreign: return false
      case .changed: return true
      }
    }
  }

  func render(
    _ pages: [PlannedPage], previous: OutputManifest?, staging: OutputStaging
  ) throws(BuildError) -> Rendered {
    let output = options.outputDirectory
    let old = previous?.files ?? [:]
    let total = pages.count
    let progress = options.progress
    /// Each page's outcome, whether it was built (prepared) and rendered, and a document's
    /// render time.
    let outcomes: [(PageOutcome, built: Bool, rendered: Bool, time: (kind: String, duration: Duration)?)]
    do {
      outcomes = try Parallel.map(
        pages, first: pages.indices.filter { pages[$0].startsEarly },
        progress: { done in
          progress?(BuildProgress(step: .render, done: done, total: total))
        }
      ) { page in
        let file = output.appendingPathComponent(page.path)
        let onDisk = FileState(file)
        let previous = old[page.path]
        // Same inputs as the file on disk: nothing to build.
        if let key = page.key, let entry = previous, entry.key == key, onDisk.size == entry.size {
          return (.unchanged(entry), false, false, nil)
        }
        // Without a previous file there is no fingerprint to compare: a keyed page skips it.
        let prepared = page.prepare(previous != nil || page.key == nil)
        // Other inputs, same page: nothing to render.
        if var entry = previous, entry.fingerprint == prepared.fingerprint,
          onDisk.size == entry.size
        {
          entry.key = page.key
          return (.unchanged(entry), true, false, nil)
        }
        let bytes: [UInt8]
        let started = ContinuousClock.now
        do { bytes = try prepared.render() } catch {
          throw BuildError(
            step: .render,
            problems: [Self.problem(from: error, fallbackPath: page.path, page: page.path)])
        }
        let time = prepared.kind.map { ($0, ContinuousClock.now - started) }
        let entry = OutputManifest.Entry(
          key: page.key, fingerprint: prepared.fingerprint, size: bytes.count,
          hash: prepared.byteDigest ?? ByteDigest.hex(of: bytes))
        if let previous, onDisk.size == previous.size {
          // The file is the one last written (as the key check above trusts): its recorded
          // hash says whether the bytes differ, without reading tens of megabytes back.
          if previous.hash == entry.hash { return (.unchanged(entry), true, true, time) }
        } else if onDisk.size == bytes.count, onDisk.bytes() == bytes {
          return (.unchanged(entry), true, true, time)
        }
        if onDisk.exists, old[page.path] == nil { return (.foreign, true, true, time) }
        let staged = try Self.stage(bytes, page.path, in: staging, output: output)
        return (.changed(entry, staged), true, true, time)
      }
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(step: .render, path: output.path, message: "\(error)")
    }
    var result = Rendered(
      writes: [], removals: [], manifest: OutputManifest(), builtCount: 0, renderedCount: 0,
      warnings: [])
    var foreign: [ContentProblem] = []
    for (page, (outcome, didBuild, didRender, time)) in zip(pages, outcomes) {
      if didBuild { result.builtCount += 1 }
      if didRender { result.renderedCount += 1 }
      if let time { result.renderTimes.samples.append(time) }
      switch outcome {
      case .unchanged(let entry): result.manifest.files[page.path] = entry
      case .changed(let entry, let staged):
        result.manifest.files[page.path] = entry
        result.writes.append((page.path, staged))
      case .foreign:
        foreign.append(
          ContentProblem(
            path: output.appendingPathComponent(page.path).path,
            message:
              "exists but was not written by briefing; move it away or delete it, then build again")
        )
      }
    }
    guard foreign.isEmpty else { throw BuildError(step: .render, problems: foreign) }
    for (path, entry) in old.sorted(by: { $0.key < $1.key })
    where result.manifest.files[path] == nil {
      let onDisk = FileState(output.appendingPathComponent(path))
      guard onDisk.exists else { continue }
      // Manifests written before ByteDigest recorded ContentHash: either is the file as written.
      if onDisk.size == entry.size, let bytes = onDisk.bytes(),
        ByteDigest.hex(of: bytes) == entry.hash || ContentHash.of(bytes) == entry.hash
      {
        result.removals.append(path)
      } else {
        result.warnings.append(
          ContentProblem(
            path: output.appendingPathComponent(path).path, severity: .warning,
            message:
              "no longer part of the site but changed by hand since it was written; left in place"))
      }
    }
    return result
  }

}
