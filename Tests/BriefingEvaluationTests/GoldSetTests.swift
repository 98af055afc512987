import Foundation
import Testing

@testable import BriefingEvaluation

/// Runs the whole pipeline over the project's gold set and holds the scores to floors set just
/// under what the extractor reaches, so a change that makes extraction worse fails here: the tuned
/// group (`Evaluation/gold`, `briefing-eval gold --errors`), the held-out news
/// (`Evaluation/gold/held-out`, `briefing-eval gold --gold Evaluation/gold/held-out --errors`) and
/// the unseen news (`Evaluation/gold/unseen-2`, `unseen-3` and `unseen-4`, scored with
/// `--gold <folder>`).
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
    // 0.902 in session 9 (0.897 before): unnamed officials placed in a state speak for it.
    // 0.913 in session 13: a later clause with its own subject (", and Chrysler announced") speaks.
    // 0.915 in session 14 (speak4): "He did not give a number, saying only that …" is his
    // statement; 0.922 (ner8): "The RSF" is the Rapid Support Forces its initials abbreviate.
    // 0.929 in session 15 (speak6): "said Ukraine had submitted … and proposed …" is one statement.
    // 0.934 in session 16 (speak7): "Ukraine's allies", "the Hamas-run ministry" are not the
    // party named inside them. 0.942 in session 17 (speak8): "an accusation Moscow rejects",
    // "the ministry said" after the ministry was named.
    #expect(t.statements.f1 >= 0.938, "statements F1 \(t.statements.f1)")
    #expect(t.stance.value >= 0.80, "stance accuracy \(t.stance.value)")
    #expect(t.eventKind.value >= 0.74, "event kind accuracy \(t.eventKind.value)")
    // Issue 15.3: a matched event's parties as sets of ids, 0.747 (P 0.716, R 0.780) at 00d6857;
    // 0.791 (P 0.781, R 0.801) in session 23 (evpart2): the sides only for the story's kinds of
    // happening, the date's own clause, the sides named together.
    #expect(t.eventPartyIDs.f1 >= 0.78, "event parties F1 \(t.eventPartyIDs.f1)")
  }

  /// Held-out news (other domains and outlets, annotated before the extractor ran on them): the
  /// floors sit just under the figures with the name tagger and the new statement finder
  /// (parties F1 0.752 after session 12, the tagger's world lexicon and Viterbi decoding, chosen
  /// without this set; parties F1 0.652, events 0.737, statements 0.650 after session 10, whose agency-name rule
  /// was chosen from this set's error list; 0.613, 0.737, 0.575 after session 8; 0.600, 0.737, 0.568 after
  /// session 7; 0.594 parties in session 6;
  /// before the tagger 0.505, 0.737, 0.556), so they
  /// guard against regressions on text nobody tuned to, not a target.
  @Test("held-out news stays above its floors")
  func heldOutFloors() throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root,
      goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/held-out")
    ).run()
    #expect(report.articles.count >= 10)
    let t = report.total
    #expect(t.parties.f1 >= 0.74, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= 0.70, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= 0.64, "statements F1 \(t.statements.f1)")
    // Event parties as sets: 0.160 (2/20 extracted ids right, 2/5 gold ids found) at 00d6857;
    // 0.250 (2/11, 2/5) in session 23 (evpart2, read once at the end).
    #expect(t.eventPartyIDs.f1 >= 0.24, "event parties F1 \(t.eventPartyIDs.f1)")
  }

  /// A second unseen group (issue 15), because the held-out one was read while choosing a rule:
  /// ten reports from business, sports, courts, an election outside Africa, technology, science,
  /// health and a disaster, annotated and committed before the extractor ran on them. First
  /// measured at 405e1fd: parties F1 0.756, events 0.800, statements 0.588. Do not read its
  /// error list to write rules; the floors guard against regressions, they are no target.
  @Test("unseen-2 news stays above its floors")
  func unseenFloors() throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root,
      goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/unseen-2")
    ).run()
    #expect(report.articles.count >= 10)
    let t = report.total
    #expect(t.parties.f1 >= 0.75, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= 0.78, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= 0.58, "statements F1 \(t.statements.f1)")
    // Event parties as sets: 0.346 (9/32 extracted ids right, 9/20 gold ids found) at 00d6857;
    // 0.500 (10/20, 10/20) in session 23 (evpart2, a development group since).
    #expect(t.eventPartyIDs.f1 >= 0.49, "event parties F1 \(t.eventPartyIDs.f1)")
  }

  /// A third unseen group (issue 15.5), because held-out and unseen-2 are partly spent: twelve
  /// Wikinews (2004-2008) and VOA (2007-2022) reports on health, diplomacy, elections, science,
  /// courts, business, a disaster and sports, annotated and committed (94fd296) before the
  /// extractor ran on them. First measured at c797c4d: parties F1 0.684, events 0.747,
  /// statements 0.545. Scored only, never with `--errors`; the floors guard, they are no target.
  @Test("unseen-3 news stays above its floors")
  func unseen3Floors() throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root,
      goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/unseen-3")
    ).run()
    #expect(report.articles.count >= 12)
    let t = report.total
    #expect(t.parties.f1 >= 0.68, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= 0.74, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= 0.54, "statements F1 \(t.statements.f1)")
    // Event parties as sets: 0.305 (9/36 extracted ids right, 9/23 gold ids found), main's
    // extraction at c797c4d with the scorer of 00d6857.
    #expect(t.eventPartyIDs.f1 >= 0.29, "event parties F1 \(t.eventPartyIDs.f1)")
  }

  /// A fourth unseen group (issue 15.5), because unseen-2 became a development group: twelve
  /// Wikinews (2004) and VOA (2010-2011) reports on courts, diplomacy, politics, elections, a
  /// war's history, conflict and a disaster, annotated and committed (db90e53) before the
  /// extractor ran on them. First measured with main's extraction at 6c3a0ef: parties F1 0.797,
  /// events 0.773, statements 0.551, event parties as sets 0.474. Scored only, never with
  /// `--errors`; the floors guard, they are no target.
  @Test("unseen-4 news stays above its floors")
  func unseen4Floors() throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root,
      goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/unseen-4")
    ).run()
    #expect(report.articles.count >= 12)
    let t = report.total
    #expect(t.parties.f1 >= 0.79, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= 0.77, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= 0.55, "statements F1 \(t.statements.f1)")
    // Event parties as sets: 0.474 (9/21 extracted ids right, 9/17 gold ids found).
    #expect(t.eventPartyIDs.f1 >= 0.47, "event parties F1 \(t.eventPartyIDs.f1)")
  }

  @Test("the tuned group does not take in the held-out or unseen news")
  func groupsStayApart() throws {
    let tuned = try GoldSet.load(directory: Self.root.appendingPathComponent("Evaluation/gold"))
    #expect(!tuned.files.isEmpty)
    #expect(tuned.files.allSatisfy { !$0.article.contains("held-out/") })
    #expect(tuned.files.allSatisfy { !$0.article.contains("unseen-2/") })
    #expect(tuned.files.allSatisfy { !$0.article.contains("unseen-3/") })
    #expect(tuned.files.allSatisfy { !$0.article.contains("unseen-4/") })
  }

  @Test("the name tagger may not train on the unseen groups")
  func unseenGroupsAreNotTrainingData() {
    for group in GoldNameDocuments.unseenGroups {
      let documents = GoldNameDocuments(
        repositoryRoot: Self.root,
        goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/\(group)"))
      #expect(throws: GoldError.self) { try documents.load() }
    }
  }
}
