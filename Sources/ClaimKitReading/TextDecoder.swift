import ClaimKitModel
import Foundation

/// Turns raw bytes into text: strips a byte-order mark, decodes UTF-16 when a BOM says so,
/// and decodes invalid UTF-8 with replacement characters, saying so in a diagnostic.
public struct TextDecoder: Sendable {
    public init() {}

    /// The decoded text and what was noticed. Throws `ReadingError.empty` for input with
    /// nothing but white space and `ReadingError.binary` for binary data.
    public func decode(_ data: Data) throws -> (text: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var bytes = data
        if Self.startsWithUTF8Mark(bytes) { bytes = bytes.dropFirst(3) }
        if Self.startsWithUTF16Mark(bytes) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                throw ReadingError.binary(reason: "a UTF-16 byte-order mark, but the rest does not decode as UTF-16")
            }
            return try checked(text, diagnostics)
        }
        try rejectBinary(bytes)
        let text: String
        // Checked once from the contiguous bytes, ASCII eight bytes at a time, and copied
        // into the string without the standard library's byte-by-byte check (`ValidUTF8`).
        if let valid = bytes.withUnsafeBytes({ raw -> String? in
            let utf8 = raw.assumingMemoryBound(to: UInt8.self)
            let (isValid, isASCII) = ValidUTF8.check(utf8)
            return isValid ? ValidUTF8.string(utf8, isASCII: isASCII) : nil
        }) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            diagnostics.append(Diagnostic(
                code: "reading.invalid-utf8", severity: .warning,
                message: "invalid UTF-8: decoded with \(replaced) replacement character\(replaced == 1 ? "" : "s") (U+FFFD)"))
        }
        return try checked(text, diagnostics)
    }

    /// Throws what `decode` throws for `data`, without keeping the text: when the first
    /// byte that is not ASCII white space is other ASCII (a page's `<`), the text is not
    /// empty and no String needs building.
    func check(_ data: Data) throws {
        var bytes = data
        if Self.startsWithUTF8Mark(bytes) { bytes = bytes.dropFirst(3) }
        if !Self.startsWithUTF16Mark(bytes) {
            try rejectBinary(bytes)
            if let first = bytes.first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }), first < 0x80 { return }
        }
        _ = try decode(data)
    }

    /// `bytes.starts(with: [0xEF, 0xBB, 0xBF])`, read from the bytes (the generic
    /// `starts(with:)` over `Data` cost some 900 instructions a page).
    static func startsWithUTF8Mark(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw in raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF }
    }

    /// `bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])`, read from the bytes.
    static func startsWithUTF16Mark(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw in
            raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF))
        }
    }

    private func checked(_ text: String, _ diagnostics: [Diagnostic]) throws -> (text: String, diagnostics: [Diagnostic]) {
        guard text.unicodeScalars.contains(where: { !$0.quickIsWhitespace }) else { throw ReadingError.empty }
        return (text, diagnostics)
    }

    /// The high bit of each byte of `word` that is zero, exactly (no borrow reaches another byte).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    /// How many bytes of `mask` (high bits only) are set, summed by one multiplication.
    @inline(__always)
    private static func highBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Rejects input whose first 8 KiB are more than a tenth NUL or other control bytes.
    /// A stray NUL or control character in real text is kept (JSON escapes it); an image,
    /// an archive or UTF-16 without a byte-order mark is not text.
    private func rejectBinary(_ bytes: Data) throws {
        let sample = bytes.prefix(8192)
        var nuls = 0
        var controls = 0
        sample.withUnsafeBytes { raw in
            @inline(__always) func count(_ byte: UInt8) {
                guard byte < 0x20 else { return }
                if byte == 0 { nuls += 1 } else if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                    controls += 1
                }
            }
            var i = 0
            while i + 8 <= raw.count {
                // Eight bytes none of which is below 0x20 (most of text) are passed at once.
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                    // The word's bytes below 0x20, NULs and the white-space controls (tab,
                    // line feed, form feed, carriage return), counted by their high bits.
                    let low = ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) | word) & 0x8080_8080_8080_8080
                    let nul = Self.zeroBytes(word)
                    let space = Self.zeroBytes(word ^ 0x0909_0909_0909_0909) | Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                        | Self.zeroBytes(word ^ 0x0C0C_0C0C_0C0C_0C0C) | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                    nuls += Self.highBits(nul)
                    controls += Self.highBits(low & ~nul & ~space)
                }
                i += 8
            }
            for k in i..<raw.count { count(raw[k]) }
        }
        if !sample.isEmpty && (nuls + controls) * 10 > sample.count {
            let what = nuls > 0 ? "\(nuls) NUL and \(controls) other control bytes" : "\(controls) control bytes"
            throw ReadingError.binary(reason: "\(what) in its first \(sample.count)")
        }
    }
}
