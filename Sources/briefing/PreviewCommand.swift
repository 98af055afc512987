#if canImport(BriefingPreview) && canImport(BriefingPublish)
  import ArgumentParser
  import BriefingGenerator
  import BriefingPreview
  import Foundation

  /// `briefing preview`: Build, serve output/ locally, rebuild and reload on change.
  struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "preview",
      abstract: "Build, serve output/ locally, rebuild and reload on change."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "Address to bind; only 127.0.0.1 unless you say otherwise.")
    var host: String = "127.0.0.1"

    @Flag(help: "Print how long each build step took, after each build's summary.")
    var timings = false

    func run() async throws {
      let configuration = PreviewConfiguration(
        outputDirectory: site.output, watchedPaths: [site.content, site.templates], host: host,
        port: port)
      let server = PreviewServer(
        configuration: configuration, build: Self.build(site, timings: timings),
        log: Self.say)
      try await server.run { port in
        Self.say("serving \(site.output) at http://\(host):\(port)/ (Ctrl-C to stop)")
      }
    }

    /// Prints a line at once, even when stdout is a pipe.
    @Sendable static func say(_ line: String) {
      FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The site build the preview runs on start and on every change. It keeps readings,
    /// briefings and the manifest in memory between builds (`BuildMemory`), so a rebuild
    /// after an edit reads and extracts only what changed.
    static func build(_ site: SiteOptions, timings: Bool = false) -> SiteRebuilder.Build {
      let options = GenerateOptions(
        contentDirectory: URL(fileURLWithPath: site.content),
        templatesDirectory: URL(fileURLWithPath: site.templates),
        outputDirectory: URL(fileURLWithPath: site.output), memory: BuildMemory())
      return {
        let report = try SiteGenerator(options: options).generate()
        return timings ? report.summary + "; " + report.timingLine : report.summary
      }
    }
  }
#endif
