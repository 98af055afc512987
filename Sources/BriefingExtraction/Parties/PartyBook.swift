import BriefingModels

/// The parties of one article as they are found: one `Party` per id, with every surface form
/// as an alias and every mention, plus the names the article itself teaches (a new person's
/// surname, an unknown organisation's name without its demonym).
struct PartyBook: Sendable {
  private(set) var order: [String] = []
  private(set) var parties: [String: Party] = [:]
  /// Article-local phrases: looked up before the gazetteer.
  var local = PhraseIndex()
  /// Parties the article itself defined (new people and organisations).
  var localEntries: [String: Gazetteer.Entry] = [:]
  /// The places the article named in more than one word so far, for the acronyms that
  /// abbreviate them (`TaggedNames.acronyms`).
  var placeNames: [String] = []
  /// The acronyms the article defines in brackets anywhere (`TaggedNames.acronymDefinitions`).
  var acronymDefinitions: [String: (name: String, kind: NameKind)] = [:]
  /// The person named most recently (by `record`, in reading order), with the sentence: what a
  /// later "he" or "she" stands for (see `referent(ofPronoun:)`).
  private(set) var lastNamedPerson: (id: String, sentence: Int)? = nil

  /// Personal pronouns that stand for the last named person.
  static let personPronouns: WordSet = ["he", "she", "him", "her", "his", "hers"]

  /// The party a personal pronoun ("he", "she", "him", "her", "his") stands for: the most
  /// recently named person of the article, at the time of asking. Parties are recorded
  /// sentence by sentence, so while a sentence is read this includes the people it names;
  /// `nil` for other words or when nobody has been named yet.
  func referent(ofPronoun word: String) -> String? {
    guard Self.personPronouns.contains(Token.normalize(word)) else { return nil }
    return lastNamedPerson?.id
  }

  /// Records one mention of a party described by `entry`.
  mutating func record(
    _ entry: Gazetteer.Entry, sentence: Int, text: String, parentFromText: String? = nil,
    role: String? = nil
  ) {
    if parties[entry.id] == nil { order.append(entry.id) }
    if entry.kind == .person { lastNamedPerson = (entry.id, sentence) }
    // Updated in place: a copy taken out of the dictionary would copy its mentions on append.
    Self.note(
      &parties[
        entry.id,
        default: Party(
          id: entry.id, name: entry.name, kind: entry.kind, parent: entry.parent, aliases: [],
          role: entry.role, description: entry.description)],
      id: entry.id, sentence: sentence, text: text, parentFromText: parentFromText, role: role)
  }

  private static func note(
    _ party: inout Party, id: String, sentence: Int, text: String, parentFromText: String?,
    role: String?
  ) {
    if let parentFromText, parentFromText != id { party.parent = parentFromText }
    if let role, party.role == nil || parentFromText != nil { party.role = role }
    if text != party.name && !party.aliases.contains(text) { party.aliases.append(text) }
    party.mentions.append(Mention(sentence: sentence, text: text))
  }

  /// Takes back the last mention `record` noted of a party in a sentence (a name the tagger read
  /// better since); a party left with no mention is no party of the article.
  mutating func forget(_ id: String, sentence: Int, text: String) {
    guard var party = parties[id],
      let k = party.mentions.lastIndex(where: { $0.sentence == sentence && $0.text == text })
    else { return }
    party.mentions.remove(at: k)
    if party.mentions.isEmpty {
      parties[id] = nil
      order.removeAll { $0 == id }
      if lastNamedPerson?.id == id { lastNamedPerson = nil }
    } else {
      if !party.mentions.contains(where: { $0.text == text }) {
        party.aliases.removeAll { $0 == text }
      }
      parties[id] = party
    }
  }

  /// Puts the party `entry` describes in the place of party `id` (same position, mentions and
  /// surface forms): a state that is a sports team in this article (`SportsTeams`).
  mutating func replace(_ id: String, by entry: Gazetteer.Entry) {
    guard let old = parties.removeValue(forKey: id), let k = order.firstIndex(of: id) else {
      return
    }
    order[k] = entry.id
    var aliases = old.aliases
    if old.name != entry.name && !aliases.contains(old.name) { aliases.insert(old.name, at: 0) }
    parties[entry.id] = Party(
      id: entry.id, name: entry.name, kind: entry.kind, parent: entry.parent, aliases: aliases,
      role: entry.role, description: entry.description, mentions: old.mentions)
  }

  /// The parent of a party of this article, as far as it is known.
  func parent(of id: String) -> String? { parties[id]?.parent }

  /// Whether two parties are the same or one belongs to the other (Russia and its ministries).
  func related(_ a: String, _ b: String, gazetteer: Gazetteer) -> Bool {
    ancestors(of: a, gazetteer).contains(b) || ancestors(of: b, gazetteer).contains(a)
  }

  private func ancestors(of id: String, _ gazetteer: Gazetteer) -> [String] {
    var out = [id]
    var current = id
    while out.count < 8, let p = parties[current]?.parent ?? gazetteer.entry(current)?.parent {
      if out.contains(p) { break }
      out.append(p)
      current = p
    }
    return out
  }

  /// The parties in order of first mention.
  var all: [Party] { order.compactMap { parties[$0] } }
}
