import BriefingModels

/// A credit with no reporting verb: a caption's "Image: Nick Moreau", "Photo: NASA", a quotation
/// signed "— Rick Santorum". The credited name speaks the caption or the quotation (GUM marks
/// these as attributions); a name no party stands for keeps its words (`speakerText`).
extension StatementFinder {
  /// Words that open a credit before ":" ("Image: X", "Video: X", "source: X").
  static let creditWords: WordSet = [
    "image", "images", "photo", "photos", "photograph", "picture", "video", "audio", "credit",
    "source",
  ]
  static let dashes: WordSet = ["-", "—", "–", "--"]
  /// Lower-case words a credited name may hold ("Daily et al.", "Sarvis for Governor").
  static let creditJoiners: WordSet = ["et", "al", "for", "of", "de", "van", "von", "and"]

  /// The credit a sentence ends with, and the statement it gives: content is the words before
  /// the credit, or the sentence before (`previous`) when the credit stands alone.
  func credit(
    _ tokens: [Token], _ sentence: String, index: Int, actors: [PartyMention], previous: String?
  ) -> Statement? {
    guard let (cue, name) = creditSpan(tokens) ?? signedWithDetails(tokens) else {
      return signature(tokens, index: index, actors: actors, previous: previous)
    }
    var end = name.upperBound
    while end > name.lowerBound, !tokens[end - 1].isWord { end -= 1 }
    guard end > name.lowerBound else { return nil }
    if end < tokens.count, tokens[end].norm == ".", tokens[end - 1].norm == "al" { end += 1 }
    let words = name.lowerBound..<end
    var who: String = ""
    var speakerText: String? = nil
    var speakerName: String? = nil
    if let m = actors.first(where: { $0.tokens == words }) {
      who = m.id
      speakerName = m.kind == .person ? m.text : nil
    } else {
      speakerText = String(
        sentence[tokens[words.lowerBound].range.lowerBound..<tokens[end - 1].range.upperBound])
    }
    // The caption: the words before the credit, else the sentence before it.
    var a = 0
    var b = cue.lowerBound
    while a < b, !tokens[a].isWord { a += 1 }
    while b > a, !tokens[b - 1].isWord { b -= 1 }
    let text: String
    let at: Int
    if a < b {
      text = String(sentence[tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound])
      at = index
    } else if let previous, index > 0 {
      text = previous
      at = index - 1
    } else {
      return nil
    }
    return Statement(
      party: who, speaker: speakerName, cue: String(tokens[cue.lowerBound].text), stance: .assert,
      text: text, target: nil, sentence: at, speakerText: speakerText)
  }

  /// Where a credit stands: its cue word or dash, and the name after it (to the sentence's end
  /// or a closing bracket): one to six capitalised words, "/" and "&".
  func creditSpan(_ tokens: [Token]) -> (cue: Range<Int>, name: Range<Int>)? {
    guard tokens.count >= 2 else { return nil }
    var last = tokens.count
    while last > 0, [".", ")", "]"].contains(tokens[last - 1].norm) { last -= 1 }
    // The name: back from the end over capitalised words and joiners.
    var start = last
    while start > 0, last - start < 6,
      tokens[start - 1].isWord || ["/", "&", ".", ","].contains(tokens[start - 1].norm)
    {
      start -= 1
    }
    while start < last, !(tokens[start].isWord && tokens[start].isCapitalized) { start += 1 }
    guard start < last else { return nil }
    // A name, not a clause ("- Rebecca and I put it together"): capitalised words, and no comma
    // ("Image: Pacific Standard, provided by the owners" is let go).
    for k in start..<last
    where tokens[k].norm == ","
      || tokens[k].isWord && !tokens[k].isCapitalized
        && !Self.creditJoiners.contains(tokens[k].norm)
    {
      return nil
    }
    for c in max(0, start - 2)..<start {
      let w = tokens[c].norm
      if Self.creditWords.contains(w), c + 2 == start, [":", ";"].contains(tokens[c + 1].norm) {
        return (c..<(c + 1), start..<tokens.count)
      }
      // "… a long game." — Matthew Ingram: a quotation signed with a dash.
      if Self.dashes.contains(w), c + 1 == start, c == 0 || !tokens[c - 1].isWord {
        return (c..<(c + 1), start..<tokens.count)
      }
    }
    return nil
  }

  /// "… because she was suppressive. Valeska Paris": a sentence that is only a person's name,
  /// after a sentence in the first person, signs that sentence (a signature with no dash).
  func signature(_ tokens: [Token], index: Int, actors: [PartyMention], previous: String?)
    -> Statement?
  {
    var last = tokens.count
    while last > 0, !tokens[last - 1].isWord { last -= 1 }
    guard last >= 2, index > 0, let previous,
      let m = actors.first(where: { $0.tokens == 0..<last && $0.kind == .person })
    else { return nil }
    let firstPerson: Set<Substring> = ["I", "my", "My", "me", "we", "We", "our", "Our", "us"]
    guard
      previous.split(whereSeparator: { !$0.isLetter }).contains(where: firstPerson.contains)
    else { return nil }
    return Statement(
      party: m.id, speaker: m.text, cue: m.text, stance: .assert, text: previous, target: nil,
      sentence: index - 1, speakerText: nil)
  }

  /// A quotation or a story signed with a dash and details after a comma: "— The Canadian
  /// Press, August 15, 2008", "— Jane Doe, Chief Economist": the name is the words before the
  /// comma; the details (a date, a role) are capitalised words, numbers and commas.
  func signedWithDetails(_ tokens: [Token]) -> (cue: Range<Int>, name: Range<Int>)? {
    var last = tokens.count
    while last > 0, [".", ")", "]"].contains(tokens[last - 1].norm) { last -= 1 }
    var dash = last - 1
    while dash > 0, last - dash < 14, !Self.dashes.contains(tokens[dash].norm) {
      let t = tokens[dash]
      guard
        t.norm == "," || t.isCapitalized || t.norm.first?.isNumber == true
          || Self.creditJoiners.contains(t.norm) || t.norm == "."
      else { return nil }
      dash -= 1
    }
    guard dash >= 0, Self.dashes.contains(tokens[dash].norm), dash == 0 || !tokens[dash - 1].isWord,
      let comma = tokens[(dash + 1)..<last].firstIndex(where: { $0.norm == "," }),
      comma - dash >= 2, comma - dash <= 6,
      tokens[(dash + 1)..<comma].allSatisfy({ !($0.norm.first?.isNumber ?? false) }),
      tokens[dash + 1].isCapitalized
    else { return nil }
    return (dash..<(dash + 1), (dash + 1)..<comma)
  }
}
