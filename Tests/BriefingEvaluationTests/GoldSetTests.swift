import Foundation
import Testing

@testable import BriefingEvaluation

/// Runs the whole pipeline over the project's gold set (`Evaluation/gold`) and holds the scores
/// to floors set just under what the extractor reaches, so a change that makes extraction worse
/// fails here. Reproduce the figures with `briefing-eval gold --errors`.
@Suite("Gold set floors")
struct GoldSetTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test("parties, events and statements stay above their floors")
  func floors() throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root, goldDirectory: Self.root.appendingPathComponent("Evaluation/gold")
    ).run()
    #expect(report.articles.count >= 11)
    let t = report.total
    #expect(t.parties.f1 >= 0.97, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= 0.84, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= 0.88, "statements F1 \(t.statements.f1)")
    #expect(t.stance.value >= 0.80, "stance accuracy \(t.stance.value)")
    #expect(t.eventKind.value >= 0.74, "event kind accuracy \(t.eventKind.value)")
  }
}
