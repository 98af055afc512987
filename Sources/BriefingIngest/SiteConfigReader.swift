import BriefingModels
import Foundation

/// Reads `content/site.yml` into a `SiteConfig`; missing keys keep their defaults.
///
/// Keys: `title`, `baseURL` (or `base_url`), `language`, `timeZone` (or `time_zone`),
/// `description`, `publish` (a mapping of target names to `dir:`, `git:` or `s3://` targets).
public struct SiteConfigReader: Sendable {
  public init() {}

  public func read(fileAt url: URL, displayPath: String) throws(Diagnostic) -> SiteConfig {
    let bytes = try ArticleReader.readBytes(
      of: url, path: displayPath, limit: IngestLimits.maxConfigBytes)
    return try parse(ArticleText.decode(bytes, path: displayPath), path: displayPath)
  }

  public func parse(_ yaml: String, path: String) throws(Diagnostic) -> SiteConfig {
    let reader = YAMLReader(path: path)
    var config = SiteConfig()
    guard let root = try reader.parse(yaml), !reader.isNull(root) else { return config }
    for (key, keyNode, value) in try reader.fields(root, what: "site.yml") {
      switch key {
      case "title": config.title = try reader.text(key, value) ?? config.title
      case "description": config.description = try reader.text(key, value)
      case "language", "lang": config.language = try reader.text(key, value) ?? config.language
      case "timeZone", "time_zone", "timezone":
        config.timeZone = try reader.text(key, value) ?? config.timeZone
      case "baseURL", "base_url", "baseUrl", "url":
        guard let base = try reader.text(key, value) else { continue }
        guard SafeURL.isWebAddress(base) else {
          throw Diagnostic(
            .notAWebAddress(field: key, found: base), path: path, line: reader.line(of: value))
        }
        config.baseURL = base.hasSuffix("/") ? base : base + "/"
      case "publish":
        guard !reader.isNull(value) else { continue }
        for (name, _, target) in try reader.fields(value, what: "publish") {
          if let t = try reader.text("publish.\(name)", target) { config.publish[name] = t }
        }
      default:
        throw Diagnostic(
          .unknownSetting(key), path: path, line: reader.line(of: keyNode)
        )
      }
    }
    return config
  }
}
