/// Entry headers whose time stands after the title, at the end of the line:
///
///     Flood barrier closes at Selby (14:32)
///     Polls close in the capital — 9:02pm
///     Trains cancelled [13:05 GMT]
///     Curfew announced | 6.45 p.m. EST
///     Bridge reopens (10:15) · Latest          <- a label may follow the time
///
/// The time is marked as a header's: in round or square brackets, or after a dash, a bar
/// or a middle dot with spaces around it, with nothing after it but a label of one or two
/// capitalised words (or a known label). The title before it reads as a title: it starts
/// with a capital, a digit or a quotation mark, does not end in a digit (a range, "13:00 –
/// 14:32", or a score is no header) and is no sentence ("The last service (23:15) will be
/// dropped." holds its time inside, "He left at 14:32." has no mark). As with the other
/// shapes, a line only could be a header: `LivePageClockEntryFinder` decides by the page.
enum LivePageTrailingClock {
    /// A header line with its time at the end.
    struct Split {
        /// The title, before the time and its mark.
        var title: Substring
        /// The time, read as a clock start (its `rest` is the label after it, or empty).
        var clock: LivePageClockShapes.ClockStart
        /// A label after the time ("Latest"), when there is one.
        var label: Substring?
    }

    /// The title, time and label of `s`, or nil when `s` does not end in a marked time.
    static func split(_ s: Substring) -> Split? {
        let u = s.utf8
        guard u.count >= 8, u.count <= 240, let last = u.last, mayEnd(last), endsNearClockDigits(s) else { return nil }
        // Where the time's mark could start: "(" or "[" after a space, or a separator with a
        // space on each side. Tried from the right: the last marked time is the header's.
        let bytes = Array(u)
        var p = bytes.count - 2
        while p >= 2 {
            defer { p -= 1 }
            let b = bytes[p]
            var timeStart: Int
            var markStart: Int
            if (b == 0x28 || b == 0x5B) && bytes[p - 1] == 0x20 {
                timeStart = p  // the bracket is read with the time
                markStart = p
            } else if let width = separatorWidth(bytes, at: p), bytes[p - 1] == 0x20, p + width < bytes.count,
                bytes[p + width] == 0x20
            {
                timeStart = p + width + 1
                markStart = p
            } else {
                continue
            }
            while timeStart < bytes.count && bytes[timeStart] == 0x20 { timeStart += 1 }
            guard timeStart < bytes.count, isDigit(bytes[timeStart]) || bytes[timeStart] == 0x28 || bytes[timeStart] == 0x5B
            else { continue }
            let tail = LineText.split(s, at: timeStart).1
            guard let clock = LivePageClockShapes.clockStart(tail) else { continue }
            var label: Substring?
            if !clock.rest.isEmpty {
                guard isLabel(clock.rest) else { continue }
                label = clock.rest
            }
            let title = LineText.trimmed(LineText.split(s, at: markStart).0)
            guard isTitle(title) else { continue }
            var found = clock
            found.rest = title
            found.marked = true
            found.titleFirst = true
            found.trailingLabel = label
            return Split(title: title, clock: found, label: label)
        }
        return nil
    }

    /// Whether a line ending in `b` may end in a time or a label after one: a closing
    /// bracket, a digit, a letter ("pm", "GMT", "Latest") or the dot of "p.m.".
    @inline(__always) static func mayEnd(_ b: UInt8) -> Bool {
        b == 0x29 || b == 0x5D || b == 0x2E || isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// Whether the last 48 bytes of `s` hold a clock's digits, and a final "." is that of
    /// "a.m." or "p.m." (a sentence's full stop ends no header): read from the bytes, before
    /// anything is copied.
    static func endsNearClockDigits(_ s: Substring) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            if b[n - 1] == 0x2E && (n < 2 || (b[n - 2] | 0x20) != 0x6D) { return false }
            var k = max(1, n - 48)
            while k + 2 < n {
                if (b[k] == 0x3A || b[k] == 0x2E) && isDigit(b[k - 1]) && isDigit(b[k + 1]) && isDigit(b[k + 2]) {
                    return true
                }
                k += 1
            }
            return false
        } ?? true
    }

    /// Whether `s` holds a clock's digits: a digit, ":" or ".", then two digits.
    static func hasClockDigits(_ s: Substring) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var k = 1
            while k + 2 < b.count {
                if (b[k] == 0x3A || b[k] == 0x2E) && isDigit(b[k - 1]) && isDigit(b[k + 1]) && isDigit(b[k + 2]) {
                    return true
                }
                k += 1
            }
            return false
        } ?? true
    }

    /// The width of a separator that may mark a trailing time at `p`: "-", "|", "·", "–", "—", "•".
    private static func separatorWidth(_ u: [UInt8], at p: Int) -> Int? {
        switch u[p] {
        case 0x7C, 0x2D: return 1
        case 0xC2 where p + 1 < u.count && u[p + 1] == 0xB7: return 2  // ·
        case 0xE2
        where p + 2 < u.count && u[p + 1] == 0x80 && (u[p + 2] == 0x93 || u[p + 2] == 0x94 || u[p + 2] == 0xA2):
            return 3  // – — •
        default: return nil
        }
    }

    /// A label after the time: a known one, one in capitals, or one or two capitalised words
    /// of letters ("Latest", "Key moment").
    static func isLabel(_ s: Substring) -> Bool {
        let label = LivePageClockShapes.unbracketed(s)
        if LivePageLineShapes.isKnownLabel(label) || LivePageClockShapes.isCapitalsLabel(label) { return true }
        guard LineText.hasAtMostCharacters(label, 24), (1...2).contains(LineText.wordCount(label)),
            let first = label.unicodeScalars.first, first.quickIsUppercase,
            label.unicodeScalars.allSatisfy({ $0.quickIsAlphabetic || $0 == " " })
        else { return false }
        return true
    }

    /// Whether the text before the time reads as a title (see the type's documentation).
    static func isTitle(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
            first.quickIsUppercase || ("0"..."9").contains(first) || "\"'\u{201C}\u{2018}".unicodeScalars.contains(first),
            !("0"..."9").contains(last), last != "-", last != "|", last != "\u{2013}", last != "\u{2014}", last != "\u{00B7}"
        else { return false }
        return LivePageClockShapes.isTitleShaped(s)
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
}
