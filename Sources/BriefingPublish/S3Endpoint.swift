import Foundation

/// How requests reach a bucket: scheme, host and whether the bucket goes in the path.
///
/// A custom endpoint (`--endpoint http://127.0.0.1:9000`, MinIO, moto, R2…) is addressed
/// path-style, `http://host:port/bucket/key`; AWS itself virtual-hosted style.
public struct S3Endpoint: Sendable, Equatable {
  public var scheme: String
  /// Host with a port when it is not the scheme's default, as sent in `Host`.
  public var host: String
  public var bucket: String
  public var pathStyle: Bool

  public init(bucket: String, region: String, endpoint: String?) throws(PublishError) {
    self.bucket = bucket
    if let endpoint {
      guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
      else {
        throw .invalidTarget(
          endpoint, "--endpoint must be an http(s) URL such as http://127.0.0.1:9000")
      }
      self.scheme = scheme
      let defaultPort = scheme == "https" ? 443 : 80
      self.host = url.port.map { $0 == defaultPort ? host : "\(host):\($0)" } ?? host
      self.pathStyle = true
    } else {
      self.scheme = "https"
      let dnsSafe = bucket.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
      self.host = dnsSafe ? "\(bucket).s3.\(region).amazonaws.com" : "s3.\(region).amazonaws.com"
      self.pathStyle = !dnsSafe
    }
  }

  /// The encoded request path of a key (or of the bucket itself for an empty key).
  public func path(forKey key: String) -> String {
    let encodedKey = SigV4Signer.uriEncode(key, keepingSlashes: true)
    if pathStyle { return "/\(bucket)" + (key.isEmpty ? "" : "/\(encodedKey)") }
    return "/" + encodedKey
  }

  public func url(path: String, query: [(String, String)] = []) -> String {
    var url = "\(scheme)://\(host)\(path)"
    if !query.isEmpty {
      url +=
        "?"
        + query.map { "\(SigV4Signer.uriEncode($0.0))=\(SigV4Signer.uriEncode($0.1))" }
        .joined(separator: "&")
    }
    return url
  }
}
