import Foundation

/// What an article called each capitalised word, for the tagger's memory feature.
/// EXPERIMENT: several modes, chosen by BRIEFING_NAME_MEMORY.
struct NameMemory {
  enum Mode: String {
    case first, vote, mask, twopass, twopassO, twopassMask, none
  }
  static let mode: Mode =
    Mode(rawValue: ProcessInfo.processInfo.environment["BRIEFING_NAME_MEMORY"] ?? "") ?? .first
  static var twoPass: Bool { mode == .twopass || mode == .twopassO || mode == .twopassMask }

  /// Word hash → the `NameKind` index + 1 it was first tagged with in the article.
  private var first: [UInt64: Int] = [:]
  /// Word hash → summed margins (or counts) per kind; index 0 = outside.
  private var votes: [UInt64: [Double]] = [:]
  private var order: [UInt64: Int] = [:]
  private var frozen: [UInt64: Int]? = nil

  /// The remembered kind of a word as the feature value, 0 if none.
  func kind(of word: UInt64) -> Int {
    if let frozen { return frozen[word] ?? 0 }
    switch Self.mode {
    case .none: return 0
    case .first: return first[word] ?? 0
    case .vote:
      guard let v = votes[word] else { return 0 }
      var best = 0
      for k in 1...3 where v[k] > 0 && (best == 0 || v[k] > v[best]) { best = k }
      return best
    case .mask:
      guard let v = votes[word] else { return 0 }
      var m = 0
      for k in 1...3 where v[k] > 0 { m |= 1 << (k - 1) }
      return (first[word] ?? 0) * 8 + m
    default: return 0
    }
  }

  /// Records the tags of one sentence; `margins[i]` is how far the token's tag won by.
  mutating func remember(_ keys: [NameFeatures.TokenKeys], _ tags: [Int], margins: [Double]) {
    for (i, t) in tags.enumerated() where keys[i].capitalized {
      let w = keys[i].word
      var k = 0
      if let kind = NameTag.kind(t), let index = NameKind.allCases.firstIndex(of: kind) {
        k = index + 1
        if first[w] == nil { first[w] = k }
      }
      if order[w] == nil { order[w] = order.count }
      var v = votes[w] ?? [0, 0, 0, 0]
      v[k] += Self.mode == .vote ? max(margins[i], 1) : 1
      votes[w] = v
    }
  }

  /// Two-pass: after a first reading of the whole article without memory, fixes each word's
  /// value to the first reading's majority.
  mutating func freeze() {
    var out: [UInt64: Int] = [:]
    for (w, v) in votes {
      var best = 0
      for k in 1...3 where v[k] > 0 && (best == 0 || v[k] > v[best]) { best = k }
      switch Self.mode {
      case .twopassO:
        if v[0] > v[best] || best == 0 { best = 4 }
        out[w] = best
      case .twopassMask:
        var m = 0
        for k in 1...3 where v[k] > 0 { m |= 1 << (k - 1) }
        out[w] = best * 8 + m
      default:
        if best > 0 { out[w] = best }
      }
    }
    frozen = out
  }

  var isFrozen: Bool { frozen != nil }
}
