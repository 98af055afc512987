/// The shape of `Resources/gazetteer.yml` (see the comment at its top).
struct GazetteerFile: Decodable, Sendable, Equatable {
  struct State: Decodable, Sendable, Equatable {
    var name: String
    var aliases: [String]?
    var demonyms: [String]?
    var capital: String?
    var capitalAliases: [String]?
    /// False when the capital is also a common given name ("Sofia"): then it is only a place.
    var metonym: Bool?
    var prefix: String?
  }

  struct Body: Decodable, Sendable, Equatable {
    var name: String
    var aliases: [String]?
  }

  struct Organization: Decodable, Sendable, Equatable {
    var name: String
    var id: String?
    var aliases: [String]?
    var kind: String?
    var parent: String?
    var role: String?
  }

  var states: [State]
  var bodies: [Body]
  var stateNouns: [String]
  var organizations: [Organization]
  var people: [Organization]
  var places: [String]
  var orgHeads: [String]
  var titles: [String]
}
