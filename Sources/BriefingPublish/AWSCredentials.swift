/// The keys S3 requests are signed with, taken from the usual AWS environment variables.
public struct AWSCredentials: Sendable, Equatable {
  public var accessKeyID: String
  public var secretAccessKey: String
  public var sessionToken: String?

  public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
    self.accessKeyID = accessKeyID
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
  }

  /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, when present, AWS_SESSION_TOKEN.
  public static func fromEnvironment(_ environment: [String: String]) throws(PublishError)
    -> AWSCredentials
  {
    guard let id = environment["AWS_ACCESS_KEY_ID"], !id.isEmpty,
      let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
    else { throw .missingCredentials("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY") }
    let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    return AWSCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token)
  }
}
