import Foundation

/// One step of a build as a value: what it takes in, what it gives out, and the `BuildStep`
/// its time and errors are reported under.
///
/// `SiteGenerator` is the short list that runs them (ingest → extract → assemble → plan →
/// render → write), the way Publish composes its `PublishingStep`s; a step that keeps a cache
/// owns it, so no cache spans the whole build.
protocol SiteBuildStep {
  associatedtype Input
  associatedtype Output
  /// The step's name in timings, progress and errors.
  var step: BuildStep { get }
  func run(_ input: Input, in build: BuildContext) throws(BuildError) -> Output
}

/// What every step of one build shares: the options, the stage functions and the clock.
final class BuildContext {
  let options: GenerateOptions
  let stages: BuildStages
  private(set) var timer = StepTimer()

  init(options: GenerateOptions, stages: BuildStages) {
    self.options = options
    self.stages = stages
  }

  /// Runs one step and times it under its name.
  func run<S: SiteBuildStep>(_ step: S, _ input: S.Input) throws(BuildError) -> S.Output {
    try timer.run(step.step) { () throws(BuildError) in try step.run(input, in: self) }
  }

  /// Reports progress of the step in flight.
  func report(_ step: BuildStep, _ done: Int, _ total: Int) {
    options.progress?(BuildProgress(step: step, done: done, total: total))
  }

  /// A progress callback for `Parallel.map` over `total` items of `step`.
  func progress(_ step: BuildStep, total: Int) -> @Sendable (Int) -> Void {
    let progress = options.progress
    return { done in progress?(BuildProgress(step: step, done: done, total: total)) }
  }
}
