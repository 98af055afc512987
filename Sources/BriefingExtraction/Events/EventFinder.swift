import BriefingModels

/// Turns dated sentences into events.
///
/// A sentence with a date (from the temporal tagger) is an event; its date carries to the next
/// few sentences until another date appears, and those become events when they name a happening
/// of their own (a strong trigger: "met", "struck", "signed") — not every sentence of a dated
/// paragraph is an event. Participants are the sentence's actors (or the dated sentence's, for a
/// carried one that names none); places are the places used as locations.
struct EventFinder: Sendable {
    /// How many sentences a date carries to.
    static let carry = 2
    /// Openers that take a sentence out of the current time ("Earlier, …").
    static let timeShifters: Set<String> = ["earlier", "previously", "formerly", "historically", "since", "until"]

    struct SentenceInput {
        var index: Int
        var text: String
        var tokens: [Token]
        var parties: SentenceParties
        var statements: [Statement]
        var timex: [Timex]
    }

    func events(_ sentences: [SentenceInput], articleID: String) -> [Event] {
        var out: [Event] = []
        var anchor: (date: EventDate, sentence: Int, parties: [String])? = nil
        for s in sentences {
            let participants = unique(s.parties.actors.map(\.id))
            let places = unique(s.parties.places.filter(\.locative).map(\.name))
            let trigger = EventTriggers.first(in: s.tokens)
            let kind = trigger?.kind ?? (s.statements.isEmpty ? .other : .statement)
            if let timex = s.timex.first(where: Self.isEventDate), let date = Self.eventDate(timex) {
                anchor = (date, s.index, participants)
                out.append(
                    Event(
                        id: Slug.make("\(articleID) \(date.value) s\(s.index)"), date: date, text: s.text,
                        sentence: s.index, parties: participants, places: places, kind: kind))
                continue
            }
            guard let a = anchor, s.index - a.sentence <= Self.carry else { continue }
            if let first = s.tokens.first(where: \.isWord), Self.timeShifters.contains(first.norm) {
                anchor = nil
                continue
            }
            guard EventTriggers.hasStrong(s.tokens) else { continue }
            out.append(
                Event(
                    id: Slug.make("\(articleID) \(a.date.value) s\(s.index)"), date: a.date, text: s.text,
                    sentence: s.index, parties: participants.isEmpty ? a.parties : participants, places: places,
                    kind: kind))
        }
        return out
    }

    /// A date an event can stand on: a calendar value, not "now" or a duration.
    static func isEventDate(_ t: Timex) -> Bool {
        guard t.type == .date || t.type == .time else { return false }
        guard let first = t.value.unicodeScalars.first else { return false }
        return first.properties.numericType != nil || t.value.hasPrefix("XXXX-")
    }

    /// The event date of a timex: its value (without a time of day) and how precise it is.
    static func eventDate(_ t: Timex) -> EventDate? {
        var value = t.value
        if let tIndex = value.firstIndex(of: "T") { value = String(value[..<tIndex]) }
        let parts = value.split(separator: "-")
        let precision: EventDate.Precision
        switch parts.count {
        case 1:
            if parts[0].count == 3 { precision = .decade } else if parts[0].count == 4 { precision = .year } else { return nil }
        case 2:
            let p = parts[1]
            if p.hasPrefix("W") { precision = .week } else if p.hasPrefix("Q") || p.hasPrefix("H") || p.allSatisfy(\.isLetter) {
                precision = .quarter
            } else { precision = .month }
        default:
            precision = parts[1].hasPrefix("W") ? .week : .day
        }
        return EventDate(value: value, precision: precision, text: t.text)
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
