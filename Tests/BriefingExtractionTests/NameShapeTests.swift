import Testing

@testable import BriefingExtraction

/// A word's shape, the tagger's most used feature, must not change with how it is computed:
/// the model's weights are keyed by it.
@Suite("Name word shapes")
struct NameShapeTests {
  /// The shape as first written, through Unicode properties for every scalar: the reference.
  static func referenceShape(_ s: Substring) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var last: UInt32 = 0
    var run = 0
    for u in s.unicodeScalars {
      let c: UInt32
      if u.properties.isUppercase {
        c = 88
      } else if u.properties.isLowercase {
        c = 120
      } else if u.value >= 48 && u.value <= 57 {
        c = 100
      } else {
        c = u.value
      }
      if c == last {
        run += 1
        if run >= 2 { continue }
      } else {
        run = 0
      }
      last = c
      h = (h ^ UInt64(c)) &* 0x100_0000_01b3
    }
    return h
  }

  @Test("every ASCII character, and words mixing ASCII with other scripts, shape as before")
  func sameAsTheReference() {
    let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    for a in ascii {
      #expect(NameFeatures.shape(Substring(a)) == Self.referenceShape(Substring(a)), "\(a)")
    }
    let words = [
      "McDonald's", "U.S.", "COVID-19", "Zelensky", "Çırağan", "ÉCOLE", "straße", "ǅemal",
      "ªº", "Ⅻ", "９月", "iPhone", "O’Neill", "", "x",
    ]
    for w in words {
      #expect(NameFeatures.shape(Substring(w)) == Self.referenceShape(Substring(w)), "\(w)")
    }
    var rng = SystemRandomNumberGenerator()
    let pool = Array("aZ09-'.ÉéßÇ’ǅ٣")
    for _ in 0..<2000 {
      let w = String((0..<Int.random(in: 0...9, using: &rng)).map { _ in pool.randomElement()! })
      #expect(NameFeatures.shape(Substring(w)) == Self.referenceShape(Substring(w)), "\(w)")
    }
  }
}
