import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation

/// The gold set's articles as training documents for the name tagger: each party's listed
/// forms and each event's places, found in the article's text (`NameAnnotator`), typed by rule
/// (`Gazetteer.nameKind(ofParty:forms:)`); sentences with a capitalised word nobody listed
/// are marked unsure and not learned from. Only the tuned group may be used this way; the
/// held-out, unseen-2, unseen-3 and unseen-4 groups stay unseen.
public struct GoldNameDocuments: Sendable {
  /// One article, annotated.
  public struct Annotated: Sendable {
    public var article: String
    public var document: NameTrainer.Document
  }

  /// Folders of gold groups kept for scoring only (`Evaluation/gold/<group>`).
  public static let unseenGroups = ["held-out", "unseen-2", "unseen-3", "unseen-4"]

  public var repositoryRoot: URL
  public var goldDirectory: URL

  public init(repositoryRoot: URL, goldDirectory: URL) {
    self.repositoryRoot = repositoryRoot
    self.goldDirectory = goldDirectory
  }

  /// Every gold file's article with its names, in gold file order. The unseen groups are
  /// refused: training on them would spoil the measures nobody tuned to.
  public func load() throws -> [Annotated] {
    let components = goldDirectory.standardizedFileURL.pathComponents
    if let group = Self.unseenGroups.first(where: components.contains) {
      throw GoldError.notAGoldFile(
        path: goldDirectory.path, reason: "the \(group) group must stay unseen by training")
    }
    let set = try GoldSet.load(directory: goldDirectory)
    let gazetteer = try GoldInputs.gazetteer(repositoryRoot: repositoryRoot)
    let annotator = NameAnnotator(gazetteer: gazetteer)
    return try set.files.map { gold in
      let article = try GoldInputs.article(of: gold, repositoryRoot: repositoryRoot)
      let text = NameAnnotator.plainText(of: article)
      let names = Self.names(of: gold, gazetteer: gazetteer)
      let found = annotator.annotate(text, names: names)
      return Annotated(
        article: gold.article,
        document: NameTrainer.Document(text: text, names: found.names, unsure: found.unsure))
    }
  }

  /// The forms to look for: the parties' names first (typed by party), then the events' places
  /// not already listed as a party's name.
  static func names(of gold: GoldFile, gazetteer: Gazetteer) -> [NameAnnotator.Name] {
    var out: [NameAnnotator.Name] = []
    var seen: Set<String> = []
    for party in gold.parties {
      let forms = party.names ?? []
      let kind = gazetteer.nameKind(ofParty: party.id, forms: forms)
      for form in forms where gazetteer.isName(form) && seen.insert(form).inserted {
        out.append(NameAnnotator.Name(text: form, kind: kind))
      }
    }
    for event in gold.events {
      for place in event.places ?? [] where gazetteer.isName(place) && seen.insert(place).inserted {
        out.append(NameAnnotator.Name(text: place, kind: .place))
      }
    }
    return out
  }
}
