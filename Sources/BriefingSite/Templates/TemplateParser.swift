/// Parses the Mustache subset of `templates/` into a ``CompiledTemplate``: text, `{{name}}`,
/// `{{{name}}}` / `{{&name}}`, sections `{{#name}}`, inverted sections `{{^name}}`, comments,
/// partials `{{> name}}`, set-delimiter tags, transforms such as `{{^last()}}` and the
/// `{{% CONTENT_TYPE: X }}` pragma.
///
/// The reading is ported from swift-mustache 2.1.1 (`Template+Parser.swift`, Apache-2.0, the
/// Hummingbird authors) step for step: which whitespace and newlines a standalone tag removes,
/// and where an error is located, must stay exactly as in the reference that the tests compare
/// with. Template inheritance (`{{< }}`, `{{$ }}`) and dynamic partials (`{{> *name}}`) are not
/// in the subset and are refused with their position.
enum TemplateParser {
  /// What went wrong, and where (line and column from 1, as swift-mustache counts them).
  struct Failure: Error {
    var line: Int
    var column: Int
    var error: any Error
  }

  /// The syntax errors swift-mustache reports, and the constructs this engine leaves out.
  enum SyntaxError: Error, Equatable {
    case sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
    case invalidConfigVariableSyntax, unrecognisedConfigVariable
    case unsupported(String)
  }

  /// Parses `text`, whose values are escaped for HTML until a content-type pragma says otherwise
  /// (as swift-mustache starts every template and partial).
  static func parse(_ text: String) throws(Failure) -> CompiledTemplate {
    var reader = TemplateReader(text)
    do {
      return CompiledTemplate(
        nodes: try parse(&reader, state: State(), escaping: .html))
    } catch {
      let location = reader.location()
      throw Failure(line: location.line, column: location.column, error: error)
    }
  }

  private struct State {
    var sectionName: String?
    var sectionTransforms: [String] = []
    var newLine = true
    var start = "{{"
    var end = "}}"

    func section(_ name: String, newLine: Bool, transforms: [String]) -> State {
      var state = self
      state.sectionName = name
      state.sectionTransforms = transforms
      if !newLine { state.newLine = false }
      return state
    }
  }

  private static func parse(
    _ reader: inout TemplateReader, state: State, escaping initialEscaping: TemplateEscaping
  ) throws -> [TemplateNode] {
    var nodes: [TemplateNode] = []
    var state = state
    var escaping = initialEscaping
    var whiteSpaceBefore: Substring = ""
    func text(_ string: String) { nodes.append(.text(Array(string.utf8))) }
    while !reader.reachedEnd {
      if state.newLine { whiteSpaceBefore = reader.read(while: Self.blanks) }
      let before = try readUntilDelimiterOrNewline(&reader, state: state)
      if reader.current().isNewline {
        text(String(whiteSpaceBefore) + before + String(reader.current()))
        state.newLine = true
        reader.advance()
        continue
      }
      if !before.isEmpty {
        text(String(whiteSpaceBefore) + before)
        whiteSpaceBefore = ""
        state.newLine = false
      }
      if reader.reachedEnd { break }
      func flushWhiteSpace() {
        if !whiteSpaceBefore.isEmpty {
          text(String(whiteSpaceBefore))
          whiteSpaceBefore = ""
        }
      }
      var setNewLine = false
      switch reader.current() {
      case "#", "^":
        let inverted = reader.current() == "^"
        reader.advance()
        let (name, transforms) = try parseName(&reader, state: state)
        if isStandalone(&reader, state: state) {
          setNewLine = true
        } else {
          flushWhiteSpace()
        }
        let body = try parse(
          &reader, state: state.section(name, newLine: setNewLine, transforms: transforms),
          escaping: escaping)
        let path = TemplatePath(name: name, transforms: transforms)
        nodes.append(
          inverted
            ? .inverted(path, CompiledTemplate(nodes: body))
            : .section(path, CompiledTemplate(nodes: body)))
      case "/":
        reader.advance()
        let position = reader.position
        let (name, transforms) = try parseName(&reader, state: state)
        guard name == state.sectionName, transforms == state.sectionTransforms else {
          reader.setPosition(position)
          throw SyntaxError.sectionCloseNameIncorrect
        }
        if !isStandalone(&reader, state: state) { flushWhiteSpace() }
        return nodes
      case "!":
        reader.advance()
        _ = try reader.read(untilString: state.end, skipToEnd: true)
        setNewLine = isStandalone(&reader, state: state)
      case "{", "&":
        let triple = reader.current() == "{"
        flushWhiteSpace()
        reader.advance()
        let (name, transforms) = try parseName(&reader, state: state)
        if triple { guard try reader.read("}") else { throw SyntaxError.unfinishedName } }
        nodes.append(.unescaped(TemplatePath(name: name, transforms: transforms)))
      case ">":
        reader.advance()
        reader.read(while: \.isWhitespace)
        if reader.current() == "*" { throw SyntaxError.unsupported("dynamic partials") }
        let name = try parsePartialName(&reader, state: state)
        if !whiteSpaceBefore.isEmpty { text(String(whiteSpaceBefore)) }
        if isStandalone(&reader, state: state) {
          setNewLine = true
          nodes.append(.partial(name, indentation: String(whiteSpaceBefore)))
        } else {
          nodes.append(.partial(name, indentation: nil))
        }
        whiteSpaceBefore = ""
      case "<", "$":
        throw SyntaxError.unsupported("template inheritance")
      case "=":
        reader.advance()
        state = try setDelimiter(&reader, state: state)
        setNewLine = isStandalone(&reader, state: state)
      case "%":
        reader.advance()
        escaping = try readConfigVariable(&reader, state: state)
        setNewLine = isStandalone(&reader, state: state)
      default:
        flushWhiteSpace()
        let (name, transforms) = try parseName(&reader, state: state)
        nodes.append(.variable(TemplatePath(name: name, transforms: transforms), escaping))
      }
      state.newLine = setNewLine
    }
    guard state.sectionName == nil else { throw SyntaxError.expectedSectionEnd }
    return nodes
  }

  /// Text up to the next start delimiter (read) or newline (left at the cursor).
  private static func readUntilDelimiterOrNewline(
    _ reader: inout TemplateReader, state: State
  ) throws -> String {
    guard let first = state.start.first else { return "" }
    let stops: Set<Character> = ["\n", "\r\n", first]
    var total = ""
    while !reader.reachedEnd {
      total += try reader.read(until: stops, throwOnOverflow: false)
      if reader.current().isNewline {
        break
      } else if reader.current() == first {
        if try reader.read(string: state.start) { break }
        total.append(first)
        reader.advance()
      }
    }
    return total
  }

  /// A tag's name and its transforms, outermost first: `last()` is ("", ["last"]),
  /// `empty(aliases)` is ("aliases", ["empty"]).
  private static func parseName(_ reader: inout TemplateReader, state: State) throws -> (
    String, [String]
  ) {
    reader.read(while: \.isWhitespace)
    let text = String(reader.read(while: nameCharacters))
    reader.read(while: \.isWhitespace)
    guard try reader.read(string: state.end) else { throw SyntaxError.unfinishedName }

    var name = TemplateReader(text)
    let first = name.read(while: nameCharactersWithoutBrackets)
    if name.reachedEnd { return (text, []) }
    guard name.current() == "(" else { throw SyntaxError.unfinishedName }
    name.advance()
    var transforms: [Substring] = [first]
    while true {
      let part = name.read(while: nameCharactersWithoutBrackets)
      switch name.current() {
      case ")":
        name.advance()
        guard name.read(while: ")") + 1 == transforms.count, name.reachedEnd else {
          throw SyntaxError.unfinishedName
        }
        return (String(part), transforms.map(String.init))
      case "(":
        name.advance()
        transforms.append(part)
      default:
        throw SyntaxError.unfinishedName
      }
    }
  }

  private static func parsePartialName(_ reader: inout TemplateReader, state: State) throws
    -> String
  {
    reader.read(while: \.isWhitespace)
    let text = String(reader.read(while: partialNameCharacters))
    reader.read(while: \.isWhitespace)
    guard try reader.read(string: state.end) else { throw SyntaxError.unfinishedName }
    return text
  }

  private static func setDelimiter(_ reader: inout TemplateReader, state: State) throws -> State {
    let start: Substring
    let end: Substring
    do {
      reader.read(while: \.isWhitespace)
      start = try reader.read(until: \.isWhitespace)
      reader.read(while: \.isWhitespace)
      end = try reader.read(until: { $0 == "=" || $0.isWhitespace })
      reader.read(while: \.isWhitespace)
    } catch {
      throw SyntaxError.invalidSetDelimiter
    }
    guard try reader.read("=") else { throw SyntaxError.invalidSetDelimiter }
    guard try reader.read(string: state.end) else { throw SyntaxError.invalidSetDelimiter }
    guard !start.isEmpty, !end.isEmpty else { throw SyntaxError.invalidSetDelimiter }
    var state = state
    state.start = String(start)
    state.end = String(end)
    return state
  }

  /// `{{% CONTENT_TYPE: HTML | TEXT | MARKDOWN }}`: how values are escaped from here on.
  private static func readConfigVariable(_ reader: inout TemplateReader, state: State) throws
    -> TemplateEscaping
  {
    let variable: Substring
    let value: Substring
    do {
      reader.read(while: \.isWhitespace)
      variable = reader.read(while: nameCharactersWithoutBrackets)
      reader.read(while: \.isWhitespace)
      guard try reader.read(":") else { throw SyntaxError.invalidConfigVariableSyntax }
      reader.read(while: \.isWhitespace)
      value = reader.read(while: nameCharactersWithoutBrackets)
      reader.read(while: \.isWhitespace)
      guard try reader.read(string: state.end) else {
        throw SyntaxError.invalidConfigVariableSyntax
      }
    } catch {
      throw SyntaxError.invalidConfigVariableSyntax
    }
    guard !variable.isEmpty, !value.isEmpty else { throw SyntaxError.invalidConfigVariableSyntax }
    guard variable == "CONTENT_TYPE", let escaping = TemplateEscaping(rawValue: String(value))
    else { throw SyntaxError.unrecognisedConfigVariable }
    return escaping
  }

  /// Whether the tag just read is alone on its line; if so, its line end is read too.
  private static func isStandalone(_ reader: inout TemplateReader, state: State) -> Bool {
    guard state.newLine else { return false }
    if reader.reachedEnd { return true }
    var ahead = reader
    ahead.read(while: blanks)
    guard ahead.current().isNewline else { return false }
    ahead.advance()
    reader.setPosition(ahead.position)
    return true
  }

  private static let blanks = Set<Character>(" \t")
  private static let nameCharactersWithoutBrackets = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
  private static let nameCharacters = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
  private static let partialNameCharacters = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
