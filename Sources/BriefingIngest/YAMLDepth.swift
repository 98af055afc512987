import BriefingModels

/// A cheap, conservative scan of YAML nesting depth, run before the YAML parser.
///
/// Counts flow brackets (`[`, `{`) outside quotes plus block levels (indentation steps and
/// compact `- ` items). It may over-count odd but legal YAML; the limit is generous for that.
enum YAMLDepth {
  /// The 1-based line at which nesting first exceeds `limit`, or nil.
  static func firstLineDeeperThan(_ limit: Int, in yaml: String) -> Int? {
    var flow = 0
    var indents: [Int] = []
    var lineNumber = 0
    // Without a "\r" (so no "\r\n" character) every "\n" is a character of its own, and the
    // lines split on bytes are those split on characters.
    let lines: [Substring] =
      yaml.utf8Contains(0x0D)
      ? yaml.split(separator: "\n", omittingEmptySubsequences: false)
      : yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    for line in lines {
      lineNumber += 1
      let scalars = Array(line.unicodeScalars)
      var i = 0
      while i < scalars.count, scalars[i] == " " { i += 1 }
      let indent = i
      let rest = scalars[i...]
      if flow == 0, !rest.isEmpty, rest.first != "#" {
        while let last = indents.last, last > indent { indents.removeLast() }
        if indents.last != indent { indents.append(indent) }
      }
      var dashes = 0
      while i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == " " {
        dashes += 1
        i += 2
        while i < scalars.count, scalars[i] == " " { i += 1 }
      }
      var quote: Unicode.Scalar? = nil
      var maxFlow = flow
      var previous: Unicode.Scalar = " "
      while i < scalars.count {
        let c = scalars[i]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "#", previous == " " || previous == "\t" {
          break
        } else if c == "\"" || c == "'",
          previous == " " || previous == "[" || previous == "{"
            || previous == "," || previous == ":" || i == 0
        {
          quote = c
        } else if c == "[" || c == "{" {
          flow += 1
          maxFlow = max(maxFlow, flow)
        } else if c == "]" || c == "}" {
          flow = max(0, flow - 1)
        }
        previous = c
        i += 1
      }
      if indents.count + dashes + maxFlow > limit { return lineNumber }
    }
    return nil
  }
}
