#if canImport(Glibc)
  import Glibc
#endif

/// Tells the watcher whether anything under its folders may have changed, so an idle preview
/// does not walk the content folder three times a second (inotify on Linux).
///
/// It only says "look": the ``FileTreeSnapshot`` stays the judge of what changed. Every folder
/// is watched, and every link to a file (a watch on a link follows it to its target); hidden
/// files and editor leftovers are ignored as the snapshot ignores them. Where inotify is missing
/// or refuses (too many watches), ``make(watching:)`` returns nil and the watcher polls.
final class DirectoryNotifier: @unchecked Sendable {
  // @unchecked: used by one watcher task at a time; the descriptor and table are its own.
  private let descriptor: Int32
  private let roots: [String]
  /// Watch descriptor → the path it watches.
  private var watched: [Int32: String] = [:]
  private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

  private init(descriptor: Int32, roots: [String]) {
    self.descriptor = descriptor
    self.roots = roots
  }

  deinit {
    #if canImport(Glibc)
      close(descriptor)
    #endif
  }

  /// A notifier over `paths` (folders, files, or paths not created yet), or nil to poll.
  static func make(watching paths: [String]) -> DirectoryNotifier? {
    #if canImport(Glibc)
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { return nil }
      let notifier = DirectoryNotifier(descriptor: fd, roots: paths)
      return notifier.rewatch() ? notifier : nil
    #else
      return nil
    #endif
  }

  /// Watches every folder (and linked file) under the roots as they are now; a root that does
  /// not exist is watched through its nearest existing parent, so its creation is noticed.
  /// False when the kernel refuses a watch: the caller must poll from then on.
  @discardableResult
  func rewatch() -> Bool {
    #if canImport(Glibc)
      var wanted: [String] = []
      for root in roots {
        if !Self.exists(root) {
          // Only the nearest existing parent itself: its subfolders are not ours to watch.
          var path = Self.parent(of: root)
          while !path.isEmpty, !Self.exists(path) { path = Self.parent(of: path) }
          wanted.append(path.isEmpty ? "." : path)
        } else if FileTreeSnapshot.isDirectory(root) {
          Self.folders(under: root, into: &wanted, depth: 0)
        } else {
          // The parent too: an editor that saves by renaming replaces the watched file.
          wanted.append(root)
          let parent = Self.parent(of: root)
          wanted.append(parent.isEmpty ? "." : parent)
        }
      }
      let current = Set(watched.values)
      for path in Set(wanted).subtracting(current) {
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        if wd < 0 {
          if errno == ENOENT { continue }  // gone since the walk: the next look sees it
          return false
        }
        watched[wd] = path
      }
      let stale = current.subtracting(wanted)
      for (wd, path) in watched where stale.contains(path) {
        inotify_rm_watch(descriptor, wd)
        watched[wd] = nil
      }
      return true
    #else
      return false
    #endif
  }

  /// Reads what the kernel queued since the last call, without waiting: true when something
  /// the snapshot counts may have changed (or the queue overflowed).
  func takeEvents() -> Bool {
    #if canImport(Glibc)
      var relevant = false
      var dropped: [Int32] = []
      defer { for wd in dropped { watched[wd] = nil } }
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return relevant }
        buffer.withUnsafeBytes { raw in
          var offset = 0
          let header = MemoryLayout<inotify_event>.size
          while offset + header <= count {
            let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let nameBytes = raw[(offset + header)..<(offset + header + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if event.mask & UInt32(IN_IGNORED) != 0 {
              dropped.append(event.wd)  // the kernel removed the watch (its path is gone)
            } else if name.isEmpty || !FileTreeSnapshot.isIgnored(name) {
              relevant = true
            }
            offset += header + Int(event.len)
          }
        }
      }
    #else
      return true
    #endif
  }

  /// How many paths are watched (tests).
  var watchCount: Int { watched.count }

  #if canImport(Glibc)
    private static let mask = UInt32(
      IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Folders under `folder` (itself included) and links to files, found with `readdir`.
    private static func folders(under folder: String, into paths: inout [String], depth: Int) {
      guard depth < FileTreeSnapshot.maxDepth, let dir = opendir(folder) else { return }
      defer { closedir(dir) }
      paths.append(folder)
      while let entry = readdir(dir) {
        let type = entry.pointee.d_type
        guard type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else {
          continue
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        if name == "." || name == ".." || FileTreeSnapshot.isIgnored(name) { continue }
        let full = folder + "/" + name
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: folders(under: full, into: &paths, depth: depth + 1)
        // A link to a folder is not followed (as the snapshot does not walk it).
        case S_IFLNK where !FileTreeSnapshot.isDirectory(full): paths.append(full)
        default: break
        }
      }
    }

    private static func exists(_ path: String) -> Bool {
      var info = stat()
      return lstat(path, &info) == 0
    }
  #endif

  private static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
