/// A briefing's key dates as one line per date: each event's kind links to the sentence it came
/// from (the article below shows it whole and marked; its words are not repeated here), and the
/// date's place on the timeline. The events' full text, parties and sources are on the timeline
/// and in the article, so the list stays a small part of the page. The date itself links to its
/// place on the timeline (an "on the timeline" link after it cost 35 bytes more a date).
/// All text is HTML-escaped here.
struct KeyDates {
  struct Item {
    var date: String
    var kind: String
    var sentence: String
    /// The event on the timeline page that lists it.
    var timeline: String?
  }

  var events: [Item]

  func html() -> String {
    guard !events.isEmpty else { return "" }
    var groups: [(date: String, items: [Item])] = []
    for e in events {
      if groups.last?.date == e.date {
        groups[groups.count - 1].items.append(e)
      } else {
        groups.append((e.date, [e]))
      }
    }
    var out = "<ul class=\"key-dates\">\n"
    for g in groups {
      let label = g.date.prefix(1).uppercased() + g.date.dropFirst()
      if let timeline = g.items.first?.timeline {
        out += "<li><a href=\"\(HTMLEscaper.escape(timeline))\">\(HTMLEscaper.escape(label))</a>: "
      } else {
        out += "<li><strong>\(HTMLEscaper.escape(label))</strong>: "
      }
      out += g.items.map { e in
        "<a href=\"#\(HTMLEscaper.escape(e.sentence))\">\(HTMLEscaper.escape(e.kind))</a>"
      }.joined(separator: "; ")
      out += "</li>\n"
    }
    return out + "</ul>"
  }
}
