import BriefingModels

/// A speaker no party stands for, named by a description: "the researchers found", "local
/// officials said", "the report says", "…," said one witness, "according to the event website".
/// The statement keeps the words (`Statement.speakerText`) and no party is made of them.
extension StatementFinder {
  /// Nouns for people or documents that speak without a name.
  static let descriptionHeads: WordSet = [
    "official", "officials", "researcher", "researchers", "scientist", "scientists", "expert",
    "experts", "analyst", "analysts", "critic", "critics", "source", "sources", "witness",
    "witnesses", "resident", "residents", "police", "authorities", "spokesman", "spokeswoman",
    "spokesperson", "officer", "officers", "investigators", "doctors", "economists", "observers",
    "voters", "fans", "organisers", "organizers", "prosecutors", "lawyers", "judge", "judges",
    "court", "students", "teacher", "teachers", "workers", "parents", "leaders", "activists",
    "campaigners", "protesters", "people", "users", "customers", "authors", "poster", "posters",
    "individuals", "folks", "reporters", "journalists", "media", "historians", "scholars",
    "engineers",
    "employees", "staff", "survivors", "families", "father", "mother", "neighbours", "neighbors",
    "owner", "owners", "insiders", "diplomats", "aides", "advocates", "opponents", "supporters",
    "report", "reports", "study", "studies", "survey", "poll", "polls", "analysis", "research",
    "results", "findings", "figures", "data", "estimates", "letter", "paper", "article",
    "website", "posting", "message", "document", "documents", "review", "records", "memo",
    "e-mail", "email", "blog", "statement", "someone", "somebody", "mail", "emails", "post",
    "posts", "postings", "messages", "site",
    // More people who speak as a group in any news: readers, trade, science, politics.
    "volunteers", "readers", "viewers", "editors", "contributors", "visitors",
    "players", "coaches", "farmers", "consumers", "shoppers", "investors", "traders", "bankers",
    "citizens", "patients", "nurses", "physicians", "academics", "professors", "commentators",
    "bloggers", "writers", "artists", "locals", "villagers", "migrants", "refugees", "soldiers",
    "rebels", "negotiators", "lawmakers", "legislators", "senators", "ministers", "mediators",
    "inspectors", "firefighters", "rescuers", "passengers", "drivers", "pilots", "economist",
    "doctor", "professor", "lawyer", "scholar", "historian", "volunteer", "reader", "person",
    // One person by the office they hold, when no one named holds it (`roleHeads`).
    "president", "minister", "premier", "chancellor", "mayor", "governor", "manager", "coach",
    "chairman", "chairwoman", "director", "secretary", "ambassador", "senator", "commander",
    "chief", "captain", "executive", "founder", "prosecutor", "sheriff", "king", "queen",
  ]
  /// Documents and figures among `descriptionHeads`: the subjects of `evidenceVerbs`.
  static let documentHeads: WordSet = [
    "report", "reports", "study", "studies", "survey", "poll", "polls", "analysis", "research",
    "results", "findings", "figures", "data", "estimates", "letter", "paper", "article",
    "website", "posting", "message", "document", "documents", "review", "records", "memo",
    "e-mail", "email", "blog", "statement", "mail", "emails", "post", "posts", "postings",
    "messages", "site",
  ]

  /// The document that is the subject of an evidence verb at `i` ("the results show",
  /// "Results of the trials, published in …, show").
  func document(before i: Int, _ tokens: [Token], _ sentence: String) -> PartyMention? {
    guard let d = description(before: i, tokens, sentence),
      d.tokens.contains(where: { Self.documentHeads.contains(tokens[$0].norm) })
    else { return nil }
    return d
  }

  /// Words that open a description ("some residents", "one official", "the report").
  static let descriptionOpeners: WordSet = [
    "the", "a", "an", "some", "many", "most", "several", "one", "two", "three", "other", "few",
    "all", "both", "these", "those", "this", "its", "their", "his", "her", "our", "recent",
  ]
  /// Words a description does not run over.
  static let descriptionStops: WordSet = [
    "and", "or", "but", "that", "which", "who", "i", "we", "you", "he", "she", "it", "they",
    "is", "are", "was", "were", "be", "not", "as", "if", "when", "while", "because",
  ]

  /// "Officials in Ankara note", "diplomatic sources in Ankara said", "In Kyiv, officials
  /// welcomed": people no name gives, placed in a state's city or state, speak for that state
  /// (the rule of the gold set's statements, Evaluation/gold/README.md).
  func locatedDescription(before i: Int, _ tokens: [Token], _ actors: [PartyMention])
    -> PartyMention?
  {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    guard k >= 0 else { return nil }
    let placed = actors.filter { $0.kind == .state && $0.tokens.lowerBound >= 1 }
    // "officials in Ankara said"
    if let m = placed.first(where: { $0.tokens.upperBound == k + 1 }), m.tokens.lowerBound >= 2,
      ["in", "from"].contains(tokens[m.tokens.lowerBound - 1].norm),
      Self.peopleHeads.contains(tokens[m.tokens.lowerBound - 2].norm)
    {
      return m
    }
    // "In Kyiv, officials welcomed"
    guard Self.peopleHeads.contains(tokens[k].norm) else { return nil }
    var a = k
    while a > 0, k - a < 3, tokens[a - 1].isWord,
      !Self.descriptionStops.contains(tokens[a - 1].norm)
    {
      a -= 1
    }
    guard a >= 3, tokens[a - 1].norm == ",",
      let m = placed.first(where: { $0.tokens.upperBound == a - 1 }),
      m.tokens.lowerBound == 1, tokens[0].norm == "in"
    else { return nil }
    return m
  }

  /// Verbs of opinion that report a clause with no "that" when a description is their subject
  /// ("a teacher thought it resembled a bomb").
  static let opinionVerbs: WordSet = [
    "think", "thinks", "thought", "believe", "believed", "feel", "feels", "felt", "hope", "hopes",
  ]
  /// Heads of descriptions whose "found" reports a finding ("The scientists found reduction of
  /// crop yields …"), where "police found the bodies" reports an act.
  static let findingHeads: WordSet = [
    "researchers", "scientists", "study", "studies", "report", "survey", "analysis", "research",
    "experts", "investigators", "results", "findings", "data", "poll", "review",
  ]

  /// Heads of descriptions whose "ruled" reports a ruling with no "that".
  static let rulingHeads: WordSet = ["court", "judge", "judges", "tribunal", "panel"]

  /// Whether a verb that needs a "that" (`ReportingCues.clauseOnly`) reports a clause without
  /// one: an opinion verb or a finding's "found" with a description as its subject, followed by
  /// no determiner (no object: "found the bodies"), or a court's "ruled" ("A court rules the tax
  /// is unconstitutional").
  func clauseWithoutThat(at i: Int, _ tokens: [Token], _ sentence: String) -> Bool {
    let verb = tokens[i].norm
    let opinion = Self.opinionVerbs.contains(verb)
    let ruling = ["ruled", "rules"].contains(verb)
    guard opinion || ruling || ["found", "finds", "concluded", "concludes"].contains(verb),
      i + 1 < tokens.count, tokens[i + 1].isWord,
      !ReportingCues.personalObjects.contains(tokens[i + 1].norm),
      ruling || !Self.determiners.contains(tokens[i + 1].norm),
      let d = description(before: i, tokens, sentence)
    else { return false }
    // "A court rules worship of the old gods is legal": a court's ruling, not "ruled in favour".
    if ruling {
      return Self.rulingHeads.contains(tokens[d.tokens.upperBound - 1].norm)
        && !Self.prepositions.contains(tokens[i + 1].norm)
        && !Self.passive.contains(tokens[i + 1].norm)
        && !["has", "had", "have"].contains(tokens[i + 1].norm)
    }
    return opinion || Self.findingHeads.contains(tokens[d.tokens.upperBound - 1].norm)
  }

  /// `descriptionHeads` that are people, not documents.
  static let peopleHeads = WordSet(descriptionHeads.filter { !documentHeads.contains($0) })

  /// The description that is the subject of the cue at `i` ("the scientists found").
  func description(before i: Int, _ tokens: [Token], _ sentence: String) -> PartyMention? {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    guard k >= 0, tokens[k].isWord, Self.descriptionHeads.contains(tokens[k].norm) else {
      return modifiedSubject(before: i, tokens, sentence)
    }
    var a = k
    while a > 0, k - a < 4 {
      let t = tokens[a - 1]
      if Self.descriptionOpeners.contains(t.norm) {
        a -= 1
        break
      }
      // "The e-mail", "a pro-government blogger": a hyphen joins two words of one noun.
      if t.norm == "-", a >= 2, tokens[a - 2].isWord,
        tokens[a - 2].range.upperBound == t.range.lowerBound
      {
        a -= 2
        continue
      }
      guard t.isWord, !Self.prepositions.contains(t.norm), !Self.descriptionStops.contains(t.norm),
        ReportingCues.cue(at: a - 1, tokens) == nil
      else { break }
      a -= 1
    }
    while a < k, PartyRecognizer.openers.contains(tokens[a].norm),
      !Self.descriptionOpeners.contains(tokens[a].norm)
    {
      a += 1
    }
    // "A memo seen by reporters says": the agent of a participle is no subject.
    if a > 0, tokens[a - 1].norm == "by", let subject = modifiedSubject(before: i, tokens, sentence)
    {
      return subject
    }
    return mention(a..<(k + 1), tokens, sentence)
  }

  /// Words that open a modifier between a subject and its verb ("Voters who meet me …",
  /// "Figures to be published today …", "Analysts in Johannesburg …"). Not "of": "the review
  /// of security guarantees" is a noun phrase, its last word no verb.
  static let modifierOpeners: WordSet = [
    "who", "which", "to", "in", "at", "from", "with", "on", "published", "released", "quoted",
    "cited",
    "interviewed", "surveyed", "polled",
    // A document's participle: "A leaked letter seen by the BBC says", "a memo sent to staff
    // reads", "a report commissioned by the ministry found".
    "seen", "obtained", "leaked", "sent", "issued", "signed", "written", "commissioned",
    "conducted", "prepared", "submitted", "filed", "led", "funded", "carried",
    // Unnamed sources in any news: "people familiar with the matter", "sources close to the
    // talks", "officials speaking on condition of anonymity", "a person briefed on the plan".
    "familiar", "close", "speaking", "briefed", "involved", "knowledgeable",
  ]

  /// A description that opens the sentence and reaches its verb at `i` through a modifier:
  /// "Voters who meet me and hear me speak say …", "Figures to be published today show …"; a
  /// modifier with "that" has a verb of its own ("Analysts in Helsinki cautioned that …").
  /// The head's words speak ("Voters", "Figures").
  func modifiedSubject(before i: Int, _ tokens: [Token], _ sentence: String) -> PartyMention? {
    if let m = modifiedSubject(before: i, from: 0, tokens, sentence) { return m }
    // "PC World's recent analysis of its traffic concluded": past a possessive that opens it.
    if let p = tokens[..<min(i, 5)].firstIndex(where: { $0.norm == "'s" }),
      let m = modifiedSubject(before: i, from: p + 1, tokens, sentence)
    {
      return m
    }
    // "The firm is weighing a sale, two people familiar with the matter said.": the same after
    // the sentence's last comma, when the verb ends the sentence and people speak ("…, data
    // from Myanmar indicated" stays the party's).
    guard i + 1 == tokens.count || [".", "!"].contains(tokens[i + 1].norm),
      let comma = tokens[..<i].lastIndex(where: { $0.norm == "," }), comma > 0,
      let m = modifiedSubject(before: i, from: comma + 1, tokens, sentence),
      Self.peopleHeads.contains(tokens[m.tokens.upperBound - 1].norm)
    else { return nil }
    return m
  }

  /// `modifiedSubject` with the description opening at `start`.
  private func modifiedSubject(
    before i: Int, from start: Int, _ tokens: [Token], _ sentence: String
  ) -> PartyMention? {
    var a = start
    while a < tokens.count, !tokens[a].isWord { a += 1 }
    if a < i, Self.descriptionOpeners.contains(tokens[a].norm) { a += 1 }
    var k = a
    while k < i, k - a < 3, !Self.descriptionHeads.contains(tokens[k].norm) {
      guard tokens[k].isWord, !Self.descriptionStops.contains(tokens[k].norm) else { return nil }
      k += 1
    }
    // "Results of the trials, published in …, show": an "of" phrase before a modifier set off
    // by commas belongs to the subject.
    var end = k + 1
    if end < i, tokens[end].norm == "of" {
      var j = end + 1
      while j < i, j - end <= 6, tokens[j].isWord, !Self.descriptionStops.contains(tokens[j].norm) {
        j += 1
      }
      if j < i, j > end + 1, j - end <= 5, tokens[j].norm == "," { end = j }
      // "An analysis of census data shows …": a document's "of" phrase right before the verb
      // by which documents report.
      if j == i, j > end + 1, Self.documentHeads.contains(tokens[k].norm),
        ReportingCues.evidenceVerbs.contains(tokens[i].norm)
      {
        return mention(start..<i, tokens, sentence)
      }
    }
    // "The study, published in Nature, found": the modifier may stand between commas.
    let opener = end < i && tokens[end].norm == "," ? end + 1 : end
    guard opener < i, i - end <= 13, Self.descriptionHeads.contains(tokens[k].norm),
      Self.modifierOpeners.contains(tokens[opener].norm),
      !tokens[end..<i].contains(where: {
        [";", ":", "that"].contains($0.norm) || StatementContent.quoteMarks.contains($0.norm)
      })
    else { return nil }
    // No other reporting verb in the modifier ("Officials who said … were wrong" is theirs).
    for t in end..<i where ReportingCues.cue(at: t, tokens) != nil { return nil }
    return mention(start..<end, tokens, sentence)
  }

  /// "…, with one analyst saying the deal was dead", "with Moscow adding that …": the people
  /// (or the party) after "with" are the subject of the participle at `i` (an absolute construction),
  /// even after another reporting verb of the sentence.
  func withSubject(
    at i: Int, _ tokens: [Token], _ sentence: String, actors: [PartyMention] = []
  ) -> PartyMention? {
    guard tokens[i].norm.hasSuffix("ing"), i > 1 else { return nil }
    // "…, with Moscow saying it had …": a party after "with".
    if let m = actors.last(where: { $0.tokens.upperBound == i }) {
      var k = m.tokens.lowerBound - 1
      if k >= 0, Self.determiners.contains(tokens[k].norm) { k -= 1 }
      return k >= 0 && tokens[k].norm == "with" ? m : nil
    }
    guard Self.peopleHeads.contains(tokens[i - 1].norm),
      let d = description(before: i, tokens, sentence), d.tokens.upperBound == i,
      d.tokens.lowerBound > 0, tokens[d.tokens.lowerBound - 1].norm == "with"
    else { return nil }
    return d
  }

  /// Where the "with" phrase of `withSubject`'s speaker begins (its comma, if any).
  func withStart(_ people: PartyMention, _ tokens: [Token]) -> String.Index {
    var k = people.tokens.lowerBound - 1
    if k > 0, Self.determiners.contains(tokens[k].norm) { k -= 1 }
    if k > 0, tokens[k - 1].norm == "," { k -= 1 }
    return tokens[k].range.lowerBound
  }

  /// The description right after `end` ("…," said one official; "according to the event
  /// website"): an opener, at most three words, and a head.
  func description(after end: Int, _ tokens: [Token], _ sentence: String) -> PartyMention? {
    var k = end
    if k < tokens.count, Self.descriptionOpeners.contains(tokens[k].norm) { k += 1 }
    var b = k
    while b < tokens.count, b - k < 4, tokens[b].isWord,
      !Self.descriptionStops.contains(tokens[b].norm), !Self.prepositions.contains(tokens[b].norm)
    {
      b += 1
      if Self.descriptionHeads.contains(tokens[b - 1].norm),
        !(b < tokens.count && tokens[b].isWord && Self.descriptionHeads.contains(tokens[b].norm))
      {
        // "Prime Minister Boris Johnson": a title before a name, not a description.
        if tokens[b - 1].isCapitalized, b < tokens.count, tokens[b].isWord,
          tokens[b].isCapitalized
        {
          return nil
        }
        return mention(end..<b, tokens, sentence)
      }
    }
    return nil
  }

  /// The party a description names inside it speaks for it: "Ukrainian officials", "OPEC
  /// officials" → Ukraine, OPEC (the gold set's rule for unnamed officials); otherwise the
  /// description itself; "Ukraine's allies", "Kremlin critics", "the Hamas-run ministry" stay
  /// their words (`holdsOtherParty`).
  func owner(of d: PartyMention, _ mentions: [PartyMention], _ tokens: [Token]) -> PartyMention {
    if d.tokens.upperBound <= tokens.count, Self.holdsOtherParty(d.tokens, tokens) { return d }
    return mentions.last {
      $0.tokens.lowerBound >= d.tokens.lowerBound && $0.tokens.upperBound <= d.tokens.upperBound
    } ?? d
  }

  /// A mention with no party (`id` empty) and the sentence's own words.
  private func mention(_ r: Range<Int>, _ tokens: [Token], _ sentence: String) -> PartyMention {
    let text = String(
      sentence[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
    return PartyMention(id: "", tokens: r, text: text, embedded: false, kind: .group)
  }
}
