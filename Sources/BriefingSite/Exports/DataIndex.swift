import BriefingModels

/// `index.json`: the site's data in brief, so a tool finds every briefing's JSON (the JSON
/// contract, `briefings/<id>/briefing.json`) without downloading the corpus: each briefing's id,
/// title, date and paths, and each party's id, name, kind and page. Paths are from the site root.
struct DataIndex: Encodable {
  struct BriefingRecord: Encodable {
    var id: String
    var title: String
    var published: String?
    /// The briefing's page, as a URL from the site root (`briefings/<id>/`).
    var page: String
    /// Its JSON (`briefings/<id>/briefing.json`).
    var json: String
  }

  struct PartyRecord: Encodable {
    var id: String
    var name: String
    var kind: String
    var page: String
  }

  /// Bump when the index changes shape.
  var schemaVersion = 1
  var title: String
  var briefings: [BriefingRecord]
  var parties: [PartyRecord]

  init(index: SiteIndex) {
    title = index.config.title
    briefings = index.briefingsByDate.map {
      BriefingRecord(
        id: $0.article.id, title: $0.article.title, published: $0.article.published,
        page: SitePaths.url(SitePaths.briefing($0.article.id)),
        json: SitePaths.briefingJSON($0.article.id))
    }
    parties = index.partiesByName.map {
      PartyRecord(
        id: $0.id, name: $0.name, kind: $0.kind.rawValue,
        page: SitePaths.url(SitePaths.party($0.id)))
    }
  }

  /// The file's bytes, written row by row: those of `SafeJSON.encode(DataIndex(index:))`.
  static func bytes(index: SiteIndex) -> [UInt8] {
    var out = JSONBytes()
    out.raw("{\"briefings\":[")
    for (i, b) in index.briefingsByDate.enumerated() {
      let id = b.article.id
      out.raw(i == 0 ? "{\"id\":" : ",{\"id\":")
      out.string(id)
      out.raw(",\"json\":")
      out.string(SitePaths.briefingJSON(id))
      out.raw(",\"page\":")
      out.string(SitePaths.url(SitePaths.briefing(id)))
      if let published = b.article.published {
        out.raw(",\"published\":")
        out.string(published)
      }
      out.raw(",\"title\":")
      out.string(b.article.title)
      out.byte("}")
    }
    out.raw("],\"parties\":[")
    for (i, p) in index.partiesByName.enumerated() {
      out.raw(i == 0 ? "{\"id\":" : ",{\"id\":")
      out.string(p.id)
      out.raw(",\"kind\":")
      out.string(p.kind.rawValue)
      out.raw(",\"name\":")
      out.string(p.name)
      out.raw(",\"page\":")
      out.string(SitePaths.url(SitePaths.party(p.id)))
      out.byte("}")
    }
    out.raw("],\"schemaVersion\":1,\"title\":")
    out.string(index.config.title)
    out.raw("}\n")
    return out.bytes
  }
}
