// swift-tools-version: 6.0
import PackageDescription

// The stages of ClaimKit, each its own module, dependencies pointing backwards:
// page -> entries -> tokens -> mentions -> entities / quotes / claims -> cross-check -> reports.
let package = Package(
    name: "ClaimKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .executable(name: "claimkit", targets: ["claimkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ClaimKitModel"),
        .target(name: "ClaimKitText", dependencies: ["ClaimKitModel"]),
        .target(name: "ClaimKitLexicon", dependencies: ["ClaimKitModel"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CMallocTrim"),
        .target(name: "ClaimKitReading", dependencies: ["ClaimKitModel", "CLibXML2"]),
        .target(name: "ClaimKitEntities", dependencies: ["ClaimKitModel", "ClaimKitText", "ClaimKitLexicon"]),
        .target(name: "ClaimKitQuotes", dependencies: ["ClaimKitModel", "ClaimKitText", "ClaimKitLexicon"]),
        .target(name: "ClaimKitQuantities", dependencies: ["ClaimKitModel", "ClaimKitText", "ClaimKitLexicon"]),
        .target(name: "ClaimKitClaims", dependencies: ["ClaimKitModel", "ClaimKitText", "ClaimKitLexicon", "ClaimKitQuantities"]),
        .target(name: "ClaimKitCrossCheck", dependencies: ["ClaimKitModel"]),
        .target(name: "ClaimKitReports", dependencies: ["ClaimKitModel"]),
        .target(
            name: "ClaimKit",
            dependencies: [
                "ClaimKitModel", "ClaimKitText", "ClaimKitLexicon", "ClaimKitReading", "ClaimKitEntities",
                "ClaimKitQuotes", "ClaimKitQuantities", "ClaimKitClaims", "ClaimKitCrossCheck", "ClaimKitReports", "CMallocTrim",
            ],
            resources: [.copy("../../Lexicons")]
        ),
        .executableTarget(
            name: "claimkit",
            dependencies: ["ClaimKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "claimkit-benchmark", dependencies: ["ClaimKit"], path: "Benchmarks/ClaimKitBenchmark"),
        .executableTarget(name: "claimkit-fuzz", dependencies: ["ClaimKit"], path: "Fuzz/ClaimKitFuzz"),
        .target(name: "ClaimKitTestSupport", dependencies: ["ClaimKit"], path: "Tests/ClaimKitTestSupport"),
        .testTarget(name: "ClaimKitModelTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitReportsTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitLexiconTests", dependencies: ["ClaimKitTestSupport"]),
        // The fixtures are read from the source tree by path (TestPaths), not bundled.
        .testTarget(name: "ClaimKitReadingHTMLTests", dependencies: ["ClaimKitTestSupport", "ClaimKitReading"], exclude: ["Fixtures"]),
        .testTarget(name: "claimkitEndToEndTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitQuotesTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitTextTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitEntitiesTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitQuantitiesTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitClaimsTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitCrossCheckTests", dependencies: ["ClaimKitTestSupport"]),
        .testTarget(name: "ClaimKitReadingTests", dependencies: ["ClaimKitTestSupport"]),
    ]
)
