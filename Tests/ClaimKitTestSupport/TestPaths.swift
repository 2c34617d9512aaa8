import Foundation

/// Paths tests need: the package root, its Corpus, and the shared evaluation material.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `Corpus/` in the package.
    public static var corpus: URL { packageRoot.appendingPathComponent("Corpus") }

    /// The BBC live page in the Corpus.
    public static var bbcPage: URL { corpus.appendingPathComponent("bbc-live-trump-putin-call.txt") }

    /// The built `claimkit` binary of the current build configuration, if it exists.
    public static var claimkitBinary: URL {
        // Test bundles sit in the build folder next to the executable.
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("claimkit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/claimkit")
    }

    /// Reads a file of the package as UTF-8 text.
    public static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
