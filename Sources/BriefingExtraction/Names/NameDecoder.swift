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
  /// Each sentence's tags from the first reading, for an others-only memory (`NameMemory`).
  private var readTags: [[Int]] = []

  /// A decoder for an article's tokenised sentences.
  init(model: NameModel, sentences: [[Token]]) {
    self.model = model
    memory = NameMemory(
      othersOnly: model.othersOnly, wholeNames: model.wholeNames, evidence: model.memoryEvidence)
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
      let tags = decode(keys, useMemory: false)
      if model.othersOnly { readTags.append(tags) }
      memory.remember(keys, tags)
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
    let own = sentence.flatMap { $0 < readTags.count ? readTags[$0] : nil }
    let tags = decode(keys, useMemory: true, own: own)
    memory.remember(keys, tags)
    return tags
  }

  /// `own`: the sentence's first-reading tags, for an others-only memory.
  private mutating func decode(
    _ keys: [NameFeatures.TokenKeys], useMemory: Bool, own: [Int]? = nil
  ) -> [Int] {
    let memory = keys.indices.map { i in
      useMemory && keys[i].capitalized
        ? self.memory.kind(of: keys[i].word, own: own.map { NameMemory.code($0[i]) }) : 0
    }
    return NameViterbi.decode(keys, memory: memory, scorer: model)
  }
}
