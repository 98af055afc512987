import Foundation
import Testing

@testable import BriefingPublish

/// AWS's published Signature Version 4 examples: the S3 header-signing examples
/// (AmazonS3/latest/API/sig-v4-header-based-auth.html) and cases of the sigv4 test suite.
@Suite("SigV4 signatures match AWS's published examples")
struct SigV4SignerTests {
  /// 2013-05-24T00:00:00Z, the instant of the S3 examples.
  static let s3Day = Date(timeIntervalSince1970: 1_369_353_600)
  /// 2015-08-30T12:36:00Z, the instant of the test suite.
  static let suiteDay = Date(timeIntervalSince1970: 1_440_938_160)
  static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  let s3 = SigV4Signer(
    credentials: AWSCredentials(
      accessKeyID: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    region: "us-east-1", service: "s3")
  let suite = SigV4Signer(
    credentials: AWSCredentials(
      accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    region: "us-east-1", service: "service")

  @Test("S3 example: GET Object with a Range header")
  func s3GetObject() {
    let signed = s3.sign(
      method: "GET", path: "/test.txt",
      headers: [
        ("Host", "examplebucket.s3.amazonaws.com"), ("Range", "bytes=0-9"),
        ("x-amz-content-sha256", Self.emptyHash),
      ], payloadHash: Self.emptyHash, date: Self.s3Day)
    #expect(
      signed.canonicalRequest == """
        GET
        /test.txt

        host:examplebucket.s3.amazonaws.com
        range:bytes=0-9
        x-amz-content-sha256:\(Self.emptyHash)
        x-amz-date:20130524T000000Z

        host;range;x-amz-content-sha256;x-amz-date
        \(Self.emptyHash)
        """)
    #expect(
      signed.stringToSign == """
        AWS4-HMAC-SHA256
        20130524T000000Z
        20130524/us-east-1/s3/aws4_request
        7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972
        """)
    #expect(signed.signature == "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
  }

  @Test("S3 example: PUT Object of a key with $ in it, encoded once")
  func s3PutObject() {
    let body = Array("Welcome to Amazon S3.".utf8)
    let hash = SigV4Signer.sha256Hex(body)
    #expect(hash == "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
    let path = "/" + SigV4Signer.uriEncode("test$file.text", keepingSlashes: true)
    #expect(path == "/test%24file.text")
    let signed = s3.sign(
      method: "PUT", path: path,
      headers: [
        ("Host", "examplebucket.s3.amazonaws.com"), ("Date", "Fri, 24 May 2013 00:00:00 GMT"),
        ("x-amz-storage-class", "REDUCED_REDUNDANCY"), ("x-amz-content-sha256", hash),
      ], payloadHash: hash, date: Self.s3Day)
    #expect(
      signed.stringToSign.hasSuffix(
        "9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d"))
    #expect(signed.signature == "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")
    #expect(
      signed.authorization.contains(
        "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"))
  }

  @Test("S3 example: GET Bucket lifecycle, a query parameter without a value")
  func s3Lifecycle() {
    let signed = s3.sign(
      method: "GET", path: "/", query: [("lifecycle", "")],
      headers: [
        ("Host", "examplebucket.s3.amazonaws.com"), ("x-amz-content-sha256", Self.emptyHash),
      ],
      payloadHash: Self.emptyHash, date: Self.s3Day)
    #expect(
      signed.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)[2]
        == "lifecycle=")
    #expect(signed.signature == "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543")
  }

  @Test("S3 example: list objects with max-keys and prefix, sorted")
  func s3ListObjects() {
    let signed = s3.sign(
      method: "GET", path: "/", query: [("prefix", "J"), ("max-keys", "2")],
      headers: [
        ("Host", "examplebucket.s3.amazonaws.com"), ("x-amz-content-sha256", Self.emptyHash),
      ],
      payloadHash: Self.emptyHash, date: Self.s3Day)
    #expect(signed.signature == "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7")
  }

  @Test("test suite: get-vanilla")
  func getVanilla() {
    let signed = suite.sign(
      method: "GET", path: "/", headers: [("Host", "example.amazonaws.com")],
      payloadHash: Self.emptyHash,
      date: Self.suiteDay)
    #expect(
      signed.authorization
        == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        + "SignedHeaders=host;x-amz-date, "
        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
  }

  @Test("test suite: get-vanilla-query-order-key-case")
  func queryOrder() {
    let signed = suite.sign(
      method: "GET", path: "/", query: [("Param2", "value2"), ("Param1", "value1")],
      headers: [("Host", "example.amazonaws.com")], payloadHash: Self.emptyHash, date: Self.suiteDay
    )
    #expect(signed.signature == "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")
  }

  @Test("a session token is sent and signed")
  func sessionToken() {
    var signer = s3
    signer.credentials.sessionToken = "TOKEN"
    let signed = signer.sign(
      method: "GET", path: "/", headers: [("Host", "h")], payloadHash: Self.emptyHash,
      date: Self.s3Day)
    #expect(signed.headers.contains { $0.name == "x-amz-security-token" && $0.value == "TOKEN" })
    #expect(signed.authorization.contains("SignedHeaders=host;x-amz-date;x-amz-security-token"))
  }

  @Test("keys are encoded as S3 expects: unreserved kept, slashes kept in paths, the rest %XX")
  func encoding() {
    #expect(
      SigV4Signer.uriEncode("briefings/a b/ü~-_.", keepingSlashes: true)
        == "briefings/a%20b/%C3%BC~-_.")
    #expect(SigV4Signer.uriEncode("a/b+c=") == "a%2Fb%2Bc%3D")
  }
}
