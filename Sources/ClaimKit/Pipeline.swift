@_exported import ClaimKitModel
import ClaimKitClaims
import ClaimKitCrossCheck
import ClaimKitEntities
import ClaimKitLexicon
import ClaimKitQuotes
import ClaimKitReading
import ClaimKitText
import Foundation

/// The whole of ClaimKit in one value: reads pages and runs every stage on them.
///
///     let pipeline = try Pipeline()
///     let extraction = try pipeline.extract(fileAt: URL(fileURLWithPath: "page.txt"))
///     print(extraction.quotes.map(\.text))
///
/// A pipeline holds only immutable configuration (the lexicons), so one value can serve
/// many threads.
public struct Pipeline: Sendable {
    /// The lexicons every stage reads.
    public let lexicons: LexiconStore
    let reader = PageReader()
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let entityRecognizer: EntityRecognizer
    let quoteExtractor: QuoteExtractor
    let claimExtractor: ClaimExtractor
    let comparer = ClaimComparer()

    /// Creates a pipeline with the built-in lexicons and, after them, the lexicon folders
    /// in `extraLexicons` (the user's own lists).
    public init(extraLexicons: [URL] = []) throws {
        try self.init(lexicons: LexiconStore(roots: [BuiltInLexicons.url] + extraLexicons))
    }

    /// Creates a pipeline with the given lexicons.
    public init(lexicons: LexiconStore) {
        self.lexicons = lexicons
        entityRecognizer = EntityRecognizer(lexicons: lexicons)
        quoteExtractor = QuoteExtractor(lexicons: lexicons)
        claimExtractor = ClaimExtractor(lexicons: lexicons)
    }

    /// Reads a page from bytes. Throws `ReadingError` only for input with nothing usable.
    public func read(data: Data, sourceName: String) throws -> Document {
        try reader.read(data: data, sourceName: sourceName)
    }

    /// Tokenizes and splits every entry of `document`.
    public func analyze(_ document: Document) -> [AnalyzedEntry] {
        document.entries.map { AnalyzedEntry(entry: $0, tokenizer: tokenizer, splitter: splitter) }
    }

    /// Runs every extraction stage on a document that has been read.
    public func extract(from document: Document) -> Extraction {
        let analyzed = analyze(document)
        let entities = entityRecognizer.entities(in: analyzed)
        let (quotes, quoteDiagnostics) = quoteExtractor.quotesAndDiagnostics(in: analyzed, entities: entities)
        let claims = claimExtractor.claims(in: analyzed, entities: entities)
        let (contradictions, series) = comparer.compare(claims, entries: document.entries)
        return Extraction(
            document: document, entities: entities, quotes: quotes, claims: claims,
            contradictions: contradictions, series: series, diagnostics: document.diagnostics + quoteDiagnostics)
    }

    /// Reads and extracts one page.
    public func extract(data: Data, sourceName: String) throws -> Extraction {
        extract(from: try read(data: data, sourceName: sourceName))
    }
}

/// Where the lexicons that ship with ClaimKit are.
public enum BuiltInLexicons {
    /// The built-in lexicon folder (a resource of this module).
    public static var url: URL {
        Bundle.module.url(forResource: "Lexicons", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Lexicons")
    }
}
