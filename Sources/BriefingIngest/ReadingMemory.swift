import BriefingModels
import BriefingStore
import Foundation

/// The readings of the last load, kept in memory by a process that builds again and again
/// (`briefing preview`), so a rebuild neither reads nor decodes the files that did not change.
///
/// A file is taken as remembered under the rules of `ReadingCache`: same path, same
/// `FileSignature`, and file times older than the remembering load's start by more than the
/// racy window. Each load keeps exactly the readings it used, so a deleted file is forgotten.
public final class ReadingMemory: @unchecked Sendable {
  /// One remembered reading, with the `ArticleCoding` bytes of its article when known.
  struct Entry: Sendable {
    var filePath: String
    var signature: FileSignature
    /// When the load that read (or last trusted) the file began.
    var readAt: Int64
    var reading: ArticleReader.Reading
    var encoded: Data? = nil
    /// True when this load took the reading from memory (and its bytes with it).
    var reused = false
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  private var next: [String: Entry] = [:]
  /// The reader's "today" of the last load: a date in the text can resolve differently.
  private var today: CalendarDate?

  public init() {}

  /// How many readings are remembered (those of the last load).
  public var count: Int { lock.withLock { entries.count } }
  /// How many readings the last load took from memory.
  public var reusedCount: Int { lock.withLock { reused } }
  private var reused = 0

  /// The remembered reading of `displayPath`, if the file is provably the one it was read from.
  func entry(displayPath: String, filePath: String, signature: FileSignature) -> Entry? {
    guard let e = lock.withLock({ entries[displayPath] }), e.filePath == filePath,
      e.signature == signature,
      signature.modified < e.readAt - ReadingCache.racyWindow,
      signature.changed < e.readAt - ReadingCache.racyWindow
    else { return nil }
    return e
  }

  /// Keeps a reading for the next load.
  func remember(_ entry: Entry, displayPath: String) {
    lock.withLock { next[displayPath] = entry }
  }

  /// Sets the article bytes of a reading kept by this load.
  func setEncoded(_ data: Data, displayPath: String) {
    lock.withLock { next[displayPath]?.encoded = data }
  }

  /// The reading of `displayPath` this load kept.
  func kept(displayPath: String) -> Entry? {
    lock.withLock { next[displayPath] }
  }

  /// Whether the remembered readings were made by a reader with this "today".
  func isFor(today: CalendarDate) -> Bool {
    lock.withLock { self.today == nil || self.today == today }
  }

  /// Ends a load: what it kept is what the next one finds.
  func finishLoad(today: CalendarDate) {
    lock.withLock {
      reused = next.values.filter(\.reused).count
      entries = next
      next = [:]
      self.today = today
    }
  }
}
