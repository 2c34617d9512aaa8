import ArgumentParser
import ClaimKit
import Foundation

/// `claimkit quantities`: the figures of each input line, one JSON object per line.
struct QuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantities",
        abstract: "Print the figures (value, unit, bound) of each text line as one JSON object per line.",
        discussion: """
            Reads text lines from a file or standard input and prints, for each line, one
            JSON object: {"text": LINE, "quantities": [{"start", "end", "text", "value",
            "upper", "unit", "bound"}]}, offsets in Unicode scalars of the line. Units are
            canonical symbols (km, mi, h, %, GBP, count ...).

            Examples:
              echo "a range of approximately over 1,000 miles (1600km)" | claimkit quantities
              claimkit quantities sentences.txt
            """
    )

    @Argument(help: "A text file, or - (the default) for standard input.")
    var file: String = "-"

    @Option(name: .customLong("lexicons"), help: "A folder of extra lexicons, loaded after the built-in ones (repeatable).")
    var lexiconFolders: [String] = []

    mutating func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else {
                throw ValidationError("\(file): no such file or unreadable")
            }
            data = d
        }
        let store: LexiconStore
        do {
            store = try LexiconStore(roots: [BuiltInLexicons.url] + lexiconFolders.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("cannot load lexicons: \(error)")
        }
        let parser = QuantityParser(lexicons: store)
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for line in lines {
            let offsets = ScalarOffsets(line)
            let found = parser.quantities(in: line).map { q in
                QuantityOut(
                    start: offsets.scalarOffset(q.range.utf8Start), end: offsets.scalarOffset(q.range.utf8End),
                    text: q.text, value: q.value, upper: q.upper, unit: q.unit, bound: q.bound.rawValue, rule: q.rule.rawValue)
            }
            out.append(try encoder.encode(LineOut(text: line, quantities: found)))
            out.append(0x0A)
            if out.count > 1 << 16 {
                Console.output(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        Console.output(out)
    }

    struct LineOut: Encodable {
        let text: String
        let quantities: [QuantityOut]
    }

    struct QuantityOut: Encodable {
        let start: Int
        let end: Int
        let text: String
        let value: Double
        let upper: Double?
        let unit: String
        let bound: String
        let rule: String
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(value, forKey: .value)
            try c.encode(upper, forKey: .upper)
            try c.encode(unit, forKey: .unit)
            try c.encode(bound, forKey: .bound)
            try c.encode(rule, forKey: .rule)
        }
        enum CodingKeys: String, CodingKey { case start, end, text, value, upper, unit, bound, rule }
    }
}
