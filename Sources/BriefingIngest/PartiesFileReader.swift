import BriefingModels
import Foundation

/// Reads `content/parties.yml`: the editor's parties, which extend and override the gazetteer.
///
/// Either a list of entries or a mapping with a `parties:` list. Each entry: `name` (required),
/// `kind` (state, organization, person, group), and optional `id`, `parent`, `aliases`, `role`,
/// `description`. A party named twice is an error at the second entry's line.
public struct PartiesFileReader: Sendable {
  public init() {}

  public func read(fileAt url: URL, displayPath: String) throws(Diagnostic) -> [PartyDefinition] {
    let bytes = try ArticleReader.readBytes(
      of: url, path: displayPath, limit: IngestLimits.maxConfigBytes)
    return try parse(ArticleText.decode(bytes, path: displayPath), path: displayPath)
  }

  public func parse(_ yaml: String, path: String) throws(Diagnostic) -> [PartyDefinition] {
    let reader = YAMLReader(path: path)
    guard var root = try reader.parse(yaml), !reader.isNull(root) else { return [] }
    if case .mapping = root {
      let fields = try reader.fields(root, what: "parties.yml")
      guard let list = fields.first(where: { $0.key == "parties" })?.value else {
        throw Diagnostic(.partiesNotAList, path: path, line: 1)
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
            throw Diagnostic(.unknownPartyKind(raw), path: path, line: reader.line(of: value))
          }
          kind = k
        default:
          throw Diagnostic(
            .unknownPartyField(key), path: path, line: reader.line(of: keyNode)
          )
        }
      }
      guard let name else {
        throw Diagnostic(.partyWithoutName, path: path, line: reader.line(of: entry))
      }
      guard let kind else {
        throw Diagnostic(.partyWithoutKind(name), path: path, line: reader.line(of: entry))
      }
      d.name = name
      d.kind = kind
      let key = d.id ?? Slug.make(name)
      if let earlier = firstLine[key] {
        throw Diagnostic(
          .partyDefinedTwice(name, firstLine: earlier), path: path, line: reader.line(of: entry))
      }
      firstLine[key] = reader.line(of: entry) ?? 0
      definitions.append(d)
    }
    return definitions
  }
}
