import BriefingModels
import Testing

@testable import BriefingPreview

@Suite("Tabs hear about finished builds only")
struct BuildEpochsTests {
  @Test("a listener gets the current epoch first, then each finished build")
  func listenerSeesEpochs() async {
    let epochs = BuildEpochs(instance: "i")
    epochs.finish(failure: nil)
    var updates = epochs.updates().makeAsyncIterator()
    #expect(await updates.next()?.number == 1)
    epochs.finish(failure: ["content/a.md:2: error: no title"])
    let second = await updates.next()
    #expect(second?.number == 2)
    #expect(second?.failure == ["content/a.md:2: error: no title"])
    #expect(second?.token(instance: epochs.instance) == "i-2")
  }

  @Test("closing ends every stream")
  func closeEnds() async {
    let epochs = BuildEpochs()
    var updates = epochs.updates().makeAsyncIterator()
    _ = await updates.next()
    epochs.close()
    #expect(await updates.next() == nil)
  }

  @Test("a rebuild that throws content problems records each as file:line")
  func failureMessages() async {
    let epochs = BuildEpochs()
    let rebuilder = SiteRebuilder(
      epochs: epochs,
      build: {
        throw Diagnostics([
          Diagnostic(.notADate(found: "soon"), path: "content/a.md", line: 4, column: 2),
          Diagnostic(.frontMatterNotClosed, path: "content/b.md", line: 1),
        ])
      }, log: { _ in })
    let epoch = await rebuilder.rebuild(reason: "test")
    #expect(
      epoch.failure == [
        "content/a.md:4:2: error: date must be YYYY-MM-DD, found 'soon'",
        "content/b.md:1: error: front matter opened with '---' is never closed by a '---' line",
      ])
  }

  @Test("a successful rebuild after a failure clears it")
  func recovery() async {
    let epochs = BuildEpochs()
    epochs.finish(failure: ["broken"])
    let epoch = await SiteRebuilder(epochs: epochs, build: { "ok" }, log: { _ in }).rebuild(
      reason: "fixed")
    #expect(epoch.failure == nil)
    #expect(epoch.number == 2)
  }
}
