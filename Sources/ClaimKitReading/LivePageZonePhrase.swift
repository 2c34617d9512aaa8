/// A time zone named in words after a clock time: "17:25 Brussels time", "09:10 local time",
/// "21:00 Mexico City time", "8:15 p.m. Eastern Time". Abbreviated zones ("BST", "ET",
/// "ART") are read by `LivePageClockShapes` itself.
enum LivePageZonePhrase {
    /// Where a zone phrase starting at byte `i` of `u` (after the time) ends: an optional
    /// space, one or two words that are "local" or start with an ASCII capital, then the
    /// word "time" (or "Time") at the end, before punctuation or before a separator. Nil
    /// for anything else.
    static func end(_ u: [UInt8], from i: Int) -> Int? {
        var k = i
        guard k < u.count, u[k] == 0x20 else { return nil }
        k += 1
        var words = 0
        while words < 3 {
            let start = k
            while k < u.count && isLetter(u[k]) { k += 1 }
            let length = k - start
            guard length >= 2 else { return nil }
            if words >= 1, isTimeWord(u[start..<k]) {
                return endsPhrase(u, at: k) ? k : nil
            }
            guard words < 2, u[start] >= 0x41 && u[start] <= 0x5A || isLocalWord(u[start..<k]) else { return nil }
            guard k < u.count, u[k] == 0x20 else { return nil }
            k += 1
            words += 1
        }
        return nil
    }

    /// Whether the phrase may end at `k`: at the end, before punctuation, or before a space
    /// and a separator ("17:25 Brussels time - Title"); "10:00 Tea time at the palace" is a
    /// title after the time, not a zone.
    private static func endsPhrase(_ u: [UInt8], at k: Int) -> Bool {
        guard k < u.count else { return true }
        switch u[k] {
        case 0x3A, 0x2C, 0x29, 0x5D, 0x2E: return true  // : , ) ] .
        case 0x20:
            guard k + 1 < u.count else { return true }
            let b = u[k + 1]
            return b == 0x7C || b == 0x2D || b == 0xC2 || b == 0xE2  // | - · – — •
        default: return false
        }
    }

    /// "time" or "Time".
    private static func isTimeWord(_ w: ArraySlice<UInt8>) -> Bool {
        w.count == 4 && (w.first == 0x74 || w.first == 0x54) && w.dropFirst().elementsEqual("ime".utf8)
    }

    /// "local".
    private static func isLocalWord(_ w: ArraySlice<UInt8>) -> Bool { w.elementsEqual("local".utf8) }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}

extension LivePageZonePhrase {
    /// Whether a short text is a clock time and a zone in words alone ("17:25 Brussels
    /// time", "9:10 a.m. local time"): it ends in "time" and reads as a time with nothing after.
    static func isClockWithZonePhrase(_ text: String) -> Bool {
        let s = LineText.trimmed(Substring(text))
        guard s.utf8.count >= 10, LineText.hasASCIISuffix(s, "ime"),
            let clock = LivePageClockShapes.clockStart(s)
        else { return false }
        return clock.rest.isEmpty
    }
}
