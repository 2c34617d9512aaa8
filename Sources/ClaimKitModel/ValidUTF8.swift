/// UTF-8 bytes checked once, and strings made from bytes known to be valid without the
/// standard library checking them again.
///
/// `String(validating:)` and `String(decoding:as:)` check every byte one at a time once a
/// text holds a single scalar outside ASCII (about eight instructions a byte on news text).
/// `check(_:)` passes ASCII eight bytes at a time and reads only the other scalars; bytes
/// that passed it, or that were cut from existing strings at scalar boundaries (an entry's
/// text written by `EntryTextBuilder`), become a `String` through `string(_:isASCII:)`,
/// which copies them without a second check.
///
///     let (isValid, isASCII) = ValidUTF8.check(bytes)
///     if isValid { text = ValidUTF8.string(bytes, isASCII: isASCII) }
public enum ValidUTF8 {
    /// Whether `bytes` are well-formed UTF-8 (The Unicode Standard, table 3-7: no overlong
    /// form, no surrogate, nothing above U+10FFFF, no sequence cut short), and whether they
    /// are all ASCII. The answer is `String(validating:as:)`'s.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (isValid: Bool, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (true, true) }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        var isASCII = true
        var i = 0
        while i < n {
            // Eight ASCII bytes at once (most of a text).
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if base[i] < 0x80 {
                i += 1
                continue
            }
            isASCII = false
            let length = sequenceLength(base, at: i, count: n)
            if length == 0 { return (false, false) }
            i += length
        }
        return (true, isASCII)
    }

    /// Whether every byte of `bytes` is ASCII, eight at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var any: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            any |= UInt64(base[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// The string of `bytes`, which must be valid UTF-8 (`check(_:)` said so, or they were
    /// cut from strings at scalar boundaries) and all ASCII exactly when `isASCII`. Copied
    /// without checking them again; a debug build asserts both.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        assert(String(validating: bytes, as: UTF8.self) != nil, "ValidUTF8.string: the bytes are not valid UTF-8")
        assert(isASCII == Self.isASCII(bytes), "ValidUTF8.string: isASCII does not describe the bytes")
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of the well-formed sequence that starts with the byte at `i` (not ASCII),
    /// or 0 when none starts there.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        /// Whether byte `k` exists and lies in `low...high`.
        @inline(__always) func byte(_ k: Int, _ low: UInt8, _ high: UInt8) -> Bool {
            k < n && base[k] >= low && base[k] <= high
        }
        switch base[i] {
        case 0xC2...0xDF:
            return byte(i + 1, 0x80, 0xBF) ? 2 : 0
        case 0xE0:
            return byte(i + 1, 0xA0, 0xBF) && byte(i + 2, 0x80, 0xBF) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return byte(i + 1, 0x80, 0xBF) && byte(i + 2, 0x80, 0xBF) ? 3 : 0
        case 0xED:  // no surrogate (U+D800 to U+DFFF)
            return byte(i + 1, 0x80, 0x9F) && byte(i + 2, 0x80, 0xBF) ? 3 : 0
        case 0xF0:
            return byte(i + 1, 0x90, 0xBF) && byte(i + 2, 0x80, 0xBF) && byte(i + 3, 0x80, 0xBF) ? 4 : 0
        case 0xF1...0xF3:
            return byte(i + 1, 0x80, 0xBF) && byte(i + 2, 0x80, 0xBF) && byte(i + 3, 0x80, 0xBF) ? 4 : 0
        case 0xF4:  // nothing above U+10FFFF
            return byte(i + 1, 0x80, 0x8F) && byte(i + 2, 0x80, 0xBF) && byte(i + 3, 0x80, 0xBF) ? 4 : 0
        default:  // a continuation byte, an overlong lead (C0, C1) or F5 to FF
            return 0
        }
    }
}
