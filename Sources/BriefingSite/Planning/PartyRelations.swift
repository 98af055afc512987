import BriefingModels

extension SiteIndex {
  /// Each party's relations, at both ends, in the corpus's order (a relation with itself once).
  static func relationsByParty(_ relations: [Relation]) -> [String: [Relation]] {
    var out: [String: [Relation]] = [:]
    for r in relations {
      out[r.from, default: []].append(r)
      if r.to != r.from { out[r.to, default: []].append(r) }
    }
    return out
  }
}

/// One party's relations as its page shows them: one row per other party, kind and direction
/// ("Accused" Ukraine, "Accused by" Ukraine), strongest first, and the few parties the network
/// picture draws.
struct PartyRelations {
  /// A relation seen from the party's side.
  struct Row {
    var other: String
    var kind: Relation.Kind
    /// The party is the one who accused or demanded (always true for met and agreed).
    var outgoing: Bool
    var evidence: [RelationEvidence]

    /// What the party did, in words read before the other party's name.
    var label: String {
      switch (kind, outgoing) {
      case (.met, _): "Met"
      case (.agreed, _): "Agreed with"
      case (.accused, true): "Accused"
      case (.accused, false): "Accused by"
      case (.demanded, true): "Made demands of"
      case (.demanded, false): "Received demands from"
      }
    }

    /// The row's id on the page, which the picture's edges link to.
    var anchor: String {
      let kind = kind.isSymmetric || outgoing ? kind.rawValue : kind.rawValue + "-by"
      return "relation-\(kind)-\(SitePaths.segment(other))"
    }
  }

  let party: String
  /// Every relation of the party, most sentences first, then by kind and the other's id.
  let rows: [Row]

  init(party: String, relations: [Relation]) {
    self.party = party
    var rows: [Row] = []
    for r in relations {
      let outgoing = r.from == party
      let other = outgoing ? r.to : r.from
      guard other != party, !r.evidence.isEmpty else { continue }
      rows.append(
        Row(
          other: other, kind: r.kind, outgoing: outgoing || r.kind.isSymmetric, evidence: r.evidence
        ))
    }
    let order = Relation.Kind.allCases
    self.rows = rows.sorted {
      (
        -$0.evidence.count, order.firstIndex(of: $0.kind) ?? 0, $0.outgoing ? 0 : 1, $0.other
      ) < (
        -$1.evidence.count, order.firstIndex(of: $1.kind) ?? 0, $1.outgoing ? 0 : 1, $1.other
      )
    }
  }

  /// The parties the network draws: of `rows`, the `limit` others with most sentences over
  /// all their rows (ties: the one whose first row comes first).
  static func neighbours(_ rows: [Row], limit: Int) -> [String] {
    var weight: [String: Int] = [:]
    var first: [String: Int] = [:]
    for (i, row) in rows.enumerated() {
      weight[row.other, default: 0] += row.evidence.count
      if first[row.other] == nil { first[row.other] = i }
    }
    return weight.keys.sorted {
      (-weight[$0]!, first[$0]!) < (-weight[$1]!, first[$1]!)
    }.prefix(limit).map { $0 }
  }
}

/// The table the relation network summarises: relation, other party, how many sentences, and
/// links to them, grouped by article (named by its outlet and date). All text is HTML-escaped here.
struct RelationTable {
  var party: String
  var rows: [PartyPageModel.RelationRow]
  /// All the party's relations, when `rows` shows only the strongest.
  var total: Int

  func html() -> String {
    let shown = rows.count < total ? " (the \(rows.count) with most sentences)" : ""
    let caption =
      "Relations of \(party): \(SVG.plural(total, "relation")), most sentences first\(shown)."
    var out = """
      <table class="relations-table"><caption>\(HTMLEscaper.escape(caption))</caption>
      <thead><tr><th scope="col">Relation</th><th scope="col">Party</th>\
      <th scope="col">Sentences</th></tr></thead><tbody>

      """
    for row in rows {
      out += "<tr id=\"\(HTMLEscaper.escape(row.anchor))\"><th scope=\"row\">"
      out += HTMLEscaper.escape(row.relation) + "</th>"
      out += "<td><a href=\"\(HTMLEscaper.escape(row.party.href))\">"
      out += HTMLEscaper.escape(row.party.text) + "</a></td>"
      out += "<td><span class=\"count\">\(row.count)</span><ul class=\"relation-sources\">"
      var i = 0
      while i < row.sources.count {
        // One line per article, named by outlet and date: its sentences say the rest.
        let first = row.sources[i]
        var links: [String] = []
        while i < row.sources.count, Self.page(row.sources[i]) == Self.page(first) {
          let s = row.sources[i]
          links.append("<a href=\"\(HTMLEscaper.escape(s.href))\">sentence \(s.sentence)</a>")
          i += 1
        }
        out += "<li>\(HTMLEscaper.escape(first.label)): \(links.joined(separator: ", "))</li>"
      }
      if let more = row.moreSources { out += "<li>and \(more) more</li>" }
      out += "</ul></td></tr>\n"
    }
    return out + "</tbody></table>"
  }

  /// The briefing page a source links into: its link without the sentence's fragment.
  static func page(_ source: SourceModel) -> Substring {
    source.href.prefix { $0 != "#" }
  }
}
