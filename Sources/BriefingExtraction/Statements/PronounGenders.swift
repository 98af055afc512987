import BriefingModels

/// Which pronoun may stand for a person: "she" for a woman's name or role, "he" for a man's,
/// either when nothing says (`GivenNameGenders` holds the names).
extension StatementFinder {
  /// `role.contains("woman")`, searched on bytes for an ASCII role (Foundation's search
  /// bridges to NSString).
  static func containsWoman(_ role: String) -> Bool {
    guard role.utf8.allSatisfy({ $0 < 0x80 }) else { return role.contains("woman") }
    let bytes = Array(role.utf8)
    let word = Array("woman".utf8)
    guard bytes.count >= word.count else { return false }
    for k in 0...(bytes.count - word.count) where bytes[k..<(k + word.count)].elementsEqual(word) {
      return true
    }
    return false
  }

  /// The genders ("she": true) a pronoun for this person may have: one when the name or role
  /// says which, both when nothing does.
  static func genders(_ p: Party?) -> [Bool] {
    if isFemale(p) { return [true] }
    guard let p, let first = SpaceWords.first(p.name) else { return [false] }
    let role = p.role?.lowercased() ?? ""
    if GivenNameGenders.male.contains(Token.normalize(first)) || role == "mr." || role == "mr" {
      return [false]
    }
    return [false, true]
  }

  static func isFemale(_ p: Party?) -> Bool {
    guard let p else { return false }
    if let role = p.role?.lowercased(), Self.containsWoman(role) || role == "ms." || role == "mrs."
    {
      return true
    }
    guard let first = SpaceWords.first(p.name) else { return false }
    return GivenNameGenders.female.contains(Token.normalize(first))
  }
}
