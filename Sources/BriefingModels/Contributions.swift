/// The contributions of a corpus's briefings, in the corpus's order, with the table their ids
/// come from: what a rebuild reads from the store instead of every briefing's party strings.
public struct Contributions: Sendable, Equatable {
  public var table: IdTable
  public var briefings: [BriefingContribution]

  public init(table: IdTable = IdTable(), briefings: [BriefingContribution] = []) {
    self.table = table
    self.briefings = briefings
  }

  /// The contributions of `briefings`, made from them.
  public init(of briefings: [Briefing]) {
    var table = IdTable()
    self.briefings = briefings.map { BriefingContribution($0, table: &table) }
    self.table = table
  }
}
