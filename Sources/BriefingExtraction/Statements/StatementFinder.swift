import BriefingModels
import Foundation

/// Finds who said what in one sentence: a reporting cue, the party behind it (and the person
/// speaking, when one is named), the stance, what was said, and whom it is aimed at.
struct StatementFinder: Sendable {
  let gazetteer: Gazetteer

  static let determiners: WordSet = [
    "the", "a", "an", "this", "that", "these", "those",
  ]
  static let passive: WordSet = ["was", "were", "been", "being", "is", "are", "be"]
  static let prepositions: WordSet = [
    "of", "with", "to", "from", "in", "on", "at", "by", "for", "about", "against", "regarding",
    "between", "over", "into", "toward", "towards", "than",
  ]

  typealias Context = SpeakerContext

  /// Nouns for something said, after which a participle still reports ("a joint statement
  /// calling on …").
  static let speechNouns: WordSet = [
    "statement", "statements", "declaration", "communique", "letter", "message", "post", "video",
    "address", "speech", "interview", "tweet",
  ]

  /// Words before a cue word that make it a noun ("every claim", "their demands").
  static let nounOpeners: WordSet = [
    "every", "each", "any", "no", "its", "their", "our", "my", "your", "his",
  ]

  /// Objects after "called" that make it a naming ("called it Character").
  static let namedObjects: WordSet = [
    "it", "him", "her", "them", "me", "us", "myself", "himself", "herself", "itself",
    "themselves",
  ]

  static let auxiliaries: WordSet = [
    "has", "had", "have", "also", "later", "then", "again", "would", "will", "further",
    "previously",
    "repeatedly", "publicly", "already",
  ]

  /// The statements of one sentence. A cue's speaker is the party before it (or after it in an
  /// inverted quotation), or the person or organisation a pronoun or "the company" stands for;
  /// a verb coordinated with the sentence's first one shares its speaker, and is a statement of
  /// its own only when it does something else: one claim gives one statement.
  func find(
    _ tokens: [Token], in sentence: String, index: Int, parties: SentenceParties,
    book: inout PartyBook, context: inout Context
  ) -> [Statement] {
    let actors = parties.actors
    if context.laidOut, context.interviewee == nil || context.intervieweeGuessed,
      index < Interview.opening
    {
      if let named = Interview.interviewee(tokens, index: index, actors: actors) {
        context.interviewee = named
        context.intervieweeGuessed = false
      } else if tokens.indices.contains(where: { Interview.words.contains(tokens[$0].norm) }) {
        // "Wikinews interviews New York bar owner": the interviewee is unnamed, no guess.
        context.interviewee = nil
        context.intervieweeUnnamed = true
      } else if context.interviewee == nil, !context.intervieweeUnnamed,
        let first = actors.first(where: { $0.kind == .person })
      {
        // Questions and answers whose opening names nobody as interviewed ("Mr. President, …"):
        // the first person named answers, unless a later sentence of the opening says who.
        context.interviewee = first.id
        context.intervieweeGuessed = true
      }
    }
    var out: [Statement] = []
    var i = 0
    var lastCueEnd = 0
    /// The first reporting verb of the sentence and its speaker: later verbs belong to it when
    /// coordinated ("said … and accused …") and are reported speech otherwise.
    var firstVerb: PartyMention? = nil
    /// "I think" inside a quotation: given the quotation's speaker after the loop.
    var quotedCues: [Int] = []
    let quoted =
      tokens.indices.contains { StatementContent.quoteMarks.contains(tokens[$0].norm) }
      ? Self.quoted(tokens) : nil
    context.quotedTokens = context.interviewee == nil ? [] : quoted ?? []
    while i < tokens.count {
      let personal = context.interviewee == nil ? nil : personalSubject(before: i, tokens, context)
      if personal == nil,
        quoted.map({ quotedFirstPerson(at: i, tokens, quoted: $0) }) ?? false
          || (firstVerb.map { !$0.id.isEmpty } ?? false) && nestedOpinion(at: i, tokens)
      {
        quotedCues.append(i)
        i += 1
        continue
      }
      // "The results show …", "a recent poll found …": a document speaks through its verb.
      let evidence =
        ReportingCues.evidenceVerbs.contains(tokens[i].norm)
        ? document(before: i, tokens, sentence) : nil
      guard tokens[i].isWord,
        let cue = ReportingCues.cue(at: i, tokens)
          ?? (personal != nil ? ReportingCues.personalCue(at: i, tokens) : nil)
            ?? evidence.map({ _ in
              ReportingCues.Cue(words: [tokens[i].norm], stance: .assert, role: .verb)
            }),
        !parties.mentions.contains(where: { $0.tokens.contains(i) })
      else {
        i += 1
        continue
      }
      let cueEnd = i + cue.words.count
      defer {
        lastCueEnd = cueEnd
        i = cueEnd
      }
      if cue.role == .verb, i > 0 {
        let prev = tokens[i - 1].norm
        // A capitalised word inside a sentence is a name or a title ("listed as “Hope”").
        if tokens[i].isCapitalized, tokens[i - 1].isWord { continue }
        // … or one quoted inside it ("listed their country as "Hope"").
        if tokens[i].isCapitalized, i > 1, ["\"", "“"].contains(prev), tokens[i - 2].isWord {
          continue
        }
        if Self.determiners.contains(prev) || prev == "to" || prev == "'s" { continue }
        // "as predicted", "in hopes that", "self-described": no one speaks; "every claim",
        // "their demands": a noun.
        if ["as", "in", "-"].contains(prev) || Self.nounOpeners.contains(prev) { continue }
        // A passive, also past an adverb ("were quickly posted"), unless "by" names who spoke.
        var verbBefore = i - 1
        while verbBefore > 0, tokens[verbBefore].norm.hasSuffix("ly") { verbBefore -= 1 }
        if Self.passive.contains(tokens[verbBefore].norm),
          !(cueEnd < tokens.count && tokens[cueEnd].norm == "by")
        {
          continue
        }
        if Self.reportsNoWords(at: i, end: cueEnd, tokens) { continue }
      }
      // "a resolution demanding …": a participle after a noun reports no speaker's words.
      if cue.role == .verb, i > 0, tokens[i].norm.hasSuffix("ing"), tokens[i - 1].isWord,
        !actors.contains(where: { $0.tokens.upperBound == i }),
        !Self.speechNouns.contains(tokens[i - 1].norm),
        withSubject(at: i, tokens, sentence) == nil
      {
        continue
      }
      // "I called it Character", "they called him The Birdman": a name given, not a statement
      // ("called the arrival a critical step" stays one).
      if cue.role == .verb, ["called", "calls", "call"].contains(tokens[i].norm),
        cueEnd < tokens.count, Self.namedObjects.contains(tokens[cueEnd].norm)
      {
        continue
      }
      if cue.role == .verb, let subject = personal,
        Self.closesWithOpinion(at: i, end: cueEnd, subject: subject, tokens)
      {
        // "This was in my third year, I think.": the clause before it was said.
      } else if cue.role == .verb, personal != nil {
        // "I think it has …", "I remember going …": an interviewee's clause needs no "that".
        guard cueEnd < tokens.count, !ReportingCues.personalObjects.contains(tokens[cueEnd].norm),
          !(ReportingCues.perceptionVerbs.contains(tokens[i].norm)
            && ReportingCues.thingOpeners.contains(tokens[cueEnd].norm))
        else { continue }
        if Self.lacksClause(at: i, end: cueEnd, tokens) { continue }
        // "I don't know why": not knowing reports nothing.
        if ["know", "knew"].contains(tokens[i].norm), i > 0,
          ["don't", "didn't", "not", "never", "n't"].contains(tokens[i - 1].norm)
        {
          continue
        }
      } else if cue.role == .verb, Self.isNegated(at: i, tokens) {
        // "U.S. officials have not said why …", "did not confirm": saying nothing is no claim.
        continue
      } else if cue.role == .verb, ReportingCues.quoteOnly.contains(tokens[i].norm) {
        // "She continued: "Labour has …"": a verb that reports only before what is quoted.
        guard cueEnd < tokens.count,
          tokens[cueEnd].norm == ":" || StatementContent.quoteMarks.contains(tokens[cueEnd].norm)
        else { continue }
      } else if cue.role == .verb, ReportingCues.clauseOnly.contains(tokens[i].norm) {
        // "agreed that …", "found that …": speech only before a clause.
        guard cueEnd < tokens.count,
          ["that", ":", ","].contains(tokens[cueEnd].norm)
            || StatementContent.quoteMarks.contains(tokens[cueEnd].norm)
            || clauseWithoutThat(at: i, tokens, sentence)
        else { continue }
      }
      var speaker: PartyMention?
      var coordinated = false
      /// "I think X, but I think Y": an interviewee's second verb with its own "I" is a second
      /// claim, not the first one's.
      var ownClaim = false
      /// What a denial answers when it is not after its cue ("…, a charge Moscow denies").
      var claimed: String? = nil
      // "Heald noted the findings show …": a document speaks even inside what someone said.
      if let evidence {
        speaker = evidence
      } else if firstVerb != nil, personal != nil, let stand = pronoun(before: i, tokens, context) {
        speaker = stand
        ownClaim = true
      } else if let first = firstVerb, cue.role != .accordingTo {
        guard cue.role == .verb else { continue }
        if let denied = deniedClaim(
          at: i, stance: cue.stance, after: lastCueEnd, first: first, tokens, actors)
        {
          // "…, an accusation Moscow rejects": the denier's own claim, about what came before.
          speaker = denied.speaker
          ownClaim = true
          if denied.claim.upperBound < tokens.count {
            Self.endContent(
              of: &out, at: tokens[denied.claim.upperBound].range.lowerBound, in: sentence)
          }
          // What is denied is what the sentence's earlier statement said.
          claimed = out.last?.text ?? Self.claimText(tokens, denied.claim, sentence)
        } else if let own = clauseSubject(at: i, after: lastCueEnd, tokens, actors) {
          // "GM reported a loss, and Chrysler announced …": a clause of its own, its own speaker;
          // what the earlier cues said ends where it begins.
          speaker = own.speaker
          Self.endContent(of: &out, at: tokens[own.boundary].range.lowerBound, in: sentence)
        } else if let people = withSubject(at: i, tokens, sentence, actors: actors) {
          // "…, with one analyst saying …": people of their own; what came before ends there.
          speaker = people
          Self.endContent(of: &out, at: withStart(people, tokens), in: sentence)
        } else {
          guard isCoordinated(at: i, tokens),
            !continuesPerfect(at: i, after: lastCueEnd, tokens, actors, speaker: first)
          else { continue }
          speaker = first
          coordinated = true
        }
      } else {
        var stand =
          cue.role == .verb
          ? pronoun(before: i, tokens, context) ?? participleSubject(at: i, tokens, context)
            ?? invertedRolePerson(at: i, end: cueEnd, tokens, context) : nil
        // "she said" with no woman named before: no one speaks.
        if stand == nil, cue.role == .verb, Self.personalPronounSubject(before: i, tokens) {
          continue
        }
        // "Boeing delayed its 787 again, the company said": the organisation this sentence
        // opened with, not the last one an earlier sentence named.
        if let d = stand, d.kind == .organization, d.tokens.count > 1,
          let subject = actors.first(where: {
            $0.kind == .organization && $0.tokens.upperBound <= d.tokens.lowerBound
          }),
          Self.mayDescribe(
            tokens[d.tokens.upperBound - 1].norm,
            Self.nameWords(book.parties[subject.id]?.name ?? "", subject.text))
        {
          stand = PartyMention(
            id: subject.id, tokens: d.tokens, text: d.text, embedded: false, kind: .organization)
        }
        if let stand, !actors.contains(where: { $0.tokens.overlaps(stand.tokens) }) {
          speaker = stand
        } else {
          speaker =
            speakerMention(for: cue, at: i, end: cueEnd, after: lastCueEnd, tokens, actors) ?? stand
        }
      }
      if speaker == nil, cue.role == .verb, !coordinated {
        speaker = speakerNoPartyNames(
          at: i, end: cueEnd, tokens, sentence, index: index, actors: actors, book: &book)
      }
      // "according to Yonhap news agency", "according to the Saudi Gazette": a source no list
      // knows, named right after the cue ("according to an Internet posting" names none).
      if speaker == nil, cue.role == .accordingTo,
        !(cueEnd < tokens.count && ["a", "an"].contains(tokens[cueEnd].norm))
      {
        let from =
          cueEnd < tokens.count && tokens[cueEnd].norm == "the"
          ? cueEnd + 1 : cueEnd
        speaker = unknownSpeaker(
          at: i, end: from, tokens, sentence, index: index, inverted: true, book: &book)
      }
      if speaker == nil, cue.role == .accordingTo {
        speaker = description(after: cueEnd, tokens, sentence)
      }
      if let d = speaker, d.id.isEmpty { speaker = owner(of: d, parties.mentions, tokens) }
      guard let speaker else { continue }
      if cue.role == .verb, firstVerb == nil { firstVerb = speaker }
      let stance = stanceOf(
        cue, at: i, end: cueEnd, tokens, speaker: speaker, actors: actors, book: book)
      var speakers = [speaker]
      // "The United Nations and the Red Cross have welcomed …": both speak.
      // A description ("witnesses") is no list's last member ("returned to Greece, witnesses
      // said").
      if !speaker.id.isEmpty {
        speakers.insert(contentsOf: coordinatedSubjects(before: speaker, tokens, actors), at: 0)
      }
      for who in speakers {
        let party = who.id
        let speakerName = who.kind == .person ? (book.parties[who.id]?.name ?? who.text) : nil
        // A description no party stands for ("the researchers"): its words, no party.
        let speakerText = party.isEmpty ? who.text : nil
        let cueWords = cueText(tokens, i..<cueEnd, sentence)
        var target: String? = nil
        if stance != .assert && stance != .commit {
          let others = actors.filter { m in
            !speakers.contains(where: { book.related(m.id, $0.id, gazetteer: gazetteer) })
          }
          let after = others.first(where: { $0.tokens.lowerBound >= cueEnd })
          target = (after ?? ([.deny, .accuse].contains(stance) ? others.last : nil))?.id
          if target == nil, stance == .deny {
            target = context.lastClaimants.last { claimant in
              !speakers.contains { book.related(claimant, $0.id, gazetteer: gazetteer) }
            }
          }
        }
        // One claim, one statement: "confirmed the agreement and said …" is one; a verb that
        // does something else ("… and urged both sides to …") is a statement of its own.
        if !ownClaim, out.contains(where: { $0.party == party && $0.stance == stance }) { continue }
        let inSentence = who.tokens.upperBound <= tokens.count && !coordinated
        out.append(
          Statement(
            party: party, speaker: speakerName, cue: cueWords, stance: stance,
            text: claimed
              ?? StatementContent.text(
                tokens, sentence, cue: i..<cueEnd, role: cue.role,
                speaker: inSentence ? who.tokens : nil),
            target: target, sentence: index, speakerText: speakerText))
      }
    }
    out += quotedOpinions(
      quotedCues, tokens, sentence, index: index, found: out, book: book, context: context)
    remember(out, actors: actors, index: index, book: book, context: &context)
    // A credit line ("Image: Nick Moreau") speaks the caption; it tells later pronouns nothing.
    if let c = credit(
      tokens, sentence, index: index, actors: actors, previous: context.previousSentence),
      !out.contains(where: { $0.cue == c.cue && $0.sentence == c.sentence })
    {
      out.append(c)
    }
    context.previousSentence = sentence
    return out
  }

  /// What this sentence tells later pronouns: who was named, who spoke, who claimed what.
  private func remember(
    _ out: [Statement], actors: [PartyMention], index: Int, book: PartyBook,
    context: inout Context
  ) {
    // A person of unknown gender can be "he" or "she": recorded for both.
    for m in actors where m.kind == .person {
      for female in Self.genders(book.parties[m.id]) { context.mentioned[female] = (m.id, index) }
      if let role = book.parties[m.id]?.role { context.named(person: m.id, role: role) }
    }
    for org in actors where org.kind == .organization {
      context.named(organization: org.id, name: book.parties[org.id]?.name ?? "", text: org.text)
    }
    if let org = actors.last(where: { $0.kind == .organization }) {
      context.organizationMentioned = (org.id, index)
    }
    // "The scientists found …": a group of people "they" may stand for.
    if let text = out.last(where: { !$0.hasParty })?.speakerText,
      let head = text.split(separator: " ").last.map({ Token.normalize($0) }),
      Self.peopleHeads.contains(head), head.hasSuffix("s") || ["people", "police"].contains(head)
    {
      context.people = (text, index)
    }
    let out = out.filter(\.hasParty)
    for st in out where book.parties[st.party]?.kind == .person {
      for female in Self.genders(book.parties[st.party]) {
        context.speaker[female] = (st.party, index)
      }
    }
    if let org = out.last(where: { book.parties[$0.party]?.kind != .person }) {
      context.organizationSpeaker = (org.party, index)
    }
    // A claim's owner: the party, or the state a person or body speaks for.
    for st in out where st.stance != .deny {
      context.lastClaimants.append(
        gazetteer.state(of: book.parties[st.party]?.parent ?? st.party) ?? st.party)
    }
  }

  private func cueText(_ tokens: [Token], _ r: Range<Int>, _ s: String) -> String {
    String(s[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
  }

  /// Cuts the content of the sentence's statements so far at `end` (where a new clause with a
  /// speaker of its own begins), when their content runs over it.
  static func endContent(of out: inout [Statement], at end: String.Index, in sentence: String) {
    for k in out.indices {
      guard let r = sentence.range(of: out[k].text), r.lowerBound < end, r.upperBound > end
      else { continue }
      let cut = sentence[r.lowerBound..<end].trimmingCharacters(
        in: .whitespaces.union(.punctuationCharacters))
      if cut.split(separator: " ").count >= 3 { out[k].text = cut }
    }
  }
}
