/// Organisation head words wherever they stand in a capitalised run, in English and the
/// languages news quotes names in ("Andean Community", "Comunidad Andina", "Ministry of
/// Defence", "Partido Comunista do Brasil"), and the short names an article defines for such a
/// run in brackets ("Southern Common Market (Mercosur)"). A tagger feature for models trained
/// with `--organization-runs` (session 18, `NameModel.organizationRuns`).
enum NameOrganizationRuns {
  /// Accent-folded, lower-case head words of bodies of people: governments, blocs, markets,
  /// parties, ministries, offices, exchanges, publications.
  static let heads: Set<String> = [
    // English
    "community", "market", "ministry", "office", "government", "exchange", "movement",
    "commission", "council", "committee", "union", "party", "agency", "department", "bureau",
    "authority", "administration", "assembly", "parliament", "congress", "senate", "court",
    "tribunal", "front", "alliance", "coalition", "league", "federation", "association",
    "organization", "organisation", "cooperation", "corporation", "company", "group", "bank",
    "fund", "foundation", "institute", "university", "college", "academy", "society", "church",
    "network", "forces", "army", "navy", "police", "service", "services", "board", "trust",
    "times", "journal", "tribune", "herald", "gazette", "magazine", "press", "post", "news",
    "express", "daily", "inc", "corp", "ltd", "plc",
    // Spanish, Portuguese, Italian
    "comunidad", "comunidade", "comunita", "mercado", "partido", "partito", "ministerio",
    "ministero", "gobierno", "governo", "comision", "comissao", "commissione", "union", "uniao",
    "unione", "frente", "fronte", "movimiento", "movimento", "banco", "bolsa", "borsa",
    "consejo", "conselho", "consiglio", "asamblea", "assembleia", "congreso", "congresso",
    "instituto", "istituto", "universidad", "universidade", "universita", "fundacion",
    "fundacao", "fondazione", "asociacion", "associacao", "associazione", "sindicato",
    "empresa", "compania", "companhia", "ejercito", "exercito", "esercito", "policia", "polizia",
    "tribunal", "corte", "camara", "senado", "secretaria", "agencia", "organizacion",
    "organizacao", "diario", "jornal", "folha", "periodico", "corriere", "repubblica",
    // French
    "parti", "ministere", "gouvernement", "communaute", "marche", "mouvement", "banque",
    "bourse", "conseil", "assemblee", "institut", "universite", "fondation", "societe",
    "armee", "cour", "agence", "organisation", "monde", "figaro",
    // German, Dutch
    "partei", "ministerium", "regierung", "gemeinschaft", "markt", "bewegung", "bundesbank",
    "rat", "bund", "verband", "gesellschaft", "stiftung", "universitat", "hochschule", "amt",
    "zeitung", "partij", "ministerie", "regering", "gemeenschap",
  ]

  /// Words that join the capitalised words of one name ("Ministry of Defence", "Mercado Común
  /// del Sur", "Partido Comunista do Brasil").
  static let joiners: Set<String> = [
    "of", "the", "and", "for", "&", "de", "del", "do", "da", "dos", "das", "des", "du", "la",
    "le", "les", "el", "y", "e", "et", "di", "della", "der", "die", "fur", "van", "voor",
  ]

  /// An article's short names for organisation runs (one capitalised word in brackets right
  /// after a run with a head word), as the hashes `NameFeatures.wordHashes` gives.
  struct Article {
    var shortNames: Set<UInt64>
    init<C: Collection>(_ sentences: C) where C.Element == [Token] {
      var names = Set<UInt64>()
      for tokens in sentences {
        let runs = NameOrganizationRuns.runs(tokens)
        for run in runs where run.upperBound + 2 < tokens.count {
          let open = run.upperBound
          guard tokens[open].norm == "(", tokens[open + 2].norm == ")",
            tokens[open + 1].isWord, tokens[open + 1].isCapitalized
          else { continue }
          names.insert(NameFeatures.hash(tokens[open + 1].norm.utf8))
        }
      }
      shortNames = names
    }
  }

  /// Per token: 2 a head word of an organisation run, 1 another word of such a run, 3 a
  /// capitalised word the article defines as the short name of one, 0 otherwise.
  static func codes(_ tokens: [Token], words: [UInt64], article: Article) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: tokens.count)
    for run in runs(tokens) {
      for j in run where tokens[j].isWord && tokens[j].isCapitalized {
        out[j] = heads.contains(tokens[j].norm) ? 2 : 1
      }
    }
    if !article.shortNames.isEmpty {
      for i in tokens.indices where out[i] == 0 && tokens[i].isCapitalized {
        if article.shortNames.contains(words[i]) { out[i] = 3 }
      }
    }
    return out
  }

  /// The capitalised runs of two words or more (joined by `joiners`) that hold a head word.
  static func runs(_ tokens: [Token]) -> [Range<Int>] {
    CapitalizedRuns.ranges(tokens, isJoiner: joiners.contains).filter { run in
      run.count > 1 && run.contains { heads.contains(tokens[$0].norm) }
    }
  }
}
