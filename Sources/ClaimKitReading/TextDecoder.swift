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
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                throw ReadingError.binary(reason: "a UTF-16 byte-order mark, but the rest does not decode as UTF-16")
            }
            return try checked(text, diagnostics)
        }
        try rejectBinary(bytes)
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
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

    private func checked(_ text: String, _ diagnostics: [Diagnostic]) throws -> (text: String, diagnostics: [Diagnostic]) {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw ReadingError.empty }
        return (text, diagnostics)
    }

    /// Rejects input whose first 8 KiB are more than a tenth NUL or other control bytes.
    /// A stray NUL or control character in real text is kept (JSON escapes it); an image,
    /// an archive or UTF-16 without a byte-order mark is not text.
    private func rejectBinary(_ bytes: Data) throws {
        let sample = bytes.prefix(8192)
        var nuls = 0
        var controls = 0
        sample.withUnsafeBytes { raw in
            for byte in raw where byte < 0x20 {
                if byte == 0 { nuls += 1 } else if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                    controls += 1
                }
            }
        }
        if !sample.isEmpty && (nuls + controls) * 10 > sample.count {
            let what = nuls > 0 ? "\(nuls) NUL and \(controls) other control bytes" : "\(controls) control bytes"
            throw ReadingError.binary(reason: "\(what) in its first \(sample.count)")
        }
    }
}
