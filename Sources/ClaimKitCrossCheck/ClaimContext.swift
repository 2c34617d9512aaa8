import ClaimKitModel
import Foundation

/// The words of a claim's sentence, lower-cased and stripped of the punctuation glued to
/// them, split at the figure: what the same-set rules read around a figure.
///
/// A sentence runs from the last ". ", "! ", "? " or line break before the figure to the
/// first one after it, within 400 UTF-8 bytes either side.
struct ClaimContext {
    /// The words before the figure, in text order.
    var before: [String]
    /// The words after the figure, in text order.
    var after: [String]
    /// The words before and after the figure as written, stripped of punctuation.
    var originalBefore: [String]
    var originalAfter: [String]
    /// Whether the figure stands in its entry's title.
    var inTitle: Bool

    /// All the words of the sentence but the figure's own.
    var words: [String] { before + after }

    /// Punctuation stripped from a word's ends: all but the hyphen.
    static let glued = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "-"))

    init?(_ claim: Claim, entries: [Entry], positions: [Int: Int]) {
        guard let position = positions[claim.entry] else { return nil }
        let entry = entries[position]
        let utf8 = entry.text.utf8
        guard claim.range.utf8Start >= 0, claim.range.utf8Start <= claim.range.utf8End,
            claim.range.utf8End <= utf8.count
        else { return nil }
        // Only the bytes the sentence can reach (400 either side, and the byte each test
        // looks past): copying the whole entry per claim was quadratic on long entries.
        let windowStart = max(0, claim.range.utf8Start - 401)
        let windowEnd = min(utf8.count, claim.range.utf8End + 402)
        let bytes = Array(
            utf8[utf8.index(utf8.startIndex, offsetBy: windowStart)..<utf8.index(utf8.startIndex, offsetBy: windowEnd)])
        let start = claim.range.utf8Start - windowStart
        let end = claim.range.utf8End - windowStart
        func endsSentence(_ i: Int) -> Bool {
            // A line break, or a stop followed by a space or a line break.
            if bytes[i] == 0x0A { return true }
            guard [0x2E, 0x21, 0x3F].contains(bytes[i]), i + 1 < bytes.count else { return false }
            return bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A
        }
        var lo = start
        while lo > 0, start - lo < 400, !endsSentence(lo - 1) { lo -= 1 }
        var hi = end
        while hi < bytes.count, hi - end < 400, !endsSentence(hi) { hi += 1 }
        let glued = Self.glued
        func words(_ range: Range<Int>) -> [String] {
            if let ascii = Self.asciiWords(bytes[range]) { return ascii }
            return String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
                $0.trimmingCharacters(in: glued)
            }.filter { !$0.isEmpty }
        }
        originalBefore = words(lo..<start)
        originalAfter = words(end..<hi)
        before = originalBefore.map { $0.lowercased() }
        after = originalAfter.map { $0.lowercased() }
        inTitle = entry.blocks.contains {
            $0.kind == .title && $0.range.utf8Start <= claim.range.utf8Start && claim.range.utf8End <= $0.range.utf8End
        }
    }

    /// The words of plain ASCII text without a carriage return, split at spaces and line
    /// breaks and stripped of `glued` punctuation, by bytes: what the Foundation path gives
    /// for such text (ASCII characters are single bytes and single characters), at a
    /// fraction of its cost. Nil for any other text.
    static func asciiWords(_ text: ArraySlice<UInt8>) -> [String]? {
        var out: [String] = []
        var start = text.startIndex
        var k = text.startIndex
        while k <= text.endIndex {
            let b: UInt8 = k < text.endIndex ? text[k] : 0x20
            if b >= 0x80 || b == 0x0D { return nil }
            if b == 0x20 || b == 0x0A {
                var lo = start
                var hi = k
                while lo < hi, isGluedASCII(text[lo]) { lo += 1 }
                while hi > lo, isGluedASCII(text[hi - 1]) { hi -= 1 }
                if lo < hi { out.append(String(decoding: text[lo..<hi], as: UTF8.self)) }
                start = k + 1
            }
            k += 1
        }
        return out
    }

    /// ASCII punctuation of Unicode's P categories but the hyphen:
    /// ! " # % & ' ( ) * , . / : ; ? @ [ \ ] _ { }
    @inline(__always) static func isGluedASCII(_ b: UInt8) -> Bool {
        switch b {
        case 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B, 0x5C,
            0x5D, 0x5F, 0x7B, 0x7D:
            return true
        default: return false
        }
    }
}
