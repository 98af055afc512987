import BriefingModels

/// The words that report speech, and the stance each one gives a statement.
///
/// Verbs take their speaker from before them ("Ukraine denied"), or after them in a quote
/// ("…," said Peskov). Nouns take it from a possessive ("Russia's claims") or a following
/// "from"/"by" ("accusations from Moscow"); "according to" takes the party that follows.
enum ReportingCues {
  enum Role: Sendable {
    case verb, noun, accordingTo
  }

  struct Cue: Sendable {
    var words: [String]
    var stance: Statement.Stance
    var role: Role
  }

  static let verbs: [Statement.Stance: [String]] = [
    .assert: [
      "said", "says", "say", "told", "tells", "stated", "states", "confirmed", "confirms",
      "announced",
      "announces", "reported", "reports", "claimed", "claims", "asserted", "asserts", "asserting",
      "noted", "notes", "added", "adds", "explained", "emphasized", "emphasised", "stressed",
      "stresses", "insisted", "insists", "argued", "argues", "maintained", "maintains",
      "reiterated",
      "reiterates", "declared", "declares", "acknowledged", "acknowledges", "admitted", "revealed",
      "commented", "wrote", "posted", "informed", "clarified", "indicated",
      "highlighted", "underlined", "underscored", "described", "called", "welcomed", "welcomes",
      "announcing", "saying", "telling", "conceded", "congratulated", "praised", "adding", "noting",
      "regarded", "considers", "believes",
      // The wider range of reporting: any speaker, any topic.
      "announce", "claim", "confirm", "confirming", "add", "insist", "cited", "cites", "cite",
      "citing", "thanked", "thank", "tweeted", "tweets", "observed", "remarked", "writes",
      "stating", "explains", "explain", "estimated", "estimates", "estimate", "believed",
      "believe", "recalled", "recalls", "mentioned", "disclosed", "testified", "affirmed",
      "answered", "countered", "contended", "agreed", "agrees", "agree", "found", "finds",
      "concluded", "concludes", "learned", "thinks", "think", "thought", "feels", "felt",
      "quoted", "announces", "admits", "admit", "acknowledge", "stressing", "explaining",
      "reasoned", "tell", "continued", "ruled", "rules", "writing", "speculated", "speculates",
      "theorized", "theorised", "surmised",
    ],
    .deny: [
      "denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects", "refuted",
      "refutes", "disputed", "disputes", "rebuffed", "contradicted", "dismissing", "denying",
      "rejecting", "denies", "reject", "dismiss",
    ],
    .accuse: [
      "accused", "accuses", "accusing", "blamed", "blames", "blaming", "alleged", "alleges",
      "condemned", "condemns", "criticized", "criticised", "criticizes", "criticises", "charged",
      "accuse", "blame", "condemn", "criticize", "criticise", "allege",
    ],
    .commit: [
      "pledged", "pledges", "promised", "promises", "vowed", "vows", "assured", "assures",
      "guaranteed", "guarantees", "reaffirmed", "reaffirms", "undertook", "offered", "offers",
    ],
    .demand: [
      "demanded", "demands", "urged", "urges", "requested", "requests", "appealed", "pressed",
      "insisting", "asked", "asks", "proposed", "proposes", "expected", "expects",
      "urge", "urging", "demand", "demanding", "ask", "asking", "request", "appeal", "expect",
    ],
    .other: [
      "warned", "warns", "threatened", "threatens", "suggested", "suggests",
      "hoped", "predicted", "questioned", "expressed", "responded", "responds", "replied",
      "replies",
      "declined", "refused",
      "warn", "warning", "predict", "predicts", "predicting", "forecast", "forecasts", "hopes",
      "hope", "threaten", "suggest", "complained", "complains",
    ],
  ]

  static let phrases: [Cue] = [
    Cue(words: ["called", "for"], stance: .demand, role: .verb),
    Cue(words: ["calls", "for"], stance: .demand, role: .verb),
    Cue(words: ["call", "for"], stance: .demand, role: .verb),
    Cue(words: ["called", "on"], stance: .demand, role: .verb),
    Cue(words: ["calls", "on"], stance: .demand, role: .verb),
    Cue(words: ["calling", "on"], stance: .demand, role: .verb),
    Cue(words: ["insisted", "on"], stance: .demand, role: .verb),
    Cue(words: ["insists", "on"], stance: .demand, role: .verb),
    Cue(words: ["calling", "for"], stance: .demand, role: .verb),
    Cue(words: ["according", "to"], stance: .assert, role: .accordingTo),
    Cue(words: ["accusations"], stance: .accuse, role: .noun),
    Cue(words: ["accusation"], stance: .accuse, role: .noun),
    Cue(words: ["allegations"], stance: .accuse, role: .noun),
    Cue(words: ["claims"], stance: .assert, role: .noun),
    Cue(words: ["claim"], stance: .assert, role: .noun),
    Cue(words: ["statements"], stance: .assert, role: .noun),
    Cue(words: ["statement"], stance: .assert, role: .noun),
    Cue(words: ["denial"], stance: .deny, role: .noun),
    Cue(words: ["demands"], stance: .demand, role: .noun),
    Cue(words: ["demand"], stance: .demand, role: .noun),
    Cue(words: ["warning"], stance: .other, role: .noun),
    Cue(words: ["pledge"], stance: .commit, role: .noun),
    Cue(words: ["promise"], stance: .commit, role: .noun),
    Cue(words: ["announcement"], stance: .assert, role: .noun),
    Cue(words: ["announcements"], stance: .assert, role: .noun),
    Cue(words: ["report"], stance: .assert, role: .noun),
    Cue(words: ["reports"], stance: .assert, role: .noun),
    Cue(words: ["remarks"], stance: .assert, role: .noun),
    Cue(words: ["comments"], stance: .assert, role: .noun),
    Cue(words: ["estimate"], stance: .assert, role: .noun),
    Cue(words: ["estimates"], stance: .assert, role: .noun),
    Cue(words: ["warnings"], stance: .other, role: .noun),
    Cue(words: ["appeal"], stance: .demand, role: .noun),
    Cue(words: ["call"], stance: .demand, role: .noun),
    Cue(words: ["pointed", "out"], stance: .assert, role: .verb),
    Cue(words: ["points", "out"], stance: .assert, role: .verb),
    Cue(words: ["went", "on", "to", "say"], stance: .assert, role: .verb),
  ]

  /// Verbs that report speech only before a clause ("agreed that …", "found that …"); else
  /// they name an act ("agreed to exchange prisoners", "found the bodies").
  static let clauseOnly: WordSet = [
    "agreed", "agrees", "agree", "found", "finds", "concluded", "concludes", "learned",
    "thinks", "think", "thought", "feels", "felt", "believe", "believed", "hope", "hopes",
    "estimate", "mentioned", "answered", "quoted", "cite", "cited", "cites", "citing", "confirm",
    "speculated", "speculates", "theorized", "theorised", "surmised",
    "admit", "acknowledge", "add", "explain", "maintained", "maintains", "ruled", "rules",
  ]

  /// Verbs that report speech only before a colon or a quotation mark ("She continued: "…"");
  /// else they tell of something going on ("the talks continued").
  static let quoteOnly: WordSet = ["continued"]

  /// Verbs of thinking and knowing that report what an interviewee says when "I"/"we" (or "you"
  /// in a question) is their subject: "I think it has helped", "do you think …", "we knew".
  static let personal: WordSet = [
    "think", "thought", "mean", "meant", "know", "knew", "remember", "guess", "suppose",
    "suspect", "believe", "believed", "feel", "felt", "hope", "hoped", "doubt", "realize",
    "realise", "realized", "realised", "recognized", "recognised", "wish", "expect", "expected",
    "find", "found", "see", "saw", "decided", "estimate", "imagine", "figured", "reckon",
    "notice", "noticed", "mention", "sure", "convinced", "certain", "heard", "hear",
    "assume", "assumed", "learned", "learnt", "agree", "agreed",
  ]

  /// Verbs by which a document or figures report ("the results show"), a cue only with such a
  /// subject (`StatementFinder.documentHeads`).
  static let evidenceVerbs: WordSet = [
    "show", "shows", "showed", "shown", "suggest", "suggests", "indicate", "indicates",
    "indicated", "reads", "read", "concluded", "concludes", "found", "finds",
  ]

  /// Words after such a verb that show it reports no clause ("I think so", "I know him").
  static let personalObjects: WordSet = [
    "so", "about", "of", "for", "to", "him", "them", "me", "us", ".", "?", "!", ";", ")",
    "too", "either", "yet", "anything", "nothing", "everything", "much", "more", "up", "out",
  ]

  /// Verbs of seeing and meaning whose object is a thing when an article or a quantity follows
  /// ("I saw a light", "I mean a mission that …", "I find many connections"), not a clause.
  static let perceptionVerbs: WordSet = [
    "see", "saw", "find", "found", "mean", "meant", "notice", "noticed", "recognized",
    "recognised",
  ]
  /// ("the", "this", "no" open clauses too: "I mean the question is why …".)
  static let thingOpeners: WordSet = ["a", "an", "many", "several", "lots", "plenty"]

  /// `personal`'s verb at `i` as a cue (its subject is checked by the finder).
  static func personalCue(at i: Int, _ tokens: [Token]) -> Cue? {
    personal.contains(tokens[i].norm)
      ? Cue(words: [tokens[i].norm], stance: .assert, role: .verb) : nil
  }

  /// Phrase cues by their first word, in the order of `phrases`.
  static let phrasesByFirstWord: [String: [Cue]] = Dictionary(
    grouping: phrases, by: { $0.words[0] })

  /// Verb cues by word.
  static let verbIndex: WordTable<Statement.Stance> = {
    var out: [String: Statement.Stance] = [:]
    for (stance, words) in verbs { for w in words { out[w] = stance } }
    return WordTable(out)
  }()

  /// Words in a statement's object that turn it into a commitment
  /// ("reiterated Russia's commitment", "confirmed its readiness").
  static let commitmentWords: WordSet = [
    "commitment", "commitments", "committed", "readiness", "ready", "prepared", "willing",
    "willingness",
    "obligations", "determination", "pledge", "intends", "will", "would", "continue",
  ]

  /// Words in a reply that make it a denial ("replied that no date had been agreed").
  static let negations: WordSet = [
    "not", "never", "no", "n't", "false", "baseless", "groundless",
  ]

  /// Words in what was said that make it a demand ("said she had asked the ICRC to …").
  static let demandWords: WordSet = [
    "must", "asked", "urged", "demanded", "should", "needed", "needs",
  ]

  /// Words of readiness that make what was said a commitment ("ready to work").
  static let readinessWords: WordSet = [
    "commitment", "commitments", "committed", "readiness", "ready", "prepared", "willing",
    "willingness", "obligations", "determination", "pledge", "intends",
  ]

  /// Words of blame that make what was said about another party an accusation.
  static let blameWords: WordSet = [
    "terrorist", "terrorism", "manipulation", "games", "provocation", "provocations", "sabotage",
    "sabotaging", "responsibility", "torture", "ill-treatment", "crimes", "aggression", "lies",
    "lying", "propaganda", "coup", "illegitimate", "illegal", "violated", "violation", "violations",
    "spreading", "derailed", "postponed", "obstructing", "blocking", "hypocrisy", "ultimatum",
    "disinformation", "blackmail", "interested", "delaying", "stalling", "refused",
  ]

  /// Labels that make "called X a …" an accusation.
  static let accusingLabels: WordSet = [
    "ultimatum", "provocation", "provocations", "terrorist", "terrorism", "lie", "lies",
    "propaganda",
    "blackmail", "sabotage", "aggression", "aggressor", "crime", "crimes", "hypocrisy",
  ]

  /// The cue at token `i`, if any: multi-word phrases first, then nouns, then verbs.
  static func cue(at i: Int, _ tokens: [Token]) -> Cue? {
    guard let (phrases, verb) = cuesByFirstWord[tokens[i].norm] else { return nil }
    for p in phrases where i + p.words.count <= tokens.count {
      var ok = true
      for (k, w) in p.words.enumerated() where tokens[i + k].norm != w {
        ok = false
        break
      }
      if !ok { continue }
      // A noun cue needs an owner: "Russia's claims", "accusations from Moscow", or stands
      // after a determiner with a party later on; a noun followed by "that" is still one.
      if p.role == .noun, p.words.count == 1 {
        let prevIsPossessive = i > 0 && tokens[i - 1].norm == "'s"
        let nextIsFrom = i + 1 < tokens.count && ["from", "by"].contains(tokens[i + 1].norm)
        if !prevIsPossessive && !nextIsFrom { continue }
      }
      return p
    }
    if let stance = verb {
      return Cue(words: [tokens[i].norm], stance: stance, role: .verb)
    }
    return nil
  }

  /// Phrase cues (`phrasesByFirstWord`) and the verb stance (`verbIndex`) of each word that
  /// can open a cue: `cue(at:)` runs on every word, so one look-up serves both.
  static let cuesByFirstWord: WordTable<(phrases: [Cue], verb: Statement.Stance?)> = {
    var out: [String: (phrases: [Cue], verb: Statement.Stance?)] = [:]
    for word in Set(phrasesByFirstWord.keys).union(verbIndex.keys) {
      out[word] = (phrasesByFirstWord[word, default: []], verbIndex[word])
    }
    return WordTable(out)
  }()
}
