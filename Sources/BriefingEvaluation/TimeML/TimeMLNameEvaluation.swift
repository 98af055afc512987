import BriefingExtraction
import Foundation

/// Named mentions on the hand-annotated TimeML news, scored as `GUMNameEvaluation` scores GUM:
/// each article becomes a news `GUMDocument` so the same measures, table and error lists apply.
public enum TimeMLNameEvaluation {
  /// An annotated article as a GUM news document (its mentions are flat already; no chains).
  public static func gumDocument(_ annotated: TimeMLNameDocuments.Annotated) -> GUMDocument {
    let doc = annotated.document
    let bytes = Array(doc.text.utf8)
    let mentions = doc.names.map { name in
      GUMMention(
        start: name.start, end: name.end, kind: GUMMention.Kind(rawValue: name.kind.rawValue)!,
        text: String(decoding: bytes[name.start..<name.end], as: UTF8.self), entity: "")
    }
    return GUMDocument(
      name: annotated.id, genre: "news", gumPartition: "", text: doc.text, mentions: mentions,
      attributions: [])
  }

  /// The score of a predictor over some articles.
  public static func score(
    _ documents: [TimeMLNameDocuments.Annotated], predict: (GUMDocument) -> [NameSpan]
  ) -> GUMNameScore {
    var score = GUMNameScore()
    for annotated in documents {
      let doc = gumDocument(annotated)
      score.add(gold: doc.flatMentions, predicted: predict(doc), in: doc)
    }
    return score
  }
}
