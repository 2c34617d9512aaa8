import ClaimKit
import ClaimKitEntities
import ClaimKitLexicon
import ClaimKitTestSupport
import ClaimKitText
import Foundation

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
}
