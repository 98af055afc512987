import BriefingModels

/// Where a span of the name tagger and the mentions of the gazetteer and rules overlap, the
/// rules' reading stands unless the tagger's is better on the evidence (`yieldToTagger`).
extension TaggedNames {
  /// Where the tagger's span reads a name better than the rules' mentions it overlaps, they give
  /// way: a person's name the rules began with a title or another word ("Biologist Nick Bos",
  /// "President Trump") is cut to the tagger's, unless a given name is cut off ("Prime Minister
  /// Rishi Sunak" stays, not "Sunak"); a longer name around what the rules found ("Valeska
  /// Paris" around the capital, "Sky News" around a "News" the article took for a surname) is
  /// the tagger's, when what it holds is a state, a place, or a party only this article defined
  /// (for a place, one such party: "Las Vegas" around a "Vegas" taken for a person).
  static func yieldToTagger(
    _ range: Range<Int>, _ kind: NameKind, _ text: String, _ tokens: [Token], _ index: Int,
    _ found: inout SentenceParties, _ book: inout PartyBook
  ) {
    let overlapping = found.mentions.indices.filter {
      !found.mentions[$0].embedded && found.mentions[$0].tokens.overlaps(range)
    }
    let places = found.places.indices.filter { found.places[$0].tokens.overlaps(range) }
    guard !overlapping.isEmpty || !places.isEmpty else { return }
    func within(_ r: Range<Int>) -> Bool {
      r.lowerBound >= range.lowerBound && r.upperBound <= range.upperBound
    }
    // A person the rules named from a word before the name ("Biologist", "For", "President").
    if kind == .person, places.isEmpty, overlapping.count == 1 {
      let m = found.mentions[overlapping[0]]
      if m.kind == .person, m.tokens.upperBound == range.upperBound,
        m.tokens.lowerBound < range.lowerBound,
        !(m.tokens.lowerBound..<range.lowerBound).contains(where: {
          NameLexicon.builtIn.isGivenName(tokens[$0])
        })
      {
        found.mentions[overlapping[0]].tokens = range
        found.mentions[overlapping[0]].text = text
        return
      }
    }
    // The same words as a party only this article defined, read as another kind now ("Sky
    // News", taken for a person at first; "Johnson Space Center", an organisation by its head).
    if places.isEmpty, overlapping.count == 1 {
      let m = found.mentions[overlapping[0]]
      let same: NameKind =
        switch m.kind {
        case .person: .person
        case .organization, .group: .organization
        case .state: .place
        }
      // But an organisation that opens the sentence and speaks ("The Carter Center, one of the
      // few observers, said") is no place.
      let opens =
        range.lowerBound == 0 || (range.lowerBound == 1 && tokens[0].norm == "the")
      let speaks =
        kind == .place && opens && PartyRecognizer.speaksNext(after: range.upperBound, tokens)
      if m.tokens == range, same != kind, book.entry(m.id) != nil, !speaks {
        book.forget(m.id, sentence: index, text: m.text)
        found.mentions.remove(at: overlapping[0])
        return
      }
    }
    guard overlapping.allSatisfy({ within(found.mentions[$0].tokens) }),
      places.allSatisfy({ within(found.places[$0].tokens) }),
      overlapping.allSatisfy({ found.mentions[$0].tokens != range }),
      places.allSatisfy({ found.places[$0].tokens != range }),
      overlapping.allSatisfy({
        let m = found.mentions[$0]
        return m.kind == .state
          || (book.entry(m.id) != nil && (kind != .place || overlapping.count + places.count == 1))
      }),
      // "Warhol Polaroid": a name the article gave in full before, by its surname, then another
      // word, is that person and a word after the name (but "Wong | Kwok" of "Wong Kwok-kin",
      // two short forms, are one name the rules cut).
      overlapping.count + places.count > 1
        || !overlapping.contains(where: {
          let m = found.mentions[$0]
          guard m.kind == .person, m.tokens.lowerBound == range.lowerBound,
            let e = book.entry(m.id)
          else { return false }
          return e.name.count > m.text.count
        })
    else { return }
    for k in overlapping.reversed() {
      let m = found.mentions[k]
      book.forget(m.id, sentence: index, text: m.text)
    }
    let gone = Set(overlapping)
    found.mentions = found.mentions.indices.filter { !gone.contains($0) }.map { found.mentions[$0] }
    let placesGone = Set(places)
    found.places = found.places.indices.filter { !placesGone.contains($0) }.map { found.places[$0] }
  }
}
