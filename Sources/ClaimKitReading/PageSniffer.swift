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
        return looksLikeHTML(String(decoding: head, as: UTF8.self))
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<") { return true }
        let lower = text.lowercased()
        return lower.contains("<!doctype html") || lower.contains("<html")
    }
}
