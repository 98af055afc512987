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
  private(set) var content: Content

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
    /// `model` as swift-mustache reads it; set by ``prepared()``.
    var context: TemplateContext?
    /// Trusted HTML fragments for the model's `html.*` slot markers.
    var slots: [String]
  }

  /// The template set's digest, folded into the fingerprint by ``prepared()``.
  let digest: String

  /// A document page; its fingerprint is computed by ``prepared()``, which the renderer runs
  /// on all pages at once, in parallel.
  init(path: String, digest: String, document: Document) {
    self.path = path
    self.digest = digest
    mediaType = "text/html; charset=utf-8"
    content = .document(document)
    fingerprint = ""
  }

  /// This page with its model turned into a template tree once (reused by render) and its
  /// fingerprint hashed from that tree: cheaper than encoding the model to JSON.
  func prepared() -> Page {
    guard case .document(var document) = content, document.context == nil else { return self }
    let context = TemplateContext(document.model)
    document.context = context
    var f = Fingerprint()
    f.add(digest)
    f.add(document.template)
    TemplateContext(document.layout).add(to: &f)
    context.add(to: &f)
    for s in document.slots { f.add(s) }
    var page = self
    page.content = .document(document)
    page.fingerprint = f.hex
    return page
  }

  init(path: String, mediaType: String, bytes: [UInt8]) {
    self.path = path
    self.mediaType = mediaType
    content = .bytes(bytes)
    digest = ""
    var f = Fingerprint()
    f.add(bytes)
    fingerprint = f.hex
  }
}
