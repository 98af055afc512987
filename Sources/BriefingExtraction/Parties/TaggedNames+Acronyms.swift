import BriefingModels

/// "The University of Southern Indiana … USI's art gallery", "the Korean People's Army (KPA)": an
/// acronym whose letters are the initials of a name the article uses is that party (or place),
/// at every mention, of the same kind as the long name. News writes the long name once and the
/// acronym after it; a definition in brackets may also come after the first acronyms.
extension TaggedNames {
  /// An acronym the rules and the tagger left alone in a sentence becomes a mention of the
  /// article's organisation or group whose name it abbreviates, or a place the article named
  /// so; failing both, of the long form an article-wide definition in brackets gives
  /// (`PartyBook.acronymDefinitions`).
  static func acronyms(
    _ tokens: [Token], index: Int, _ found: inout SentenceParties, _ book: inout PartyBook
  ) {
    for i in tokens.indices where isAcronym(tokens[i]) {
      let r = i..<(i + 1)
      guard !found.mentions.contains(where: { $0.tokens.overlaps(r) }),
        !found.places.contains(where: { $0.tokens.overlaps(r) })
      else { continue }
      let letters = acronymLetters(tokens[i])
      let text = String(tokens[i].text)
      if let entry = abbreviated(letters, book) {
        record(entry, r, text, index, &found, &book)
      } else if book.placeNames.contains(where: { initials($0) == letters }) {
        found.places.append(PlaceMention(name: text, tokens: r, locative: false))
      } else if let long = book.acronymDefinitions[letters] {
        if long.kind == .place {
          found.places.append(PlaceMention(name: text, tokens: r, locative: false))
          continue
        }
        let kind: Party.Kind = long.kind == .person ? .person : .organization
        let entry =
          book.entry(Slug.make(long.name))
          ?? Gazetteer.Entry(id: Slug.make(long.name), name: long.name, kind: kind, aliases: [])
        book.define(entry)
        record(entry, r, text, index, &found, &book)
      }
    }
  }

  /// The article's organisation or group, most recently named first, whose initials are these
  /// letters.
  static func abbreviated(_ letters: String, _ book: PartyBook) -> Gazetteer.Entry? {
    guard
      let party = book.all.last(where: {
        ($0.kind == .organization || $0.kind == .group) && initials($0.name) == letters
      })
    else { return nil }
    return Gazetteer.Entry(id: party.id, name: party.name, kind: party.kind, aliases: [])
  }

  /// A word of two to six capitals and no other letters ("USI", "KPA", "U.S." is one too).
  static func isAcronym(_ t: Token) -> Bool {
    guard t.isWord, t.isAllCaps else { return false }
    let n = t.text.unicodeScalars.filter { $0 != "." }.count
    return (2...6).contains(n)
  }

  /// The letters of an acronym, without dots ("U.S." → "US").
  static func acronymLetters(_ t: Token) -> String {
    String(t.text.unicodeScalars.filter { $0 != "." }.map(Character.init))
  }

  /// The initials of a name's capitalised words ("University of Southern Indiana" → "USI",
  /// "Korean People's Army" → "KPA"); "" for a name of one word, which abbreviates nothing.
  static func initials(_ name: String) -> String {
    initials(Tokenizer.tokens(of: name)[...])
  }

  static func initials(_ tokens: ArraySlice<Token>) -> String {
    let words = tokens.filter { $0.isWord && $0.isCapitalized }
    guard words.count >= 2 else { return "" }
    return String(words.compactMap { $0.text.first.map { Character($0.uppercased()) } })
  }

  /// The acronyms an article defines in brackets, beside their long form: "Korean People's Army
  /// [KPA]", "Kennedy Space Center (KSC)", "KSC (Kennedy Space Center)". Letters → the long name
  /// and the kind its head gives it (`NameHeads.kind`; an organisation when it gives none).
  static func acronymDefinitions(_ sentences: [[Token]]) -> [String: (name: String, kind: NameKind)]
  {
    var out: [String: (name: String, kind: NameKind)] = [:]
    for tokens in sentences {
      for i in tokens.indices where isAcronym(tokens[i]) && isOrganizationFrame(i, tokens) {
        let letters = acronymLetters(tokens[i])
        if out[letters] == nil { out[letters] = (String(tokens[i].text), .organization) }
      }
      for i in tokens.indices where tokens[i].norm == "(" || tokens[i].norm == "[" {
        // "Long Name (LN)".
        if i + 2 < tokens.count, isAcronym(tokens[i + 1]), [")", "]"].contains(tokens[i + 2].norm) {
          let letters = acronymLetters(tokens[i + 1])
          var start = i - 1
          while start >= 0, i - start <= 10 {
            let t = tokens[start]
            guard t.isWord || t.norm == "'s" || t.norm == "&" else { break }
            if t.isCapitalized, initials(tokens[start..<i]) == letters {
              out[letters] = (
                longName(tokens[start..<i]), NameHeads.kind(of: start..<i, tokens) ?? .organization
              )
              break
            }
            start -= 1
          }
        }
        // "LN (Long Name)".
        if i >= 1, isAcronym(tokens[i - 1]),
          let close = tokens[(i + 1)...].firstIndex(where: { [")", "]"].contains($0.norm) }),
          close - i <= 10, close > i + 1
        {
          let letters = acronymLetters(tokens[i - 1])
          if initials(tokens[(i + 1)..<close]) == letters {
            out[letters] = (
              longName(tokens[(i + 1)..<close]),
              NameHeads.kind(of: (i + 1)..<close, tokens) ?? .organization
            )
          }
        }
      }
    }
    return out
  }

  /// Words after an organisation's name that only an organisation has ("FTU spokesman").
  static let organizationRoles: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
    "chairman", "chairwoman", "chairperson", "headquarters", "members", "lawmaker", "lawmakers",
    "candidate", "candidates", "leader", "leadership",
  ]

  /// An acronym where a person's affiliation or an organisation's role stands: "DAB's Ben Chan",
  /// "Frederick Fung of ADPL", "Wong Kwok-kin of the FTU", "FTU spokesman". (Two capitalised
  /// words stand for the person: the frame is read before the sentence's names are.)
  static func isOrganizationFrame(_ i: Int, _ tokens: [Token]) -> Bool {
    func capitalized(_ k: Int) -> Bool {
      k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized
        && !tokens[k].isAllCaps
    }
    if i + 3 < tokens.count, tokens[i + 1].norm == "'s", capitalized(i + 2), capitalized(i + 3) {
      return true
    }
    if i + 1 < tokens.count, organizationRoles.contains(tokens[i + 1].norm) { return true }
    var of = i - 1
    if of >= 0, tokens[of].norm == "the" { of -= 1 }
    guard of >= 2, tokens[of].norm == "of" else { return false }
    // The person's last word may be hyphenated ("Wong Kwok-kin").
    var last = of - 1
    if last >= 2, tokens[last - 1].norm == "-", tokens[last].isWord { last -= 2 }
    return capitalized(last) && capitalized(last - 1)
  }

  /// The words of a run of tokens as the sentence writes them.
  private static func longName(_ run: ArraySlice<Token>) -> String {
    let first = run.first!
    let last = run.last!
    return String(first.text.base[first.range.lowerBound..<last.range.upperBound])
  }
}
