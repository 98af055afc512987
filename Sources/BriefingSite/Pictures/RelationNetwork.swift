import BriefingModels
import Foundation

/// A party's relations as a small network: the party in the middle, its main neighbours on an
/// ellipse around it, one line per relation (solid: met, dash-dot: agreed, dashed with an arrow:
/// accused, dotted with an arrow: demanded), and a legend in words. Every edge and neighbour
/// links to its row of the relations table, which says the same for screen readers.
struct RelationNetwork {
  struct Neighbour {
    var name: String
    /// The first table row about this neighbour.
    var anchor: String
  }

  struct Edge {
    /// Position in `neighbours`.
    var neighbour: Int
    var kind: Relation.Kind
    var outgoing: Bool
    var count: Int
    /// The table row of the edge.
    var anchor: String
    /// "Met", "Accused by", … as the table says it.
    var relation: String
  }

  var party: String
  var neighbours: [Neighbour]
  var edges: [Edge]
  var idPrefix: String

  static let width = 720.0
  static let height = 470.0
  static let centre = (x: 360.0, y: 205.0)
  static let radii = (x: 250.0, y: 150.0)
  /// Longest name drawn whole; longer ones are cut with "…" (the table has them whole).
  static let nameLength = 18

  func svg() -> String? {
    guard !neighbours.isEmpty, !edges.isEmpty else { return nil }
    // "Russia met Ukraine (9 sentences); was accused by Volodymyr Zelensky (2 sentences)".
    let said = edges.map { e in
      let verb = e.relation == "Accused by" ? "was accused by" : e.relation.lowercased()
      return "\(verb) \(neighbours[e.neighbour].name) (\(SVG.plural(e.count, "sentence")))"
    }
    let desc =
      "\(party) " + said.joined(separator: "; ") + ". The table below lists every relation."
    var out = SVG.open(
      width: Int(Self.width), height: Int(Self.height), idPrefix: idPrefix,
      title: "Who \(party) stands with", desc: desc, className: "relations")
    out += "<defs>"
    for kind in [Relation.Kind.accused, .demanded] {
      out +=
        "<marker id=\"\(idPrefix)-arrow-\(kind.rawValue)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        + "markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">"
        + "<path d=\"M0,0L10,5L0,10z\" class=\"arrow-\(kind.rawValue)\"/></marker>"
    }
    out += "</defs>"
    let places = positions()
    let c = Self.centre
    for (k, p) in places.enumerated() {
      let lanes = edges.filter { $0.neighbour == k }
      let dx = p.x - c.x
      let dy = p.y - c.y
      let length = max(1, (dx * dx + dy * dy).squareRoot())
      let (ux, uy) = (dx / length, dy / length)
      for (j, e) in lanes.enumerated() {
        let offset = (Double(j) - Double(lanes.count - 1) / 2) * 8
        let (ox, oy) = (-uy * offset, ux * offset)
        var a = (x: c.x + ux * 16 + ox, y: c.y + uy * 16 + oy)
        var b = (x: p.x - ux * 12 + ox, y: p.y - uy * 12 + oy)
        if !e.kind.isSymmetric, !e.outgoing { swap(&a, &b) }
        let marker =
          e.kind.isSymmetric ? "" : " marker-end=\"url(#\(idPrefix)-arrow-\(e.kind.rawValue))\""
        let line =
          "x1=\"\(SVG.n(a.x))\" y1=\"\(SVG.n(a.y))\" x2=\"\(SVG.n(b.x))\" y2=\"\(SVG.n(b.y))\""
        let words =
          "\(party): \(e.relation.lowercased()) \(neighbours[k].name), \(SVG.plural(e.count, "sentence"))"
        out += "<a href=\"#\(HTMLEscaper.escape(e.anchor))\" class=\"edge\" tabindex=\"-1\">"
        out += "<title>\(HTMLEscaper.escape(words))</title>"
        out += "<line \(line) class=\"hit\"/>"
        out += "<line \(line) class=\"rel-\(e.kind.rawValue)\"\(marker)/></a>"
      }
    }
    for (k, p) in places.enumerated() {
      let n = neighbours[k]
      out += "<a href=\"#\(HTMLEscaper.escape(n.anchor))\" class=\"node\" tabindex=\"-1\">"
      out += "<title>\(HTMLEscaper.escape(n.name))</title>"
      out += "<circle cx=\"\(SVG.n(p.x))\" cy=\"\(SVG.n(p.y))\" r=\"8\" class=\"neighbour\"/>"
      let below = p.y >= c.y - 1
      out += label(Self.short(n.name), x: p.x, y: below ? p.y + 30 : p.y - 16)
      out += "</a>"
    }
    out += "<circle cx=\"\(SVG.n(c.x))\" cy=\"\(SVG.n(c.y))\" r=\"13\" class=\"centre\"/>"
    out += label(Self.short(party), x: c.x, y: c.y - 22, className: "label name centre-name")
    out += legend()
    return out + SVG.close(caption: "\(party)’s relations; the table below lists them all.")
  }

  /// Neighbours on the ellipse: one or two side by side, more from the top, clockwise.
  func positions() -> [(x: Double, y: Double)] {
    let n = neighbours.count
    let start = n <= 2 ? 0.0 : -Double.pi / 2
    return (0..<n).map { k in
      let angle = start + 2 * Double.pi * Double(k) / Double(n)
      return (
        Self.centre.x + Self.radii.x * cos(angle), Self.centre.y + Self.radii.y * sin(angle)
      )
    }
  }

  /// A name label, kept inside the picture and readable over the lines (a halo in CSS).
  func label(_ text: String, x: Double, y: Double, className: String = "label name") -> String {
    SVG.text(
      text, x: min(max(x, 125), Self.width - 125), y: y, anchor: "middle", className: className)
  }

  static func short(_ name: String) -> String {
    name.count > nameLength ? String(name.prefix(nameLength - 1)) + "…" : name
  }

  /// One sample line and its word per kind drawn, so no kind is told by colour alone.
  func legend() -> String {
    let kinds = Relation.Kind.allCases.filter { k in edges.contains { $0.kind == k } }
    let words: [Relation.Kind: String] = [
      .met: "met", .agreed: "agreed", .accused: "accused (→ whom)",
      .demanded: "demanded (→ of whom)",
    ]
    var out = ""
    for (i, kind) in kinds.enumerated() {
      let x = 10 + Double(i % 2) * 360
      let y = 410 + Double(i / 2) * 32
      let marker =
        kind.isSymmetric ? "" : " marker-end=\"url(#\(idPrefix)-arrow-\(kind.rawValue))\""
      out +=
        "<line x1=\"\(SVG.n(x))\" y1=\"\(SVG.n(y))\" x2=\"\(SVG.n(x + 50))\" y2=\"\(SVG.n(y))\" class=\"rel-\(kind.rawValue)\"\(marker)/>"
      out += SVG.text(words[kind] ?? kind.rawValue, x: x + 60, y: y + 7)
    }
    return out
  }
}
