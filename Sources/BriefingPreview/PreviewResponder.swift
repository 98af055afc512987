import Foundation
import Hummingbird

/// Answers preview requests: the live-reload event stream, and files from the served folder.
///
/// HTML gets the reload script; while the latest build has failed, every page request gets the
/// build's error page instead (status 500) so the tab shows what to fix. Unknown paths get the
/// site's own `404.html` with status 404. Nothing is cached: the site changes under the tab.
public struct PreviewResponder: HTTPResponder {
  public typealias Context = BasicRequestContext

  let resolver: SitePathResolver
  let epochs: BuildEpochs

  public init(root: String, epochs: BuildEpochs) {
    self.resolver = SitePathResolver(root: root)
    self.epochs = epochs
  }

  public func respond(to request: Request, context: Context) async throws -> Response {
    guard request.method == .get || request.method == .head else {
      var response = plain(.methodNotAllowed, "Only GET and HEAD are served.\n")
      response.headers[.allow] = "GET, HEAD"
      return response
    }
    let response: Response
    if request.uri.path == LiveReload.eventsPath {
      response = events()
    } else {
      response = file(at: request.uri.path)
    }
    return request.method == .head ? response.createHeadResponse() : response
  }

  func file(at rawPath: String) -> Response {
    let epoch = epochs.current
    switch resolver.resolve(rawPath) {
    case .redirect(let location):
      return Response(
        status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
    case .refused:
      return plain(.badRequest, "That path leads outside the site.\n")
    case .notFound:
      if let failure = epoch.failure { return errorPage(failure, epoch: epoch) }
      guard case .file(let notFoundPage) = resolver.resolve("/404.html"),
        let bytes = FileManager.default.contents(atPath: notFoundPage)
      else {
        return plain(.notFound, "Not found.\n")
      }
      return html(.notFound, Array(bytes), epoch: epoch)
    case .file(let path):
      let type = Self.contentType(forPath: path)
      if type.hasPrefix("text/html"), let failure = epoch.failure {
        return errorPage(failure, epoch: epoch)
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        return plain(.notFound, "Not found.\n")
      }
      if type.hasPrefix("text/html") { return html(.ok, Array(data), epoch: epoch) }
      return Response(
        status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
  }

  /// `text/event-stream`: one `build` event per finished build, the current one first.
  func events() -> Response {
    let updates = epochs.updates()
    let instance = epochs.instance
    let body = ResponseBody { writer in
      try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
      for await epoch in updates {
        try await writer.write(
          ByteBuffer(string: "event: build\ndata: \(epoch.token(instance: instance))\n\n"))
      }
      try await writer.finish(nil)
    }
    return Response(
      status: .ok,
      headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
      body: body)
  }

  func html(_ status: HTTPResponse.Status, _ bytes: [UInt8], epoch: BuildEpochs.Epoch) -> Response {
    let page = LiveReload.inject(into: bytes, token: epoch.token(instance: epochs.instance))
    return Response(
      status: status,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
  }

  func errorPage(_ messages: [String], epoch: BuildEpochs.Epoch) -> Response {
    html(.internalServerError, Array(BuildErrorPage.html(messages: messages).utf8), epoch: epoch)
  }

  func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
    Response(
      status: status,
      headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// The `Content-Type` for a file, from Hummingbird's table; text types say UTF-8.
  public static func contentType(forPath path: String) -> String {
    let ext = (path as NSString).pathExtension.lowercased()
    guard let media = MediaType.getMediaType(forExtension: ext) else {
      return "application/octet-stream"
    }
    let textual =
      media.type == .text
      || ["json", "javascript", "xml", "atom+xml", "rss+xml", "manifest+json", "ld+json"].contains(
        media.subType)
    return textual && media.parameter == nil ? "\(media); charset=utf-8" : "\(media)"
  }
}
