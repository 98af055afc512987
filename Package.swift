// swift-tools-version:6.2
import PackageDescription

/// `BRIEFING_WITHOUT_SERVERS=1` leaves out preview and publish (Hummingbird, AsyncHTTPClient,
/// swift-crypto: most of a cold build) for work on extraction or the site alone. CI builds all.
let withServers = Context.environment["BRIEFING_WITHOUT_SERVERS"] == nil

/// Targets that serve or upload a site, and the heavy packages they need.
let serverTargets: [Target] = [
  .target(
    name: "BriefingPreview",
    dependencies: [
      "BriefingModels", "BriefingIngest", "BriefingGenerator", "BriefingSite",
      .product(name: "Hummingbird", package: "hummingbird"),
    ]
  ),
  .target(
    name: "BriefingPublish",
    dependencies: [
      "BriefingModels",
      .product(name: "AsyncHTTPClient", package: "async-http-client"),
      .product(name: "Crypto", package: "swift-crypto"),
    ]
  ),
  .testTarget(name: "BriefingPreviewTests", dependencies: ["BriefingPreview"]),
  .testTarget(name: "BriefingPublishTests", dependencies: ["BriefingPublish"]),
]

let serverPackages: [Package.Dependency] = [
  .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
  .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
]

/// Briefing: a static briefing-site generator.
///
/// Module boundaries (see docs/DESIGN.md, docs/modules.md and README.md): Models depend on nothing;
/// Extraction knows nothing of HTML; Site knows nothing of how a date was found; Generator
/// runs the named steps; the CLI only parses arguments and calls one function.
let package = Package(
  name: "Briefing",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "briefing", targets: ["briefing"]),
    .executable(name: "briefing-eval", targets: ["briefing-eval"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ] + (withServers ? serverPackages : []),
  targets: [
    // libcmark, found by pkg-config (Debian: libcmark-dev).
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(name: "Markdown", dependencies: ["CCmark"]),
    // Value types of the JSON contract; depend on nothing.
    .target(name: "BriefingModels"),
    // Mapping over every core, in input order (Dispatch).
    .target(name: "BriefingParallel"),
    // What builds keep on disk: the binary Codable codec, record packs, the one hash.
    .target(name: "BriefingStore"),
    // content/ read into models: file walking, front matter, YAML, the reading cache.
    .target(
      name: "BriefingIngest",
      dependencies: [
        "BriefingModels", "BriefingParallel", "BriefingStore",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Articles into briefings: sentences, dates, parties, statements, events; no HTML.
    .target(
      name: "BriefingExtraction",
      dependencies: [
        "BriefingModels", "BriefingParallel", "BriefingStore",
        .product(name: "Yams", package: "Yams"),
      ],
      resources: [
        .copy("Resources/gazetteer.yml"), .copy("Resources/names.model"),
        .copy("Resources/lexicon.txt"),
      ]
    ),
    // A corpus into pages and bytes; never knows how a date was found.
    .target(
      name: "BriefingSite",
      dependencies: [
        "BriefingModels", "BriefingParallel", "BriefingStore", "Markdown",
      ]
    ),
    // The build as steps: ingest, extract, assemble, plan, render, write.
    .target(
      name: "BriefingGenerator",
      dependencies: [
        "BriefingModels", "BriefingParallel", "BriefingStore", "BriefingIngest",
        "BriefingExtraction", "BriefingSite",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "BriefingEvaluation",
      dependencies: [
        "BriefingModels", "BriefingIngest", "BriefingExtraction",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "briefing",
      dependencies: [
        "BriefingModels", "BriefingIngest", "BriefingExtraction", "BriefingSite",
        "BriefingGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ] + (withServers ? ["BriefingPreview", "BriefingPublish"] : []),
      // jemalloc instead of glibc's malloc: a build allocates millions of small values on
      // both cores, and glibc's arenas spent a third of its CPU (README, "Speed, against Hugo").
      linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
    ),
    // Benchmarks/render.py: a full build as a plain program, for callgrind.
    .executableTarget(
      name: "render-bench",
      dependencies: ["BriefingGenerator"],
      path: "Benchmarks/RenderBench",
      linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
    ),
    .executableTarget(
      name: "briefing-eval",
      dependencies: [
        "BriefingEvaluation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
    .testTarget(name: "BriefingModelsTests", dependencies: ["BriefingModels"]),
    .testTarget(name: "BriefingStoreTests", dependencies: ["BriefingStore", "BriefingModels"]),
    .testTarget(name: "BriefingIngestTests", dependencies: ["BriefingIngest", "BriefingStore"]),
    .testTarget(
      name: "BriefingExtractionTests",
      dependencies: ["BriefingExtraction", "BriefingIngest", "BriefingStore"]),
    .testTarget(
      name: "BriefingSiteTests",
      // swift-mustache renders the same templates as the reference for the project's engine.
      dependencies: [
        "BriefingSite", "Markdown", .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .testTarget(
      name: "BriefingGeneratorTests",
      dependencies: ["BriefingGenerator", "BriefingSite", "BriefingStore"]),
    .testTarget(name: "BriefingEvaluationTests", dependencies: ["BriefingEvaluation"]),
    // Runs the built `briefing` tool as a user would.
    .testTarget(name: "EndToEndTests", dependencies: ["briefing"]),
  ] + (withServers ? serverTargets : []),
  swiftLanguageModes: [.v6]
)
