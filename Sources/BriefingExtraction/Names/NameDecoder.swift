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
  /// The words the article frames as organisations or uses as products (`NameFrames`), for a
  /// model whose features read them (`NameModel.articleFrames`); nil for others.
  let frames: NameFrames.Article?
  /// The article's organisation short names (`NameOrganizationRuns`), for a model whose
  /// features read organisation runs (`NameModel.organizationRuns`); nil for others.
  let organizationRuns: NameOrganizationRuns.Article?
  /// Each sentence's keys from the first reading (`read`), for `tags(sentence:)`: keys depend
  /// on the tokens, codes, `lowerWords` and `frames` alone, not on the memory, so the second
  /// reading need not work them out again.
  private var readKeys: [[NameFeatures.TokenKeys]] = []

  /// A decoder for an article's tokenised sentences.
  init(model: NameModel, sentences: [[Token]]) {
    self.model = model
    lowerWords = NameFeatures.lowerWords(sentences)
    frames = model.articleFrames ? NameFrames.Article(sentences) : nil
    organizationRuns = model.organizationRuns ? NameOrganizationRuns.Article(sentences) : nil
  }

  /// For a two-pass model, the first reading of the whole article, without memory: it fixes
  /// each word's majority kind for the reading `tags` then does. Nothing for other models.
  mutating func read(_ sentences: [(tokens: [Token], codes: [UInt8])]) {
    guard model.memory == .twoPass else { return }
    readKeys.reserveCapacity(sentences.count)
    for s in sentences {
      let keys = NameFeatures.keys(
        s.tokens, gazetteer: s.codes, lowerWords: lowerWords, frames: frames,
        organizationRuns: organizationRuns)
      readKeys.append(keys)
      memory.remember(keys, decode(keys, useMemory: false))
    }
    memory.fixMajorities(agreeing: model.agreeing)
  }

  /// The tags of one sentence's tokens; `codes` are its `GazetteerCodes`. `sentence` is its
  /// place among the sentences `read` was given (their keys are reused), nil for another.
  mutating func tags(_ tokens: [Token], codes: [UInt8], sentence: Int? = nil) -> [Int] {
    let keys =
      if let sentence, sentence < readKeys.count {
        readKeys[sentence]
      } else {
        NameFeatures.keys(
          tokens, gazetteer: codes, lowerWords: lowerWords, frames: frames,
          organizationRuns: organizationRuns)
      }
    let tags = decode(keys, useMemory: true)
    memory.remember(keys, tags)
    return tags
  }

  private mutating func decode(_ keys: [NameFeatures.TokenKeys], useMemory: Bool) -> [Int] {
    let memory = keys.map { useMemory && $0.capitalized ? self.memory.kind(of: $0.word) : 0 }
    return NameViterbi.decode(keys, memory: memory, scorer: model)
  }
}
