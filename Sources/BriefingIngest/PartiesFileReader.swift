import BriefingModels
import Foundation

/// Reads `content/parties.yml`: the editor's parties, which extend and override the gazetteer.
///
/// Either a list of entries or a mapping with a `parties:` list. Each entry: `name` (required),
/// `kind` (state, organization, person, group), and optional `id`, `parent`, `aliases`, `role`,
/// `description`. A party named twice is an error at the second entry's line.
public struct PartiesFileReader: Sendable {
  public init() {}

  public func read(fileAt url: URL, displayPath: String) throws(ContentProblem) -> [PartyDefinition]
  {
    let bytes = try ArticleReader.readBytes(
      of: url, path: displayPath, limit: IngestLimits.maxConfigBytes)
    return try parse(ArticleText.decode(bytes, path: displayPath), path: displayPath)
  }

  public func parse(_ yaml: String, path: String) throws(ContentProblem) -> [PartyDefinition] {
    let reader = YAMLReader(path: path)
    guard var root = try reader.parse(yaml), !reader.isNull(root) else { return [] }
    if case .mapping = root {
      let fields = try reader.fields(root, what: "parties.yml")
      guard let list = fields.first(where: { $0.key == "parties" })?.value else {
        throw ContentProblem(
          path: path, line: 1, message: "expected a list of parties (or 'parties:' with a list)")
      }
      root = list
    }
    guard case .sequence(let entries) = root else {
      throw reader.wrongType("parties", root, expected: "a list of parties")
    }
    var definitions: [PartyDefinition] = []
    var firstLine: [String: Int] = [:]
    for entry in entries {
      var name: String?
      var kind: Party.Kind?
      var d = PartyDefinition(name: "", kind: .group)
      for (key, keyNode, value) in try reader.fields(entry, what: "party") {
        switch key {
        case "name": name = try reader.text(key, value)
        case "id": d.id = try reader.text(key, value).map { Slug.make($0) }
        case "parent": d.parent = try reader.text(key, value).map { Slug.make($0) }
        case "aliases": d.aliases = try reader.texts(key, value)
        case "role": d.role = try reader.text(key, value)
        case "description": d.description = try reader.text(key, value)
        case "kind":
          let raw = try reader.text(key, value)?.lowercased() ?? ""
          guard let k = Party.Kind(rawValue: raw == "organisation" ? "organization" : raw) else {
            throw ContentProblem(
              path: path, line: reader.line(of: value),
              message: "'kind' must be one of state, organization, person, group; found '\(raw)'")
          }
          kind = k
        default:
          throw ContentProblem(
            path: path, line: reader.line(of: keyNode),
            message:
              "unknown party field '\(key)' (known: name, kind, id, parent, aliases, role, description)"
          )
        }
      }
      guard let name else {
        throw ContentProblem(
          path: path, line: reader.line(of: entry), message: "party without a 'name'")
      }
      guard let kind else {
        throw ContentProblem(
          path: path, line: reader.line(of: entry), message: "party '\(name)' has no 'kind'")
      }
      d.name = name
      d.kind = kind
      let key = d.id ?? Slug.make(name)
      if let earlier = firstLine[key] {
        throw ContentProblem(
          path: path, line: reader.line(of: entry),
          message: "party '\(name)' is already defined at line \(earlier)")
      }
      firstLine[key] = reader.line(of: entry) ?? 0
      definitions.append(d)
    }
    return definitions
  }
}
