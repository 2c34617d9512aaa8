import ClaimKit
import ClaimKitTestSupport

/// Fixtures written for these tests: one entry per string, paragraphs split on blank lines.
enum ClaimFixtures {
    static let lexicons: LexiconStore = try! LexiconStore(roots: [BuiltInLexicons.url])
    static let extractor = ClaimExtractor(lexicons: lexicons)

    /// Entries, newest first like a live page: `published[i]` is entry i+1's time.
    static func entries(_ bodies: [String], published: [String?] = []) -> [Entry] {
        bodies.enumerated().map { i, body in
            var builder = EntryTextBuilder()
            for paragraph in body.components(separatedBy: "\n\n") { builder.append(.paragraph, paragraph) }
            let (text, blocks) = builder.finish()
            return Entry(index: i + 1, published: i < published.count ? published[i] : nil, text: text, blocks: blocks)
        }
    }

    static func claims(_ bodies: [String], published: [String?] = []) -> [Claim] {
        let analyzed = entries(bodies, published: published).map { AnalyzedEntry(entry: $0) }
        return extractor.claims(in: analyzed, entities: [])
    }
}

