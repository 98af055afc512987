/// Web addresses editors may link: absolute http(s) only, so no `javascript:` or `data:` link
/// can come from front matter.
public enum SafeURL {
  public static func isWebAddress(_ s: String) -> Bool {
    let lower = s.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
    let afterScheme = lower.drop(while: { $0 != "/" }).dropFirst(2)
    return !afterScheme.isEmpty && !afterScheme.hasPrefix("/")
      && !s.unicodeScalars.contains(where: {
        $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">"
      })
  }
}
