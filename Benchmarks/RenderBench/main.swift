import BriefingGenerator
import Foundation

// render-bench CONTENT TEMPLATES OUTPUT: one full build into OUTPUT (emptied first), printing
// the summary and the per-page render times. A plain synchronous program, so valgrind can run
// it (valgrind 3.19 crashes on the parked main thread of the async `briefing` command); see
// Benchmarks/render.py, which counts the instructions of `SiteRenderer.render` with callgrind.
let arguments = CommandLine.arguments
guard arguments.count == 4 else {
  FileHandle.standardError.write(Data("usage: render-bench CONTENT TEMPLATES OUTPUT\n".utf8))
  exit(2)
}
let output = URL(fileURLWithPath: arguments[3])
try? FileManager.default.removeItem(at: output)
let report = try SiteGenerator(
  options: GenerateOptions(
    contentDirectory: URL(fileURLWithPath: arguments[1]),
    templatesDirectory: URL(fileURLWithPath: arguments[2]),
    outputDirectory: output)
).generate()
print(report.summary)
print(report.timingLine)
print(report.renderTimes.line ?? "render per page: no page rendered")
