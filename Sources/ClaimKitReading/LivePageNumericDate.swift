/// Dates written in digits, as live pages head a day's entries or stamp an entry:
/// "27.11.2026", "27/11/2026", "11/27/26", "2026-11-27", "27/11", "27.11.". A day and a
/// month in either order (each in range), with a year of two or four digits or none; a
/// date of two parts needs a slash or a closing dot ("27.11" alone may be a number or a
/// dotted time).
enum LivePageNumericDate {
    /// Whether `word` is a date in digits (see the type's documentation).
    static func isDate(_ word: Substring) -> Bool {
        var u = Array(word.utf8)
        guard u.count >= 3, u.count <= 11, let first = u.first, first &- 0x30 < 10 else { return false }
        var closingDot = false
        if u.last == 0x2E {
            u.removeLast()
            closingDot = true
        }
        guard let separator = u.first(where: { $0 &- 0x30 >= 10 }), separator == 0x2F || separator == 0x2E || separator == 0x2D
        else { return false }
        let parts = u.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 &- 0x30 < 10 } }) else { return false }
        func value(_ part: ArraySlice<UInt8>) -> Int { part.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        switch parts.count {
        case 2:
            guard separator == 0x2F || (separator == 0x2E && closingDot), parts.allSatisfy({ $0.count <= 2 }) else {
                return false
            }
            return isDayAndMonth(value(parts[0]), value(parts[1]))
        case 3:
            if parts[0].count == 4 {  // 2026-11-27
                guard !closingDot, parts[1].count <= 2, parts[2].count <= 2 else { return false }
                return isYear(value(parts[0])) && (1...12).contains(value(parts[1])) && (1...31).contains(value(parts[2]))
            }
            guard !closingDot, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4
            else { return false }
            if parts[2].count == 4 && !isYear(value(parts[2])) { return false }
            return isDayAndMonth(value(parts[0]), value(parts[1]))
        default:
            return false
        }
    }

    /// A day and a month, in either order (27/11 or 11/27).
    private static func isDayAndMonth(_ a: Int, _ b: Int) -> Bool {
        a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))
    }

    private static func isYear(_ y: Int) -> Bool { y >= 1900 && y <= 2200 }
}
