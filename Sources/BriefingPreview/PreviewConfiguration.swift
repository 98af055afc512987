/// Where the preview serves from, what it watches, and where it listens.
public struct PreviewConfiguration: Sendable {
  /// The built site (`output/`).
  public var outputDirectory: String
  /// Folders and files whose changes trigger a rebuild: content/, templates/, config.
  public var watchedPaths: [String]
  /// 127.0.0.1 unless the user asks otherwise.
  public var host: String
  /// 0 picks a free port (tests); the one bound is reported by `onListening`.
  public var port: Int
  /// How often the watched paths are polled.
  public var pollInterval: Duration

  public init(
    outputDirectory: String, watchedPaths: [String], host: String = "127.0.0.1", port: Int = 8080,
    pollInterval: Duration = .milliseconds(300)
  ) {
    self.outputDirectory = outputDirectory
    self.watchedPaths = watchedPaths
    self.host = host
    self.port = port
    self.pollInterval = pollInterval
  }
}
