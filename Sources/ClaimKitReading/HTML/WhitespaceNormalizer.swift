/// Collapses HTML white space the way a browser shows it: runs of spaces, tabs, newlines
/// and no-break spaces become one space; zero-width spaces and soft hyphens go.
///
/// Works on UTF-8 bytes (pages can be 100 MB).
enum WhitespaceNormalizer {
    /// `text` with each run of white space replaced by one space, trimmed at both ends.
    static func collapse(_ text: some StringProtocol) -> String {
        // Text already collapsed (most of a page's) is returned as it is, not rebuilt.
        if text.utf8.withContiguousStorageIfAvailable({ isCollapsed($0) }) == true { return String(text) }
        if let result = text.utf8.withContiguousStorageIfAvailable({ collapse(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { collapse(bytes: $0) }
    }

    /// `collapse` on the UTF-8 bytes of a text, written straight into the new string (it is
    /// never longer than the input).
    private static func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
        let end = bytes.count
        guard end > 0 else { return "" }
        return String(unsafeUninitializedCapacity: end) { output in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < end {
                let byte = bytes[index]
                if byte < 0x80 {  // ASCII: a space or a byte kept, without the wider tests
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            output[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        output[count] = byte
                        count += 1
                    }
                    index += 1
                    continue
                }
                let width = spaceWidth(bytes, index)
                if width > 0 {
                    pendingSpace = count > 0
                    index += width
                    continue
                }
                let invisible = invisibleWidth(bytes, index)
                if invisible > 0 {
                    index += invisible
                    continue
                }
                if pendingSpace {
                    output[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                output[count] = byte
                count += 1
                index += 1
            }
            return count
        }
    }

    /// Whether `collapse` would give `bytes` back unchanged: no white space but single
    /// spaces between other bytes, and no lead byte of a wider space or of an invisible
    /// character (those of U+0085, U+00A0, U+00AD, U+1680, U+2000..., U+3000, U+FEFF).
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previous: UInt8 = 0
        var index = 0
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while index < bytes.count {
            // Eight ASCII bytes at a time, passed whole when none is a control byte and no
            // two spaces stand side by side (within them, or across from the byte before).
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let high: UInt64 = 0x8080_8080_8080_8080
                let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                if word & high == 0 && (word &- ones &* 0x20) & ~word & high == 0 {
                    // A high bit in every byte that is a space (exact, for ASCII bytes).
                    let x = word ^ (ones &* 0x20)
                    let spaces = ~(((x & low) &+ low) | x | low)
                    let adjacent = spaces & (spaces << 8) != 0 || (previous == 0x20 && word & 0xFF == 0x20)
                    if !adjacent {
                        previous = UInt8(truncatingIfNeeded: word >> 56)
                        index += 8
                        continue
                    }
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previous == 0x20) { return false }
            } else if byte == 0xE2 {
                // Quotation marks, dashes and the ellipsis (U+2010...U+2027 but U+2028 and
                // U+2029) are kept as they are; the spaces and invisibles of U+20xx are not.
                if spaceWidth(bytes, index) > 0 || invisibleWidth(bytes, index) > 0 { return false }
            } else if byte == 0xC2 || byte == 0xE1 || byte == 0xE3 || byte == 0xEF {
                return false
            }
            previous = byte
            index += 1
        }
        return true
    }

    /// The byte length of a white-space character at `index`, or 0.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80):
            return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// The byte length of a zero-width or soft-hyphen character at `index`, or 0.
    private static func invisibleWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        guard byte >= 0xC2, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xAD ? 2 : 0 }  // soft hyphen
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        if byte == 0xE2 && second == 0x80 && third == 0x8B { return 3 }  // U+200B
        if byte == 0xE2 && second == 0x81 && third == 0xA0 { return 3 }  // U+2060
        if byte == 0xEF && second == 0xBB && third == 0xBF { return 3 }  // U+FEFF
        return 0
    }

    /// Whether `scalar` is white space for layout (including the no-break space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000:
            true
        default:
            false
        }
    }

    /// The number of characters `collapse(text)` would hold, counted cheaply (UTF-8
    /// lead bytes, runs of ASCII white space as one), and the number of commas in `text`,
    /// in one pass over the bytes.
    static func visibleLengthAndCommas(_ text: String) -> (length: Int, commas: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var length = 0
            var commas = 0
            var space = true
            var index = 0
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            /// A high bit in every byte of `x` that is zero (exact).
            @inline(__always) func zeros(_ x: UInt64) -> UInt64 { ~(((x & low) &+ low) | x | low) }
            while index + 8 <= bytes.count {
                // Eight ASCII bytes without control bytes at once: each byte but a space is a
                // character; a space counts when the byte before it is no space.
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                guard word & high == 0 && (word &- ones &* 0x20) & ~word & high == 0 else { break }
                let spaces = zeros(word ^ (ones &* 0x20))
                let before = (spaces << 8) | (space ? 0x80 : 0)  // whether the byte before each is a space
                length += 8 - spaces.nonzeroBitCount + (spaces & ~before).nonzeroBitCount
                commas += zeros(word ^ (ones &* 0x2C)).nonzeroBitCount
                space = word >> 56 == 0x20
                index += 8
            }
            for byte in UnsafeBufferPointer(rebasing: bytes[index...]) {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if !space {
                        length += 1
                        space = true
                    }
                } else if byte & 0xC0 != 0x80 {
                    length += 1
                    space = false
                    if byte == 0x2C { commas += 1 }
                }
            }
            return (length, commas)
        }
    }
}
