import Foundation
import Testing

@testable import BriefingEvaluation

/// The GUM reader on the real corpus in ../shared/corpus/gum, and the fixed held-out split.
@Suite struct GUMCorpusTests {
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let gum = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/gum")
  static let splitFile = repoRoot.appendingPathComponent("Evaluation/gum-split.tsv")

  /// The held-out documents: GUM's dev and test partitions. Moving one into training (or
  /// dropping one) must fail here, not silently inflate the scores.
  static let heldOut: Set<String> = [
    "GUM_academic_discrimination", "GUM_academic_exposure", "GUM_academic_librarians",
    "GUM_bio_byron", "GUM_bio_dvorak", "GUM_bio_emperor", "GUM_bio_jespersen",
    "GUM_interview_cyclone", "GUM_interview_gaming", "GUM_interview_hill",
    "GUM_interview_libertarian", "GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa",
    "GUM_news_sensitive", "GUM_voyage_athens", "GUM_voyage_coron", "GUM_voyage_oakland",
    "GUM_voyage_vavau",
  ]

  @Test func readsEveryDocumentWithMentionsAtTheirByteOffsets() throws {
    let corpus = try GUMCorpus.load(directory: Self.gum)
    #expect(corpus.documents.count == 95)
    #expect(corpus.documents.reduce(0) { $0 + $1.mentions.count } == 4213)
    for doc in corpus.documents {
      for m in doc.mentions { #expect(doc.slice(m.start, m.end) == m.text, "\(doc.name)") }
    }
    let art = try #require(corpus.documents.first { $0.name == "GUM_academic_art" })
    #expect(art.genre == "academic" && art.gumPartition == "train")
  }

  @Test func flatMentionsDropTheNestedOnes() throws {
    let corpus = try GUMCorpus.load(directory: Self.gum)
    let art = try #require(corpus.documents.first { $0.name == "GUM_academic_art" })
    let flat = art.flatMentions.map(\.text)
    #expect(flat.contains("University of Portsmouth"))
    #expect(!flat.contains("Portsmouth"))
    #expect(flat.contains("Durham University") && !flat.contains("Durham"))
    let nested = corpus.documents.reduce(0) { $0 + $1.mentions.count - $1.flatMentions.count }
    #expect(nested == 285)
  }

  @Test func readsAttributionsAndTurns() throws {
    let corpus = try GUMCorpus.load(directory: Self.gum)
    let all = corpus.documents.flatMap(\.attributions)
    #expect(all.filter { $0.kind != .turn }.count == 561)
    #expect(all.filter { $0.kind == .turn }.count == 273)
    #expect(all.filter { $0.kind == .turn }.allSatisfy { $0.speakerSpan == nil })
    let named = all.filter { $0.kind != .turn && $0.speakerHasNamedMention }
    #expect(named.count == 356)
    for doc in corpus.documents {
      for a in doc.attributions {
        if let s = a.speakerSpan, let t = a.speakerText {
          #expect(doc.slice(s.lowerBound, s.upperBound) == t)
        }
      }
    }
  }

  @Test func theSplitIsFixedAndHoldsNewsAndInterviewsOut() throws {
    let corpus = try GUMCorpus.load(directory: Self.gum)
    let split = try GUMSplit.load(Self.splitFile)
    #expect(Set(split.documents(.test, of: corpus).map(\.name)) == Self.heldOut)
    let train = split.documents(.train, of: corpus).map(\.name)
    #expect(train.count == 76)
    #expect(train.allSatisfy { !Self.heldOut.contains($0) })
    let heldOutGenres = split.documents(.test, of: corpus).filter(\.isNewsLike).map(\.genre)
    #expect(heldOutGenres.filter { $0 == "news" }.count == 4)
    #expect(heldOutGenres.filter { $0 == "interview" }.count == 4)
  }
}
