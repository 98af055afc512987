import BriefingModels

/// Finds temporal expressions in a text and normalises them TimeML-style (TIMEX3) against
/// the document date: dates, times, durations and sets.
///
/// One pass of a hand-written tokeniser, then a longest-match grammar at each token: linear
/// in the length of the text, no regular expressions.
public struct TemporalTagger: Sendable {
  public init() {}

  /// The temporal expressions of `text`, in order. Offsets count Unicode scalars of `text`,
  /// end exclusive. Without a `documentDate`, unknown parts of a value are `X`s.
  public func tag(_ text: String, documentDate: CalendarDate?) -> [Timex] {
    let scalars = TemporalTokenizer.scalars(of: text)
    let tokens = TemporalTokenizer.tokenize(scalars)
    var grammar = TemporalGrammar(tokens: tokens, documentDate: documentDate)
    var found: [Timex] = []
    var i = 0
    while i < tokens.count {
      // Read in place, not through a copy of the token (most tokens are no trigger).
      let kind = tokens[i].kind
      let trigger =
        kind == .number || kind == .word && TemporalLexicon.triggers.contains(tokens[i].lower)
        || kind == .punct && (tokens[i].text == "'" || tokens[i].text == "’")
      guard trigger, let c = grammar.match(at: i) else {
        i += 1
        continue
      }
      if grammar.isNoise(start: i, end: c.end) {
        i = c.end
        continue
      }
      let start = tokens[i].start
      let end = tokens[c.end - 1].end
      found.append(
        Timex(
          start: start, end: end, text: String(scalars: scalars[start..<end]), type: c.type,
          value: c.value, mod: c.mod))
      if c.anchors { grammar.discourse.remember(c.value, at: c.end) }
      i = c.end
    }
    return found
  }

  /// The precision of a TIMEX3 date value (see `TimexValue.precision(ofValue:)`).
  public static func precision(ofValue value: String) -> EventDate.Precision? {
    TimexValue.precision(ofValue: value)
  }
}

extension TemporalDiscourse {
  /// Notes a value just tagged, so later anaphoric expressions can refer to it.
  mutating func remember(_ value: String, at token: Int) {
    guard let p = TimexValue.precision(ofValue: value), value.first?.isNumber == true else {
      return
    }
    switch p {
    case .quarter where value.contains("-Q"):
      lastQuarter = value
      lastQuarterToken = token
    case .day:
      lastDay = String(value.prefix(10))
      lastDayToken = token
      lastMonth = String(value.prefix(7))
      lastYear = String(value.prefix(4))
    case .month:
      lastMonth = value
      lastYear = String(value.prefix(4))
    case .year where value.count == 4: lastYear = value
    default: break
    }
  }
}
