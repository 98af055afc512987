import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real S3-compatible server for tests: moto's, from PyPI (`pip install "moto[server]"`),
/// started on a free port of 127.0.0.1 and stopped by the test that started it.
final class MotoServer {
  let port: Int
  let process: Process
  /// moto's log, removed when the server is.
  let logPath: String
  var endpoint: String { "http://127.0.0.1:\(port)" }

  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  init() throws {
    port = try Self.freePort()
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
    // moto logs every request; a pipe nobody drains would fill up and stall it, so a file.
    logPath = NSTemporaryDirectory() + "moto-\(port).log"
    _ = FileManager.default.createFile(atPath: logPath, contents: nil)
    let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
    process.standardOutput = log
    process.standardError = log
    try process.run()
    // Wait until it accepts connections (it prints nothing useful to wait on).
    for _ in 0..<600 {
      if Self.accepts(port: port) { return }
      if !process.isRunning {
        let message = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        throw Unavailable(
          description: "moto did not start (run scripts/setup to install moto[server]): \(message)")
      }
      usleep(100_000)
    }
    stop()
    throw Unavailable(description: "moto did not accept connections on port \(port)")
  }

  func stop() {
    // moto's server does not stop on SIGTERM; SIGKILL it (it holds nothing worth saving).
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  deinit {
    stop()
    try? FileManager.default.removeItem(atPath: logPath)
  }

  /// A port the kernel just handed out and released.
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
      }
    }
    guard bound else { throw Unavailable(description: "no free port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  static func accepts(port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}
