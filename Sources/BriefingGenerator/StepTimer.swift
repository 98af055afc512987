/// Times each named step.
struct StepTimer {
  var timings: [(step: BuildStep, duration: Duration)] = []
  private let clock = ContinuousClock()

  mutating func run<T, E: Error>(_ step: BuildStep, _ body: () throws(E) -> T) throws(E) -> T {
    let start = clock.now
    defer { timings.append((step, clock.now - start)) }
    return try body()
  }
}
