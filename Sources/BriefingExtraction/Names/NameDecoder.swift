/// Tags the sentences of one article, each sentence by its best tag sequence (`NameViterbi`;
/// greedy left-to-right decoding until session 12). The article's memory (what a capitalised word was tagged,
/// `NameMemory`) carries from sentence to sentence, so a later "Jobs" leans to the type of
/// "Steve Jobs"; a two-pass model first reads the whole article without it (`read`).
struct NameDecoder {
  let model: NameModel
  /// What the article has tagged each capitalised word so far.
  private(set) var memory = NameMemory()
  /// The words the article writes in lower case (`NameFeatures.lowerWords`).
  let lowerWords: Set<UInt64>
  /// The words the article puts in an organisation's frame (`NameFrames`), for a model that
  /// keeps only framed organisations (`NameModel.framedOrganisations`).
  let framed: Set<UInt64>
  /// The words the article uses as products or works (`NameFrames.productWords`).
  let products: Set<UInt64>
  /// Both, for a model whose features read them.
  let frames: NameFrames.Article?

  init(
    model: NameModel, lowerWords: Set<UInt64>, framed: Set<UInt64> = [], products: Set<UInt64> = []
  ) {
    self.model = model
    self.lowerWords = lowerWords
    self.framed = framed
    self.products = products
    self.frames = nil
  }

  /// A decoder for an article's tokenised sentences.
  init(model: NameModel, sentences: [[Token]]) {
    self.model = model
    lowerWords = NameFeatures.lowerWords(sentences)
    framed = model.framedOrganisations ? NameFrames.words(sentences) : []
    products = model.productFrames ? NameFrames.productWords(sentences) : []
    frames = model.articleFrames ? NameFrames.Article(sentences) : nil
  }

  /// For a two-pass model, the first reading of the whole article, without memory: it fixes
  /// each word's majority kind for the reading `tags` then does. Nothing for other models.
  mutating func read(_ sentences: [(tokens: [Token], codes: [UInt8])]) {
    guard model.memory == .twoPass else { return }
    for s in sentences {
      let keys = NameFeatures.keys(
        s.tokens, gazetteer: s.codes, lowerWords: lowerWords, frames: frames)
      memory.remember(keys, decode(keys, useMemory: false))
    }
    memory.fixMajorities(agreeing: model.agreeing)
  }

  /// The tags of one sentence's tokens; `codes` are its `GazetteerCodes`.
  mutating func tags(_ tokens: [Token], codes: [UInt8]) -> [Int] {
    let keys = NameFeatures.keys(tokens, gazetteer: codes, lowerWords: lowerWords, frames: frames)
    let tags = decode(keys, useMemory: true)
    memory.remember(keys, tags)
    return tags
  }

  private mutating func decode(_ keys: [NameFeatures.TokenKeys], useMemory: Bool) -> [Int] {
    let memory = keys.map { useMemory && $0.capitalized ? self.memory.kind(of: $0.word) : 0 }
    let best = NameViterbi.best(keys, memory: memory, scorer: model)
    guard model.framedOrganisations else { return best.tags }
    return framedOnly(keys, best.tags) { range in
      best.score - NameViterbi.best(keys, memory: memory, scorer: model, outside: range).score
    }
  }

  /// `tags` without the organisations none of whose words the article frames as one and the
  /// gazetteer does not know as one (code 4/5, `GazetteerCodes`): those become outside.
  /// An unframed one stays if the tagger holds it strongly: `margin(range)`, how much better
  /// the best reading is than the best without the span, reaches `model.frameMargin`.
  private func framedOnly(
    _ keys: [NameFeatures.TokenKeys], _ tags: [Int], margin: (Range<Int>) -> Double
  ) -> [Int] {
    var out = tags
    for span in NameTag.spans(tags) where span.kind == .organization {
      let kept = span.range.contains {
        framed.contains(keys[$0].word) || keys[$0].gazetteer == 4 || keys[$0].gazetteer == 5
      }
      let product = !model.productFrames || span.range.contains { products.contains(keys[$0].word) }
      if !kept && product && margin(span.range) < model.frameMargin {
        for i in span.range { out[i] = NameTag.outside }
      }
    }
    return out
  }
}
