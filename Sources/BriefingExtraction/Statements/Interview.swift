import BriefingModels

/// Who "I", "we" and "you" are in an interview. The article introduces its interviewee near the
/// start ("Interview with X", "Wikinews interviews X", "X interviewed by …", "spoke with X",
/// "X tells Wikinews") and is laid out as questions and answers: at least two question
/// paragraphs (ending in "?"). Its questions are the interviewer's, so there "you" is the
/// interviewee, and elsewhere "I" and "we" are.
enum Interview {
  static let words: WordSet = ["interview", "interviews", "interviewed", "interviewing"]
  /// "spoke with X", "talked to X", "caught up with X".
  /// ("talks" and "speaks" are left out: "the talks with Ukraine" is no interview.)
  static let talkWords: WordSet = ["spoke", "talked", "caught", "sat"]
  /// A headline's "X tells Wikinews".
  static let headlineWords: WordSet = ["tells"]
  /// How many sentences from the start may introduce the interviewee.
  static let opening = 8

  /// The person a sentence near the start introduces as the one interviewed, if any: after the
  /// interview word ("interviews X", "interview with X"), or before it when it is passive or a
  /// headline's "X tells …" ("X, wikiHow founder interviewed by Wikinews").
  static func interviewee(_ tokens: [Token], index: Int, actors: [PartyMention]) -> String? {
    guard index < opening else { return nil }
    let people = actors.filter { $0.kind == .person }
    guard !people.isEmpty else { return nil }
    for k in tokens.indices where tokens[k].isWord {
      let w = tokens[k].norm
      let next = k + 1 < tokens.count ? tokens[k + 1].norm : ""
      let interview = words.contains(w)
      let talk = talkWords.contains(w) && ["with", "to", "up", "down"].contains(next)
      let headline = index == 0 && headlineWords.contains(w)
      guard interview || talk || headline else { continue }
      let before = people.last { $0.tokens.upperBound <= k }
      let after = people.first { $0.tokens.lowerBound > k }
      if next == "by" || headline { return (before ?? after)?.id }
      return (after ?? before)?.id
    }
    // A headline that names one person and no interview word ("Andrew Westphal about
    // Stardust"): in a questions-and-answers article, that person answers.
    return index == 0 && people.count == 1 ? people[0].id : nil
  }

  /// Whether each sentence stands in a question, when the article is laid out as questions and
  /// answers (two question paragraphs or more); nil otherwise. Most articles have fewer than
  /// two sentences ending in "?" and are let go at that.
  static func layout(_ text: String, _ spans: [SentenceSpan]) -> [Bool]? {
    var asked = 0
    for span in spans where endsInQuestion(span.text) {
      asked += 1
      if asked == 2 { break }
    }
    guard asked == 2 else { return nil }
    // Laid out as questions and answers counts every paragraph ending in "?"; which sentences
    // are asked leaves out long paragraphs (`longestQuestion`).
    guard isLaidOut(questions(text, spans, longest: .max)) else { return nil }
    return questions(text, spans)
  }

  static func endsInQuestion(_ sentence: String) -> Bool {
    sentence.unicodeScalars.last {
      !$0.properties.isWhitespace && !"\"”’'»)".unicodeScalars.contains($0)
    } == "?"
  }

  /// Whether the article is laid out as questions and answers: two question paragraphs or more.
  static func isLaidOut(_ questions: [Bool]) -> Bool {
    var paragraphs = 0
    for k in questions.indices where questions[k] && (k == 0 || !questions[k - 1]) {
      paragraphs += 1
    }
    return paragraphs >= 2
  }

  /// The most sentences a question paragraph has: a longer paragraph that ends in "?" is an
  /// answer closing on a question of its own ("… is there any reason why it should exist?").
  static let longestQuestion = 4

  /// Whether each sentence stands in a question: a paragraph (sentences up to a line break) of
  /// at most `longestQuestion` sentences whose last sentence ends in "?".
  static func questions(
    _ text: String, _ spans: [SentenceSpan], longest: Int = longestQuestion
  ) -> [Bool] {
    guard !spans.isEmpty else { return [] }
    let scalars = Array(text.unicodeScalars)
    var out = [Bool](repeating: false, count: spans.count)
    var asking = false
    var end = spans.count
    for i in spans.indices.reversed() {
      let breaks =
        i + 1 == spans.count
        || scalars[min(spans[i].end, scalars.count)..<min(spans[i + 1].start, scalars.count)]
          .contains("\n")
      if breaks { end = i + 1 }
      let opens =
        i == 0
        || scalars[min(spans[i - 1].end, scalars.count)..<min(spans[i].start, scalars.count)]
          .contains("\n")
      if breaks { asking = endsInQuestion(spans[i].text) }
      out[i] = asking
      if opens, asking, end - i > longest {
        for k in i..<end { out[k] = false }
      }
    }
    return out
  }
}
