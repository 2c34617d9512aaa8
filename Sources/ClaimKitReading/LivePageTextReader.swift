import Foundation
import ClaimKitModel

/// Reads the plain-text export of a live page into entries. (Baseline: one entry of
/// paragraphs; the live-page structure comes with the foundation issue.)
public struct LivePageTextReader: Sendable {
    public init() {}

    /// The document that `text` holds.
    public func read(text: String, sourceName: String) -> Document {
        var builder = EntryTextBuilder()
        for paragraph in text.split(separator: "\n") {
            builder.append(.paragraph, paragraph.trimmingCharacters(in: .whitespaces))
        }
        let (body, blocks) = builder.finish()
        return Document(sourceName: sourceName, format: .text, entries: [Entry(index: 1, text: body, blocks: blocks)])
    }
}
