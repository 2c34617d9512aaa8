/// Finds the character set a page declares in `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, the way a browser's
/// prescan does (but over the first 64 KiB, since some heads are long).
///
/// libxml2 2.9 reads a page that declares nothing as ISO-8859-1 once it meets a non-ASCII
/// byte; browsers and today's pages mean UTF-8. So the reader tells libxml2 "UTF-8" when
/// a page declares nothing (or UTF-8) and its bytes are valid UTF-8, and otherwise leaves
/// the choice to libxml2, which honours the declaration.
enum CharsetSniffer {
    /// The declared character set, lower-cased, or nil.
    static func declaredCharset(in bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(65_536))
        return declaredCharset(lowered: head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
    }

    /// The declared character set of raw page bytes (the reader's case: no generic copy).
    static func declaredCharset(in bytes: UnsafeRawBufferPointer) -> String? {
        let n = min(bytes.count, 65_536)
        // No "charset" (either case) in the head: nothing is declared.
        guard ASCIIBytes.contains(UnsafeRawBufferPointer(rebasing: bytes[0..<n]), "charset") else { return nil }
        let lower = [UInt8](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n {
                let b = bytes[i]
                out[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            }
            count = n
        }
        return declaredCharset(lowered: lower)
    }

    /// The declared character set in a head already lower-cased (ASCII letters only).
    private static func declaredCharset(lowered lower: [UInt8]) -> String? {
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < lower.count {
            guard lower[index] == needle[0], Array(lower[index..<index + needle.count]) == needle else {
                index += 1
                continue
            }
            // Inside a <meta ...> tag?
            var back = index
            while back > 0 && lower[back] != UInt8(ascii: "<") && lower[back] != UInt8(ascii: ">") { back -= 1 }
            let isMeta = lower[back] == UInt8(ascii: "<") && lower[back...].starts(with: Array("<meta".utf8))
            var cursor = index + needle.count
            while cursor < lower.count, lower[cursor] == 0x20 { cursor += 1 }
            guard isMeta, cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else {
                index += needle.count
                continue
            }
            cursor += 1
            // Spaces, quotes and any other byte before the name, as iconv (which libxml2 asks)
            // drops them from a name: 'charset=\u{19}utf-8' is UTF-8 to libxml2 (a fuzz finding).
            while cursor < lower.count, lower[cursor] != UInt8(ascii: ">"), lower[cursor] != UInt8(ascii: "<"),
                !((lower[cursor] >= 0x61 && lower[cursor] <= 0x7A) || (lower[cursor] >= 0x30 && lower[cursor] <= 0x39))
            {
                cursor += 1
            }
            var value: [UInt8] = []
            while cursor < lower.count, value.count < 40 {
                let byte = lower[cursor]
                guard
                    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
                        || byte == 0x3A
                else { break }
                value.append(byte)
                cursor += 1
            }
            if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
            index += needle.count
        }
        return nil
    }

    /// Whether the page should be read as UTF-8 whatever libxml2 would guess.
    static func shouldForceUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        if let declared = declaredCharset(in: bytes), declared != "utf-8", declared != "utf8" { return false }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// `shouldForceUTF8` on raw page bytes.
    static func shouldForceUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        if let declared = declaredCharset(in: bytes), declared != "utf-8", declared != "utf8" { return false }
        return isValidUTF8(bytes)
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7: no overlong form, no
    /// surrogate, nothing above U+10FFFF), as `String(validating:as:)` decides, without
    /// building the string; runs of ASCII are passed eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        var i = 0
        @inline(__always) func continuation(_ k: Int) -> Bool { bytes[k] & 0xC0 == 0x80 }
        while i < n {
            if i + 8 <= n, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if b < 0xC2 {
                return false
            } else if b < 0xE0 {
                guard i + 1 < n, continuation(i + 1) else { return false }
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < n, continuation(i + 1), continuation(i + 2) else { return false }
                let second = bytes[i + 1]
                if (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) { return false }
                i += 3
            } else if b < 0xF5 {
                guard i + 3 < n, continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                let second = bytes[i + 1]
                if (b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F) { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
