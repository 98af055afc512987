extension TaggedNames {
  /// An "organisation" that is only a capital the gazetteer knows ("Kabul and Belarus are
  /// expected to exchange lists", "Pristina claimed"): the city standing for its government, not
  /// a new body, so it stays a place as the rules read a capital; `codes`: `GazetteerCodes`.
  static func isCapitalOnly(_ range: Range<Int>, _ tokens: [Token], _ codes: [UInt8]) -> Bool {
    let words = range.filter { tokens[$0].isWord }
    // Code 6 (×2, +1 inside): a capital.
    return !words.isEmpty
      && words.allSatisfy { (12...13).contains(codes[$0] & ~GazetteerCodes.head) }
  }
}
