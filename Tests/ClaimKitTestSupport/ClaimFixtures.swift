import ClaimKit

/// Claim fixtures for the claims and cross-check tests: one entry per string, paragraphs
/// split on blank lines, run through the real claim extractor with the built-in lexicons.
public enum ClaimFixtures {
    public static let lexicons: LexiconStore = try! LexiconStore(roots: [BuiltInLexicons.url])
    public static let extractor = ClaimExtractor(lexicons: lexicons)

    /// Entries, newest first like a live page: `published[i]` is entry i+1's time; paragraphs
    /// are separated by a blank line, and one written "# Title" is the entry's title.
    public static func entries(_ bodies: [String], published: [String?] = []) -> [Entry] {
        bodies.enumerated().map { i, body in
            var builder = EntryTextBuilder()
            // A paragraph written "# Title" is the entry's title.
            for paragraph in body.components(separatedBy: "\n\n") {
                if paragraph.hasPrefix("# ") { builder.append(.title, String(paragraph.dropFirst(2))) } else { builder.append(.paragraph, paragraph) }
            }
            let (text, blocks) = builder.finish()
            return Entry(index: i + 1, published: i < published.count ? published[i] : nil, text: text, blocks: blocks)
        }
    }

    /// The claims the extractor finds in `bodies`, without entities.
    public static func claims(_ bodies: [String], published: [String?] = []) -> [Claim] {
        let analyzed = entries(bodies, published: published).map { AnalyzedEntry(entry: $0) }
        return extractor.claims(in: analyzed, entities: [])
    }
}
