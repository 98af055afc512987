import Foundation

/// A document cut into the tagger's units: sentences (the project's `SentenceSplitter`), their
/// tokens (the project's `Tokenizer`), each token's UTF-8 byte offsets in the document, and the
/// gazetteer codes of each sentence.
struct NameSentence {
  var tokens: [Token]
  var starts: [Int]
  var ends: [Int]
  var codes: [UInt8]

  static func sentences(of text: String, gazetteer: Gazetteer) -> [NameSentence] {
    // Unicode-scalar offset → UTF-8 byte offset, for the splitter's scalar offsets.
    var byteAt: [Int] = []
    byteAt.reserveCapacity(text.utf8.count + 1)
    var b = 0
    for u in text.unicodeScalars {
      byteAt.append(b)
      b += UTF8.width(u)
    }
    byteAt.append(b)
    return SentenceSplitter.split(text).map { span in
      let tokens = Tokenizer.tokens(of: span.text)
      let base = byteAt[span.start]
      let u = span.text.utf8
      let starts = tokens.map { base + u.distance(from: u.startIndex, to: $0.range.lowerBound) }
      let ends = tokens.map { base + u.distance(from: u.startIndex, to: $0.range.upperBound) }
      let known = tokens.indices.map { gazetteer.index.matches(tokens, at: $0) }
      return NameSentence(
        tokens: tokens, starts: starts, ends: ends,
        codes: GazetteerCodes.codes(tokens, known: known, gazetteer: gazetteer))
    }
  }

  /// BIO tags for the tokens from gold spans: a token inside a span takes its kind, `B-` on the
  /// span's first token.
  func tags(from spans: [NameSpan]) -> [Int] {
    var out = [Int](repeating: NameTag.outside, count: tokens.count)
    for s in spans {
      var first = true
      for i in tokens.indices where starts[i] >= s.start && ends[i] <= s.end {
        out[i] = first ? NameTag.begin(s.kind) : NameTag.inside(s.kind)
        first = false
      }
    }
    return out
  }
}

/// Tags raw text with the name model alone, without the rest of extraction: what
/// `briefing-eval gum` prints as the raw tagger's score.
public struct NameTagger: Sendable {
  let model: NameModel
  let gazetteer: Gazetteer

  public init(model: NameModel, gazetteer: Gazetteer) {
    self.model = model
    self.gazetteer = gazetteer
  }

  /// The names of a document, at UTF-8 byte offsets.
  public func names(in text: String) -> [NameSpan] {
    let sentences = NameSentence.sentences(of: text, gazetteer: gazetteer)
    var decoder = NameDecoder(model: model, sentences: sentences.map(\.tokens))
    decoder.read(sentences.map { ($0.tokens, $0.codes) })
    var out: [NameSpan] = []
    for (index, s) in sentences.enumerated() {
      let tags = decoder.tags(s.tokens, codes: s.codes, sentence: index)
      for span in NameTag.spans(tags) {
        out.append(
          NameSpan(
            start: s.starts[span.range.lowerBound], end: s.ends[span.range.upperBound - 1],
            kind: span.kind))
      }
    }
    return out
  }
}
