import BriefingExtraction
import BriefingModels
import Foundation

/// Named mentions on GUM: the training documents for the tagger, and the held-out scores of the
/// raw tagger and of the whole extraction (its party and place mentions, typed as in GUM).
public enum GUMNameEvaluation {
  /// The training part of the split, flat mentions only, as tagger documents.
  public static func trainingDocuments(_ corpus: GUMCorpus, _ split: GUMSplit)
    -> [NameTrainer.Document]
  {
    split.documents(.train, of: corpus).map { doc in
      NameTrainer.Document(
        text: doc.text,
        names: doc.flatMentions.map {
          NameSpan(start: $0.start, end: $0.end, kind: NameKind(rawValue: $0.kind.rawValue)!)
        })
    }
  }

  /// Scores of a predictor over the held-out documents: all of them, and news + interviews.
  public static func score(
    _ corpus: GUMCorpus, _ split: GUMSplit, predict: (GUMDocument) -> [NameSpan]
  ) -> (all: GUMNameScore, news: GUMNameScore) {
    var all = GUMNameScore()
    var news = GUMNameScore()
    for doc in split.documents(.test, of: corpus) {
      let predicted = predict(doc)
      all.add(gold: doc.flatMentions, predicted: predicted, in: doc)
      if doc.isNewsLike { news.add(gold: doc.flatMentions, predicted: predicted, in: doc) }
    }
    return (all, news)
  }

  /// The extraction's names for a GUM document, read as a plain-text article.
  public static func extracted(_ doc: GUMDocument, extractor: Extractor) -> [NameSpan] {
    let meta = ArticleMeta(id: doc.name, path: doc.name + ".txt", title: "", source: "GUM")
    let article = Article(meta: meta, body: doc.text, format: .text)
    return extractor.names(in: article)
  }
}
