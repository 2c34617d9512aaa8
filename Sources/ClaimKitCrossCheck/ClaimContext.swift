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

    init?(_ claim: Claim, entries: [Entry], positions: [Int: Int]) {
        guard let position = positions[claim.entry] else { return nil }
        let entry = entries[position]
        let bytes = Array(entry.text.utf8)
        let start = claim.range.utf8Start
        let end = claim.range.utf8End
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
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
        let glued = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "-"))
        func words(_ range: Range<Int>) -> [String] {
            String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
                $0.trimmingCharacters(in: glued)
            }.filter { !$0.isEmpty }
        }
        originalBefore = words(lo..<start)
        originalAfter = words(end..<hi)
        before = originalBefore.map { $0.lowercased() }
        after = originalAfter.map { $0.lowercased() }
        inTitle = entry.blocks.contains { $0.kind == .title && $0.range.utf8Start <= start && end <= $0.range.utf8End }
    }
}
