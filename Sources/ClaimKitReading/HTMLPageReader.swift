import ClaimKitModel
import Foundation

/// Reads an HTML page into entries: a live page into one entry per update, an article
/// into one entry holding its main text.
///
/// The page is parsed with libxml2 (recovering from broken markup; the encoding comes
/// from a byte-order mark or `<meta charset>`), turned into Swift values, then read in
/// this order:
/// 1. schema.org JSON-LD `LiveBlogPosting` with `liveBlogUpdate`: one entry per update
///    (headline, time, authors), the update's HTML on the page preferred to its
///    flattened `articleBody` (format `.jsonld`);
/// 2. repeated post elements, each with a time and mostly a heading (format `.html`);
/// 3. the article: title, byline and date from JSON-LD, meta tags or markup, the text from
///    the main content, furniture left out (format `.html`). An AP-style "The Latest"
///    article, whose updates are paragraphs headed by a clock time, is split into entries.
///
///     let document = HTMLPageReader().read(html: data, sourceName: "page.html")
public struct HTMLPageReader: Sendable {
    /// Creates a reader; it holds no state, so one can read many pages, from any thread.
    public init() {}

    /// The document `data` (raw HTML bytes) holds. Never throws: what could not be read is
    /// said in `diagnostics`.
    public func read(html data: Data, sourceName: String) -> Document {
        let builder = HTMLTreeBuilder()
        let tree = builder.parse(data)
        var diagnostics = builder.diagnostics
        if Self.looksTruncated(data) {
            diagnostics.append(
                Diagnostic(
                    code: "reading.html-truncated", severity: .note,
                    message: "the page ends without </body> or </html>: it may be truncated; read what is there"))
        }
        let structured = StructuredData(tree: tree)
        if structured.unreadableScripts > 0 {
            diagnostics.append(
                Diagnostic(
                    code: "reading.jsonld-unreadable", severity: .note,
                    message:
                        structured.unreadableScripts == 1
                        ? "1 JSON-LD script did not parse and was ignored"
                        : "\(structured.unreadableScripts) JSON-LD scripts did not parse and were ignored"
                ))
        }
        let metadata = PageMetadata(tree: tree, structured: structured)
        let scorer = ContentScorer(tree: tree)
        let entryReader = HTMLEntryReader(tree: tree, scorer: scorer)
        let detector = LiveBlogDetector(tree: tree, scorer: scorer)

        var document = Document(
            sourceName: sourceName, format: .html, title: metadata.title, url: metadata.url, entries: [])
        if let live = LiveBlogUpdates(structured: structured), !live.updates.isEmpty {
            document.format = .jsonld
            document.title = live.headline ?? metadata.title
            document.entries = entryReader.entries(for: live.updates, posts: detector.posts())
            if document.entries.count > live.updates.count {
                diagnostics.append(
                    Diagnostic(
                        code: "reading.jsonld-partial-updates", severity: .note,
                        message:
                            "the JSON-LD lists \(live.updates.count) updates but the page shows \(document.entries.count) posts: read the posts"
                    ))
            }
            if let description = live.description ?? metadata.description { document.preamble = [description] }
        } else {
            let posts = detector.posts()
            if !posts.isEmpty {
                document.entries = entryReader.entries(for: posts)
                if let description = metadata.description { document.preamble = [description] }
            } else {
                let (entries, preamble) = entryReader.article(metadata: metadata)
                document.entries = entries
                document.preamble = preamble
                if entries.count > 1 {
                    diagnostics.append(
                        Diagnostic(
                            code: "reading.html-timestamped-updates", severity: .note,
                            message:
                                "the article's paragraphs are headed by clock times: read as \(entries.count) updates"))
                }
            }
        }
        if document.entries.isEmpty || document.entries.allSatisfy({ $0.blocks.isEmpty }) {
            diagnostics.append(
                Diagnostic(
                    code: "reading.html-no-content", severity: .warning,
                    message: "no readable text was found in the HTML"))
        }
        document.diagnostics = diagnostics
        return document
    }

    /// Whether the page seems cut off: no closing body or html tag in its last bytes.
    static func looksTruncated(_ data: Data) -> Bool {
        // On the bytes: the tags are ASCII, and no other scalar lower-cases to their letters.
        data.suffix(2048).withUnsafeBytes { tail in
            !ASCIIBytes.contains(tail, "</html") && !ASCIIBytes.contains(tail, "</body")
        }
    }
}
