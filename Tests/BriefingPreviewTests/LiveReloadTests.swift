import Testing

@testable import BriefingPreview

@Suite("The reload script goes into served HTML only, and error pages are escaped")
struct LiveReloadTests {
  @Test("the script is placed before the last closing body tag, whatever its case")
  func beforeBody() {
    let page = "<html><body><p>x</p></BODY></html>"
    let injected = String(
      decoding: LiveReload.inject(into: Array(page.utf8), token: "k-3"), as: UTF8.self)
    #expect(injected.hasPrefix("<html><body><p>x</p><script data-briefing-preview>"))
    #expect(injected.hasSuffix("</script></BODY></html>"))
    #expect(injected.contains("var t=\"k-3\""))
    #expect(injected.contains("new EventSource(\"/__briefing/events\")"))
  }

  @Test("a fragment without a body tag gets the script at the end")
  func noBody() {
    let injected = String(
      decoding: LiveReload.inject(into: Array("<p>hi</p>".utf8), token: "t"), as: UTF8.self)
    #expect(injected.hasPrefix("<p>hi</p><script"))
    #expect(injected.hasSuffix("</script>"))
  }

  @Test("build messages are HTML-escaped and keep their file:line")
  func errorPageEscapes() {
    let page = BuildErrorPage.html(messages: [
      "content/a.md:3: error: bad <script>alert(1)</script> & \"x\""
    ])
    #expect(
      page.contains(
        "content/a.md:3: error: bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
    #expect(!page.contains("<script>alert"))
  }
}
