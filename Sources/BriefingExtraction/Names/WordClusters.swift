import Foundation

/// Word classes learned from unlabelled text (`WordClusterLearner`): each known word's bit path,
/// whose 4-, 6- and 10-bit prefixes the name tagger reads as features, so a word the labelled
/// data never showed ("Sacramento") can lean on the words that share its class ("Houston").
///
/// File format (`Resources/clusters.tsv`): one `word<TAB>path` line per word, sorted by word.
public struct WordClusters: Sendable {
  /// Word → its path of "0"/"1".
  public private(set) var paths: [String: String]
  /// Word hash (`NameFeatures.hash` of the lower-cased word) → the path as bits behind a
  /// leading 1 (so "01" and "1" differ).
  private var coded: [UInt64: UInt64] = [:]

  public init(paths: [String: String]) {
    self.paths = paths
    for (w, p) in paths {
      var bits: UInt64 = 1
      for c in p.utf8 { bits = bits << 1 | (c == UInt8(ascii: "1") ? 1 : 0) }
      coded[NameFeatures.hash(w.utf8)] = bits
    }
  }

  public var count: Int { paths.count }

  /// The first `n` bits of a word's path (with the leading 1), the whole path if shorter, 0 for
  /// a word without a class.
  @inline(__always)
  func prefix(_ word: UInt64, _ n: Int) -> UInt64 {
    guard let bits = coded[word] else { return 0 }
    let length = 63 - bits.leadingZeroBitCount
    return length > n ? bits >> UInt64(length - n) : bits
  }

  /// The 4-, 6- and 10-bit prefixes of a word's path (`prefix`), one lookup.
  @inline(__always)
  func prefixes(_ word: UInt64) -> (UInt64, UInt64, UInt64) {
    guard let bits = coded[word] else { return (0, 0, 0) }
    let length = 63 - bits.leadingZeroBitCount
    func cut(_ n: Int) -> UInt64 { length > n ? bits >> UInt64(length - n) : bits }
    return (cut(4), cut(6), cut(10))
  }

  /// The file's text.
  public func serialized() -> String {
    paths.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
  }

  /// Reads the file's text.
  public init(text: String) {
    var paths: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      if f.count == 2 { paths[String(f[0])] = String(f[1]) }
    }
    self.init(paths: paths)
  }

  /// The classes shipped in the module's resources, read once on first use (none if missing).
  public static let builtIn: WordClusters = {
    guard let url = Bundle.module.url(forResource: "clusters", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return WordClusters(paths: [:]) }
    return WordClusters(text: text)
  }()
}
