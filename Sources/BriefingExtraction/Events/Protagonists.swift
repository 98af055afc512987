/// The article's two sides, who "both sides" are and who take part in a two-sided happening
/// whose sentence names one side or none.
///
/// Sides are named together: "Russia and Ukraine", "both Moscow and Kyiv", "between Israel and
/// Hamas". The pair of parties (other than people) named together most often, at least twice, is
/// the article's two sides; a host or mediator that is named more often than one side but never
/// beside the other ("Türkiye", "the African Union") is not. Without such a pair, the two parties
/// named most often. Parties that speak together ("Washington and Riyadh said") are mediators
/// or allies reporting, not a pair of sides.
enum Protagonists {
  /// Words that may stand between the members of a list of names ("X, Y and the Z").
  static let listWords: WordSet = [",", "and", "the", "both"]

  /// - Parameter ranked: the article's parties other than people, most mentioned first.
  static func pick(_ sentences: [EventFinder.SentenceInput], ranked: [String]) -> [String] {
    var counts: [Pair: Int] = [:]
    for s in sentences {
      for pair in pairs(in: s) { counts[pair, default: 0] += 1 }
    }
    let rank = Dictionary(ranked.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
    func weight(_ p: Pair) -> Int { (rank[p.a] ?? ranked.count) + (rank[p.b] ?? ranked.count) }
    guard
      let best = counts.filter({ $0.value >= 2 }).max(by: { x, y in
        x.value != y.value ? x.value < y.value : weight(x.key) > weight(y.key)
      })?.key
    else { return Array(ranked.prefix(2)) }
    // In the order of the ranking, as before.
    return (rank[best.a] ?? .max) <= (rank[best.b] ?? .max) ? [best.a, best.b] : [best.b, best.a]
  }

  /// Two parties, unordered.
  struct Pair: Hashable {
    var a: String
    var b: String
    init(_ x: String, _ y: String) {
      (a, b) = x < y ? (x, y) : (y, x)
    }
  }

  /// The pairs of one sentence: every two parties (not people) of a run of names joined by
  /// commas and "and" that has an "and" in it.
  static func pairs(in s: EventFinder.SentenceInput) -> Set<Pair> {
    let names = s.parties.actors.filter { $0.kind != .person }.sorted {
      $0.tokens.lowerBound < $1.tokens.lowerBound
    }
    // Mediators speak together ("the United States and Saudi Arabia said"): not a pair of sides.
    let speakers = Set(s.statements.map(\.party))
    var out: Set<Pair> = []
    var run: [String] = []
    var joined = false
    func close() {
      if joined, run.count >= 2 {
        for i in run.indices {
          for j in run.indices where j > i && run[i] != run[j] {
            if !(speakers.contains(run[i]) && speakers.contains(run[j])) {
              out.insert(Pair(run[i], run[j]))
            }
          }
        }
      }
      run = []
      joined = false
    }
    var last: Range<Int>? = nil
    for m in names {
      if let l = last, l.upperBound <= m.tokens.lowerBound {
        let between = s.tokens[l.upperBound..<m.tokens.lowerBound]
        if between.count <= 3, between.allSatisfy({ listWords.contains($0.norm) }) {
          if between.contains(where: { $0.norm == "and" }) { joined = true }
        } else {
          close()
        }
      } else if last != nil {
        close()
      }
      run.append(m.id)
      last = m.tokens
    }
    close()
    return out
  }
}
