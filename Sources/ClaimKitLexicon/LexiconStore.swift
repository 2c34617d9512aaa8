import ClaimKitModel
import Foundation

/// Every lexicon under one or more root folders, loaded once and shared read-only by
/// the stages.
///
/// Files are found by their path relative to a root (`people/titles.tsv`). A user's
/// folder (`--lexicons DIR`) is loaded after the built-in one: a file at the same
/// relative path adds its rows to the built-in file's rows.
public struct LexiconStore: Sendable {
    /// The lexicons by relative path.
    public private(set) var lexicons: [String: Lexicon]

    /// An empty store (for tests that build lexicons in code).
    public init(lexicons: [Lexicon] = []) {
        var table: [String: Lexicon] = [:]
        for lexicon in lexicons { table[lexicon.file] = lexicon }
        self.lexicons = table
    }

    /// Loads every `.tsv` file below each root, in order.
    public init(roots: [URL]) throws {
        self.init()
        for root in roots { try load(root: root) }
    }

    /// The lexicon at `file` (relative path such as `places/countries.tsv`), if loaded.
    public subscript(file: String) -> Lexicon? { lexicons[file] }

    /// All lexicons whose folder is `folder` (such as `places`), in file-name order.
    public func lexicons(in folder: String) -> [Lexicon] {
        lexicons.values.filter { $0.folder == folder }.sorted { $0.file < $1.file }
    }

    /// Adds (or extends) a lexicon.
    public mutating func add(_ lexicon: Lexicon) {
        if let existing = lexicons[lexicon.file], existing.columns == lexicon.columns {
            lexicons[lexicon.file] = Lexicon(file: lexicon.file, columns: existing.columns, rows: existing.rows + lexicon.rows)
        } else {
            lexicons[lexicon.file] = lexicon
        }
    }

    /// Loads every `.tsv` file below `root`.
    public mutating func load(root: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconError.unreadableDirectory(path: root.path, reason: "no such folder")
        }
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw LexiconError.unreadableDirectory(path: root.path, reason: "cannot list it")
        }
        let rootPath = root.standardizedFileURL.path
        var files: [(String, URL)] = []
        for case let url as URL in walker where url.pathExtension == "tsv" {
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(rootPath) { relative.removeFirst(rootPath.count) }
            while relative.hasPrefix("/") { relative.removeFirst() }
            files.append((relative, url))
        }
        for (relative, url) in files.sorted(by: { $0.0 < $1.0 }) {
            guard let data = fm.contents(atPath: url.path) else {
                throw LexiconError.unreadableFile(file: relative, reason: "cannot open it")
            }
            let lexicon = try data.withUnsafeBytes { raw -> Lexicon in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard String(validating: bytes, as: UTF8.self) != nil else {
                    throw LexiconError.unreadableFile(file: relative, reason: "not valid UTF-8")
                }
                return try Lexicon.parse(utf8: bytes, file: relative)
            }
            add(lexicon)
        }
    }
}
