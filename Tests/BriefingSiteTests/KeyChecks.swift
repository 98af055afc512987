import Testing

/// The check every page-key test makes: a key may change needlessly, but never stay the same
/// when the page's model changed (the page would be left stale).
enum KeyChecks {
  /// Page path → (fingerprint from the model, key from the inputs).
  typealias Prints = [String: (model: String, key: String)]

  /// Checks that every page whose model changed between `before` and `after` has a new key;
  /// returns the pages whose key changed.
  @discardableResult
  static func expectKeysFollowModels(
    _ before: Prints, _ after: Prints,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Set<String> {
    var changed: Set<String> = []
    for (path, a) in before {
      guard let b = after[path] else { continue }
      if a.key != b.key { changed.insert(path) }
      if a.model != b.model {
        #expect(
          a.key != b.key, "\(path): model changed, key did not", sourceLocation: sourceLocation)
      }
    }
    return changed
  }
}
