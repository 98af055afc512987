import BriefingModels
import Foundation

/// write: `Rendered` → output/, as one transaction (see `OutputWriter`): the staged files and
/// the new manifest go in, files no longer part of the site go out, and nothing at all is
/// touched when nothing changed (not even the manifest's date). `preview` remembers the
/// manifest written, so its next build need not read it back.
struct WriteStep: SiteBuildStep {
  var step: BuildStep { .write }

  func run(_ rendered: Rendered, in build: BuildContext) throws(BuildError) {
    let output = build.options.outputDirectory
    let staging = rendered.staging
    var writes = rendered.writes
    let manifest: [UInt8]
    do throws(BuildError) {
      manifest = try Self.encode(rendered.manifest)
      let manifestFile = FileState(output.appendingPathComponent(OutputManifest.fileName))
      if manifestFile.size != manifest.count
        || (rendered.remembered?.bytes ?? manifestFile.bytes()) != manifest
      {
        let staged = try RenderStep.stage(
          manifest, OutputManifest.fileName, in: staging, output: output)
        writes.append((OutputManifest.fileName, staged))
      }
    } catch {
      staging.discard()
      throw error
    }
    if !writes.isEmpty || !rendered.removals.isEmpty {
      do {
        try OutputWriter(root: output, faults: build.options.faults)
          .apply(WritePlan(writes: writes, removals: rendered.removals), staging: staging)
      } catch let problem as Diagnostic {
        throw BuildError(step: .write, problems: [problem])
      } catch {
        throw BuildError(
          step: .write, .writeFailed(reason: Diagnostic.reason(error)), path: output.path)
      }
    }
    build.options.memory?.remember(rendered.manifest, bytes: manifest, in: output)
  }

  private static func encode(_ manifest: OutputManifest) throws(BuildError) -> [UInt8] {
    do { return try manifest.encoded() } catch {
      throw BuildError(
        step: .write, .writeFailed(reason: Diagnostic.reason(error)), path: OutputManifest.fileName)
    }
  }

  /// Before any step: refuses an output folder that would endanger content or templates, and
  /// restores the previous site if a build was interrupted while writing.
  static func prepare(_ options: GenerateOptions) throws(BuildError) {
    let output = options.outputDirectory
    if let refusal = OutputGuard.problem(
      output: output, content: options.contentDirectory, templates: options.templatesDirectory)
    {
      throw BuildError(step: .write, .outputRefused(refusal), path: output.path)
    }
    do { try OutputWriter(root: output).recover() } catch {
      throw BuildError(
        step: .write, .interruptedBuildNotRecovered(reason: Diagnostic.reason(error)),
        path: output.path)
    }
  }
}
