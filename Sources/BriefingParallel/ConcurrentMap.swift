import Dispatch

extension Array where Element: Sendable {
  /// `transform` of every element, computed on every core, in input order: the build steps
  /// (reading articles, extracting, planning and rendering pages) all map this way.
  ///
  /// `first` lists indices to start before the others (the biggest jobs), so a long job does
  /// not run alone at the end while the other cores wait.
  public func concurrentMap<R: Sendable>(first: [Int] = [], _ transform: @Sendable (Element) -> R)
    -> [R]
  {
    // An empty array has no buffer to write into; one item needs no second core.
    if count < 2 { return map(transform) }
    let firstSet = Set(first)
    let schedule = first + indices.filter { !firstSet.contains($0) }
    return withUnsafeBufferPointer { input in
      [R](unsafeUninitializedCapacity: input.count) { output, count in
        // Each iteration initialises only its own slot.
        nonisolated(unsafe) let source = input
        nonisolated(unsafe) let target = output.baseAddress!
        DispatchQueue.concurrentPerform(iterations: schedule.count) { k in
          let i = schedule[k]
          (target + i).initialize(to: transform(source[i]))
        }
        count = input.count
      }
    }
  }
}
