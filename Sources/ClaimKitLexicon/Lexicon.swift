import ClaimKitModel

/// One lexicon file: a UTF-8 TSV table with a header line, `#` comment lines, one entry
/// per row, stored once in canonical case. The folder it sits in gives its type
/// (`people/given-names.tsv`, `places/countries.tsv`).
public struct Lexicon: Sendable {
    /// The file's path relative to the lexicon root, such as `places/countries.tsv`.
    public let file: String
    /// The column names from the header line.
    public let columns: [String]
    /// The data rows, each with as many fields as there are columns.
    public let rows: [Row]

    /// One data row and the line it stands on.
    public struct Row: Sendable {
        /// The fields, one per column.
        public let fields: [String]
        /// The 1-based line number in the file.
        public let line: Int

        public init(fields: [String], line: Int) {
            self.fields = fields
            self.line = line
        }

        /// The first field, the entry itself.
        public var key: String { fields[0] }
    }

    public init(file: String, columns: [String], rows: [Row]) {
        self.file = file
        self.columns = columns
        self.rows = rows
    }

    /// The folder part of `file`: the lexicon's type (`people`, `places`, `cues`).
    public var folder: String {
        file.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The file name without folder and extension (`countries`).
    public var name: String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".tsv") ? String(last.dropLast(4)) : last
    }

    /// The index of a column by name, if the lexicon has it.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// Where row `row` came from, for provenance.
    public func source(of row: Row) -> LexiconSource { LexiconSource(file: file, line: row.line) }

    /// Parses a lexicon's text. Throws `LexiconError.malformedRow` naming file and line
    /// when a row's field count differs from the header's.
    public static func parse(_ text: String, file: String) throws -> Lexicon {
        var text = text
        return try text.withUTF8 { try parse(utf8: $0, file: file) }
    }

    /// Parses a lexicon from UTF-8 bytes, scanning bytes (the loader's fast path).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> Lexicon {
        var columns: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        var lineStart = 0
        let count = bytes.count
        var fields: [String] = []
        while lineStart < count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart || bytes[lineStart] == 0x23 /* # */ { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                fieldStart = i + 1
            }
            guard let header = columns else {
                columns = fields
                continue
            }
            guard fields.count == header.count else {
                throw LexiconError.malformedRow(
                    file: file, line: lineNumber,
                    reason: "expected \(header.count) tab-separated fields (\(header.joined(separator: ", "))), found \(fields.count)")
            }
            guard !fields[0].isEmpty else {
                throw LexiconError.malformedRow(file: file, line: lineNumber, reason: "the first field is empty")
            }
            rows.append(Row(fields: fields, line: lineNumber))
        }
        guard let header = columns else {
            throw LexiconError.missingHeader(file: file)
        }
        return Lexicon(file: file, columns: header, rows: rows)
    }
}

/// Why a lexicon could not be loaded.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// A row whose fields do not fit the header.
    case malformedRow(file: String, line: Int, reason: String)
    /// A file with no header line.
    case missingHeader(file: String)
    /// A lexicon folder that does not exist or cannot be read.
    case unreadableDirectory(path: String, reason: String)
    /// A lexicon file that cannot be read or is not UTF-8.
    case unreadableFile(file: String, reason: String)

    public var description: String {
        switch self {
        case let .malformedRow(file, line, reason): "\(file):\(line): malformed lexicon row: \(reason)"
        case let .missingHeader(file): "\(file): lexicon has no header line"
        case let .unreadableDirectory(path, reason): "\(path): cannot read lexicon folder: \(reason)"
        case let .unreadableFile(file, reason): "\(file): cannot read lexicon: \(reason)"
        }
    }
}
