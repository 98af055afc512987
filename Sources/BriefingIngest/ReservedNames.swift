/// Names some file systems refuse (Windows device names); a slug never takes one.
public enum ReservedNames {
  static let devices: Set<String> =
    Set(["con", "prn", "aux", "nul"]).union((1...9).flatMap { ["com\($0)", "lpt\($0)"] })

  public static func isReserved(_ name: String) -> Bool {
    let stem = name.lowercased().split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
    return devices.contains(stem)
  }

  /// `con` → `con-article`; any other slug unchanged.
  public static func avoiding(_ slug: String) -> String {
    isReserved(slug) ? slug + "-article" : slug
  }
}
