/// Byte-level helpers for ASCII tests on raw page bytes, so that a check on a page's
/// head or tail never builds a `String` or calls Foundation.
enum ASCIIBytes {
    /// Whether `haystack` holds `needle` (ASCII, lower case), compared ASCII
    /// case-insensitively.
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        guard n > 0, haystack.count >= n else { return false }
        let first = p[0]
        var i = 0
        let last = haystack.count - n
        // Both cases of a letter give the same `b | 0x20`: eight bytes none of which can be
        // the needle's first are skipped at once.
        let pattern = UInt64(first | 0x20) &* 0x0101_0101_0101_0101
        while i <= last {
            if i + 8 <= haystack.count {
                let x = (haystack.loadUnaligned(fromByteOffset: i, as: UInt64.self) | 0x2020_2020_2020_2020) ^ pattern
                if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            if LineText.lower(haystack[i]) == first {
                var k = 1
                while k < n && LineText.lower(haystack[i + k]) == p[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}

extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur in this text: a literal search, for the
    /// ASCII words tested on `class`/`id` values and attribute names, where Foundation's
    /// `contains` (which bridges to UTF-16) dominated the HTML reader's profile. An empty
    /// needle is never found, as with Foundation.
    func containsBytes(_ needle: some StringProtocol) -> Bool {
        guard !utf8.isEmpty else { return false }  // most elements have no class or id
        var needle = String(needle)
        return needle.withUTF8 { n in
            guard n.count > 0 else { return false }
            if let found = utf8.withContiguousStorageIfAvailable({ ASCIIBytes.find(n, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ASCIIBytes.find(n, in: $0) }
        }
    }
}

extension ASCIIBytes {
    /// Whether `needle` (not empty) occurs in `haystack`, byte for byte.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard haystack.count >= n else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - n
        while i <= last {
            // Eight bytes without the needle's first are skipped at once.
            if i + 8 <= haystack.count,
                !PageLine.hasByte(first, UnsafeRawPointer(haystack.baseAddress! + i).loadUnaligned(as: UInt64.self))
            {
                i += 8
                continue
            }
            if haystack[i] == first {
                var k = 1
                while k < n && haystack[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// `lowercased()`, the same string, made quickly when the text is mostly ASCII: the
    /// standard library maps a string not flagged ASCII scalar by scalar, appending each
    /// scalar's `lowercaseMapping` as a new string; here ASCII bytes are mapped in place and
    /// only the other scalars take their `lowercaseMapping`.
    var quickLowercased: String {
        var copy = self
        return copy.withUTF8 { bytes -> String in
            // A lower-case mapping is at most half as long again as its scalar (İ, two
            // bytes, becomes i and a combining dot, three).
            String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2 + 4) { out in
                var n = 0
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[n] = b &- 0x41 < 26 ? b | 0x20 : b
                        n += 1
                        i += 1
                        continue
                    }
                    // A valid scalar (a String's bytes are valid UTF-8): its lead byte gives its width.
                    var value: UInt32
                    var width: Int
                    if b >= 0xF0 {
                        value = UInt32(b & 0x07)
                        width = 4
                    } else if b >= 0xE0 {
                        value = UInt32(b & 0x0F)
                        width = 3
                    } else {
                        value = UInt32(b & 0x1F)
                        width = 2
                    }
                    for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    for byte in Unicode.Scalar(value)!.properties.lowercaseMapping.utf8 {
                        out[n] = byte
                        n += 1
                    }
                    i += width
                }
                return n
            }
        }
    }

    /// Whether the text has fewer than `limit` characters (`count < limit`), answered
    /// from the byte count when that decides it: fewer bytes than `limit`, or ASCII
    /// without a carriage return (where characters and bytes are one to one).
    func hasFewerCharacters(than limit: Int) -> Bool {
        if utf8.count < limit { return true }
        var copy = self
        let oneToOne = copy.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }
        return oneToOne ? false : count < limit
    }
}
