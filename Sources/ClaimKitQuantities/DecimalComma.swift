import Foundation

/// Numbers written the German way ("18.600", "48,7 per cent", "1.234,5 km") in English
/// text from German-speaking pages: read as 18,600, 48.7 and 1,234.5 only when the text
/// itself shows that convention unambiguously (see `showsDecimalComma`); an English
/// page's "3.150" stays 3.15.
enum DecimalComma {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// Whether `bytes` show a decimal comma beyond doubt: a comma between digits followed
    /// by one or two digits and then a space, "%" or the end ("48,7 per cent", "2,3
    /// million"), the digits before it no comma group's ("1,2,3" and "12,345,67" are
    /// no evidence); or a dot group before a comma decimal ("1.234,5"). One scan, and
    /// none without a comma between digits.
    static func showsDecimalComma(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 3, let base = bytes.baseAddress else { return false }
        var i = 1
        while i + 1 < n {
            // The next comma by `memchr` (most texts hold few: a loop over every byte was
            // the whole cost of the scan), then the same test at it.
            guard let hit = memchr(base + i, 0x2C, n - 1 - i) else { return false }
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if showsDecimalComma(bytes, commaAt: i) { return true }
            i += 1
        }
        return false
    }

    /// Whether the comma at byte `i` (0 < i < count - 1) is a decimal comma beyond doubt
    /// (see `showsDecimalComma(_:)`).
    @inline(__always) private static func showsDecimalComma(_ bytes: UnsafeBufferPointer<UInt8>, commaAt i: Int) -> Bool {
        let n = bytes.count
        guard isDigit(bytes[i - 1]), isDigit(bytes[i + 1]) else { return false }
        // The digits after the comma, and what follows them.
        var e = i + 1
        while e < n, isDigit(bytes[e]) { e += 1 }
        let after = e - i - 1
        let endsClean = e >= n || bytes[e] == 0x20 || bytes[e] == 0x25
        // The digits before, and what precedes them.
        var s = i - 1
        while s > 0, isDigit(bytes[s - 1]) { s -= 1 }
        let lead = i - s
        let before: UInt8 = s > 0 ? bytes[s - 1] : 0x20
        // "1.234,5": a three-digit dot group before a comma decimal.
        if lead == 3, before == 0x2E, s >= 2, isDigit(bytes[s - 2]), after >= 1, after <= 2 || after >= 4, endsClean {
            return true
        }
        return after <= 2 && endsClean && lead <= 3 && before != 0x2C && before != 0x2E && !isDigit(before)
    }

    /// `bytes` with every dot and comma between two digits swapped, so the English reading
    /// of the copy is the German reading of the original (same length, same offsets).
    static func swapped(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        let n = bytes.count
        var i = 1
        while i + 1 < n {
            let b = bytes[i]
            if b == 0x2C || b == 0x2E, isDigit(bytes[i - 1]), isDigit(bytes[i + 1]) { out[i] = b == 0x2C ? 0x2E : 0x2C }
            i += 1
        }
        return out
    }
}
