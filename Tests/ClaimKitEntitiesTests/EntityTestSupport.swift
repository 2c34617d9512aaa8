import ClaimKit
import ClaimKitEntities
import ClaimKitLexicon
import ClaimKitTestSupport
import ClaimKitText
import Foundation
import Testing

/// Shared set-up for the entity tests: the built-in lexicons, loaded once.
enum EntityTesting {
    static let lexiconRoot = TestPaths.packageRoot.appendingPathComponent("Lexicons")

    static let store: LexiconStore = {
        do { return try LexiconStore(roots: [lexiconRoot]) } catch { fatalError("cannot load lexicons: \(error)") }
    }()

    static let recognizer = EntityRecognizer(lexicons: store)

    /// The entities of `paragraphs`, read as one entry of paragraph blocks.
    static func entities(_ paragraphs: [String], kinds: [Block.Kind]? = nil) -> [Entity] {
        var builder = EntryTextBuilder()
        for (i, p) in paragraphs.enumerated() { builder.append(kinds?[i] ?? .paragraph, p) }
        let (text, blocks) = builder.finish()
        let entry = Entry(index: 1, text: text, blocks: blocks)
        return recognizer.entities(in: [AnalyzedEntry(entry: entry)])
    }

    /// Strips inline span markers, `[Viktor Orbán](person)`, returning the plain text and the
    /// marked spans as (surface, type) pairs.
    static func unmark(_ marked: String) -> (text: String, spans: [(String, String)]) {
        var text = ""
        var spans: [(String, String)] = []
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                rest[rest.index(after: close)] == "(",
                let end = rest[close...].firstIndex(of: ")")
            else {
                text += rest[open...]
                rest = ""
                break
            }
            let surface = String(rest[rest.index(after: open)..<close])
            let type = String(rest[rest.index(close, offsetBy: 2)..<end])
            text += surface
            spans.append((surface, type))
            rest = rest[rest.index(after: end)...]
        }
        text += rest
        return (text, spans)
    }

    /// Expects every span marked in `marked` (`[Viktor Orbán](person)`) to come out as a
    /// mention of an entity of that type, found by `rule` when one is given.
    static func expectMarked(_ marked: String, rule: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let (text, spans) = unmark(marked)
        let entities = entities([text])
        for (surface, type) in spans {
            let hit = entities.first { e in e.type.rawValue == type && e.mentions.contains { $0.text == surface } }
            #expect(
                hit != nil, "\(surface) as \(type) in: \(text)\nfound: \(entities.map { "\($0.type.rawValue):\($0.name)" })",
                sourceLocation: sourceLocation)
            if let rule {
                #expect(
                    hit?.mentions.contains { $0.provenance.rule.rawValue == rule } == true,
                    "\(surface) by \(rule): \(hit?.mentions.map(\.provenance.rule.rawValue) ?? [])", sourceLocation: sourceLocation)
            }
        }
    }

    /// Expects no mention with one of the `forbidden` surfaces to come out as an entity of
    /// its type ("any": of any type).
    static func expectAbsent(_ text: String, _ forbidden: [(surface: String, type: String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let entities = entities([text])
        for (surface, type) in forbidden {
            let hit = entities.first { e in
                (type == "any" || e.type.rawValue == type) && e.mentions.contains { $0.text == surface }
            }
            #expect(hit == nil, "\(surface) must not be \(type) in: \(text)", sourceLocation: sourceLocation)
        }
    }
}
