import Foundation

/// Tells HTML from plain text by the first kilobyte: a leading `<` (after a byte-order
/// mark and white space), a doctype, or an `<html` tag.
enum PageSniffer {
    static func looksLikeHTML(_ data: Data) -> Bool {
        // Most pages: the first kilobyte read in place, without a `Data` slice.
        let quick: Bool? = data.withUnsafeBytes { raw in
            var head = UnsafeRawBufferPointer(rebasing: raw[..<min(raw.count, 1024)])
            if head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)) {
                return nil
            }
            if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF {
                head = UnsafeRawBufferPointer(rebasing: head[3...])
            }
            return asciiAnswer(head)
        }
        if let quick { return quick }
        var head = data.prefix(1024)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            let text = String(data: Data(data.prefix(2048)), encoding: .utf16) ?? ""
            return looksLikeHTML(text)
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        if let answer = head.withUnsafeBytes(asciiAnswer) { return answer }
        return looksLikeHTML(String(decoding: head, as: UTF8.self))
    }

    /// The answer from the bytes alone, when the head's first character that is not white
    /// space can be told from its bytes: nil otherwise, for the String-based test to decide.
    private static func asciiAnswer(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] >= 0x80 {
            // A page that starts with a letter or mark beyond ASCII (a curly quote): no "<"
            // leads it, when that scalar is no white space (which the String test skips)
            // and does not extend a space before it into one character.
            guard i == 0 || bytes[i - 1] != 0x20, let first = firstScalar(bytes, at: i),
                !first.properties.isWhitespace, first != "\u{FEFF}"
            else { return nil }
            return ASCIIBytes.contains(bytes, "<!doctype html") || ASCIIBytes.contains(bytes, "<html")
        }
        // "<" followed by a mark beyond ASCII is another character: the String test decides.
        // Another first byte starts a character other than "<", whatever follows it.
        if bytes[i] == 0x3C { return i + 1 >= bytes.count || bytes[i + 1] < 0x80 ? true : nil }
        // The needles are ASCII, and no other scalar lower-cases to their letters.
        return ASCIIBytes.contains(bytes, "<!doctype html") || ASCIIBytes.contains(bytes, "<html")
    }

    /// The scalar whose UTF-8 starts at byte `i`, nil when the bytes there are no valid one.
    private static func firstScalar(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Unicode.Scalar? {
        var end = i + 1
        while end < bytes.count && end < i + 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let s = String(validating: Array(bytes[i..<end]), as: UTF8.self), s.unicodeScalars.count == 1 else {
            return nil
        }
        return s.unicodeScalars.first
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<") { return true }
        let lower = text.lowercased()
        return lower.contains("<!doctype html") || lower.contains("<html")
    }
}
