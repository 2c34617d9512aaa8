import Foundation

/// Keys that make two spellings of one name compare equal.
///
/// All functions work on Unicode scalars, without Foundation or regular expressions.
enum NameFolding {
    /// Lower case, diacritics removed, periods dropped ("Orbán" -> "orban", "U.S." -> "us").
    static func fold<S: StringProtocol>(_ s: S) -> String {
        // Fast path: ASCII only, byte by byte.
        var ascii = true
        var hasWork = false
        for b in s.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if (b >= 0x41 && b <= 0x5A) || b == 0x2E { hasWork = true }
        }
        if ascii {
            if !hasWork { return String(s) }
            return String(unsafeUninitializedCapacity: s.utf8.count) { out in
                var n = 0
                for b in s.utf8 where b != 0x2E {
                    out[n] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    n += 1
                }
                return n
            }
        }
        // UTF-8 bytes written in place (appending strings to a UnicodeScalarView costs
        // thousands of instructions a call). No scalar folds to more than three times its
        // UTF-8 length.
        return String(unsafeUninitializedCapacity: s.utf8.count * 3 + 4) { out in
            var n = 0
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    if v == 0x2E { continue }
                    // ASCII lower case without building a lowercaseMapping string per scalar.
                    out[n] = UInt8(v &- 0x41 < 26 ? v | 0x20 : v)
                    n += 1
                    continue
                }
                if v == 0x2019 || v == 0x2018 {  // ’ ‘
                    out[n] = 0x27
                    n += 1
                    continue
                }
                let folded = baseLetter(scalar) ?? scalar.properties.lowercaseMapping
                for b in folded.utf8 {
                    out[n] = b
                    n += 1
                }
            }
            return n
        }
    }


    /// `fold` of a string: ASCII strings from their bytes in place (the lexicon loops fold tens of
    /// thousands of rows), others by scalars.
    static func fold(_ s: String) -> String {
        if let folded = s.utf8.withContiguousStorageIfAvailable({ foldASCII($0) }), let folded { return folded }
        return fold(s[...])
    }

    /// `fold` of ASCII bytes, nil when a byte is not ASCII. Short results are built in
    /// place (no array, no validation pass).
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var kept = 0
        var hasWork = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b == 0x2E {
                hasWork = true
            } else {
                kept += 1
                if b &- 0x41 < 26 { hasWork = true }
            }
        }
        if !hasWork { return asciiString(bytes) }
        return String(unsafeUninitializedCapacity: kept) { out in
            var j = 0
            for b in bytes where b != 0x2E {
                out[j] = b &- 0x41 < 26 ? b | 0x20 : b
                j += 1
            }
            return j
        }
    }

    /// The string of ASCII bytes: built in place when it fits a small string (no validation pass,
    /// the bytes being ASCII), else decoded.
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= 15, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            out.baseAddress!.update(from: base, count: bytes.count)
            return bytes.count
        }
    }

    /// `fold` of each scalar that stands as a character of its own outside ASCII (U+0080..<U+0300,
    /// U+0370..<U+0483, U+1E00..<U+1F00), as UTF-8 bytes: entry `k` (see `simpleFoldIndex`) is
    /// `bytes[offsets[k]..<offsets[k + 1]]`. Made once, from `fold` itself, so that folding bytes
    /// with it gives `fold`'s answer (`fold` treats each scalar apart).
    static let simpleFolds: (bytes: [UInt8], offsets: [Int], maxLength: Int) = {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        var maxLength = 1
        for range in [0x80..<0x300, 0x370..<0x483, 0x1E00..<0x1F00] {
            for value in range {
                let folded = Unicode.Scalar(UInt32(value)).map { fold(String(Character($0))) } ?? ""
                bytes.append(contentsOf: folded.utf8)
                offsets.append(bytes.count)
                maxLength = max(maxLength, folded.utf8.count)
            }
        }
        return (bytes, offsets, maxLength)
    }()

    /// The entry of `simpleFolds` for a scalar value, nil outside its ranges.
    @inline(__always)
    static func simpleFoldIndex(_ v: UInt32) -> Int? {
        if v >= 0x80 && v < 0x300 { return Int(v) - 0x80 }
        if v >= 0x370 && v < 0x483 { return Int(v) - 0x370 + 0x280 }
        if v >= 0x1E00 && v < 0x1F00 { return Int(v) - 0x1E00 + 0x280 + 0x113 }
        return nil
    }

    /// The scalar value and length of the UTF-8 sequence at `i` of valid UTF-8 bytes.
    @inline(__always)
    static func decodeScalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F), 3) }
        return (
            (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F), 4
        )
    }

    /// The letter without its marks, lower-cased; nil when the scalar is not a Latin letter with marks.
    private static func baseLetter(_ scalar: Unicode.Scalar) -> String? {
        // The same answers as the dictionary, from a flat array over its two ranges (no hashing).
        let v = scalar.value
        if v >= 0xC0 && v < 0x250 { return latinBaseFlat[Int(v - 0xC0)] }
        if v >= 0x1E00 && v < 0x1F00 { return latinBaseFlat[Int(v - 0x1E00) + (0x250 - 0xC0)] }
        return nil
    }

    /// `latinBase` as an array: 0xC0..<0x250, then 0x1E00..<0x1F00.
    private static let latinBaseFlat: [String?] = {
        var flat: [String?] = []
        for range in [0xC0..<0x250, 0x1E00..<0x1F00] {
            for value in range { flat.append(latinBase[UInt32(value)]) }
        }
        return flat
    }()

    /// Latin letters with marks (Latin-1, Extended-A and B, Extended Additional) to their
    /// lower-case ASCII base, computed once.
    private static let latinBase: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let special: [UInt32: String] = [
            0xDF: "ss", 0xF8: "o", 0xD8: "o", 0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0xE6: "ae", 0xC6: "ae",
            0x153: "oe", 0x152: "oe", 0x131: "i", 0x127: "h", 0xFE: "th", 0xF0: "d",
        ]
        for range in [0xC0..<0x250, 0x1E00..<0x1F00] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                if let s = special[UInt32(value)] {
                    table[UInt32(value)] = s
                    continue
                }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
                let ascii = String(String.UnicodeScalarView(decomposed.unicodeScalars.filter { $0.value < 0x80 }))
                if !ascii.isEmpty { table[UInt32(value)] = ascii }
            }
        }
        return table
    }()

    /// The transliteration key of one folded word: endings that transliterations of one
    /// name spell differently are made alike ("zelenskyy", "zelenskiy" -> "zelensky";
    /// "sergei" -> "sergey"; "andrii", "andriy" -> "andry").
    static func transliterationKey(_ folded: String) -> String {
        // Every ending is two ASCII letters and needs three more characters before it: most
        // words are rejected on their UTF-8 length and last byte.
        let u = folded.utf8
        guard u.count >= 5, let lastByte = u.last,
            lastByte == UInt8(ascii: "y") || lastByte == UInt8(ascii: "i") || lastByte == UInt8(ascii: "j")
        else { return folded }
        // Every ending's first letter is "i", "y" or "e": any other byte before the last rules them
        // all out ("city", "party") without counting characters.
        let before = u[u.index(u.endIndex, offsetBy: -2)]
        guard before == UInt8(ascii: "i") || before == UInt8(ascii: "y") || before == UInt8(ascii: "e") else {
            return folded
        }
        var s = folded
        for (ending, replacement) in endings where s.count > ending.count + 2 && s.hasSuffix(ending) {
            s.removeLast(ending.count)
            s += replacement
            break
        }
        return s
    }

    private static let endings: [(String, String)] = [
        ("iy", "y"), ("yy", "y"), ("ii", "y"), ("ij", "y"), ("yj", "y"), ("ei", "ey"),
    ]

    /// Whether the word is written in capitals: at least two letters, none lower case ("EU", "U.S.", "NATO").
    static func isAllCaps<S: StringProtocol>(_ s: S) -> Bool {
        // ASCII fast path: the same answer from bytes.
        var asciiLetters = 0
        var ascii = true
        for b in s.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b &- 0x61 < 26 { return false }
            if b &- 0x41 < 26 { asciiLetters += 1 }
        }
        if ascii { return asciiLetters >= 2 }
        var letters = 0
        for scalar in s.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether the word starts with an upper-case letter.
    static func isCapitalized<S: StringProtocol>(_ s: S) -> Bool {
        guard let b = s.utf8.first else { return false }
        if b < 0x80 { return b &- 0x41 < 26 }
        guard let first = s.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether the word starts with a lower-case letter.
    static func isLowercaseWord<S: StringProtocol>(_ s: S) -> Bool {
        guard let b = s.utf8.first else { return false }
        if b < 0x80 { return b &- 0x61 < 26 }
        guard let first = s.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// Splits a camel-case handle into words: "@AndriyYermak" -> ["Andriy", "Yermak"].
    static func camelWords<S: StringProtocol>(_ handle: S) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in handle where ch != "@" && ch != "#" && ch != "_" {
            if ch.isUppercase && !current.isEmpty && !(current.last?.isUppercase ?? false) {
                words.append(current)
                current = ""
            }
            current.append(ch)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
