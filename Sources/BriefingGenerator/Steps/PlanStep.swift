import BriefingModels
import BriefingSite
import Foundation

/// What the plan step gives the render step: the pages and how to render them.
struct Planned {
  var pages: [Page]
  var rendering: BuildStages.Rendering
}

/// plan: the corpus and the site's settings → every page of the site, each with its key.
/// Refuses unsafe paths and two pages on one file.
struct PlanStep: SiteBuildStep {
  var step: BuildStep { .plan }

  func run(_ input: (Assembled, SiteConfig), in build: BuildContext) throws(BuildError)
    -> Planned
  {
    let (assembled, config) = input
    var inputs = assembled.inputs
    inputs.searchCache = build.options.cacheDirectory?.appendingPathComponent(
      SiteRenderer.searchPackName)
    let templates = build.options.templatesDirectory
    let rendering: BuildStages.Rendering
    let pages: [Page]
    do {
      rendering = try build.stages.prepareRendering(templates)
      pages = try rendering.plan(assembled.corpus, config, inputs)
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(
        step: .plan, problems: [SiteGenerator.problem(from: error, fallbackPath: templates.path)])
    }
    var seen: [String: String] = [:]
    var problems: [Diagnostic] = []
    for page in pages {
      if let why = OutputPath.problem(with: page.path) {
        problems.append(Diagnostic(.unsafeOutputPath(reason: why), path: page.path))
      }
      if let other = seen[page.path.lowercased()] {
        problems.append(
          Diagnostic(.samePageFile(other), path: page.path))
      }
      seen[page.path.lowercased()] = page.path
    }
    guard problems.isEmpty else { throw BuildError(step: .plan, problems: problems) }
    return Planned(pages: pages, rendering: rendering)
  }
}
