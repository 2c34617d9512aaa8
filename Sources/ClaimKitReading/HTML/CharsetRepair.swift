import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pages whose bytes do not fit the character set they declare, decoded here instead of by
/// libxml2, which stops reading at the first byte its converter rejects (an undefined
/// windows-1252 byte, UTF-8 under a Shift_JIS label): everything after it was lost, with
/// only libxml2's "encoding error" lines on standard error.
///
/// - A declared character set iconv knows, and bytes that are not all valid in it: the page
///   is decoded with each rejected byte replaced by U+FFFD.
/// - A declared UTF-8 with invalid bytes: the same (libxml2 read the whole page as ISO-8859-1).
/// - A declared character set iconv does not know, and bytes that are valid UTF-8: UTF-8
///   (libxml2 read it as ISO-8859-1).
/// Pages whose bytes fit their declaration, pages with a byte order mark and pages that
/// declare nothing are left to libxml2 as before.
enum CharsetRepair {
    /// How the page's bytes reach libxml2.
    enum Decision {
        /// As they are; `forceUTF8`: libxml2 is told they are UTF-8 (valid UTF-8 declared
        /// as such or not at all), otherwise it follows the BOM or the declaration.
        case asIs(forceUTF8: Bool)
        /// Decoded here: UTF-8 bytes, read as UTF-8 whatever the page declares, with a warning.
        case decoded(Data, warning: String)
    }

    static func decide(_ data: Data) -> Decision {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return .asIs(forceUTF8: false) }
        let (declared, valid) = data.withUnsafeBytes { raw in
            (CharsetSniffer.declaredCharset(in: raw), CharsetSniffer.isValidUTF8(raw))
        }
        guard let declared else { return .asIs(forceUTF8: valid) }
        let isUTF8 = declared == "utf-8" || declared == "utf8"
        if isUTF8 && valid { return .asIs(forceUTF8: true) }
        guard let (bytes, replaced) = decode(data, from: isUTF8 ? "UTF-8" : declared) else {
            // A character set iconv (and so libxml2) does not know.
            return valid ? .decoded(data, warning: "the page declares the unknown character set \(declared): read as UTF-8")
                : .asIs(forceUTF8: false)
        }
        guard replaced > 0 else { return .asIs(forceUTF8: false) }
        return .decoded(bytes, warning: "the page is not valid \(declared): \(replaced) bytes replaced with U+FFFD")
    }

    /// `data` decoded from `charset` into UTF-8 with iconv, each byte iconv rejects replaced
    /// by U+FFFD, and how many were; nil when iconv does not know `charset`.
    static func decode(_ data: Data, from charset: String) -> (Data, Int)? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = Data(capacity: data.count + data.count / 2)
        var replaced = 0
        var chunk = [CChar](repeating: 0, count: 1 << 16)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
            var inputLeft = raw.count
            while inputLeft > 0 {
                var failed = false
                chunk.withUnsafeMutableBufferPointer { buffer in
                    var out: UnsafeMutablePointer<CChar>? = buffer.baseAddress
                    var outLeft = buffer.count
                    let result = iconv(converter, &input, &inputLeft, &out, &outLeft)
                    output.append(contentsOf: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<(buffer.count - outLeft)]))
                    failed = result == -1 && errno != E2BIG
                }
                if failed {
                    // EILSEQ (a byte the charset rejects) or EINVAL (a sequence cut off at the end).
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                    input = input.map { $0 + 1 }
                    inputLeft -= 1
                    _ = iconv(converter, nil, nil, nil, nil)
                }
            }
        }
        return (output, replaced)
    }
}
