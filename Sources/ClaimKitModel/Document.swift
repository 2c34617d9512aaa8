/// One page as a reader found it: where it came from, and its entries in page order.
///
/// A live page has one entry per timestamped update; an article or an unstructured text
/// file has a single entry.
public struct Document: Hashable, Sendable, Codable {
    /// The format the page was read from.
    public enum Format: String, Hashable, Sendable, Codable {
        case text, html, jsonld, jsonl, warc
    }

    /// A name for the source: the file name, a batch id, or `-` for standard input.
    public var sourceName: String
    /// The format the page was read from.
    public var format: Format
    /// The page's own title, when it states one.
    public var title: String?
    /// The page's canonical URL, when it states one.
    public var url: String?
    /// Text that stands before the first entry (a live page's summary or media caption).
    public var preamble: [String]
    /// The entries, in page order; `entries[i].index == i + 1`.
    public var entries: [Entry]
    /// What the reader noticed and recovered from.
    public var diagnostics: [Diagnostic]

    public init(
        sourceName: String, format: Format, title: String? = nil, url: String? = nil,
        preamble: [String] = [], entries: [Entry], diagnostics: [Diagnostic] = []
    ) {
        self.sourceName = sourceName
        self.format = format
        self.title = title
        self.url = url
        self.preamble = preamble
        self.entries = entries
        self.diagnostics = diagnostics
    }
}
