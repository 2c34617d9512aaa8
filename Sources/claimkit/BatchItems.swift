import Foundation

/// One document of a batch: a file (or standard input), or one line of a JSONL file.
enum BatchItem: Sendable {
    case file(InputSource)
    /// A JSONL line: where it came from (file and line number) and its raw bytes.
    case record(file: String, line: Int, bytes: Data)

    /// The name errors and results report it by: the file, or the record's id.
    var name: String {
        switch self {
        case let .file(source): source.name
        case let .record(file, line, _): "\(file):\(line)"
        }
    }
}

/// A JSONL record's document: `{"id": ..., "html": ...}` or `{"id": ..., "text": ...}`.
struct BatchRecord {
    let id: String
    let content: Data

    /// Parses one JSONL line. Throws a message a person understands.
    init(line: Data, fallbackID: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw BatchRecordError("not a JSON object")
        }
        if let id = object["id"] as? String { self.id = id } else if let id = object["id"] as? NSNumber {
            self.id = id.stringValue
        } else {
            self.id = fallbackID
        }
        if let html = object["html"] as? String {
            content = Data(html.utf8)
        } else if let text = object["text"] as? String {
            content = Data(text.utf8)
        } else {
            throw BatchRecordError("record \(self.id) has neither \"html\" nor \"text\"")
        }
    }
}

struct BatchRecordError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Yields batch items one by one: files as given, and JSONL files line by line, read in
/// chunks so that a large batch file is never held whole in memory.
final class BatchItemStream {
    private var sources: [InputSource]
    private let jsonl: Bool
    private var lines: LineReader?
    private var linesName = ""
    /// Sources that could not be opened as JSONL, reported as failures.
    private(set) var openFailures: [(String, String)] = []

    init(sources: [InputSource], jsonl: Bool) {
        self.sources = sources.reversed()
        self.jsonl = jsonl
    }

    func next() -> BatchItem? {
        while true {
            if let reader = lines {
                if let (number, line) = reader.nextLine() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return .record(file: linesName, line: number, bytes: line)
                }
                lines = nil
            }
            guard let source = sources.popLast() else { return nil }
            let isJSONL = jsonl || source.url?.pathExtension.lowercased() == "jsonl"
            guard isJSONL else { return .file(source) }
            if let url = source.url {
                guard let handle = FileHandle(forReadingAtPath: url.path) else {
                    return .file(source)  // fails visibly when read
                }
                lines = LineReader(handle: handle)
            } else {
                lines = LineReader(handle: FileHandle.standardInput)
            }
            linesName = source.name
        }
    }
}

/// Reads lines from a file handle in 1 MiB chunks. A line longer than a chunk (one record
/// holding a 200 MB page) costs time linear in its length: each byte is searched for the
/// line end once, and chunks are appended in place.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    /// Where the search for the next line end resumes: the bytes before it hold none.
    private var searchFrom = 0
    private var atEnd = false
    private var lineNumber = 0

    init(handle: FileHandle) { self.handle = handle }

    /// The next line (without its line end) and its 1-based number, or nil at the end.
    func nextLine() -> (Int, Data)? {
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                searchFrom = buffer.startIndex
                lineNumber += 1
                return (lineNumber, Data(line))
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                searchFrom = 0
                lineNumber += 1
                return (lineNumber, Data(line))
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty {
                atEnd = true
            } else {
                // Drop the lines already returned (a slice keeps them alive), then grow in place.
                if buffer.startIndex != 0 { buffer = Data(buffer) }
                searchFrom = buffer.endIndex
                buffer.append(chunk)
            }
        }
    }
}
