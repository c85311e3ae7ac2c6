// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "samverka",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samverka", targets: ["Run"]),
        .executable(name: "samverka-bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        // Vapor already reports requests and latency per route through swift-metrics; this is the
        // Prometheus backend for it (one small target; swift-metrics and swift-atomics are already built).
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // Value types and rules; Foundation only.
        .target(name: "Domain"),
        // Page models and their HTML; no server, no database.
        .target(name: "Views", dependencies: [
            "Domain",
            .product(name: "Plot", package: "Plot"),
        ], resources: [.copy("Resources")]),
        .target(name: "App", dependencies: [
            "Domain", "Views",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ], resources: [.copy("Resources")]),
        // The Örebro demo's example content and the synthetic national-scale data (`seed`).
        .target(name: "Demo", dependencies: [
            "App", "Domain",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        .executableTarget(name: "Run", dependencies: ["App", "Demo", .product(name: "Vapor", package: "vapor")]),
        // Benchmark-only commands, out of the product.
        .executableTarget(name: "Bench", dependencies: [
            "App", "Demo", "Domain",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "ViewsTests", dependencies: ["Views"]),
        .testTarget(name: "AppTests", dependencies: [
            "App", "Demo", "Domain", "Views",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "VaporTesting", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
    ]
)
