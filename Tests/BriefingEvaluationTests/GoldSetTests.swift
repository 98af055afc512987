import Foundation
import Testing

@testable import BriefingEvaluation

/// Runs the whole pipeline over each group of the project's gold set (`Evaluation/gold` and its
/// `held-out`, `unseen-2`, `unseen-3` and `unseen-4` folders, `briefing-eval gold [--gold
/// <folder>]`) and holds its scores to floors, one row per group.
@Suite("Gold set floors")
struct GoldSetTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// One group's floors, F1 (accuracy for stance and event kind), set just under what the
  /// extractor reaches with the scorer of session 23 (parties read through
  /// `GoldPartyAlignment`), so a change that makes extraction worse fails here. On the groups
  /// nobody tuned to they guard against regressions; they are no target.
  struct Floors: Sendable, CustomTestStringConvertible {
    var group: String
    var articles: Int
    var parties: Double
    var events: Double
    var statements: Double
    /// A matched event's parties as sets of ids (issue 15.3).
    var eventParties: Double
    /// Held on the tuned group only.
    var stance: Double? = nil
    var eventKind: Double? = nil

    var testDescription: String { group.isEmpty ? "tuned" : group }
  }

  static let groups: [Floors] = [
    // The tuned group (`Evaluation/gold`, `briefing-eval gold --errors`). Statements 0.902 in
    // session 9 (0.897 before): unnamed officials placed in a state speak for it; 0.913 in
    // session 13: a later clause with its own subject (", and Chrysler announced"); 0.915 in
    // session 14 (speak4): "He did not give a number, saying only that …"; 0.922 (ner8): "The
    // RSF" is the Rapid Support Forces its initials abbreviate; 0.929 in session 15 (speak6):
    // "said Ukraine had submitted … and proposed …" is one statement; 0.934 in session 16
    // (speak7): "Ukraine's allies", "the Hamas-run ministry" are not the party inside them; 0.942
    // in session 17 (speak8): "an accusation Moscow rejects", "the ministry said" after the
    // ministry was named; 0.947 with session 23's scorer. Event parties 0.747 at 00d6857, 0.791
    // in session 23 (evpart2: the sides only for the story's kinds of happening, the date's own
    // clause, the sides named together).
    Floors(
      group: "", articles: 11, parties: 0.98, events: 0.84, statements: 0.945,
      eventParties: 0.78, stance: 0.80, eventKind: 0.74),
    // Held-out news (other domains and outlets, annotated before the extractor ran on them).
    // Parties F1 0.752 after session 12 (the tagger's world lexicon and Viterbi decoding);
    // 0.652, events 0.737, statements 0.650 after session 10, whose agency-name rule was chosen
    // from this set's error list; 0.613, 0.737, 0.575 after session 8; before the tagger 0.505,
    // 0.737, 0.556. Session 23's scorer: parties 0.812, statements 0.716; event parties 0.160
    // at 00d6857, 0.320 with the scorer, 0.500 (4/11, 4/5) after evpart2, read once.
    Floors(
      group: "held-out", articles: 10, parties: 0.80, events: 0.70, statements: 0.70,
      eventParties: 0.49),
    // unseen-2: ten reports from business, sports, courts, an election outside Africa,
    // technology, science, health and a disaster, annotated before the extractor ran on them.
    // First measured at 405e1fd: parties 0.756, events 0.800, statements 0.588; a development
    // group since session 23. Session 23's scorer: parties 0.812, statements 0.627; event
    // parties 0.346 at 00d6857, 0.600 (12/20, 12/20) after evpart2.
    Floors(
      group: "unseen-2", articles: 10, parties: 0.80, events: 0.78, statements: 0.62,
      eventParties: 0.59),
    // unseen-3: twelve Wikinews (2004-2008) and VOA (2007-2022) reports, annotated and
    // committed (94fd296) before the extractor ran on them, scored only, never with `--errors`.
    // First measured at c797c4d: parties 0.684, events 0.747, statements 0.545, event parties
    // 0.305; session 23's scorer: parties 0.735; event parties 0.375 (9/25, 9/23) after evpart2.
    Floors(
      group: "unseen-3", articles: 12, parties: 0.73, events: 0.74, statements: 0.54,
      eventParties: 0.37),
    // unseen-4: twelve Wikinews (2004) and VOA (2010-2011) reports on courts, diplomacy,
    // politics, elections, a war's history, conflict and a disaster, annotated and committed
    // (db90e53) before the extractor ran on them, scored only, never with `--errors`. First
    // measured with main's extraction at 6c3a0ef: parties 0.797, events 0.773, statements
    // 0.551, event parties 0.474 (9/21, 9/17); after evpart2 0.387 (6/14, 6/17): fewer ids,
    // three fewer right ones.
    Floors(
      group: "unseen-4", articles: 12, parties: 0.79, events: 0.77, statements: 0.55,
      eventParties: 0.38),
  ]

  @Test("each group's parties, events and statements stay above their floors", arguments: groups)
  func floors(_ floor: Floors) throws {
    let report = try GoldEvaluation(
      repositoryRoot: Self.root,
      goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/\(floor.group)")
    ).run()
    #expect(report.articles.count >= floor.articles)
    let t = report.total
    #expect(t.parties.f1 >= floor.parties, "parties F1 \(t.parties.f1)")
    #expect(t.events.f1 >= floor.events, "events F1 \(t.events.f1)")
    #expect(t.statements.f1 >= floor.statements, "statements F1 \(t.statements.f1)")
    #expect(t.eventPartyIDs.f1 >= floor.eventParties, "event parties F1 \(t.eventPartyIDs.f1)")
    if let stance = floor.stance {
      #expect(t.stance.value >= stance, "stance accuracy \(t.stance.value)")
    }
    if let eventKind = floor.eventKind {
      #expect(t.eventKind.value >= eventKind, "event kind accuracy \(t.eventKind.value)")
    }
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
