import BriefingModels
import BriefingParallel
import BriefingSite
import BriefingStore
import Foundation

/// What the render step gives the write step: each changed file staged beside output/, the
/// files to remove, and the manifest of the new site.
struct Rendered {
  /// Each changed file and its name in the staging folder.
  var writes: [(path: String, staged: String)]
  var removals: [String]
  var manifest: OutputManifest
  var builtCount: Int
  var renderedCount: Int
  var warnings: [Diagnostic]
  var staging: OutputStaging
  /// How long each document page took to render.
  var renderTimes = RenderTimes()
  /// The manifest `preview` remembered writing last, with its bytes.
  var remembered: BuildMemory.Manifest?
}

/// render: the planned pages → `Rendered`. Each page is checked by key, then by fingerprint,
/// rendered only when both changed, and staged as soon as its bytes differ from the file in
/// output/; a failure discards everything staged.
struct RenderStep: SiteBuildStep {
  var step: BuildStep { .render }

  func run(_ planned: Planned, in build: BuildContext) throws(BuildError) -> Rendered {
    let output = build.options.outputDirectory
    let remembered = build.options.memory?.manifest(in: output)
    let previous: OutputManifest?
    do { previous = try remembered?.manifest ?? OutputManifest.load(from: output) } catch {
      throw BuildError(
        step: .render, .unreadableManifest(reason: Diagnostic.reason(error)),
        path: output.appendingPathComponent(OutputManifest.fileName).path)
    }
    // Changed files are staged as they render; a failure from here on discards them.
    let staging = OutputStaging(root: output, faults: build.options.faults)
    do {
      var rendered = try render(
        planned.pages, with: planned.rendering, previous: previous, staging: staging, in: build)
      rendered.remembered = remembered
      return rendered
    } catch {
      staging.discard()
      throw error
    }
  }

  /// Stages `bytes` for `path`; a failure is the write step's.
  static func stage(
    _ bytes: [UInt8], _ path: String, in staging: OutputStaging, output: URL
  ) throws(BuildError) -> String {
    do { return try staging.stage(bytes, for: path) } catch let problem as Diagnostic {
      throw BuildError(step: .write, problems: [problem])
    } catch {
      throw BuildError(
        step: .write, .writeFailed(reason: Diagnostic.reason(error)), path: output.path)
    }
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

  private func render(
    _ pages: [Page], with rendering: BuildStages.Rendering, previous: OutputManifest?,
    staging: OutputStaging,
    in build: BuildContext
  ) throws(BuildError) -> Rendered {
    let output = build.options.outputDirectory
    // Each page's file by path, not by a URL made for each page (see ``FileState``).
    let outputPath = output.path
    let old = previous?.files ?? [:]
    let progress = build.progress(.render, total: pages.count)
    /// Each page's outcome, whether it was built (prepared) and rendered, and a document's
    /// render time.
    let outcomes:
      [(PageOutcome, built: Bool, rendered: Bool, time: (kind: String, duration: Duration)?)]
    do {
      outcomes = try Parallel.map(
        // The JSON exports hold the whole corpus: the longest pages to build, started first so
        // that they do not run alone at the end of the step while the other cores wait.
        pages, first: pages.indices.filter { pages[$0].mediaType == "application/json" },
        progress: progress
      ) { page in
        let onDisk = FileState(path: FileState.path(of: page.path, in: outputPath))
        let previous = old[page.path]
        // Same inputs as the file on disk: nothing to build.
        if let key = page.key, let entry = previous, entry.key == key, onDisk.size == entry.size {
          return (.unchanged(entry), false, false, nil)
        }
        // Without a previous file there is no fingerprint to compare: a keyed page skips it.
        let prepared = page.prepared(fingerprinted: previous != nil || page.key == nil)
        let fingerprint = prepared.fingerprint ?? ""
        // Other inputs, same page: nothing to render.
        if var entry = previous, entry.fingerprint == fingerprint,
          onDisk.size == entry.size
        {
          entry.key = page.key
          return (.unchanged(entry), true, false, nil)
        }
        let bytes: [UInt8]
        let started = ContinuousClock.now
        do { bytes = try rendering.render(prepared) } catch {
          throw BuildError(
            step: .render,
            problems: [
              SiteGenerator.problem(from: error, fallbackPath: page.path, page: page.path)
            ])
        }
        let time = prepared.template.map { ($0, ContinuousClock.now - started) }
        let entry = OutputManifest.Entry(
          key: page.key, fingerprint: fingerprint, size: bytes.count,
          hash: prepared.byteDigest ?? StableHash.hex(of: bytes))
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
      throw BuildError(
        step: .render, .renderingFailed(reason: Diagnostic.reason(error)), path: output.path)
    }
    var result = Rendered(
      writes: [], removals: [], manifest: OutputManifest(), builtCount: 0, renderedCount: 0,
      warnings: [], staging: staging)
    var foreign: [Diagnostic] = []
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
          Diagnostic(.notWrittenByBriefing, path: output.appendingPathComponent(page.path).path))
      }
    }
    guard foreign.isEmpty else { throw BuildError(step: .render, problems: foreign) }
    for (path, entry) in old.sorted(by: { $0.key < $1.key })
    where result.manifest.files[path] == nil {
      let onDisk = FileState(output.appendingPathComponent(path))
      guard onDisk.exists else { continue }
      if onDisk.size == entry.size, let bytes = onDisk.bytes(),
        StableHash.hex(of: bytes) == entry.hash
      {
        result.removals.append(path)
      } else {
        result.warnings.append(
          Diagnostic(.changedByHand, path: output.appendingPathComponent(path).path))
      }
    }
    return result
  }
}
