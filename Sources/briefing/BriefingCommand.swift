import ArgumentParser

/// The `briefing` tool: article files in, a static briefing site out.
@main
struct BriefingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn news articles into a static site of structured briefings.",
        discussion: """
            Drop articles (.md with YAML front matter, or plain .txt) into content/ and run
            `briefing generate`. The site is written to output/.
            """,
        version: "0.1.0",
        subcommands: siteCommands + serverCommands
    )

    static let siteCommands: [any ParsableCommand.Type] = [
        GenerateCommand.self, ExtractCommand.self, TimexCommand.self, CheckCommand.self,
        InitCommand.self,
    ]
}
