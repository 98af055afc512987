import Foundation

/// The name tagger's weights: for each feature key, one 16-bit integer weight per tag, held in an
/// open-addressing hash table so scoring a token is a few probes and integer adds.
///
/// File format (`Resources/names.model`, little-endian): "BNM1" (or "BNM2" for a two-pass
/// model, "BNM3" for an agreeing two-pass one, see `Memory` and `agreeing`; "BNF" instead of
/// "BNM" for a model with `articleFrames`), the number of
/// features `n`, then `n` UInt32 keys, then `n × 7` Int16 weights (averaged perceptron
/// weights, the largest scaled to ±32767).
public struct NameModel: Sendable {
  /// How the article memory the model was trained with is kept (`NameMemory`); tagging must
  /// keep it the same way.
  public enum Memory: String, Sendable, CaseIterable {
    /// The kind each word was first tagged as the article is read.
    case firstTag = "first"
    /// The majority kind of a first reading of the whole article without memory.
    case twoPass = "two-pass"

  }

  public var memory: Memory = .firstTag
  /// Two-pass only (session 16): a word's majority kind is remembered only when the article
  /// agrees with it, i.e. it is the kind of most of the word's capitalised mentions in the first
  /// reading, and of two at least (`NameMemory.fixMajorities`).
  public var agreeing = false
  /// Two-pass only (session 19): each mention's remembered kind leaves its own first-reading tag
  /// out (`NameMemory.othersOnly`); header digit "4".
  public var othersOnly = false
  /// Two-pass only (session 19): a word's kind is its one-word names' majority when it has
  /// any (`NameMemory.wholeNames`); header digit "5".
  public var wholeNames = false
  /// Two-pass only (session 19): the memory is read beside the lexicon's and the gazetteer's code
  /// of the word (`NameMemory.evidence`); header digit "6".
  public var memoryEvidence = false
  /// Session 17: the tagger's features read the article's organisation and product frames
  /// (`NameFrames`, `NameFeatures.TokenKeys.frame`); header "BNF1", "BNF2" or "BNF3".
  public var articleFrames = false
  /// Session 18: the tagger's features read organisation runs (`NameOrganizationRuns`,
  /// `NameFeatures.TokenKeys.organizationRun`); header "BNO1–3", or "BNP1–3" with frames too.
  public var organizationRuns = false

  /// The file's first four bytes, saying how the memory is kept.
  var magic: [UInt8] {
    let digit =
      memory == .firstTag
      ? "1" : othersOnly ? "4" : wholeNames ? "5" : memoryEvidence ? "6" : agreeing ? "3" : "2"
    let letter =
      organizationRuns ? (articleFrames ? "P" : "O") : (articleFrames ? "F" : "M")
    return Array(("BN" + letter + digit).utf8)
  }
  /// Slot → key (0: empty).
  private var slots: [UInt32]
  /// Slot → the offset of its 7 weights in `weights`.
  private var rows: [Int32]
  private var weights: [Int16]
  private var mask: Int
  /// The keys in file order (for writing the model back).
  private var keys: [UInt32]

  public var featureCount: Int { keys.count }

  init(keys: [UInt32], weights: [Int16]) {
    precondition(weights.count == keys.count * NameTag.count)
    var capacity = 16
    while capacity < keys.count * 2 { capacity *= 2 }
    slots = [UInt32](repeating: 0, count: capacity)
    rows = [Int32](repeating: 0, count: capacity)
    mask = capacity - 1
    self.weights = weights
    self.keys = keys
    for (n, key) in keys.enumerated() {
      var s = Int(key) & mask
      while slots[s] != 0 { s = (s + 1) & mask }
      slots[s] = key
      rows[s] = Int32(n * NameTag.count)
    }
  }

  /// The summed weights of `features` for each tag: `add` for each key, over the table's
  /// storage read in place (no bounds checks or array retains per probe; the keys scored are
  /// the tagger's inner loop).
  func sums(_ features: UnsafeBufferPointer<UInt32>) -> (
    Int32, Int32, Int32, Int32, Int32, Int32, Int32
  ) {
    var scores: (Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0)
    let mask = self.mask
    slots.withUnsafeBufferPointer { slots in
      rows.withUnsafeBufferPointer { rows in
        weights.withUnsafeBufferPointer { weights in
          for key in features {
            var s = Int(key) & mask
            while true {
              let k = slots[s]
              if k == key {
                let r = Int(rows[s])
                scores.0 &+= Int32(weights[r])
                scores.1 &+= Int32(weights[r + 1])
                scores.2 &+= Int32(weights[r + 2])
                scores.3 &+= Int32(weights[r + 3])
                scores.4 &+= Int32(weights[r + 4])
                scores.5 &+= Int32(weights[r + 5])
                scores.6 &+= Int32(weights[r + 6])
                break
              }
              if k == 0 { break }
              s = (s + 1) & mask
            }
          }
        }
      }
    }
    return scores
  }

  /// The model as the bytes of its file.
  public func serialized() -> [UInt8] {
    var out = magic
    func put(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    put(UInt32(keys.count))
    for k in keys { put(k) }
    for w in weights { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
    return out
  }

  /// Reads a model from the bytes of its file.
  public init(bytes: [UInt8]) throws {
    let headers: [String: (Memory, Bool, Bool, Bool)] = [
      "1": (.firstTag, false, false, false), "2": (.twoPass, false, false, false),
      "3": (.twoPass, true, false, false), "4": (.twoPass, false, true, false),
      "5": (.twoPass, false, false, true), "6": (.twoPass, false, false, false),
    ]
    let header = String(decoding: bytes.prefix(4), as: UTF8.self)
    guard bytes.count >= 8, ["BNM", "BNF", "BNO", "BNP"].contains(where: header.hasPrefix),
      let (memory, agreeing, othersOnly, wholeNames) = headers[String(header.dropFirst(3))]
    else {
      throw NameModelError(message: "not a name model (no BNM1–6, BNF, BNO or BNP header)")
    }
    func word(_ at: Int) -> UInt32 {
      UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
        | UInt32(bytes[at + 3]) << 24
    }
    let n = Int(word(4))
    let weightsStart = 8 + 4 * n
    let expected = weightsStart + 2 * n * NameTag.count
    guard bytes.count == expected else {
      throw NameModelError(message: "name model: \(bytes.count) bytes, expected \(expected)")
    }
    let keys = Self.littleEndian(UInt32.self, bytes, from: 8, count: n)
    let weights = Self.littleEndian(Int16.self, bytes, from: weightsStart, count: n * NameTag.count)
    self.init(keys: keys, weights: weights)
    self.memory = memory
    self.agreeing = agreeing
    self.othersOnly = othersOnly
    self.wholeNames = wholeNames
    self.memoryEvidence = header.hasSuffix("6")
    self.articleFrames = header.hasPrefix("BNF") || header.hasPrefix("BNP")
    self.organizationRuns = header.hasPrefix("BNO") || header.hasPrefix("BNP")
  }

  /// `count` integers stored little-endian from byte `start` (within `bytes`): copied as they
  /// are, byte-swapped only on a big-endian machine. Every process reads the model's 670 KB, a
  /// decoding byte by byte cost 8 M instructions.
  private static func littleEndian<T: FixedWidthInteger>(
    _: T.Type, _ bytes: [UInt8], from start: Int, count: Int
  ) -> [T] {
    let size = MemoryLayout<T>.size
    precondition(start >= 0 && start + size * count <= bytes.count)
    let out = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { raw in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + size * count)]))
      }
      initialized = count
    }
    return 1.littleEndian == 1 ? out : out.map { T(littleEndian: $0) }
  }

  /// The model shipped in the module's resources, read once on first use.
  public static func builtIn() throws -> NameModel { try cachedBuiltIn.get() }

  private static let cachedBuiltIn: Result<NameModel, any Error> = Result {
    guard let url = Bundle.module.url(forResource: "names", withExtension: "model") else {
      throw NameModelError(message: "names.model is missing from the BriefingExtraction bundle")
    }
    return try NameModel(bytes: [UInt8](Data(contentsOf: url)))
  }
}

/// A name model could not be read.
public struct NameModelError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}
