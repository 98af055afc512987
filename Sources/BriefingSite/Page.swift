import Foundation

/// One output file of the site: where it goes, a fingerprint of what decides its bytes, and
/// what ``SiteRenderer/render(_:)`` needs to produce them.
public struct Page: Sendable {
  /// Relative output path such as `briefings/slug/index.html`; safe alphabet only.
  public var path: String
  /// Stable hash of everything that determines the page's bytes (view model, template set,
  /// trusted fragments), so a generator can skip re-rendering unchanged pages.
  public var fingerprint: String
  /// `text/html; charset=utf-8`, `application/atom+xml`, ...
  public var mediaType: String
  let content: Content

  enum Content: Sendable {
    /// A Markdown page template filled with a view model, rendered by cmark, wrapped in the layout.
    case document(Document)
    /// Bytes already known at plan time (feeds, JSON, assets).
    case bytes([UInt8])
  }

  struct Document: Sendable {
    var template: String
    var layout: LayoutModel
    var model: any Encodable & Sendable
    /// Trusted HTML fragments for the model's `html.*` slot markers.
    var slots: [String]
  }

  init(path: String, digest: String, document: Document) {
    self.path = path
    mediaType = "text/html; charset=utf-8"
    content = .document(document)
    var f = Fingerprint()
    f.add(digest)
    f.add(document.template)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    f.add((try? encoder.encode(document.layout)) ?? Data())
    f.add((try? encoder.encode(document.model)) ?? Data())
    for s in document.slots { f.add(s) }
    fingerprint = f.hex
  }

  init(path: String, mediaType: String, bytes: [UInt8]) {
    self.path = path
    self.mediaType = mediaType
    content = .bytes(bytes)
    var f = Fingerprint()
    f.add(bytes)
    fingerprint = f.hex
  }
}
