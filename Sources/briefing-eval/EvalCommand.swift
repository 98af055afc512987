import ArgumentParser

/// `briefing-eval`: scores the extraction against gold data and prints the figures.
@main
struct EvalCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "briefing-eval",
    abstract: "Score the extraction against annotated gold data.",
    subcommands: [
      TimeMLCommand.self, GoldCommand.self, GUMCommand.self, GUMAttributionsCommand.self,
      TrainNamesCommand.self, GoldNamesCommand.self, TimeMLNamesCommand.self,
      NewsNamesCommand.self,
    ]
  )
}
