import Foundation

/// Tells HTML from plain text by the first kilobyte: a leading `<` (after a byte-order
/// mark and white space), a doctype, or an `<html` tag.
enum PageSniffer {
    static func looksLikeHTML(_ data: Data) -> Bool {
        var head = data.prefix(1024)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            let text = String(data: Data(data.prefix(2048)), encoding: .utf16) ?? ""
            return looksLikeHTML(text)
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        if let answer = head.withUnsafeBytes(asciiAnswer) { return answer }
        return looksLikeHTML(String(decoding: head, as: UTF8.self))
    }

    /// The answer from the bytes alone, when the head is ASCII up to its first
    /// non-white-space byte and that byte is followed by ASCII (or nothing): nil otherwise,
    /// for the String-based test to decide.
    private static func asciiAnswer(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) { i += 1 }
        guard i < bytes.count, bytes[i] < 0x80, i + 1 >= bytes.count || bytes[i + 1] < 0x80 else { return nil }
        if bytes[i] == 0x3C { return true }
        // The needles are ASCII, and no other scalar lower-cases to their letters.
        return ASCIIBytes.contains(bytes, "<!doctype html") || ASCIIBytes.contains(bytes, "<html")
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<") { return true }
        let lower = text.lowercased()
        return lower.contains("<!doctype html") || lower.contains("<html")
    }
}
