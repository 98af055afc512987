import BriefingModels
import Foundation

/// Finds who said what in one sentence: a reporting cue, the party behind it (and the person
/// speaking, when one is named), the stance, what was said, and whom it is aimed at.
struct StatementFinder: Sendable {
  let gazetteer: Gazetteer

  private static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those",
  ]
  private static let passive: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
  private static let prepositions: Set<String> = [
    "of", "with", "to", "from", "in", "on", "at", "by", "for", "about", "against", "regarding",
    "between", "over", "into", "toward", "towards", "than",
  ]

  /// What earlier sentences tell about pronouns: "He said …" is the last person named.
  struct Context: Sendable {
    /// The last person who spoke and the last person named, by gender (true: "she").
    var speaker: [Bool: (id: String, sentence: Int)] = [:]
    var mentioned: [Bool: (id: String, sentence: Int)] = [:]
    var lastOrganization: String?
    /// Who made the claims of the last sentences with statements: a denial with no party of
    /// its own answers them ("Kyiv replied that no date had been agreed").
    var lastClaimants: [String] = []

    /// "He"/"she": the last speaker of that gender, unless someone was named since.
    func person(female: Bool) -> String? {
      if let s = speaker[female], mentioned[female].map({ s.sentence >= $0.sentence - 1 }) ?? true {
        return s.id
      }
      return mentioned[female]?.id
    }
  }

  private static let auxiliaries: Set<String> = [
    "has", "had", "have", "also", "later", "then", "again", "would", "will", "further",
    "previously",
    "repeatedly", "publicly", "already",
  ]

  func find(
    _ tokens: [Token], in sentence: String, index: Int, parties: SentenceParties, book: PartyBook,
    context: inout Context
  ) -> [Statement] {
    let actors = parties.actors
    var out: [Statement] = []
    var i = 0
    var lastCueEnd = 0
    /// The first reporting verb of the sentence and its speaker: later verbs belong to it when
    /// coordinated ("said … and accused …") and are reported speech otherwise.
    var firstVerb: PartyMention? = nil
    while i < tokens.count {
      guard tokens[i].isWord, let cue = ReportingCues.cue(at: i, tokens),
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
        if Self.determiners.contains(prev) { continue }
        if Self.passive.contains(prev), !(cueEnd < tokens.count && tokens[cueEnd].norm == "by") {
          continue
        }
      }
      var speaker: PartyMention?
      if let first = firstVerb, cue.role != .accordingTo {
        guard cue.role == .verb, isCoordinated(at: i, tokens) else { continue }
        speaker = first
      } else {
        speaker =
          speakerMention(for: cue, at: i, end: cueEnd, after: lastCueEnd, tokens, actors)
          ?? (cue.role == .verb ? pronoun(before: i, tokens, context) : nil)
      }
      guard let speaker else { continue }
      if cue.role == .verb, firstVerb == nil { firstVerb = speaker }
      let stance = stanceOf(
        cue, at: i, end: cueEnd, tokens, speaker: speaker, actors: actors, book: book)
      var speakers = [speaker]
      // "The United Nations and the Red Cross have welcomed …": both speak.
      speakers.insert(contentsOf: coordinatedSubjects(before: speaker, tokens, actors), at: 0)
      for who in speakers {
        let party = who.id
        let speakerName = who.kind == .person ? (book.parties[who.id]?.name ?? who.text) : nil
        let cueWords = cueText(tokens, i..<cueEnd, sentence)
        if out.contains(where: { $0.party == party && $0.cue == cueWords }) { continue }
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
        out.append(
          Statement(
            party: party, speaker: speakerName, cue: cueWords, stance: stance,
            text: content(tokens, sentence, cue: i..<cueEnd), target: target, sentence: index))
      }
    }
    for m in actors where m.kind == .person {
      context.mentioned[Self.isFemale(book.parties[m.id])] = (m.id, index)
    }
    for st in out where book.parties[st.party]?.kind == .person {
      context.speaker[Self.isFemale(book.parties[st.party])] = (st.party, index)
    }
    if let org = out.last(where: { book.parties[$0.party]?.kind != .person }) {
      context.lastOrganization = org.party
    }
    // A claim's owner: the party, or the state a person or body speaks for.
    for st in out where st.stance != .deny {
      context.lastClaimants.append(
        gazetteer.state(of: book.parties[st.party]?.parent ?? st.party) ?? st.party)
    }
    return out
  }

  /// The stance: the cue's own, refined by what follows it ("reiterated … commitment" commits,
  /// "replied that no date had been agreed" denies, "called the proposals an ultimatum" accuses).
  private func stanceOf(
    _ cue: ReportingCues.Cue, at i: Int, end: Int, _ tokens: [Token], speaker: PartyMention,
    actors: [PartyMention], book: PartyBook
  ) -> Statement.Stance {
    let near = tokens[end..<min(tokens.count, end + 8)].map(\.norm)
    // What was said, up to the next reporting word of the sentence.
    var stop = min(tokens.count, end + 20)
    for k in end..<stop where tokens[k].norm == ";" || ReportingCues.cue(at: k, tokens) != nil {
      stop = k
      break
    }
    let clause = tokens[end..<stop].map(\.norm)
    let word = tokens[i].norm
    if cue.words == ["called"], near.contains(where: ReportingCues.accusingLabels.contains) {
      return .accuse
    }
    if cue.stance == .other, ["responded", "replied", "responds", "replies"].contains(word),
      clause.contains(where: ReportingCues.negations.contains)
    {
      return .deny
    }
    guard cue.stance == .assert, cue.role == .verb else { return cue.stance }
    if clause.contains(where: ReportingCues.demandWords.contains) { return .demand }
    // An accusation: blame words about another party ("Russia was playing games").
    let others = actors.filter {
      $0.tokens.lowerBound >= end && $0.tokens.lowerBound < stop
        && !book.related($0.id, speaker.id, gazetteer: gazetteer)
    }
    if !others.isEmpty, clause.contains(where: ReportingCues.blameWords.contains) { return .accuse }
    // A commitment: readiness words, or "will"/"would" said of the speaker's own side.
    if clause.contains(where: ReportingCues.readinessWords.contains) { return .commit }
    for k in end..<stop where ["will", "would"].contains(tokens[k].norm) && k > end {
      let subject = tokens[k - 1].norm
      if ["it", "we", "he", "she", "they", "i"].contains(subject) { return .commit }
      if let m = actors.first(where: { $0.tokens.upperBound == k }),
        book.related(m.id, speaker.id, gazetteer: gazetteer)
      {
        return .commit
      }
    }
    return .assert
  }

  /// "… and accused", "… and also warned": a verb sharing the sentence's first speaker.
  private func isCoordinated(at i: Int, _ tokens: [Token]) -> Bool {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    return k >= 0 && (tokens[k].norm == "and" || tokens[k].norm == "but")
  }

  /// "He said", "It added": the last person, or the last organisation that spoke.
  private func pronoun(before i: Int, _ tokens: [Token], _ context: Context) -> PartyMention? {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    guard k >= 0 else { return nil }
    switch tokens[k].norm {
    case "he", "she":
      return context.person(female: tokens[k].norm == "she").map {
        PartyMention(
          id: $0, tokens: k..<(k + 1), text: String(tokens[k].text), embedded: false, kind: .person)
      }
    case "it":
      return context.lastOrganization.map {
        PartyMention(
          id: $0, tokens: k..<(k + 1), text: String(tokens[k].text), embedded: false,
          kind: .organization)
      }
    default:
      return nil
    }
  }

  /// The other subjects of a list ending in `m`: "The United States, Denmark and the
  /// Netherlands said" → the United States and Denmark.
  private func coordinatedSubjects(
    before m: PartyMention, _ tokens: [Token], _ actors: [PartyMention]
  ) -> [PartyMention] {
    var out: [PartyMention] = []
    var first = m
    while true {
      var k = first.tokens.lowerBound - 1
      if k >= 0, Self.determiners.contains(tokens[k].norm) { k -= 1 }
      guard k >= 1, tokens[k].norm == "and" || tokens[k].norm == "," else { break }
      if tokens[k].norm == "and", tokens[k - 1].norm == "," { k -= 1 }
      guard let prev = actors.first(where: { $0.tokens.upperBound == k }), prev.id != m.id,
        !out.contains(where: { $0.id == prev.id })
      else { break }
      out.insert(prev, at: 0)
      first = prev
    }
    return out
  }

  /// Words that open an apposition about the subject, not a subject of its own.
  static let appositionOpeners: Set<String> = [
    "led", "commanded", "headed", "run", "chaired", "which", "who", "whose", "based", "backed",
  ]

  /// Female given names and role words, so "she said" finds the last woman named.
  static let femaleNames: Set<String> = [
    "maria", "marta", "ursula", "kaja", "giorgia", "tatyana", "tatiana", "yulia", "iryna", "olena",
    "kamala", "hillary", "angela", "theresa", "liz", "annalena", "phumzile", "christine", "nancy",
    "samantha", "linda", "victoria", "anna", "elena", "natalia", "olga", "svetlana", "valentina",
    "ekaterina", "yekaterina", "lyudmila", "irina", "julia", "sarah", "mary", "margaret",
    "catherine",
    "sophie", "claire", "marine", "ana", "sheikh hasina", "hasina", "jacinda", "sanna", "mette",
    "roberta", "kristalina", "ngozi", "amina", "fatima", "leila", "golda", "indira", "benazir",
    "michelle", "jill", "melania", "karine", "antje", "nadia", "oksana", "daria", "ludmila",
    "corina",
  ]

  /// `role.contains("woman")`, searched on bytes for an ASCII role (Foundation's search
  /// bridges to NSString).
  static func containsWoman(_ role: String) -> Bool {
    guard role.utf8.allSatisfy({ $0 < 0x80 }) else { return role.contains("woman") }
    let bytes = Array(role.utf8)
    let word = Array("woman".utf8)
    guard bytes.count >= word.count else { return false }
    for k in 0...(bytes.count - word.count) where bytes[k..<(k + word.count)].elementsEqual(word) {
      return true
    }
    return false
  }

  static func isFemale(_ p: Party?) -> Bool {
    guard let p else { return false }
    if let role = p.role?.lowercased(), Self.containsWoman(role) || role == "ms." || role == "mrs."
    {
      return true
    }
    guard let first = p.name.split(separator: " ").first else { return false }
    return femaleNames.contains(Token.normalize(first))
  }

  /// Who the cue belongs to.
  private func speakerMention(
    for cue: ReportingCues.Cue, at i: Int, end: Int, after floor: Int, _ tokens: [Token],
    _ actors: [PartyMention]
  ) -> PartyMention? {
    func following(_ k: Int) -> PartyMention? {
      var k = k
      if k < tokens.count, Self.determiners.contains(tokens[k].norm) { k += 1 }
      return actors.first(where: { $0.tokens.lowerBound == k })
    }
    switch cue.role {
    case .accordingTo:
      return following(end)
    case .noun:
      if i > 0, tokens[i - 1].norm == "'s" {
        return actors.first(where: { $0.tokens.upperBound == i - 1 })
      }
      return following(end + 1)
    case .verb:
      // "…," said Peskov / said the Kremlin.
      // Only after a quotation: "X, who heads the delegation, said Russia had …" is no inversion.
      let quoteMarks: Set<String> = ["\"", "”", "“", "'"]
      if i > 0, [",", "\"", "”", "'"].contains(tokens[i - 1].norm),
        tokens[..<i].contains(where: { quoteMarks.contains($0.norm) }), let after = following(end)
      {
        return after
      }
      // "Medinsky, who heads the Russian delegation, said": the party before the apposition;
      // "The government's chief negotiator, Redwan Hussien, said": the person it names.
      if i > 1, tokens[i - 1].norm == ",",
        let open = tokens[floor..<(i - 1)].lastIndex(where: { $0.norm == "," })
      {
        if let m = actors.first(where: { $0.tokens == (open + 1)..<(i - 1) && $0.kind == .person })
        {
          return m
        }
        if let m = actors.last(where: { $0.tokens.upperBound == open }) { return m }
        if open + 1 < i - 1, Self.appositionOpeners.contains(tokens[open + 1].norm) { return nil }
      }
      for m in actors.reversed() where m.tokens.upperBound <= i && m.tokens.lowerBound >= floor {
        if i - m.tokens.upperBound > 12 { return nil }
        if m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].norm == "'s" {
          // "Thailand's prime minister said": the state speaks through an unnamed official.
          let between = tokens[(m.tokens.upperBound + 1)..<i]
          if between.count <= 4, between.allSatisfy({ $0.isWord }),
            !actors.contains(where: {
              $0.tokens.lowerBound > m.tokens.upperBound && $0.tokens.upperBound <= i
            })
          {
            return m
          }
          continue
        }
        if m.tokens.lowerBound > 0, Self.prepositions.contains(tokens[m.tokens.lowerBound - 1].norm)
        {
          continue
        }
        // A clause break between the party and the cue.
        if tokens[m.tokens.upperBound..<i].contains(where: { [";", ":"].contains($0.norm) }) {
          return nil
        }
        return m
      }
      return nil
    }
  }

  private func cueText(_ tokens: [Token], _ r: Range<Int>, _ s: String) -> String {
    String(s[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
  }

  /// What was said: the words after the cue (without a leading "that"), or before it when the
  /// cue closes the sentence ("…, he said.").
  private func content(_ tokens: [Token], _ s: String, cue: Range<Int>) -> String {
    var a = cue.upperBound
    while a < tokens.count, !tokens[a].isWord || tokens[a].norm == "that" { a += 1 }
    var b = tokens.count
    while b > a, !tokens[b - 1].isWord { b -= 1 }
    if b - a >= 3 {
      return String(s[tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound])
    }
    var e = cue.lowerBound
    while e > 0, !tokens[e - 1].isWord { e -= 1 }
    guard e > 0 else { return s }
    return String(s[tokens[0].range.lowerBound..<tokens[e - 1].range.upperBound])
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
  }
}
