// swift-tools-version: 6.1
import PackageDescription

/// Strict settings applied to every Swift target in one place.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "confluence-tui",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "confluence-tui", targets: ["confluence-tui"]),
        .library(name: "ConfluenceKit", targets: ["ConfluenceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CQL", swiftSettings: strictSettings),
        .target(
            name: "ConfluenceKit",
            dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: strictSettings
        ),
        .target(name: "TerminalKit", dependencies: ["CNCursesW"], swiftSettings: strictSettings),
        .executableTarget(
            name: "confluence-tui",
            dependencies: ["ConfluenceKit", "TerminalKit", argumentParser],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CQLTests", dependencies: ["CQL"], swiftSettings: strictSettings),
        .testTarget(name: "ConfluenceKitTests", dependencies: ["ConfluenceKit"], swiftSettings: strictSettings),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
