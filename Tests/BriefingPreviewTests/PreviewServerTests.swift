import Foundation
import Testing

@testable import BriefingPreview

/// Runs a preview server over `site` on a free port for the duration of `body`.
func withPreviewServer(
  _ site: SiteFixture, build: @escaping SiteRebuilder.Build = { "ok" },
  _ body: (Int, PreviewServer) async throws -> Void
) async throws {
  let server = PreviewServer(
    configuration: PreviewConfiguration(outputDirectory: site.root, watchedPaths: [], port: 0),
    build: build, log: { _ in })
  let (ports, continuation) = AsyncStream<Int>.makeStream()
  let task = Task { try await server.serve(onListening: { continuation.yield($0) }) }
  var iterator = ports.makeAsyncIterator()
  guard let port = await iterator.next() else {
    Issue.record("the server never started listening")
    return
  }
  do {
    try await body(port, server)
  } catch {
    task.cancel()
    throw error
  }
  server.epochs.close()
  task.cancel()
  _ = await task.result
}

@Suite("The preview server over HTTP")
final class PreviewServerTests {
  let site: SiteFixture

  init() throws { site = try SiteFixture() }
  deinit { site.remove() }

  @Test("pages, styles, scripts, images and data get their content types")
  func contentTypes() async throws {
    try await withPreviewServer(site) { port, server in
      let http = RawHTTPClient(port: port)
      let cases = [
        ("/", "text/html; charset=utf-8"), ("/assets/site.css", "text/css; charset=utf-8"),
        ("/assets/logo.svg", "image/svg+xml"),
        ("/timeline.json", "application/json; charset=utf-8"),
        ("/notes%20with%20spaces.txt", "text/plain; charset=utf-8"),
      ]
      for (path, type) in cases {
        let reply = try await http.request(path)
        #expect(reply.status == 200, "\(path)")
        #expect(reply.header("content-type") == type, "\(path)")
      }
      let script = try await http.request("/assets/site.js")
      #expect(script.header("content-type")?.hasSuffix("javascript; charset=utf-8") == true)
      let feed = try await http.request("/feed.xml")
      #expect(feed.header("content-type")?.contains("xml") == true)
    }
  }

  @Test("HTML responses carry the reload script; the files in output/ never do")
  func scriptOnlyInResponses() async throws {
    try await withPreviewServer(site) { port, server in
      server.epochs.finish(failure: nil)
      let reply = try await RawHTTPClient(port: port).request("/")
      #expect(reply.body.contains("<h1>Home</h1><script data-briefing-preview>"))
      #expect(
        reply.body.contains("\"\(server.epochs.current.token(instance: server.epochs.instance))\""))
      #expect(reply.header("content-length") == String(reply.body.utf8.count))
      #expect(try !site.read("index.html").contains("briefing-preview"))
      let css = try await RawHTTPClient(port: port).request("/assets/site.css")
      #expect(css.body == "body { color: black }")
    }
  }

  @Test("folders serve their index.html, and /dir redirects to /dir/")
  func folders() async throws {
    try await withPreviewServer(site) { port, _ in
      let http = RawHTTPClient(port: port)
      let redirect = try await http.request("/briefings/talks")
      #expect(redirect.status == 301)
      #expect(redirect.header("location") == "/briefings/talks/")
      let index = try await http.request("/briefings/talks/")
      #expect(index.status == 200)
      #expect(index.body.contains("<h1>Talks</h1>"))
    }
  }

  @Test("unknown paths get the site's own 404.html with status 404")
  func notFound() async throws {
    try await withPreviewServer(site) { port, _ in
      let reply = try await RawHTTPClient(port: port).request("/no/such/page.html")
      #expect(reply.status == 404)
      #expect(reply.body.contains("<h1>Lost?</h1>"))
      #expect(reply.header("content-type") == "text/html; charset=utf-8")
    }
  }

  @Test("HEAD answers like GET without a body")
  func head() async throws {
    try await withPreviewServer(site) { port, _ in
      let reply = try await RawHTTPClient(port: port).request("/assets/site.css", method: "HEAD")
      #expect(reply.status == 200)
      #expect(reply.header("content-length") == "21")
      #expect(reply.body.isEmpty)
    }
  }

  @Test("requests that try to leave output/ never get a byte from outside it")
  func traversal() async throws {
    let attempts = [
      "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/secret.txt",
      "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/assets/..%2f..%2fsecret.txt",
      "/assets%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/leak.txt", "/private-link/secret.txt",
      "/assets/../../private/secret.txt", "/%252e%252e/secret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
    ]
    try await withPreviewServer(site) { port, _ in
      for path in attempts {
        let reply = try await RawHTTPClient(port: port).request(path)
        #expect(!reply.body.contains(SiteFixture.secret), "\(path) leaked the secret")
        #expect([400, 404].contains(reply.status), "\(path) answered \(reply.status)")
      }
    }
  }

  @Test("while the last build has failed, pages show its escaped messages with file:line")
  func errorPage() async throws {
    try await withPreviewServer(site) { port, server in
      server.epochs.finish(failure: ["content/war.md:12: error: unclosed <b> in front matter"])
      let reply = try await RawHTTPClient(port: port).request("/")
      #expect(reply.status == 500)
      #expect(reply.body.contains("content/war.md:12: error: unclosed &lt;b&gt; in front matter"))
      #expect(reply.body.contains("data-briefing-preview"))
      // Assets keep being served from the previous, complete site.
      let style = try await RawHTTPClient(port: port).request("/assets/site.css")
      #expect(style.status == 200)
      server.epochs.finish(failure: nil)
      let recovered = try await RawHTTPClient(port: port).request("/")
      #expect(recovered.status == 200)
    }
  }

  @Test("the event stream announces the current build, then each finished one")
  func serverSentEvents() async throws {
    try await withPreviewServer(site) { port, server in
      let epochs = server.epochs
      epochs.finish(failure: nil)
      let connection = try RawHTTPClient.Connection(port: port)
      defer { connection.close() }
      try connection.send("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
      let first = try await connection.read(until: "data: \(epochs.instance)-1\n\n")
      #expect(
        first.contains("content-type: text/event-stream")
          || first.contains("Content-Type: text/event-stream"))
      #expect(first.contains("event: build\n"))
      epochs.finish(failure: nil)
      let second = try await connection.read(until: "data: \(epochs.instance)-2\n\n", after: first)
      #expect(second.contains("event: build\ndata: \(epochs.instance)-2"))
    }
  }

  @Test("only GET and HEAD are served")
  func otherMethods() async throws {
    try await withPreviewServer(site) { port, _ in
      let reply = try await RawHTTPClient(port: port).request("/index.html", method: "DELETE")
      #expect(reply.status == 405)
      #expect(FileManager.default.fileExists(atPath: site.root + "/index.html"))
    }
  }
}
