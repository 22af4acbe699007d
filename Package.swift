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
        .executable(name: "confluence-emulator", targets: ["confluence-emulator"]),
        .library(name: "ConfluenceKit", targets: ["ConfluenceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CQL", swiftSettings: strictSettings),
        .target(
            name: "ConfluenceKit",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ConfluenceEmulator",
            dependencies: ["CQL", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "confluence-emulator",
            dependencies: ["ConfluenceEmulator", "TerminalKit", argumentParser],
            swiftSettings: strictSettings
        ),
        .target(name: "LocalStore", swiftSettings: strictSettings),
        .target(name: "Accounts", dependencies: ["ConfluenceKit", "LocalStore"], swiftSettings: strictSettings),
        .executableTarget(
            name: "auth-crash-helper",
            dependencies: ["Accounts", "ConfluenceKit", "LocalStore"],
            path: "Tests/auth-crash-helper",
            swiftSettings: strictSettings
        ),
        .target(name: "DataSources", dependencies: ["ConfluenceKit", "LocalStore", "StorageFormat"], swiftSettings: strictSettings),
        .target(name: "StorageFormat", swiftSettings: strictSettings),
        .target(name: "TerminalKit", dependencies: ["CNCursesW"], swiftSettings: strictSettings),
        .target(
            name: "BrowserApp",
            dependencies: ["CQL", "ConfluenceKit", "DataSources", "LocalStore", "StorageFormat", "TerminalKit"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "confluence-tui",
            dependencies: ["Accounts", "BrowserApp", "CQL", "ConfluenceEmulator", "ConfluenceKit", "DataSources", "LocalStore", "StorageFormat",
                           "TerminalKit", argumentParser],
            swiftSettings: strictSettings,
            plugins: ["EmbedDemoSite"]
        ),
        .executableTarget(name: "demo-site-embedder", swiftSettings: strictSettings),
        .plugin(name: "EmbedDemoSite", capability: .buildTool(), dependencies: ["demo-site-embedder"]),
        .testTarget(name: "CQLTests", dependencies: ["CQL", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "ConfluenceKitTests",
            dependencies: [
                "ConfluenceKit", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "StorageFormatBenchmark",
            dependencies: ["StorageFormat"],
            path: "Benchmarks/StorageFormatBenchmark",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "BrowserBenchmark",
            dependencies: ["BrowserApp", "ConfluenceEmulator", "ConfluenceKit", "TerminalKit"],
            path: "Benchmarks/BrowserBenchmark",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BrowserAppTests",
            dependencies: ["BrowserApp", "ConfluenceKit", "DataSources", "LocalStore", "StorageFormat", "TerminalKit"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ConfluenceEmulatorTests", dependencies: ["ConfluenceEmulator", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["BrowserApp", "ConfluenceKit", "ConfluenceEmulator", "DataSources", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "AccountsTests",
            dependencies: ["Accounts", "ConfluenceEmulator", "ConfluenceKit", "LocalStore", "TestSupport", "auth-crash-helper"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DataSourcesTests", dependencies: ["DataSources", "ConfluenceKit", "LocalStore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "LocalStoreTests", dependencies: ["LocalStore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "StorageFormatTests", dependencies: ["StorageFormat", "TestSupport"], exclude: ["Snapshots", "Regressions"], swiftSettings: strictSettings),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TestSupport"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
