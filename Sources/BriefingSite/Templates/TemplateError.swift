/// A problem with a template file, located as `file:line:column` like a compiler error.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Path of the template file.
  public var file: String
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var s = file
    if let line {
      s += ":\(line)"
      if let column { s += ":\(column)" }
    }
    return "\(s): error: \(message)"
  }
}
