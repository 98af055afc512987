import Crypto
import Foundation

/// AWS Signature Version 4 for request headers, as S3 and every S3-compatible store expect.
///
/// Checked against AWS's published examples (the S3 signing examples and the sigv4 test
/// suite). The path is passed already URI-encoded, exactly as sent (S3 encodes keys once);
/// query parameters are passed decoded and canonicalised here.
public struct SigV4Signer: Sendable {
  /// Every intermediate value, so tests can compare each step with the published ones.
  public struct Signature: Sendable {
    public var canonicalRequest: String
    public var stringToSign: String
    public var signature: String
    public var authorization: String
    /// The headers to send: the ones given plus `x-amz-date`, the session token and `authorization`.
    public var headers: [(name: String, value: String)]
  }

  public var credentials: AWSCredentials
  public var region: String
  public var service: String

  public init(credentials: AWSCredentials, region: String, service: String = "s3") {
    self.credentials = credentials
    self.region = region
    self.service = service
  }

  /// Signs a request.
  /// - Parameters:
  ///   - path: the URI-encoded path as sent, e.g. `/bucket/test%24file.text`.
  ///   - query: decoded query parameters (a parameter without value has value "").
  ///   - headers: headers to sign, including `host` (and `x-amz-content-sha256` for S3).
  ///   - payloadHash: hex SHA-256 of the body.
  public func sign(
    method: String, path: String, query: [(String, String)] = [], headers: [(String, String)],
    payloadHash: String, date: Date
  ) -> Signature {
    let (amzDate, day) = Self.timestamps(date)
    var all = headers.map { (name: $0.0.lowercased(), value: Self.trimmed($0.1)) }
    all.append((name: "x-amz-date", value: amzDate))
    if let token = credentials.sessionToken {
      all.append((name: "x-amz-security-token", value: token))
    }
    all.sort { $0.name < $1.name }
    let signedHeaders = all.map(\.name).joined(separator: ";")
    let canonicalQuery = Self.canonicalQuery(query)
    let canonicalRequest = [
      method, path.isEmpty ? "/" : path, canonicalQuery,
      all.map { "\($0.name):\($0.value)\n" }.joined(), signedHeaders, payloadHash,
    ].joined(separator: "\n")
    let scope = "\(day)/\(region)/\(service)/aws4_request"
    let stringToSign = [
      "AWS4-HMAC-SHA256", amzDate, scope, Self.sha256Hex(Data(canonicalRequest.utf8)),
    ]
    .joined(separator: "\n")
    var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
    for part in [day, region, service, "aws4_request"] {
      key = SymmetricKey(
        data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
    }
    let signature = FileDigest.hex(
      HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
    let authorization =
      "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
      + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
    return Signature(
      canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
      authorization: authorization, headers: all + [(name: "authorization", value: authorization)])
  }

  /// `k=v` pairs, both encoded, sorted by key then value (byte order), joined by `&`.
  static func canonicalQuery(_ query: [(String, String)]) -> String {
    let encoded: [(key: String, value: String)] = query.map {
      (key: uriEncode($0.0), value: uriEncode($0.1))
    }
    let sorted = encoded.sorted { left, right in
      left.key == right.key ? left.value < right.value : left.key < right.key
    }
    return sorted.map { pair in pair.key + "=" + pair.value }.joined(separator: "&")
  }

  /// RFC 3986 encoding of everything but unreserved characters (and `/` when asked), as AWS wants.
  public static func uriEncode(_ text: String, keepingSlashes: Bool = false) -> String {
    var encoded = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."),
        UInt8(ascii: "~"):
        encoded.append(Character(UnicodeScalar(byte)))
      case UInt8(ascii: "/") where keepingSlashes:
        encoded.append("/")
      default:
        encoded += String(format: "%%%02X", byte)
      }
    }
    return encoded
  }

  public static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
    FileDigest.hex(SHA256.hash(data: data))
  }

  /// `20130524T000000Z` and `20130524`, in UTC.
  static func timestamps(_ date: Date) -> (String, String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let day = String(format: "%04d%02d%02d", c.year!, c.month!, c.day!)
    return (day + String(format: "T%02d%02d%02dZ", c.hour!, c.minute!, c.second!), day)
  }

  /// Trims a header value and folds runs of spaces into one.
  static func trimmed(_ value: String) -> String {
    value.trimmingCharacters(in: .whitespaces).split(
      separator: " ", omittingEmptySubsequences: true
    )
    .joined(separator: " ")
  }
}
