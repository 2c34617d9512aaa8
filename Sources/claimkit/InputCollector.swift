import Foundation

/// One input the command line was given: a file, or standard input.
struct InputSource {
    /// The name to report it by.
    let name: String
    /// Where to read it; nil for standard input.
    let url: URL?

    /// Reads the whole input. Throws `InputError` with a reason a person understands.
    func read() throws -> Data {
        guard let url else {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { throw InputError.missing }
        guard !isDirectory.boolValue else { throw InputError.isDirectory }
        guard fm.isReadableFile(atPath: url.path), let handle = FileHandle(forReadingAtPath: url.path) else {
            throw InputError.unreadable
        }
        defer { try? handle.close() }
        return handle.readDataToEndOfFile()
    }
}

/// Why an input could not be read.
enum InputError: Error, CustomStringConvertible {
    case missing, isDirectory, unreadable, noInputs, emptyFolder

    var description: String {
        switch self {
        case .missing: "no such file"
        case .isDirectory: "is a folder"
        case .unreadable: "permission denied or unreadable"
        case .noInputs: "no input given: name files, folders, or - for standard input"
        case .emptyFolder: "the folder holds no .txt, .html or .htm file"
        }
    }
}

/// Expands the command line's inputs into sources: folders recursively by extension,
/// `-` as standard input, files as given (a missing file is kept, so it fails visibly).
enum InputCollector {
    static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]

    static func collect(_ arguments: [String]) -> (sources: [InputSource], failures: [(String, InputError)]) {
        var sources: [InputSource] = []
        var failures: [(String, InputError)] = []
        let fm = FileManager.default
        for argument in arguments {
            if argument == "-" {
                sources.append(InputSource(name: "-", url: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            let url = URL(fileURLWithPath: argument)
            if fm.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = files(under: url)
                if found.isEmpty { failures.append((argument, .emptyFolder)) }
                sources += found.map { InputSource(name: $0.relativePath(from: url, shownAs: argument), url: $0) }
            } else {
                sources.append(InputSource(name: argument, url: url))
            }
        }
        return (sources, failures)
    }

    /// Files below `folder` with a page extension, in path order.
    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            out.append(url)
        }
        return out.sorted { $0.path < $1.path }
    }
}

extension URL {
    /// This file's path as the user would write it, given the folder they named.
    func relativePath(from folder: URL, shownAs shown: String) -> String {
        let base = folder.standardizedFileURL.path
        var path = standardizedFileURL.path
        guard path.hasPrefix(base) else { return path }
        path.removeFirst(base.count)
        while path.hasPrefix("/") { path.removeFirst() }
        return shown.hasSuffix("/") ? shown + path : shown + "/" + path
    }
}
