import BriefingModels

/// Whether a reporting verb reports anything: a negated verb ("have not said why") and a verb
/// of writing or telling with an object but no words ("wrote about the war", "tells Wikinews
/// about ants") report nothing, and GUM counts no attribution there.
extension StatementFinder {
  /// Objects of "wrote" that make it an act of writing, not a report ("wrote two
  /// collections", "wrote about the Civil War").
  static let writtenObjects: WordSet = [
    "about", "a", "an", "the", "his", "her", "my", "their", "our", "its", "your", "two",
    "three", "several", "many", "some", "poems", "books", "stories",
  ]

  /// Whether a verb of writing or telling reports no words here: "wrote about the Civil War",
  /// "wrote two collections", "tells Wikinews about 'self-medicating' ants", "I tell stories",
  /// "asked questions".
  static func reportsNoWords(at i: Int, end: Int, _ tokens: [Token]) -> Bool {
    guard end < tokens.count else { return false }
    // "That's all it said.", "what he wrote.": the words are not given.
    if i >= 2, ["all", "what", "everything", "whatever"].contains(tokens[i - 2].norm),
      subjectPronouns.contains(tokens[i - 1].norm), [".", "?", "!"].contains(tokens[end].norm)
    {
      return true
    }
    switch tokens[i].norm {
    case "called" where end == i + 1:
      // "a screen print called "Cowboys and Indians"", "a group called Anonymous": a participle
      // after a noun names a thing ("the ministry called Kyiv's claims lies" still labels).
      let noun = tokens[i - 1]
      return noun.isWord && !noun.isCapitalized && !noun.norm.hasSuffix("ly")
        && !auxiliaries.contains(noun.norm) && !subjectPronouns.contains(noun.norm)
        && !descriptionHeads.contains(noun.norm) && !organizationWords.contains(noun.norm)
        && !["and", "but", "or", "who", "which", "that", "also", "then"].contains(noun.norm)
        && (tokens[end].isCapitalized || ["\"", "“", "'"].contains(tokens[end].norm))
    case "expressed":
      // "expressed interest in further donations": a wish, no words.
      return tokens[end].norm == "interest"
    case "conceded", "concedes":
      // "conceded a penalty": a point or a goal given away, no words.
      return ["a", "an"].contains(tokens[end].norm)
    case "wrote", "writes", "write", "writing":
      return writtenObjects.contains(tokens[end].norm)
    case "told", "tells", "tell", "telling":
      if ["stories", "jokes", "lies"].contains(tokens[end].norm) { return true }
      // What is told is named after "about", with no clause or quotation before it.
      for k in end..<min(tokens.count, end + 4) {
        let w = tokens[k].norm
        if w == "about" { return true }
        if w == "that" || !tokens[k].isWord { return false }
      }
      return false
    case "posted", "cited", "quoted", "reported":
      // "a statement posted on its website", "the study cited by the ministry": a document's
      // passive participle, no one speaking.
      return i > 0 && prepositions.contains(tokens[end].norm)
        && (documentHeads.contains(tokens[i - 1].norm) || speechNouns.contains(tokens[i - 1].norm))
    case "expect":
      // "what most people would expect.": expecting nothing named reports nothing.
      return !tokens[end].isWord
    case "asking", "asked", "ask", "asks":
      // "with several people asking questions": asking reports nothing until it asks for a thing.
      return ["questions", "question"].contains(tokens[end].norm)
    default: return false
    }
  }

  /// "You mentioned Larry Lessig's book": an interviewee's verb that is no verb of thinking
  /// still needs its clause ("that", "what", a colon, a quotation).
  static func lacksClause(at i: Int, end: Int, _ tokens: [Token]) -> Bool {
    ReportingCues.clauseOnly.contains(tokens[i].norm)
      && !ReportingCues.personal.contains(tokens[i].norm)
      && !["that", ":", "what", "why", "how", "whether", "if", "who", "where", "when"].contains(
        tokens[end].norm)
      && !StatementContent.quoteMarks.contains(tokens[end].norm)
  }

  /// Pronouns that are a verb's subject.
  static let subjectPronouns: WordSet = ["i", "we", "you", "he", "she", "it", "they"]

  /// Words that negate the verb after them ("have not said", "didn't confirm").
  static let negations: WordSet = [
    "not", "n't", "never", "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't",
    "won't", "wouldn't", "cannot", "can't", "couldn't",
  ]

  /// Whether the verb at `i` is negated: a negation right before it, or before one auxiliary
  /// or adverb ("has not yet said", "did not publicly confirm").
  static func isNegated(at i: Int, _ tokens: [Token]) -> Bool {
    guard i > 0 else { return false }
    if negations.contains(tokens[i - 1].norm) { return true }
    return i > 1 && negations.contains(tokens[i - 2].norm)
      && (auxiliaries.contains(tokens[i - 1].norm) || tokens[i - 1].norm.hasSuffix("ly")
        || ["yet", "be", "been", "have"].contains(tokens[i - 1].norm))
  }
}
