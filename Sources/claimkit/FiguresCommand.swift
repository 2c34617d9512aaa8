import ArgumentParser
import ClaimKit
import Foundation

/// `claimkit figures`: the numeric claims of pages, grouped, with contradictions first.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Report the figures of pages: contradictions first, then series, then every claim by subject.",
        discussion: """
            For each page: the contradictions (figures on one subject and attribute that
            cannot both hold, or a figure whose bracketed conversion does not match it), each
            with its entries, times and sources; then the series (running totals over a live
            page, oldest first); then every claim grouped by subject and attribute.

            Exit status: 0; 1 when an input cannot be read; with --fail-on-contradiction, 3
            when any contradiction is found (for newsroom pipelines).

            Examples:
              claimkit figures Corpus/bbc-live-trump-putin-call.txt
              claimkit figures page.html --format markdown > figures.md
              claimkit figures pages/ --format json --fail-on-contradiction
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, markdown or json (one object per input, one per line).")
    var format: OutputFormat = .text

    @Flag(help: "Exit with status 3 when any contradiction is found.")
    var failOnContradiction = false

    mutating func run() throws {
        var contradictions = 0
        let failed = try input.forEachExtraction { extraction, _ in
            contradictions += extraction.contradictions.count
            let report = FiguresReport(extraction)
            switch format {
            case .text: Console.output(report.text())
            case .markdown: Console.output(report.markdown())
            case .json:
                var data = try report.json()
                data.append(0x0A)
                Console.output(data)
            }
        }
        if failed > 0 { throw ExitCode(1) }
        if failOnContradiction && contradictions > 0 { throw ExitCode(3) }
    }
}

/// The figures of one extraction, laid out for a person (text, Markdown) or a program (JSON).
struct FiguresReport {
    let extraction: Extraction
    let claims: [String: Claim]

    init(_ extraction: Extraction) {
        self.extraction = extraction
        claims = Dictionary(extraction.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var entries: [Entry] { extraction.document.entries }

    func time(_ entry: Int) -> String {
        guard entry >= 1, entry <= entries.count, let p = entries[entry - 1].published else { return "" }
        return p
    }

    func figure(_ q: Quantity) -> String { q.text }

    /// One line about a claim: where, when, what, who says so.
    func line(_ c: Claim) -> String {
        var s = "entry \(c.entry)"
        let t = time(c.entry)
        if !t.isEmpty { s += " (\(t))" }
        s += ": \(c.text)"
        if !c.alternatives.isEmpty { s += " (" + c.alternatives.map(\.text).joined(separator: "; ") + ")" }
        s += " = \(c.quantity.bound == .exact ? "" : c.quantity.bound.rawValue + " ")\(FiguresReport.number(c.quantity.value))"
        if let u = c.quantity.upper { s += "–\(FiguresReport.number(u))" }
        s += " \(c.quantity.unit)"
        if let scope = c.scope { s += ", in \(scope)" }
        if let source = c.source { s += ", according to \(source)" }
        return s
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// Claims grouped by subject and attribute, in page order of their first claim.
    var groups: [(subject: String, attribute: String, claims: [Claim])] {
        var order: [String] = []
        var table: [String: (String, String, [Claim])] = [:]
        for c in extraction.claims {
            let key = (c.subjectKey.isEmpty ? c.subject.lowercased() : c.subjectKey) + "\u{1F}" + c.attribute + "\u{1F}" + (c.scope ?? "")
            if table[key] == nil {
                order.append(key)
                table[key] = (c.subject.isEmpty ? "(no subject)" : c.subject, c.attribute + (c.scope.map { " (\($0))" } ?? ""), [])
            }
            table[key]!.2.append(c)
        }
        return order.map { table[$0]! }.map { (subject: $0.0, attribute: $0.1, claims: $0.2) }
    }

    func text() -> String {
        var out = "\(extraction.document.sourceName): \(counted(extraction.claims.count, "figure")), "
            + "\(counted(extraction.contradictions.count, "contradiction")), \(extraction.series.count) series\n"
        if !extraction.contradictions.isEmpty {
            out += "\nCONTRADICTIONS\n"
            for x in extraction.contradictions {
                out += "! \(x.reason)\n"
                for id in Self.unique(x.claims) { if let c = claims[id] { out += "    \(line(c))\n" } }
            }
        }
        if !extraction.series.isEmpty {
            out += "\nSERIES (oldest first)\n"
            for s in extraction.series {
                let points = s.claims.compactMap { claims[$0] }.map { "\($0.text) [entry \($0.entry)\(time($0.entry).isEmpty ? "" : ", " + time($0.entry))]" }
                let scope = s.claims.first.flatMap { claims[$0]?.scope }.map { " (\($0))" } ?? ""
                out += "~ \(s.subject), \(s.attribute)\(scope): " + points.joined(separator: " → ") + "\n"
            }
        }
        out += "\nFIGURES\n"
        for g in groups {
            out += "\(g.subject), \(g.attribute)\n"
            for c in g.claims { out += "    \(line(c))\n" }
        }
        return out
    }

    func markdown() -> String {
        var out = "# Figures: \(extraction.document.sourceName)\n\n"
        out += "\(counted(extraction.claims.count, "figure")), \(counted(extraction.contradictions.count, "contradiction")), "
            + "\(extraction.series.count) series.\n"
        if !extraction.contradictions.isEmpty {
            out += "\n## Contradictions\n\n"
            for x in extraction.contradictions {
                out += "- **\(x.reason)**\n"
                for id in Self.unique(x.claims) { if let c = claims[id] { out += "  - \(line(c))\n" } }
            }
        }
        if !extraction.series.isEmpty {
            out += "\n## Series (oldest first)\n\n"
            for s in extraction.series {
                let points = s.claims.compactMap { claims[$0] }.map { "\($0.text) (entry \($0.entry)\(time($0.entry).isEmpty ? "" : ", " + time($0.entry)))" }
                let scope = s.claims.first.flatMap { claims[$0]?.scope }.map { " (\($0))" } ?? ""
                out += "- \(s.subject), \(s.attribute)\(scope): " + points.joined(separator: " → ") + "\n"
            }
        }
        out += "\n## Figures\n"
        for g in groups {
            out += "\n### \(g.subject), \(g.attribute)\n\n"
            for c in g.claims { out += "- \(line(c))\n" }
        }
        return out
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    struct ClaimOut: Encodable {
        let id: String
        let entry: Int
        let published: String?
        let text: String
        let value: Double
        let upper: Double?
        let unit: String
        let bound: String
        let alternatives: [String]
        let scope: String?
        let source: String?
        let rule: String
    }

    struct GroupOut: Encodable {
        let subject: String
        let attribute: String
        let claims: [ClaimOut]
    }

    struct ContradictionOut: Encodable {
        let subject: String
        let attribute: String
        let reason: String
        let rule: String
        let claims: [ClaimOut]
    }

    struct SeriesOut: Encodable {
        let subject: String
        let attribute: String
        let points: [ClaimOut]
    }

    struct Out: Encodable {
        let source: String
        let contradictions: [ContradictionOut]
        let series: [SeriesOut]
        let groups: [GroupOut]
    }

    func out(_ c: Claim) -> ClaimOut {
        ClaimOut(
            id: c.id, entry: c.entry, published: c.entry <= entries.count ? entries[c.entry - 1].published : nil, text: c.text,
            value: c.quantity.value, upper: c.quantity.upper, unit: c.quantity.unit, bound: c.quantity.bound.rawValue,
            alternatives: c.alternatives.map(\.text), scope: c.scope, source: c.source, rule: c.rule.rawValue)
    }

    func json() throws -> Data {
        let report = Out(
            source: extraction.document.sourceName,
            contradictions: extraction.contradictions.map { x in
                ContradictionOut(subject: x.subject, attribute: x.attribute, reason: x.reason, rule: x.rule.rawValue,
                                 claims: Self.unique(x.claims).compactMap { claims[$0] }.map(out))
            },
            series: extraction.series.map { s in
                SeriesOut(subject: s.subject, attribute: s.attribute, points: s.claims.compactMap { claims[$0] }.map(out))
            },
            groups: groups.map { g in GroupOut(subject: g.subject, attribute: g.attribute, claims: g.claims.map(out)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }
}

/// "1 figure", "2 figures".
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
