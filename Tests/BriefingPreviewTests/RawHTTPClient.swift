import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A TCP client for tests: sends request bytes exactly as written (no client-side
/// normalisation of `..` or `%2e`), reads the reply. Not a general HTTP client. Its blocking
/// socket calls run on a Dispatch thread, never on the Swift concurrency pool that the server
/// under test needs.
struct RawHTTPClient: Sendable {
  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: String

    func header(_ name: String) -> String? { headers[name.lowercased()] }
  }

  let port: Int

  /// One request with `Connection: close`; the whole reply.
  func request(_ target: String, method: String = "GET") async throws -> Reply {
    let port = port
    return try await Self.blocking {
      let connection = try Connection(port: port)
      defer { connection.close() }
      try connection.send(
        "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
      return try Self.parse(connection.readToEnd())
    }
  }

  /// Runs blocking socket work on a Dispatch thread.
  static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
  }

  static func parse(_ raw: String) throws -> Reply {
    guard let split = raw.range(of: "\r\n\r\n") else {
      throw Failure("no header end in: \(raw.prefix(200))")
    }
    let lines = raw[..<split.lowerBound].components(separatedBy: "\r\n")
    let statusParts = lines[0].split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
      throw Failure("bad status line \(lines[0])")
    }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    return Reply(status: status, headers: headers, body: String(raw[split.upperBound...]))
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// A TCP connection to 127.0.0.1 with a generous receive timeout, so a broken server fails
  /// the test instead of hanging it.
  final class Connection: Sendable {
    let socket: Int32

    init(port: Int) throws {
      #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
      #endif
      guard socket >= 0 else { throw Failure("socket() failed") }
      var timeout = timeval(tv_sec: 30, tv_usec: 0)
      setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = in_port_t(UInt16(port).bigEndian)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
      guard result == 0 else {
        Self.closeSocket(socket)
        throw Failure("cannot connect to port \(port)")
      }
    }

    func send(_ text: String) throws {
      let bytes = Array(text.utf8)
      var sent = 0
      while sent < bytes.count {
        let n = bytes[sent...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
        guard n > 0 else { throw Failure("write failed") }
        sent += n
      }
    }

    /// Reads whatever arrives next (at most 64 KiB); "" at end of stream.
    func readSome() throws -> String {
      var buffer = [UInt8](repeating: 0, count: 65536)
      let n = Glibc.read(socket, &buffer, buffer.count)
      guard n >= 0 else { throw Failure("read failed or timed out") }
      return String(decoding: buffer[..<n], as: UTF8.self)
    }

    func readToEnd() throws -> String {
      var all = ""
      while true {
        let chunk = try readSome()
        if chunk.isEmpty { return all }
        all += chunk
      }
    }

    /// Reads until `text` has arrived (off the concurrency pool); returns everything read.
    func read(until text: String, after already: String = "") async throws -> String {
      try await RawHTTPClient.blocking { try self.readBlocking(until: text, after: already) }
    }

    func readBlocking(until text: String, after already: String) throws -> String {
      var all = already
      while !all.contains(text) {
        let chunk = try readSome()
        if chunk.isEmpty { throw Failure("stream ended before \(text.debugDescription): \(all)") }
        all += chunk
      }
      return all
    }

    func close() { Self.closeSocket(socket) }

    static func closeSocket(_ socket: Int32) {
      #if canImport(Glibc)
        _ = Glibc.close(socket)
      #else
        _ = Darwin.close(socket)
      #endif
    }
  }
}
