/// One kind of place a site is published to: it says what it holds, then carries out a plan.
protocol PublishDestination: Sendable {
  /// What the target holds now (relative path → digest), and which of it a previous publish
  /// put there (nil: all of it belongs to the site).
  func inventory() async throws -> (files: [String: FileDigest], owned: Set<String>?)
  /// Uploads, updates and deletes as planned; returns a commit id where the target has one.
  func apply(_ plan: PublishPlan, from site: LocalSite) async throws -> String?
  /// Releases temporary state (work folders); called whether or not `apply` ran.
  func close() async
}
