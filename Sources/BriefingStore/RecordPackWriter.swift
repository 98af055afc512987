import Foundation

extension RecordPack {
  /// A whole pack written record by record through a 1 MB buffer into a temporary file, which
  /// replaces the pack at `url` only when ``finish()`` succeeds: a caller that makes its
  /// records one at a time never holds them all (``RecordPack/update(at:key:kept:)`` and a cold
  /// build's search index use it). Errors are ignored, as everywhere in a cache: the pack is
  /// then left as it was.
  public final class Writer {
    let url: URL
    let temporary: String
    let fd: Int32
    var bytes: [UInt8]
    var ok = true
    var finished = false

    /// A writer for a pack with `key`, nil when the temporary file cannot be made.
    public init?(url: URL, key: String) {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      self.url = url
      temporary = url.path + ".tmp-\(getpid())"
      fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard fd >= 0 else { return nil }
      bytes = RecordPack.magic
      bytes.reserveCapacity(RecordPack.flushSize * 2)
      RecordPack.appendPart(Array(key.utf8), to: &bytes)
    }

    /// Appends one record; later records with the same id win when the pack is read.
    public func add(_ id: String, head: some Collection<UInt8>, body: some Collection<UInt8>) {
      RecordPack.appendRecord(id, head, body, to: &bytes)
      flush(false)
    }

    /// Writes what is left and puts the file in the pack's place.
    public func finish() {
      guard !finished else { return }
      finished = true
      flush(true)
      close(fd)
      if !ok || rename(temporary, url.path) != 0 { unlink(temporary) }
    }

    /// A writer dropped before ``finish()`` leaves the pack as it was: no open file, no
    /// temporary file beside it.
    deinit {
      guard !finished else { return }
      close(fd)
      unlink(temporary)
    }

    private func flush(_ force: Bool) {
      guard ok, force || bytes.count >= RecordPack.flushSize else { return }
      ok = RecordPack.writeAll(bytes, to: fd)
      bytes.removeAll(keepingCapacity: true)
    }
  }
}
