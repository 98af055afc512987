import ArgumentParser

#if canImport(BriefingPreview) && canImport(BriefingPublish)
  /// Preview and publish, present unless built with `BRIEFING_WITHOUT_SERVERS=1`.
  let serverCommands: [any ParsableCommand.Type] = [PreviewCommand.self, PublishCommand.self]
#else
  let serverCommands: [any ParsableCommand.Type] = []
#endif
