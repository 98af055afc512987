/// A cursor over a template's characters, for ``TemplateParser``.
///
/// Ported from swift-mustache 2.1.1's `Parser` (Apache-2.0, the Hummingbird authors), reading
/// `Character`s exactly as it does, so templates split into text and tags, and errors are
/// located, exactly as swift-mustache (the reference implementation in the tests) does.
struct TemplateReader {
  /// Ran off the end of the template inside a tag.
  struct Overflow: Error, CustomStringConvertible {
    var description: String { "overflow" }
  }

  let buffer: String
  private(set) var position: String.Index

  init(_ string: String) {
    buffer = string
    position = string.startIndex
  }

  var reachedEnd: Bool { position == buffer.endIndex }
  var atStart: Bool { position == buffer.startIndex }

  /// The character at the cursor, or NUL at the end.
  func current() -> Character { reachedEnd ? "\0" : buffer[position] }

  mutating func advance() { position = buffer.index(after: position) }
  mutating func retreat() { position = buffer.index(before: position) }
  mutating func setPosition(_ index: String.Index) { position = index }

  /// Reads `char` if it is next.
  mutating func read(_ char: Character) throws -> Bool {
    guard !reachedEnd else { throw Overflow() }
    guard buffer[position] == char else { return false }
    advance()
    return true
  }

  /// Reads `string` if it comes next; throws if fewer characters are left than it has.
  mutating func read(string: String) throws -> Bool {
    let start = position
    let count = string.count
    guard count > 0 else { return true }
    guard buffer.distance(from: position, to: buffer.endIndex) >= count else { throw Overflow() }
    let end = buffer.index(position, offsetBy: count)
    guard buffer[position..<end] == string else {
      position = start
      return false
    }
    position = end
    return true
  }

  mutating func read(until index: String.Index) -> Substring {
    let text = buffer[position..<index]
    position = index
    return text
  }

  /// Reads up to the first character in `set`, left at the cursor.
  mutating func read(until set: Set<Character>, throwOnOverflow: Bool) throws -> Substring {
    try read(until: { set.contains($0) }, throwOnOverflow: throwOnOverflow)
  }

  /// Reads up to the first character `stop` accepts, left at the cursor; at the end, throws
  /// (and goes back) if `throwOnOverflow`.
  mutating func read(until stop: (Character) -> Bool, throwOnOverflow: Bool = true) throws
    -> Substring
  {
    let start = position
    while !reachedEnd {
      if stop(buffer[position]) { return buffer[start..<position] }
      advance()
    }
    if throwOnOverflow {
      position = start
      throw Overflow()
    }
    return buffer[start..<position]
  }

  /// Reads up to `string`, then past it when `skipToEnd`.
  mutating func read(untilString string: String, skipToEnd: Bool) throws -> Substring {
    guard !string.isEmpty else { return "" }
    let start = position
    var found = position
    var index = string.startIndex
    while !reachedEnd {
      if buffer[position] == string[index] {
        if index == string.startIndex { found = position }
        index = string.index(after: index)
        if index == string.endIndex {
          advance()
          if !skipToEnd { position = found }
          return buffer[start..<found]
        }
      } else {
        index = string.startIndex
      }
      advance()
    }
    position = start
    throw Overflow()
  }

  @discardableResult
  mutating func read(while accept: (Character) -> Bool) -> Substring {
    let start = position
    while !reachedEnd, accept(buffer[position]) { advance() }
    return buffer[start..<position]
  }

  @discardableResult
  mutating func read(while set: Set<Character>) -> Substring { read(while: { set.contains($0) }) }

  /// How many times `char` repeats at the cursor (read).
  mutating func read(while char: Character) -> Int {
    var count = 0
    while !reachedEnd, buffer[position] == char {
      advance()
      count += 1
    }
    return count
  }

  /// Line and column (from 1) of the cursor, counted as swift-mustache counts them.
  func location() -> (line: Int, column: Int) {
    var reader = self
    var column = 0
    while !reader.atStart {
      reader.retreat()
      if reader.current() == "\n" { break }
      column += 1
    }
    let lines = buffer[buffer.startIndex..<position].filter(\.isNewline).count
    return (lines + 1, column + 1)
  }
}
