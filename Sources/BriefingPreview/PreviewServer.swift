import Hummingbird
import Logging

/// `briefing preview`: build, serve the output folder, rebuild and reload on change.
///
/// The first build runs before the server listens (its failure is shown in the browser, the
/// server still starts); then the server and the watcher run side by side until cancelled.
public struct PreviewServer: Sendable {
  public let configuration: PreviewConfiguration
  public let epochs: BuildEpochs
  public let rebuilder: SiteRebuilder

  public init(
    configuration: PreviewConfiguration, build: @escaping SiteRebuilder.Build,
    log: @escaping @Sendable (String) -> Void = { print($0) }
  ) {
    self.configuration = configuration
    let epochs = BuildEpochs()
    self.epochs = epochs
    self.rebuilder = SiteRebuilder(epochs: epochs, build: build, log: log)
  }

  /// Serves until the task is cancelled; `onListening` gets the bound port.
  public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    let initial = FileTreeSnapshot.take(of: configuration.watchedPaths)
    await rebuilder.rebuild(reason: "start")
    defer { epochs.close() }
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await serve(onListening: onListening) }
      group.addTask {
        await ChangeWatcher(
          paths: configuration.watchedPaths, interval: configuration.pollInterval,
          rebuilder: rebuilder
        ).run(from: initial)
      }
      defer { group.cancelAll() }
      try await group.next()
    }
  }

  /// Only the HTTP server, over whatever is in the output folder (no build, no watching).
  public func serve(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    var logger = Logger(label: "briefing.preview")
    logger.logLevel = .warning
    let app = Application(
      responder: PreviewResponder(root: configuration.outputDirectory, epochs: epochs),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "briefing-preview"),
      onServerRunning: { channel in
        await onListening(channel.localAddress?.port ?? configuration.port)
      },
      logger: logger
    )
    try await app.run()
  }
}
