import ArgumentParser
import ClaimKit
import Foundation

/// `claimkit entities`: the people, places and organisations of pages, for a person to read.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places and organisations a page names, with aliases, roles and mention counts.",
        discussion: """
            The table has one row per entity: its type, canonical name (the fullest form the
            page uses), the other names it goes by, its roles in page order, and how many
            times it is mentioned. --format json prints the contract's `entities` array with
            every mention's offsets (Unicode scalars), rule and lexicon row, and the merges.

            Examples:
              claimkit entities Corpus/bbc-live-trump-putin-call.txt
              claimkit entities page.html --format json
              claimkit entities page.txt --lexicons my-lexicons/
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table (for reading) or json.")
    var format: OutputFormat = .table

    @Flag(help: "Also list names the rules found but could not type.")
    var all = false

    mutating func run() throws {
        let failed = try input.forEachExtraction { extraction, inputCount in
            switch format {
            case .table:
                if inputCount > 1 { Console.output("== \(extraction.document.sourceName)\n") }
                Console.output(EntityTable.render(extraction.entities.filter { all || $0.type != .other }))
            case .json:
                Console.output(try Self.json(extraction))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// The contract's `source` and `entities`, as one pretty JSON object.
    static func json(_ extraction: Extraction) throws -> Data {
        let full = try ContractReport(extraction).json(pretty: false)
        guard let object = try JSONSerialization.jsonObject(with: full) as? [String: Any] else { return full }
        var subset: [String: Any] = ["entities": object["entities"] ?? []]
        if let source = object["source"] { subset["source"] = source }
        var data = try JSONSerialization.data(
            withJSONObject: subset, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}

/// Renders entities as a plain-text table.
enum EntityTable {
    static func render(_ entities: [Entity]) -> String {
        let header = ["TYPE", "NAME", "ALIASES", "ROLES", "MENTIONS"]
        var rows: [[String]] = []
        for e in entities {
            rows.append([
                e.type.rawValue, e.name, e.aliases.joined(separator: "; "), e.roles.joined(separator: "; "),
                String(e.mentions.count),
            ])
        }
        let maxWidth = [12, 28, 44, 44, 8]
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = min(maxWidth[i], max(widths[i], cell.count)) }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                var c = cell
                if c.count > widths[i] { c = String(c.prefix(widths[i] - 1)) + "…" }
                out += i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) + "  "
            }
            return out + "\n"
        }
        var out = line(header)
        for row in rows { out += line(row) }
        out +=
            "\(entities.count) entities: \(entities.filter { $0.type == .person }.count) people, "
            + "\(entities.filter { $0.type == .place }.count) places, \(entities.filter { $0.type == .organization }.count) organisations\n"
        return out
    }
}
