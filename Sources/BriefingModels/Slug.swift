import Foundation

/// Slugs: the safe alphabet (`a-z`, `0-9`, `-`) that ids, file names and URLs are built from.
public enum Slug {
    /// The longest slug produced; longer titles are cut at a word boundary.
    public static let maxLength = 80

    /// Lower-cases, folds accents, keeps `a-z0-9`, joins words with `-`. Never empty, never a path.
    public static func make(_ text: String, fallback: String = "untitled") -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.decomposedLowercased.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            case _ where scalar.properties.generalCategory == .nonspacingMark:
                continue  // accents after decomposition: "é" → "e"
            case "'", "’":
                continue  // "Russia's" → "russias"
            default:
                pendingDash = true
            }
            if out.count >= maxLength { break }
        }
        if out.count > maxLength { out = String(out.prefix(maxLength)) }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }
}

extension String {
    /// Lower-cased with accents removed ("Défense" → "defense").
    fileprivate var decomposedLowercased: String {
        folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .decomposedStringWithCanonicalMapping
    }
}
