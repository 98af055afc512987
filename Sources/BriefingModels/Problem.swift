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

  // MARK: extracting, assembling, briefings from elsewhere
  case gazetteerNotLoaded(reason: String)
  case extractionFailed(reason: String)
  case assemblyFailed(reason: String)
  case noBriefingFiles
  case notABriefing(reason: String)
  case duplicateBriefing(id: String, firstIn: String)

  // MARK: templates and pages
  case template(String)
  case unsafeOutputPath(reason: String)
  case samePageFile(String)
  case renderingFailed(reason: String)

  // MARK: output/
  case outputRefused(reason: String)
  case interruptedBuildNotRecovered(reason: String)
  case unreadableManifest(reason: String)
  case notWrittenByBriefing
  case changedByHand
  case writeFailed(reason: String)

  /// Warnings let a build go on; everything else stops it.
  public var severity: Diagnostic.Severity {
    switch self {
    case .noDate, .noTitle, .unknownField, .brokenSymbolicLink, .symbolicLinkLoop,
      .folderReadTwice, .foldersTooDeep, .notARegularFile, .fileReadTwice, .slugTaken,
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
    case .gazetteerNotLoaded(let reason): "cannot load the gazetteer: \(reason)"
    case .extractionFailed(let reason): "extraction failed: \(reason)"
    case .assemblyFailed(let reason): "assembly failed: \(reason)"
    case .noBriefingFiles: "no .json briefings in this folder"
    case .notABriefing(let reason): "not a briefing of `briefing extract`: \(reason)"
    case .duplicateBriefing(let id, let first):
      "a second briefing with the id '\(id)' (first in \(first)); set 'slug:' in the article's front matter to tell them apart"
    case .template(let message): message
    case .unsafeOutputPath(let reason): "unsafe output path: \(reason)"
    case .samePageFile(let other): "two pages want the same file (\(other))"
    case .renderingFailed(let reason): reason
    case .outputRefused(let reason): reason
    case .interruptedBuildNotRecovered(let reason): "cannot recover an interrupted build: \(reason)"
    case .unreadableManifest(let reason): "unreadable manifest of the previous build: \(reason)"
    case .notWrittenByBriefing:
      "exists but was not written by briefing; move it away or delete it, then build again"
    case .changedByHand:
      "no longer part of the site but changed by hand since it was written; left in place"
    case .writeFailed(let reason): reason
    }
  }
}
