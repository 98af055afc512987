import Foundation

/// The `Content-Type` and `Cache-Control` an uploaded file gets.
///
/// Assets (styles, scripts, images, fonts) are cached long; pages and data (HTML, XML, JSON,
/// text) briefly, so a republished briefing shows up within a minute.
public enum ObjectHeaders {
  public static let assetCacheControl = "public, max-age=604800"
  public static let pageCacheControl = "public, max-age=60"

  static let types: [String: String] = [
    "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8", "json": "application/json",
    "xml": "application/xml", "atom": "application/atom+xml", "rss": "application/rss+xml",
    "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
    "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
    "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
    "pdf": "application/pdf", "webmanifest": "application/manifest+json", "map": "application/json",
  ]

  static let assetExtensions: Set<String> = [
    "css", "js", "mjs", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico",
    "woff", "woff2", "ttf", "otf", "pdf", "map",
  ]

  public static func contentType(forPath path: String) -> String {
    types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
  }

  public static func cacheControl(forPath path: String) -> String {
    assetExtensions.contains((path as NSString).pathExtension.lowercased())
      ? assetCacheControl : pageCacheControl
  }
}
