import ClaimKitModel
import Foundation

/// Reads a page of any supported format, choosing the reader from the content.
public struct PageReader: Sendable {
    public init() {}

    /// Reads `data` named `sourceName`. Throws `ReadingError` only when nothing usable is
    /// there (empty or binary input); everything else is read with diagnostics.
    public func read(data: Data, sourceName: String) throws -> Document {
        if PageSniffer.looksLikeHTML(data) {
            try TextDecoder().check(Data(data.prefix(8192)))  // rejects binary input early
            return HTMLPageReader().read(html: data, sourceName: sourceName)
        }
        return try readText(data: data, sourceName: sourceName)
    }

    private func readText(data: Data, sourceName: String) throws -> Document {
        let (text, diagnostics) = try TextDecoder().decode(data)
        var document = LivePageTextReader().read(text: text, sourceName: sourceName)
        document.diagnostics = diagnostics + document.diagnostics
        return document
    }
}
