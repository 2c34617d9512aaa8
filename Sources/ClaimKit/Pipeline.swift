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
        extract(from: [document])[0]
    }

    /// Runs every extraction stage on several documents, each stage over all of them before
    /// the next stage starts; the results are those of `extract(from:)` on each, in order.
    ///
    /// Why: each stage has its own tables and a lot of code. Run page by page, the stages
    /// evict each other from the caches and branch predictors between short pages, and end
    /// to end ran about a fifth slower than the stages alone (callgrind counts the same
    /// instructions both ways). `ExtractionGroup` sizes the groups.
    public func extract(from documents: [Document]) -> [Extraction] {
        let trim = HeapTrim(documents)
        trim()  // what reading the pages left
        let (entities, quotes, claims) = textStages(documents, trim: trim)
        trim()
        let checks = zip(claims, documents).map { comparer.compare($0, entries: $1.entries) }
        return documents.indices.map { i in
            Extraction(
                document: documents[i], entities: entities[i], quotes: quotes[i].quotes, claims: claims[i],
                contradictions: checks[i].contradictions, series: checks[i].series,
                diagnostics: documents[i].diagnostics + quotes[i].diagnostics)
        }
    }

    /// The stages that read the text: entities, quotes and claims of each document. The
    /// tokens and sentences they read (a 12-byte token per 4 or 5 bytes of text, and more
    /// per entry on a page of many short entries) are made and released in here, before
    /// the cross-check and the caller's report, where memory otherwise peaked with them.
    private func textStages(_ documents: [Document], trim: HeapTrim) -> (
        entities: [[Entity]], quotes: [(quotes: [Quote], diagnostics: [Diagnostic])], claims: [[Claim]]
    ) {
        let analyzed = documents.map { analyze($0) }
        let entities = analyzed.map { entityRecognizer.entities(in: $0) }
        trim()
        let quotes = zip(analyzed, entities).map { quoteExtractor.quotesAndDiagnostics(in: $0, entities: $1) }
        trim()
        let claims = zip(analyzed, entities).map { claimExtractor.claims(in: $0, entities: $1) }
        return (entities, quotes, claims)
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
