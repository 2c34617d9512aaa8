import ClaimKitModel

extension ClaimComparer {
    /// Whether the UTF-8 bytes of `text` hold those of `needle`, in place: the cheap test
    /// before Foundation's search (`contains`). For a needle of ASCII letters, digits,
    /// spaces, line feeds, "." and "%" the search finds nothing the bytes do not hold (no
    /// other character is canonically equivalent to one of them), so false answers for it.
    static func bytes(of text: String, hold needle: String) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = w.count
            guard n > 0 else { return true }
            guard b.count >= n else { return false }
            var i = 0
            while i + n <= b.count {
                if b[i] == w[0] {
                    var m = 1
                    while m < n, b[i + m] == w[m] { m += 1 }
                    if m == n { return true }
                }
                i += 1
            }
            return false
        }
        var text = text
        var needle = needle
        return text.withUTF8 { b in needle.withUTF8 { w in scan(b, w) } }
    }

    /// `lastWords(count, before: end, in: text)` lower-cased and trimmed of the punctuation
    /// glued to them (`gluedPunctuation`), read from the UTF-8 bytes, when the words and the
    /// separators that bound them are ASCII; nil otherwise (then the general path answers).
    ///
    /// In ASCII text a space or line feed between two ASCII bytes other than a carriage
    /// return is a `Character` of its own, so the words split from the bytes are those that
    /// `split(whereSeparator:)` gives; lower-casing ASCII is `| 0x20` on letters, and of the
    /// glued marks only the ASCII ones (",;:()") can stand in ASCII text.
    static func asciiLastWords(_ count: Int, before end: Int, in text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard end <= bytes.count else { return nil }
            var words: [String] = []
            words.reserveCapacity(count)
            var k = end
            // The words from the end backwards; each word's bytes are bytes[from..<to].
            while words.count < count {
                // Separators before the word (a run of them splits nothing: empty words are
                // omitted by `split`).
                while k > 0, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x0A {
                    guard isLoneSeparator(bytes, k - 1) else { return nil }
                    k -= 1
                }
                if k == 0 { break }
                let to = k
                while k > 0, bytes[k - 1] != 0x20, bytes[k - 1] != 0x0A {
                    guard bytes[k - 1] < 0x80 else { return nil }
                    k -= 1
                }
                // The separator before the word, if any, must split it off.
                if k > 0, !isLoneSeparator(bytes, k - 1) { return nil }
                words.append(trimmedLower(UnsafeBufferPointer(rebasing: bytes[k..<to])))
            }
            return words.reversed()
        }
    }

    /// Whether the separator byte at `i` stands as a `Character` of its own: its neighbours
    /// are ASCII, and a line feed does not follow a carriage return.
    private static func isLoneSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if i > 0, bytes[i - 1] >= 0x80 || (bytes[i] == 0x0A && bytes[i - 1] == 0x0D) { return false }
        if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return false }
        return true
    }

    /// An ASCII word lower-cased, with ",;:()" trimmed from both ends.
    private static func trimmedLower(_ w: UnsafeBufferPointer<UInt8>) -> String {
        func glued(_ c: UInt8) -> Bool { c == 0x2C || c == 0x3B || c == 0x3A || c == 0x28 || c == 0x29 }
        var lo = 0
        var hi = w.count
        while lo < hi, glued(w[lo]) { lo += 1 }
        while hi > lo, glued(w[hi - 1]) { hi -= 1 }
        return String(unsafeUninitializedCapacity: hi - lo) { out in
            for i in lo..<hi { out[i - lo] = w[i] &- 0x41 < 26 ? w[i] | 0x20 : w[i] }
            return hi - lo
        }
    }
}
