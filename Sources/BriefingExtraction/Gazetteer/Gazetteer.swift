import BriefingModels
import Foundation

/// Everything extraction knows about the world before reading an article: states (with aliases,
/// demonyms and capitals), the bodies every state has, international organisations, known people,
/// places, and the words that mark organisations and titles.
///
/// The data lives in `Resources/gazetteer.yml`; editors extend and override it with
/// `content/parties.yml` through `extended(with:)`. Look-ups go through a `PhraseIndex` keyed by
/// first token, so matching a text costs the same whatever the size of the gazetteer.
public struct Gazetteer: Sendable {
  /// One known party.
  struct Entry: Sendable, Hashable {
    var id: String
    var name: String
    var kind: Party.Kind
    var parent: String?
    var role: String?
    var description: String?
    var aliases: [String]
  }

  /// What a state lends to the names of its bodies.
  struct StateInfo: Sendable, Hashable {
    var id: String
    /// Leads the names of the state's bodies: "Russian" → "Russian Ministry of Defence".
    var prefix: String
  }

  private(set) var entries: [String: Entry] = [:]
  private(set) var states: [String: StateInfo] = [:]
  /// Canonical names of the bodies every state has ("Ministry of Defence").
  private(set) var bodies: [String] = []
  /// Normalised head words that make a capitalised name an organisation.
  private(set) var orgHeads: Set<String> = []
  /// `orgHeads` as a `WordSet`, for the look-up per token.
  private(set) var orgHeadWords: WordSet = []
  private(set) var index = PhraseIndex()
  /// The slug of each state's prefix to the state ("russian" → "russia"), so the parent of a
  /// body made by rule is a few dictionary look-ups instead of a slug per state.
  private var statesByPrefixSlug: [String: String] = [:]

  /// The built-in gazetteer, read once from the module's resources.
  public static func builtIn() throws -> Gazetteer {
    try cachedBuiltIn.get()
  }

  private static let cachedBuiltIn: Result<Gazetteer, any Error> = Result {
    guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "yml") else {
      throw Diagnostic(
        .gazetteerNotLoaded(reason: "missing from the BriefingExtraction bundle"),
        path: "gazetteer.yml")
    }
    return try Gazetteer(yaml: String(contentsOf: url, encoding: .utf8))
  }

  /// Reads a gazetteer in the format of `Resources/gazetteer.yml`.
  init(yaml: String) throws {
    let file: GazetteerFile
    do {
      file = try GazetteerFile(yaml: yaml)
    } catch {
      throw Diagnostic(.gazetteerNotLoaded(reason: Diagnostic.reason(error)), path: "gazetteer.yml")
    }
    for state in file.states { addState(state) }
    for (i, body) in file.bodies.enumerated() {
      bodies.append(body.name)
      for form in [body.name] + (body.aliases ?? []) {
        index.add(Phrase(form, meaning: .body(i), caseSensitive: false))
      }
    }
    for noun in file.stateNouns {
      index.add(Phrase(noun, meaning: .stateNoun, caseSensitive: false))
    }
    for org in file.organizations {
      add(org, defaultKind: .organization)
    }
    for person in file.people {
      add(person, defaultKind: .person)
    }
    for place in file.places {
      index.add(Phrase(place, meaning: .place(place), caseSensitive: true))
    }
    orgHeads = Set(file.orgHeads.map { Token.normalize($0) })
    orgHeadWords = WordSet(orgHeads.sorted())
    for title in file.titles {
      index.add(Phrase(title, meaning: .title(title), caseSensitive: false))
    }
  }

  /// This gazetteer with editor-curated parties added; an entry with a known id overrides it
  /// (its aliases are added to the known ones).
  public func extended(with definitions: [PartyDefinition]) -> Gazetteer {
    var copy = self
    for def in definitions {
      let id = def.id ?? Slug.make(def.name)
      var entry =
        copy.entries[id]
        ?? Entry(id: id, name: def.name, kind: def.kind, parent: def.parent, aliases: [])
      if entry.name != def.name { entry.aliases.append(entry.name) }
      entry.name = def.name
      entry.kind = def.kind
      if let parent = def.parent { entry.parent = parent }
      if let role = def.role { entry.role = role }
      if let description = def.description { entry.description = description }
      for alias in def.aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
      copy.entries[id] = entry
      copy.indexNames(of: entry)
    }
    return copy
  }

  /// The party a state's body is: "Russian" + "Ministry of Defence" → `russian-ministry-of-defence`.
  func bodyEntry(state: String, body: Int) -> Entry {
    let prefix = states[state]?.prefix ?? entries[state]?.name ?? state
    let name = "\(prefix) \(bodies[body])"
    let id = Slug.make(name)
    return entries[id] ?? Entry(id: id, name: name, kind: .organization, parent: state, aliases: [])
  }

  func entry(_ id: String) -> Entry? { entries[id] }

  /// The state a party belongs to, following parents ("sergei-lavrov" → "russia").
  func state(of id: String) -> String? {
    var current: String? = id
    var steps = 0
    while let c = current, steps < 8 {
      if states[c] != nil { return c }
      current = entries[c]?.parent ?? derivedParent(of: c)
      steps += 1
    }
    return nil
  }

  /// The parent of a body made by rule ("russian-foreign-ministry" → "russia"): the state whose
  /// prefix slug, followed by "-", starts the id; the longest such prefix when several do
  /// ("dominican-republic-army" is the Dominican Republic's, not Dominica's).
  private func derivedParent(of id: String) -> String? {
    var end = id.utf8.endIndex
    while let dash = id.utf8[..<end].lastIndex(of: UInt8(ascii: "-")) {
      let prefix = String(id[..<dash])
      if let state = statesByPrefixSlug[prefix], id.hasPrefix(prefix + "-") { return state }
      end = dash
    }
    return nil
  }

  private mutating func addState(_ state: GazetteerFile.State) {
    let id = Slug.make(state.name)
    let demonyms = state.demonyms ?? []
    var aliases = state.aliases ?? []
    if let capital = state.capital { aliases.append(capital) }
    entries[id] = Entry(id: id, name: state.name, kind: .state, aliases: aliases + demonyms)
    let info = StateInfo(id: id, prefix: state.prefix ?? demonyms.first ?? state.name)
    states[id] = info
    statesByPrefixSlug[Slug.make(info.prefix)] = id
    for form in [state.name] + (state.aliases ?? []) {
      index.add(Phrase(form, meaning: .name(id), caseSensitive: true))
    }
    for d in demonyms {
      index.add(Phrase(d, meaning: .demonym(id), caseSensitive: true))
      if let last = d.last, last == "n" || last == "i" {
        index.add(Phrase(d + "s", meaning: .demonym(id), caseSensitive: true))
      }
    }
    for capital in (state.capital.map { [$0] } ?? []) + (state.capitalAliases ?? []) {
      let meaning: PhraseMeaning = state.metonym == false ? .place(capital) : .capital(id)
      index.add(Phrase(capital, meaning: meaning, caseSensitive: true))
    }
  }

  private mutating func add(_ org: GazetteerFile.Organization, defaultKind: Party.Kind) {
    let id = org.id ?? Slug.make(org.name)
    let kind = org.kind.flatMap(Party.Kind.init(rawValue:)) ?? defaultKind
    let entry = Entry(
      id: id, name: org.name, kind: kind, parent: org.parent, role: org.role,
      aliases: org.aliases ?? [])
    entries[id] = entry
    indexNames(of: entry)
  }

  private mutating func indexNames(of entry: Entry) {
    for form in [entry.name] + entry.aliases {
      index.add(Phrase(form, meaning: .name(entry.id), caseSensitive: true))
    }
    if entry.kind == .person, let last = entry.name.split(separator: " ").last,
      last != Substring(entry.name)
    {
      index.add(Phrase(String(last), meaning: .name(entry.id), caseSensitive: true))
    }
  }
}
