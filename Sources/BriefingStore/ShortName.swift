/// Eight base-36 digits of an id's ``StableHash`` (`k3x9a2bq`): a short name that depends on
/// the id alone, so it stays the same across builds whatever else the corpus holds. The site
/// names briefing folders with it; ingest makes ids unique by it as well as by their text.
public enum ShortName {
  /// The name of `id`. n ids share one with odds of about n²/5.6·10¹² (2·10⁻⁵ at 10,000).
  public static func of(_ id: String) -> String {
    var h = StableHash()
    h.add(id)
    var value = h.value
    return String(unsafeUninitializedCapacity: 8) { out in
      for i in 0..<8 {
        out[i] = base36[Int(value % 36)]
        value /= 36
      }
      return 8
    }
  }

  private static let base36: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
}
