import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NIOHTTP1

/// The three S3 calls publish needs — list, put, delete — signed with SigV4 over AsyncHTTPClient.
struct S3Client: Sendable {
  let endpoint: S3Endpoint
  let signer: SigV4Signer
  let http: HTTPClient
  let timeout: TimeAmount = .seconds(60)

  /// Every key under `prefix` (ListObjectsV2, following continuation tokens).
  func list(prefix: String) async throws -> [S3ListParser.Object] {
    var objects: [S3ListParser.Object] = []
    var token: String?
    repeat {
      var query = [("list-type", "2"), ("prefix", prefix)]
      if let token { query.append(("continuation-token", token)) }
      let body = try await send("GET", key: "", query: query, body: [], operation: "ListObjectsV2")
      let page = try S3ListParser.parse(Data(body))
      objects += page.objects
      token = page.isTruncated ? page.nextContinuationToken : nil
    } while token != nil
    return objects
  }

  /// Uploads one object with its type and caching; S3 checks the bytes against Content-MD5.
  func put(key: String, body: [UInt8], contentType: String, cacheControl: String) async throws {
    let md5 = Data(Insecure.MD5.hash(data: body)).base64EncodedString()
    _ = try await send(
      "PUT", key: key, body: body,
      headers: [
        ("content-type", contentType), ("cache-control", cacheControl), ("content-md5", md5),
      ],
      operation: "PutObject \(key)")
  }

  /// Deletes keys in batches of 1000 (DeleteObjects); fails if S3 reports any key it could not delete.
  func delete(keys: [String]) async throws {
    for start in stride(from: 0, to: keys.count, by: 1000) {
      let batch = keys[start..<min(start + 1000, keys.count)]
      let objects = batch.map { "<Object><Key>\(Self.xmlEscape($0))</Key></Object>" }.joined()
      let xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Delete><Quiet>true</Quiet>\(objects)</Delete>"
      let body = Array(xml.utf8)
      let md5 = Data(Insecure.MD5.hash(data: body)).base64EncodedString()
      let response = try await send(
        "POST", key: "", query: [("delete", "")], body: body,
        headers: [("content-type", "application/xml"), ("content-md5", md5)],
        operation: "DeleteObjects")
      let text = String(decoding: response, as: UTF8.self)
      if text.contains("<Error>") {
        throw PublishError.s3(operation: "DeleteObjects", status: 200, message: text)
      }
    }
  }

  /// A 2xx answer.
  struct Reply: Sendable {
    var headers: HTTPHeaders
    var body: [UInt8]
  }

  /// Signs and sends one request; returns a 2xx reply, throws otherwise.
  func request(
    _ method: String, key: String, query: [(String, String)] = [], body: [UInt8] = [],
    headers extra: [(String, String)] = [], operation: String
  ) async throws -> Reply {
    let path = endpoint.path(forKey: key)
    let payloadHash = SigV4Signer.sha256Hex(body)
    let signed = signer.sign(
      method: method, path: path, query: query,
      headers: [("host", endpoint.host), ("x-amz-content-sha256", payloadHash)] + extra,
      payloadHash: payloadHash, date: Date())
    var outgoing = HTTPClientRequest(url: endpoint.url(path: path, query: query))
    outgoing.method = HTTPMethod(rawValue: method)
    for header in signed.headers { outgoing.headers.add(name: header.name, value: header.value) }
    if method == "PUT" || method == "POST" { outgoing.body = .bytes(body) }
    let response = try await http.execute(outgoing, timeout: timeout)
    let bytes = try await response.body.collect(upTo: 64 << 20)
    let data = Array(bytes.readableBytesView)
    guard (200..<300).contains(Int(response.status.code)) else {
      throw PublishError.s3(
        operation: operation, status: Int(response.status.code),
        message: Self.errorMessage(String(decoding: data, as: UTF8.self)))
    }
    return Reply(headers: response.headers, body: data)
  }

  private func send(
    _ method: String, key: String, query: [(String, String)] = [], body: [UInt8],
    headers extra: [(String, String)] = [], operation: String
  ) async throws -> [UInt8] {
    try await request(
      method, key: key, query: query, body: body, headers: extra, operation: operation
    ).body
  }

  /// `Code: Message` from an S3 error document, or the raw text.
  static func errorMessage(_ xml: String) -> String {
    func element(_ name: String) -> String? {
      guard let start = xml.range(of: "<\(name)>"), let end = xml.range(of: "</\(name)>"),
        start.upperBound <= end.lowerBound
      else { return nil }
      return String(xml[start.upperBound..<end.lowerBound])
    }
    if let code = element("Code") {
      return [code, element("Message")].compactMap { $0 }.joined(separator: ": ")
    }
    return xml.isEmpty ? "no details" : String(xml.prefix(500))
  }

  static func xmlEscape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
