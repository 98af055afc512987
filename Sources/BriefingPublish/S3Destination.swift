import AsyncHTTPClient
import Foundation

/// `s3://BUCKET[/PREFIX]`: keys under a prefix of an S3-compatible bucket.
///
/// Keys under the prefix belong to the site; keys outside it are never listed, so never deleted.
/// Unchanged files are recognised by their ETag (the MD5 of a simple upload).
struct S3Destination: PublishDestination {
  let client: S3Client
  /// Empty, or ends with `/`.
  let keyPrefix: String

  init(
    bucket: String, prefix: String, endpoint: String?, region: String, credentials: AWSCredentials
  ) throws {
    let location = try S3Endpoint(bucket: bucket, region: region, endpoint: endpoint)
    self.client = S3Client(
      endpoint: location, signer: SigV4Signer(credentials: credentials, region: region),
      http: .shared)
    self.keyPrefix = prefix.isEmpty ? "" : prefix + "/"
  }

  func inventory() async throws -> (files: [String: FileDigest], owned: Set<String>?) {
    var files: [String: FileDigest] = [:]
    for object in try await client.list(prefix: keyPrefix) where object.key.hasPrefix(keyPrefix) {
      let path = String(object.key.dropFirst(keyPrefix.count))
      guard !path.isEmpty, !path.hasSuffix("/") else { continue }
      files[path] = FileDigest(size: object.size, md5: S3ListParser.md5(fromETag: object.etag))
    }
    return (files, nil)
  }

  func apply(_ plan: PublishPlan, from site: LocalSite) async throws -> String? {
    try await withThrowingTaskGroup(of: Void.self) { group in
      var running = 0
      for upload in plan.uploads {
        if running == 4 {
          try await group.next()
          running -= 1
        }
        let body = try [UInt8](site.contents(of: upload.path))
        let key = keyPrefix + upload.path
        group.addTask {
          try await client.put(
            key: key, body: body, contentType: ObjectHeaders.contentType(forPath: upload.path),
            cacheControl: ObjectHeaders.cacheControl(forPath: upload.path))
        }
        running += 1
      }
      try await group.waitForAll()
    }
    let keys = plan.deletions.map { keyPrefix + $0 }
    guard keys.allSatisfy({ $0.hasPrefix(keyPrefix) && !$0.isEmpty }) else {
      throw PublishError.unsafePath(keys.first { !$0.hasPrefix(keyPrefix) } ?? "")
    }
    if !keys.isEmpty { try await client.delete(keys: keys) }
    return nil
  }

  func close() async {}
}
