import BriefingModels

/// Finds who said what in one sentence: a reporting cue, the party behind it (and the person
/// speaking, when one is named), the stance, what was said, and whom it is aimed at.
struct StatementFinder: Sendable {
    let gazetteer: Gazetteer

    /// Roles of a person who speaks for the body they belong to.
    static let spokesRoles: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "press secretary", "representative", "official",
    ]
    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]
    private static let passive: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    private static let prepositions: Set<String> = [
        "of", "with", "to", "from", "in", "on", "at", "by", "for", "about", "against", "regarding",
        "between", "over", "into", "toward", "towards", "than",
    ]
    /// Verbs whose object may make the statement a commitment ("reiterated … commitment").
    private static let commitmentCarriers: Set<String> = [
        "reiterated", "reiterates", "confirmed", "confirms", "reaffirmed", "said", "says", "stated",
        "announced", "declared", "stressed", "emphasized", "emphasised", "insisted", "underlined",
    ]

    func find(
        _ tokens: [Token], in sentence: String, index: Int, parties: SentenceParties, book: PartyBook
    ) -> [Statement] {
        let actors = parties.actors
        var out: [Statement] = []
        var i = 0
        var lastCueEnd = 0
        while i < tokens.count {
            guard tokens[i].isWord, let cue = ReportingCues.cue(at: i, tokens),
                !parties.mentions.contains(where: { $0.tokens.contains(i) })
            else {
                i += 1
                continue
            }
            let cueEnd = i + cue.words.count
            defer {
                lastCueEnd = cueEnd
                i = cueEnd
            }
            if cue.role == .verb, i > 0 {
                let prev = tokens[i - 1].norm
                if Self.determiners.contains(prev) { continue }
                if Self.passive.contains(prev), !(cueEnd < tokens.count && tokens[cueEnd].norm == "by") { continue }
            }
            guard let speaker = speakerMention(for: cue, at: i, end: cueEnd, after: lastCueEnd, tokens, actors) else {
                continue
            }
            var party = speaker.id
            var speakerName: String? = nil
            if speaker.kind == .person {
                speakerName = book.parties[speaker.id]?.name ?? speaker.text
                if let role = book.parties[speaker.id]?.role?.lowercased(), Self.spokesRoles.contains(role),
                    let parent = book.parent(of: speaker.id)
                {
                    party = parent
                }
            }
            if out.contains(where: { $0.party == party }) { continue }

            var stance = cue.stance
            if stance == .assert, Self.commitmentCarriers.contains(tokens[i].norm) {
                let window = tokens[cueEnd..<min(tokens.count, cueEnd + 6)]
                if window.contains(where: { ReportingCues.commitmentWords.contains($0.norm) }) { stance = .commit }
            }
            var target: String? = nil
            if [.deny, .accuse, .demand].contains(stance) {
                let others = actors.filter { m in
                    m.id != speaker.id && !book.related(m.id, party, gazetteer: gazetteer)
                        && !book.related(m.id, speaker.id, gazetteer: gazetteer)
                }
                target = (others.first(where: { $0.tokens.lowerBound >= cueEnd }) ?? others.last)?.id
            }
            out.append(
                Statement(
                    party: party, speaker: speakerName, cue: cueText(tokens, i..<cueEnd, sentence),
                    stance: stance, text: content(tokens, sentence, cue: i..<cueEnd), target: target,
                    sentence: index))
        }
        return out
    }

    /// Who the cue belongs to.
    private func speakerMention(
        for cue: ReportingCues.Cue, at i: Int, end: Int, after floor: Int, _ tokens: [Token], _ actors: [PartyMention]
    ) -> PartyMention? {
        func following(_ k: Int) -> PartyMention? {
            var k = k
            if k < tokens.count, Self.determiners.contains(tokens[k].norm) { k += 1 }
            return actors.first(where: { $0.tokens.lowerBound == k })
        }
        switch cue.role {
        case .accordingTo:
            return following(end)
        case .noun:
            if i > 0, tokens[i - 1].norm == "'s" {
                return actors.first(where: { $0.tokens.upperBound == i - 1 })
            }
            return following(end + 1)
        case .verb:
            // "…," said Peskov / said the Kremlin.
            if i > 0, [",", "\"", "”", "'"].contains(tokens[i - 1].norm), let after = following(end) {
                return after
            }
            for m in actors.reversed() where m.tokens.upperBound <= i && m.tokens.lowerBound >= floor {
                if i - m.tokens.upperBound > 12 { return nil }
                if m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].norm == "'s" { continue }
                if m.tokens.lowerBound > 0, Self.prepositions.contains(tokens[m.tokens.lowerBound - 1].norm) {
                    continue
                }
                // A clause break between the party and the cue.
                if tokens[m.tokens.upperBound..<i].contains(where: { [";", ":"].contains($0.norm) }) { return nil }
                return m
            }
            return nil
        }
    }

    private func cueText(_ tokens: [Token], _ r: Range<Int>, _ s: String) -> String {
        String(s[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
    }

    /// What was said: the words after the cue (without a leading "that"), or before it when the
    /// cue closes the sentence ("…, he said.").
    private func content(_ tokens: [Token], _ s: String, cue: Range<Int>) -> String {
        var a = cue.upperBound
        while a < tokens.count, !tokens[a].isWord || tokens[a].norm == "that" { a += 1 }
        var b = tokens.count
        while b > a, !tokens[b - 1].isWord { b -= 1 }
        if b - a >= 3 {
            return String(s[tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound])
        }
        var e = cue.lowerBound
        while e > 0, !tokens[e - 1].isWord { e -= 1 }
        guard e > 0 else { return s }
        return String(s[tokens[0].range.lowerBound..<tokens[e - 1].range.upperBound])
            .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    }
}

import Foundation
