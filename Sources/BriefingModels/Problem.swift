/// Everything that can go wrong in a build, as a closed set: what each case means is in its
/// message, written here and nowhere else. `reason` strings carry the words of a library or
/// the system (Yams, a failed `open`), which the project does not choose.
public enum Problem: Sendable, Hashable, Codable {
  // MARK: reading an article
  case cannotRead(reason: String)
  case notAFile
  /// `sizeMiB` is nil when the file grew past the limit while it was read.
  case fileTooLarge(sizeMiB: Int?, limitMiB: Int)
  case emptyArticle
  case noArticleText
  case binaryFile(offset: Int)
  case invalidUTF8(byte: UInt8, offset: Int)
  case noDate
  case noTitle(using: String)
  case fileNameDateDoesNotExist(String)

  // MARK: front matter and YAML files
  case frontMatterTooLarge(limitKiB: Int)
  case frontMatterNotClosed
  case unknownField(String, suggestion: String)
  case notAWebAddress(field: String, found: String)
  case dateDoesNotExist(String)
  case notADate(found: String)
  case yamlTooDeep(limit: Int)
  case malformedYAML(String, context: String?)
  case duplicateYAMLKeys([String])
  case unreadableYAML(String)
  case yaml(reason: String)
  case wrongType(field: String, expected: String, found: String)
  case unknownSetting(String)
  case partiesNotAList
  case unknownPartyKind(String)
  case unknownPartyField(String)
  case partyWithoutName
  case partyWithoutKind(String)
  case partyDefinedTwice(String, firstLine: Int)

  // MARK: the content folder
  case contentFolderNotFound
  case cannotListFolder(reason: String)
  case brokenSymbolicLink
  case symbolicLinkLoop
  case folderReadTwice
  case foldersTooDeep(limit: Int)
  case notARegularFile
  case fileReadTwice
  case slugTaken(String, by: String, publishedAs: String)
  /// Two slugs whose short page names (the briefing's folder) are the same: a hash clash.
  case pageNameTaken(String, sameAs: String, by: String, publishedAs: String)

  // MARK: extracting, assembling, briefings from elsewhere
  case gazetteerNotLoaded(reason: String)
  case extractionFailed(reason: String)
  case assemblyFailed(reason: String)
  case noBriefingFiles
  case notABriefing(reason: String)
  case duplicateBriefing(id: String, firstIn: String)

  // MARK: templates and pages
  case templatesFolderNotFound
  case missingPageTemplate(String)
  case missingTemplate(String)
  case templateNotUTF8
  case templateSyntax(TemplateSyntax)
  /// `{{{name}}}` or `{{& name}}` for a value that is not a trusted `html.*` fragment.
  case unescapedTag(String)
  case setDelimiterTag
  case unknownPartial(String)
  /// A page template wrote a slot marker that its page has no HTML fragment for.
  case missingSlot(Int)
  case unsafeOutputPath(reason: String)
  case samePageFile(String)
  case renderingFailed(reason: String)

  // MARK: output/
  case outputRefused(OutputRefusal)
  case interruptedBuildNotRecovered(reason: String)
  case unreadableManifest(reason: String)
  case notWrittenByBriefing
  case changedByHand
  case writeFailed(reason: String)
  /// A file operation on output/ that the system refused; `reason` is the system's words.
  case outputOperationFailed(OutputOperation, reason: String)
  case symbolicLinkInOutput
  case fileWhereFolderNeeded
  case notARegularFileInOutput
  /// A failure the tests inject to prove that a failed build leaves output/ as it was.
  case injectedFault(FaultPoint)

  /// Warnings let a build go on; everything else stops it.
  public var severity: Diagnostic.Severity {
    switch self {
    case .noDate, .noTitle, .unknownField, .brokenSymbolicLink, .symbolicLinkLoop,
      .folderReadTwice, .foldersTooDeep, .notARegularFile, .fileReadTwice, .slugTaken,
      .pageNameTaken,
      .changedByHand:
      return .warning
    default:
      return .error
    }
  }

  /// What the editor reads.
  public var message: String {
    switch self {
    case .cannotRead(let reason): "cannot read: \(reason)"
    case .notAFile: "not a regular file"
    case .fileTooLarge(let size?, let limit): "file is \(size) MiB; the limit is \(limit) MiB"
    case .fileTooLarge(nil, let limit): "file is larger than \(limit) MiB"
    case .emptyArticle: "empty file: an article needs some text"
    case .noArticleText: "the article has front matter but no text"
    case .binaryFile(let offset):
      "binary file: NUL byte at offset \(offset); articles must be UTF-8 text"
    case .invalidUTF8(let byte, let offset):
      "invalid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset); save the file as UTF-8"
    case .noDate:
      "no date found: add 'date: YYYY-MM-DD' to front matter or a YYYY-MM-DD- file name prefix"
    case .noTitle(let title): "no 'title' in front matter; using \"\(title)\""
    case .fileNameDateDoesNotExist(let date): "the date \(date) in the file name does not exist"
    case .frontMatterTooLarge(let kib): "front matter is larger than \(kib) KiB"
    case .frontMatterNotClosed: "front matter opened with '---' is never closed by a '---' line"
    case .unknownField(let key, let near):
      "unknown front matter field '\(key)'; did you mean '\(near)'?"
    case .notAWebAddress(let field, let found):
      "'\(field)' must be an http:// or https:// address, found '\(found)'"
    case .dateDoesNotExist(let date): "date \(date) does not exist (check the month and day)"
    case .notADate(let found): "date must be YYYY-MM-DD, found '\(found)'"
    case .yamlTooDeep(let limit): "YAML nested deeper than \(limit) levels"
    case .malformedYAML(let problem, let context):
      "malformed YAML: \(problem)" + (context.map { " (\($0))" } ?? "")
    case .duplicateYAMLKeys(let keys):
      "duplicate key \(keys.joined(separator: ", ")) in YAML mapping"
    case .unreadableYAML(let problem): "unreadable YAML: \(problem)"
    case .yaml(let reason): "YAML: \(reason)"
    case .wrongType(let field, let expected, let found):
      "'\(field)' must be \(expected), found \(found)"
    case .unknownSetting(let key):
      "unknown setting '\(key)' (known: title, baseURL, language, timeZone, description, publish)"
    case .partiesNotAList: "expected a list of parties (or 'parties:' with a list)"
    case .unknownPartyKind(let raw):
      "'kind' must be one of state, organization, person, group; found '\(raw)'"
    case .unknownPartyField(let key):
      "unknown party field '\(key)' (known: name, kind, id, parent, aliases, role, description)"
    case .partyWithoutName: "party without a 'name'"
    case .partyWithoutKind(let name): "party '\(name)' has no 'kind'"
    case .partyDefinedTwice(let name, let line):
      "party '\(name)' is already defined at line \(line)"
    case .contentFolderNotFound: "content folder not found"
    case .cannotListFolder(let reason): "cannot list folder: \(reason)"
    case .brokenSymbolicLink: "broken symbolic link; skipped"
    case .symbolicLinkLoop: "symbolic link loop: it leads back to an enclosing folder; skipped"
    case .folderReadTwice: "folder already read through another path; skipped"
    case .foldersTooDeep(let limit): "folders nested deeper than \(limit) levels; skipped"
    case .notARegularFile: "not a regular file; skipped"
    case .fileReadTwice: "file already read through another path; skipped"
    case .slugTaken(let slug, let owner, let unique):
      "slug '\(slug)' is already used by \(owner); published as '\(unique)' (set 'slug:' in front matter to choose)"
    case .pageNameTaken(let slug, let other, let owner, let unique):
      "slug '\(slug)' has the same page folder as '\(other)' (\(owner)); published as '\(unique)' (set 'slug:' in front matter to choose)"
    case .gazetteerNotLoaded(let reason): "cannot load the gazetteer: \(reason)"
    case .extractionFailed(let reason): "extraction failed: \(reason)"
    case .assemblyFailed(let reason): "assembly failed: \(reason)"
    case .noBriefingFiles: "no .json briefings in this folder"
    case .notABriefing(let reason): "not a briefing of `briefing extract`: \(reason)"
    case .duplicateBriefing(let id, let first):
      "a second briefing with the id '\(id)' (first in \(first)); set 'slug:' in the article's front matter to tell them apart"
    case .templatesFolderNotFound: "templates directory not found"
    case .missingPageTemplate(let name): "missing page template '\(name).md'"
    case .missingTemplate(let name): "missing template '\(name)'"
    case .templateNotUTF8: "template is not valid UTF-8"
    case .templateSyntax(let syntax): "Mustache syntax: \(syntax.message)"
    case .unescapedTag(let name):
      "unescaped tag for '\(name)': only trusted html.* values may be unescaped in Markdown templates"
    case .setDelimiterTag: "set-delimiter tags are not allowed in Markdown templates"
    case .unknownPartial(let name): "unknown partial '\(name)'"
    case .missingSlot(let index): "slot \(index) has no HTML fragment"
    case .unsafeOutputPath(let reason): "unsafe output path: \(reason)"
    case .samePageFile(let other): "two pages want the same file (\(other))"
    case .renderingFailed(let reason): reason
    case .outputRefused(let refusal): refusal.message
    case .interruptedBuildNotRecovered(let reason): "cannot recover an interrupted build: \(reason)"
    case .unreadableManifest(let reason): "unreadable manifest of the previous build: \(reason)"
    case .notWrittenByBriefing:
      "exists but was not written by briefing; move it away or delete it, then build again"
    case .changedByHand:
      "no longer part of the site but changed by hand since it was written; left in place"
    case .writeFailed(let reason): reason
    case .outputOperationFailed(let operation, let reason): "\(operation.message): \(reason)"
    case .symbolicLinkInOutput:
      "in the output folder is a symbolic link; refusing to write through it"
    case .fileWhereFolderNeeded: "in the output folder is a file where a folder is needed"
    case .notARegularFileInOutput: "in the output folder is not a regular file"
    case .injectedFault(.staging): "injected failure while staging"
    case .injectedFault(.committing): "injected failure while committing"
    case .injectedFault(.crashDuringCommit): "simulated crash during commit"
    }
  }
}

extension Problem {
  /// What is wrong with a template's Mustache, as the template parser reports it.
  public enum TemplateSyntax: Sendable, Hashable, Codable {
    case sectionClosedUnderAnotherName
    case unfinishedTag
    case sectionNotClosed
    case invalidSetDelimiter
    case unknownPragma
    /// A Mustache feature the project's template engine leaves out ("inheritance tags").
    case unsupported(String)

    public var message: String {
      switch self {
      case .sectionClosedUnderAnotherName: "section closed with a different name than it was opened"
      case .unfinishedTag: "unfinished tag"
      case .sectionNotClosed: "section not closed"
      case .invalidSetDelimiter: "invalid set-delimiter tag"
      case .unknownPragma: "unknown or malformed pragma"
      case .unsupported(let what): "\(what) are not supported"
      }
    }
  }
}

extension Problem {
  /// What the write step was doing to output/ when the system said no.
  public enum OutputOperation: String, Sendable, Hashable, Codable {
    case createStaging, stage, createFolder, keepBackup, replace, remove

    public var message: String {
      switch self {
      case .createStaging: "cannot create the staging folder"
      case .stage: "cannot write"
      case .createFolder: "cannot create the folder"
      case .keepBackup: "cannot keep a backup of"
      case .replace: "cannot replace"
      case .remove: "cannot remove"
      }
    }
  }

  /// Where a test's injected fault strikes (`FaultInjection`).
  public enum FaultPoint: String, Sendable, Hashable, Codable {
    case staging, committing, crashDuringCommit
  }
}

extension Problem {
  /// Why an output folder is refused before a build writes anything (the location names it).
  public enum OutputRefusal: Sendable, Hashable, Codable {
    case root
    case homeFolder
    case isFolder(FolderRole)
    case containsFolder(FolderRole, path: String)
    case insideFolder(FolderRole)
    case isAFile

    /// The folders an output folder must keep away from.
    public enum FolderRole: String, Sendable, Hashable, Codable { case content, templates }

    public var message: String {
      switch self {
      case .root: "refusing to write the site into /"
      case .homeFolder: "refusing to write the site into the home folder"
      case .isFolder(let role): "the output folder is the \(role.rawValue) folder"
      case .containsFolder(let role, let path):
        "the output folder contains the \(role.rawValue) folder \(path)"
      case .insideFolder(let role): "the output folder is inside the \(role.rawValue) folder"
      case .isAFile: "the output path is a file, not a folder"
      }
    }
  }
}
