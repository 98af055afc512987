/// Derives a title for an article that has none: its first heading or first sentence, shortened.
public enum TitleDeriver {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.g",
    "i.e",
  ]

  /// The first Markdown heading (for `.md`) or the first sentence, at most
  /// `IngestLimits.maxDerivedTitleLength` characters (cut at a word, ending in "…").
  public static func title(from body: String, markdown: Bool) -> String? {
    if markdown {
      for line in body.split(separator: "\n") {
        let t = line.drop(while: { $0 == " " })
        if t.hasPrefix("# ") || t.hasPrefix("## ") {
          let heading = MetadataText.clean(String(t.drop(while: { $0 == "#" })))
          if !heading.isEmpty { return shorten(heading) }
        }
      }
    }
    let sentence = firstSentence(of: body, markdown: markdown)
    return sentence.isEmpty ? nil : shorten(sentence)
  }

  static func firstSentence(of body: String, markdown: Bool) -> String {
    var paragraph = ""
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      var t = Substring(line).drop(while: { $0 == " " || $0 == "\t" })
      if markdown { t = t.drop(while: { "#>*-+".contains($0) }).drop(while: { $0 == " " }) }
      if t.isEmpty {
        if paragraph.isEmpty { continue } else { break }
      }
      paragraph += (paragraph.isEmpty ? "" : " ") + t
    }
    let chars = Array(paragraph)
    var i = 0
    while i < chars.count {
      if ".!?".contains(chars[i]), i + 1 == chars.count || chars[i + 1] == " " {
        let before = String(chars[..<i])
        let lastWord = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let isAbbreviation =
          abbreviations.contains(lastWord) || (lastWord.count == 1 && chars[i] == ".")
        if !isAbbreviation || chars[i] != "." {
          return MetadataText.clean(String(chars[...i]))
        }
      }
      i += 1
    }
    return MetadataText.clean(paragraph)
  }

  static func shorten(_ s: String) -> String {
    let limit = IngestLimits.maxDerivedTitleLength
    var title = s
    if title.hasSuffix(".") { title.removeLast() }
    guard title.count > limit else { return title }
    var cut = String(title.prefix(limit - 1))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2
    {
      cut = String(cut[..<space])
    }
    while let last = cut.last, ",;:-–— ".contains(last) { cut.removeLast() }
    return cut + "…"
  }
}
