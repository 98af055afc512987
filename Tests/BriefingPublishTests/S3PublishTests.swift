import AsyncHTTPClient
import Foundation
import Testing

@testable import BriefingPublish

@Suite("s3:// publishes to a real S3-compatible server (moto) on 127.0.0.1", .serialized)
struct S3PublishTests {
  static let environment = [
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "eu-west-1",
  ]

  /// A client straight to the bucket, for what publish itself never does (create it, read headers).
  func client(_ moto: MotoServer, bucket: String) throws -> S3Client {
    try S3Client(
      endpoint: S3Endpoint(bucket: bucket, region: "eu-west-1", endpoint: moto.endpoint),
      signer: SigV4Signer(
        credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
        region: "eu-west-1"),
      http: .shared)
  }

  func createBucket(_ client: S3Client) async throws {
    let configuration = Array(
      "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>"
        .utf8)
    _ = try await client.request("PUT", key: "", body: configuration, operation: "CreateBucket")
  }

  @Test("upload with types and caching, skip by ETag, delete only stale keys under the prefix")
  func publishCycle() async throws {
    let moto = try MotoServer()
    defer { moto.stop() }
    let fixture = try PublishFixture()
    let bucket = try client(moto, bucket: "briefing-site")
    try await createBucket(bucket)
    // Someone else's object outside the prefix, and one beside it that only shares its start.
    try await bucket.put(
      key: "keep/outside.html", body: Array("not ours".utf8), contentType: "text/html",
      cacheControl: "no-cache")
    try await bucket.put(
      key: "site2/index.html", body: Array("neighbour".utf8), contentType: "text/html",
      cacheControl: "no-cache")
    let settings = Publisher.Settings(endpoint: moto.endpoint, environment: Self.environment)

    let (first, log) = try await fixture.publish("s3://briefing-site/site", settings: settings)
    #expect(first.uploaded == 6)
    #expect(
      log.first?.hasPrefix(
        "plan for s3://briefing-site/site: 6 new, 0 changed, 0 unchanged, 0 to delete") == true)

    let page = try await bucket.request(
      "HEAD", key: "site/briefings/talks/index.html", operation: "HeadObject")
    #expect(page.headers.first(name: "content-type") == "text/html; charset=utf-8")
    #expect(page.headers.first(name: "cache-control") == ObjectHeaders.pageCacheControl)
    let style = try await bucket.request(
      "HEAD", key: "site/assets/site.css", operation: "HeadObject")
    #expect(style.headers.first(name: "content-type") == "text/css; charset=utf-8")
    #expect(style.headers.first(name: "cache-control") == ObjectHeaders.assetCacheControl)
    let logo = try await bucket.request(
      "HEAD", key: "site/assets/logo.svg", operation: "HeadObject")
    #expect(logo.headers.first(name: "content-type") == "image/svg+xml")
    let got = try await bucket.request("GET", key: "site/index.html", operation: "GetObject")
    #expect(
      String(decoding: got.body, as: UTF8.self) == "<!doctype html><title>Home</title><h1>Home</h1>"
    )

    let (again, _) = try await fixture.publish("s3://briefing-site/site", settings: settings)
    #expect(again.uploaded == 0)
    #expect(again.plan.unchanged.count == 6)

    try fixture.writeSite([
      "index.html": "<!doctype html><title>Home</title><h1>Home, updated</h1>",
      "assets/site.css": "body { color: black }",
    ])
    let (third, _) = try await fixture.publish("s3://briefing-site/site", settings: settings)
    #expect(third.plan.changedFiles.map(\.path) == ["index.html"])
    #expect(
      third.plan.deletions.sorted() == [
        "assets/logo.svg", "briefings/talks/index.html", "feed.xml", "timeline.json",
      ])

    let keys = try await bucket.list(prefix: "").map(\.key).sorted()
    #expect(
      keys == ["keep/outside.html", "site/assets/site.css", "site/index.html", "site2/index.html"])
  }

  @Test(
    "a dry run lists the plan and uploads nothing; more keys than the listing page size are all seen"
  )
  func dryRunAndPagination() async throws {
    let moto = try MotoServer()
    defer { moto.stop() }
    let fixture = try PublishFixture()
    let bucket = try client(moto, bucket: "many")
    try await createBucket(bucket)
    var site: [String: String] = [:]
    for index in 0..<1001 { site["p/\(index).html"] = "page \(index)" }
    try fixture.writeSite(site)
    let settings = Publisher.Settings(endpoint: moto.endpoint, environment: Self.environment)

    let (dry, log) = try await fixture.publish("s3://many", dryRun: true, settings: settings)
    #expect(dry.plan.uploads.count == 1001)
    #expect(log.contains("upload p/7.html (new, 6 B)"))
    #expect(try await bucket.list(prefix: "").isEmpty)

    _ = try await fixture.publish("s3://many", settings: settings)
    let (again, _) = try await fixture.publish("s3://many", settings: settings)
    #expect(again.plan.unchanged.count == 1001)
    #expect(again.uploaded == 0)
  }

  @Test("without credentials nothing is attempted")
  func missingCredentials() async throws {
    let fixture = try PublishFixture()
    await #expect(
      throws: PublishError.missingCredentials("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
    ) {
      _ = try await fixture.publish(
        "s3://bucket", settings: .init(endpoint: "http://127.0.0.1:9", environment: [:]))
    }
  }
}
