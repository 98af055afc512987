import Foundation

/// What was said, cut out of the sentence around its reporting cue: not the addressee ("told
/// reporters after the session that X" → X), not the "according to" phrase, and both halves of
/// a quotation its attribution splits ("'A,' he said, 'B.'" → "A … B").
enum StatementContent {
  /// Verbs whose object is whom they were said to, not what was said.
  static let tellVerbs: WordSet = [
    "told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "reminded",
    "reminds", "briefed", "notified", "advised", "reassured", "warned", "warns", "promised",
    "promises", "thanked",
  ]
  /// Words that open a phrase of time or manner between a verb and its "that" ("said on
  /// Sunday that", "said in a statement that"), or a passive's agent ("is claimed by X that").
  static let phraseOpeners: WordSet = [
    "on", "in", "at", "after", "before", "during", "late", "early", "yesterday", "today",
    "tonight", "last", "this", "earlier", "later", "again", "also", "publicly", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through", "via", "over",
    "to", "separately", "by", "only",
  ]
  static let quoteMarks: WordSet = ["\"", "“", "”", "'", "‘", "’", "«", "»"]

  /// The content of a cue at `cue`, whose speaker stands at `speaker` (a mention of the
  /// sentence, if the speaker was named in it).
  static func text(
    _ tokens: [Token], _ s: String, cue: Range<Int>, role: ReportingCues.Role,
    speaker: Range<Int>?
  ) -> String {
    func words(_ r: Range<Int>) -> Int { tokens[r].filter(\.isWord).count }
    func cut(_ r: Range<Int>) -> String {
      var a = r.lowerBound
      var b = r.upperBound
      while a < b, !tokens[a].isWord { a += 1 }
      while b > a, !tokens[b - 1].isWord { b -= 1 }
      guard a < b else { return "" }
      return String(s[tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound])
    }

    if role == .accordingTo {
      // "According to X, Y." → Y; "Y, according to X." → Y.
      let before = 0..<cue.lowerBound
      if words(before) >= 3 { return cut(before) }
      var a = speaker?.upperBound ?? cue.upperBound
      if let comma = tokens[a...].firstIndex(where: { $0.norm == "," }), comma - a <= 8 {
        a = comma + 1
      }
      return cut(a..<tokens.count)
    }
    // A quotation before the cue: "'A,' he said" / "'A,' said X" / "'A,' X said, 'B.'"
    let head = min(cue.lowerBound, speaker?.lowerBound ?? cue.lowerBound)
    var k = head
    while k > 0, !tokens[k - 1].isWord, tokens[k - 1].norm != "'s" {
      k -= 1
      if quoteMarks.contains(tokens[k].norm) { break }
    }
    let quoteBefore =
      k < head && quoteMarks.contains(tokens[k].norm) && words(0..<k) >= 2
      && role == .verb
    if quoteBefore {
      var first = 0
      if let open = tokens[..<k].firstIndex(where: { quoteMarks.contains($0.norm) }) {
        first = open + 1
      }
      let part1 = cut(first..<k)
      // The quotation goes on after the attribution: ", he said, 'B.'"
      let tail = max(cue.upperBound, speaker?.upperBound ?? 0)
      if tail < tokens.count, tokens[tail].norm == ",",
        let open = tokens[tail...].firstIndex(where: { quoteMarks.contains($0.norm) }),
        open <= tail + 2
      {
        let part2 = cut((open + 1)..<tokens.count)
        if !part2.isEmpty { return part1 + " … " + part2 }
      }
      return part1
    }
    var a = cue.upperBound
    if let sp = speaker, sp.lowerBound == a { a = sp.upperBound }
    let verb = tokens[cue.upperBound - 1].norm
    let window = tokens[a..<min(tokens.count, a + 12)]
    let that = window.firstIndex { $0.norm == "that" }
    let stop = window.firstIndex {
      quoteMarks.contains($0.norm) || $0.norm == ":" || $0.norm == ";"
    }
    if let that, stop.map({ that < $0 }) ?? true,
      tellVerbs.contains(verb)
        || (a < tokens.count && phraseOpeners.contains(tokens[a].norm) && that - a <= 8)
    {
      a = that + 1
    } else if tellVerbs.contains(verb) {
      // "told the press, …", "told Sky News any process …": past whom it was told.
      var k = a
      if k < tokens.count, ["the", "a", "an"].contains(tokens[k].norm) { k += 1 }
      if k < tokens.count, addressees.contains(tokens[k].norm) {
        k += 1
      } else {
        while k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
      }
      if k > a, k < tokens.count, tokens[k - 1].isWord,
        !["the", "a", "an"].contains(tokens[k - 1].norm), words(k..<tokens.count) >= 3
      {
        a = k
      }
    }
    while a < tokens.count, !tokens[a].isWord || tokens[a].norm == "that" { a += 1 }
    // "said on Sunday the exchange would go ahead": the day it was said is no part of it.
    let day = timePhraseLength(tokens, at: a)
    if day > 0, words((a + day)..<tokens.count) >= 3 {
      a += day
      while a < tokens.count, !tokens[a].isWord || tokens[a].norm == "that" { a += 1 }
    }
    if words(a..<tokens.count) >= 3,
      !closesClause(tokens, head: head, tail: a, verb: verb, words: words)
    {
      return cut(a..<tokens.count)
    }
    // The cue closes the sentence ("…, he said."): what was said comes before it.
    return cut(0..<head).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
  }

  /// "Trucks were waiting at the agreed point, Medinsky said in a statement published on his
  /// Telegram channel.": the attribution closes the sentence and only a phrase of where or how
  /// follows it, so what was said is the clause before. (Not after an adverbial clause: "After
  /// the talks ended, Medinsky said on Sunday the deal was off.")
  static func closesClause(
    _ tokens: [Token], head: Int, tail: Int, verb: String, words: (Range<Int>) -> Int
  ) -> Bool {
    // "The talks have failed, Kuleba told a news conference in Kyiv.": whom it was told, and
    // where, close the sentence.
    let told = tellVerbs.contains(verb) && words(tail..<tokens.count) <= 8
    guard head > 1, tokens[head - 1].norm == ",", words(0..<(head - 1)) >= 4,
      tail < tokens.count, phraseOpeners.contains(tokens[tail].norm) || told,
      !tellVerbs.contains(verb) || told, words(tail..<tokens.count) <= 10,
      !tokens[tail...].contains(where: { $0.norm == "that" || quoteMarks.contains($0.norm) }),
      let first = tokens.firstIndex(where: \.isWord),
      !subordinators.contains(tokens[first].norm)
    else { return false }
    return true
  }

  /// How many tokens at `i` name when something was said: "on Sunday", "yesterday", "last
  /// week", "late on Monday"; 0 when none.
  static func timePhraseLength(_ tokens: [Token], at i: Int) -> Int {
    func norm(_ k: Int) -> String { k < tokens.count ? tokens[k].norm : "" }
    if ["yesterday", "today", "tonight"].contains(norm(i)) { return 1 }
    if ["last", "this"].contains(norm(i)), ["week", "month", "night", "year"].contains(norm(i + 1))
    {
      return 2
    }
    var k = i
    if ["late", "early"].contains(norm(k)) { k += 1 }
    if norm(k) == "on" { k += 1 }
    if TemporalLexicon.fullWeekdays.contains(norm(k)), norm(k + 1) != "'s" { return k + 1 - i }
    return 0
  }

  /// Words that open an adverbial clause, which is no statement's content.
  static let subordinators: WordSet = [
    "after", "when", "while", "as", "before", "although", "though", "if", "since", "because",
    "once", "until", "unless", "whereas", "despite", "following", "in", "on", "at", "during",
  ]

  /// Whom something is told ("told reporters the talks had failed").
  static let addressees: WordSet = [
    "reporters", "journalists", "lawmakers", "parliament", "supporters", "delegates", "him",
    "her", "them", "us", "me", "students", "viewers", "listeners", "press", "media",
    "journalist", "reporter", "interviewers", "audiences", "audience", "crowd",
  ]
}
