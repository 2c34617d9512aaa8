/// Words and character counts of a line, decided on its UTF-8 bytes.
///
/// `Substring.split` and `Substring.count` walk Characters (grapheme clusters), which is
/// most of what the line-shape tests cost. A separator byte (space, tab, or the two bytes
/// of a no-break space) is a Character of its own unless a neighbour joins it: a
/// combining mark (or another extending scalar) after it, or a prepended scalar (some
/// Arabic and Indic signs) before it. Between scalars known to do neither, the bytes
/// decide; anywhere else the answer comes from the Character-based code, so that the
/// result is always the same.
extension LineText {
    /// The words of `s`, split at space, tab and no-break space: `s.split` on those
    /// Characters, computed on the bytes when the separators are plain.
    static func words(_ s: Substring) -> [Substring] {
        var ranges: [Range<Int>] = []
        let plain: Bool? = s.utf8.withContiguousStorageIfAvailable { b in
            wordRanges(b) { ranges.append($0) }
        }
        guard plain == true else { return characterWords(s) }
        var words: [Substring] = []
        words.reserveCapacity(ranges.count)
        let utf8 = s.utf8
        var index = utf8.startIndex
        var offset = 0
        for r in ranges {
            let lower = utf8.index(index, offsetBy: r.lowerBound - offset)
            let upper = utf8.index(lower, offsetBy: r.count)
            words.append(s[lower..<upper])
            index = upper
            offset = r.upperBound
        }
        return words
    }

    /// The number of `words(s)`, without building them.
    static func wordCount(_ s: Substring) -> Int {
        var count = 0
        let plain: Bool? = s.utf8.withContiguousStorageIfAvailable { b in
            wordRanges(b) { _ in count += 1 }
        }
        return plain == true ? count : characterWords(s).count
    }

    /// The Character-based split, the definition the byte code follows.
    static func characterWords(_ s: Substring) -> [Substring] {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
    }

    /// Calls `body` with the byte range of each word of `b`, in order; false (having
    /// called it for some words perhaps) when a separator has a neighbour that could join
    /// it to a Character, for the caller to use the Character-based split instead.
    @inline(__always)
    static func wordRanges(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        let n = b.count
        var i = 0
        var start = 0
        while i < n {
            let byte = b[i]
            let width: Int
            if byte == 0x20 || byte == 0x09 {
                width = 1
            } else if byte == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 {
                width = 2
            } else {
                i += 1
                continue
            }
            guard isPlainBefore(b, i), isPlainAfter(b, i + width) else { return false }
            if i > start { body(start..<i) }
            i += width
            start = i
        }
        if n > start { body(start..<n) }
        return true
    }

    /// Whether the scalar ending before byte `i` cannot join what follows it (it is no
    /// prepended scalar: all of those lie in U+0600..<U+1000 or from U+11000 on).
    @inline(__always)
    static func isPlainBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0, b[i - 1] >= 0x80 else { return true }
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        let v = scalarValue(b, j)
        return v < 0x600 || (v >= 0x1000 && v < 0x11000)
    }

    /// Whether the scalar at byte `i` (if any) cannot join the one before it: ASCII, Latin
    /// letters and symbols below the combining marks (U+0300), or general punctuation
    /// (quotation marks, dashes, the ellipsis: U+2010..U+2027, U+2030..U+205E).
    @inline(__always)
    static func isPlainAfter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count, b[i] >= 0x80 else { return true }
        let v = scalarValue(b, i)
        return v < 0x300 || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// The scalar value of the (valid) UTF-8 sequence starting at `i`.
    @inline(__always)
    static func scalarValue(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let b0 = b[i]
        if b0 < 0x80 { return UInt32(b0) }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F) }
        if b0 < 0xF0 {
            return (UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        }
        return (UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
            | UInt32(b[i + 3] & 0x3F)
    }

    /// `s.count <= limit`, without counting Characters when the bytes settle it: no more
    /// bytes than `limit`, or ASCII only (one Character a byte, but for CR LF).
    static func hasAtMostCharacters(_ s: Substring, _ limit: Int) -> Bool {
        let bytes = s.utf8.count
        if bytes <= limit { return true }
        let ascii: Int?? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var pairs = 0
            var previous: UInt8 = 0
            for byte in b {
                if byte >= 0x80 { return nil }
                if byte == 0x0A && previous == 0x0D { pairs += 1 }
                previous = byte
            }
            return b.count - pairs
        }
        if let count = ascii ?? nil { return count <= limit }
        return s.count <= limit
    }
}
