/// The shapes of the lines of live pages whose entries start at a clock time rather than
/// at a number: "21:34" alone on its line, "[23:05 CLT] Drill reaches 310 metres",
/// "9.45am BST | Title", "BREAKING: Title", day headers ("WEDNESDAY 27 MAY"), one-line
/// bylines ("By Jane Doe, Political editor", "Reporting by Jane Doe in Lima"), and how a
/// title differs from a paragraph. As with `LivePageLineShapes`, these only say what a
/// line could be; `LivePageClockEntryFinder` decides by position and by the whole page.
enum LivePageClockShapes {
    /// A clock time at the start of a line, and what follows it.
    struct ClockStart {
        /// Minutes since midnight (0..<1440).
        var minutes: Int
        /// The time in the form the contract keeps ("21:34", "09:45 BST", "23:05 CLT").
        var published: Substring
        /// What follows the time and its separator; empty when the time stands alone.
        var rest: Substring
        /// Whether the time stands out as a header: bracketed, with a zone, alone on its
        /// line, or followed by a separator (not only a space).
        var marked: Bool
        /// Whether the time stood after the title on its line ("Title (14:32)",
        /// `LivePageTrailingClock`): `rest` is then the title.
        var titleFirst = false
        /// The label after a trailing time ("Title (10:15) · Latest"), when there is one.
        var trailingLabel: Substring? = nil
        /// The date stated before the time ("27/11", "Nov. 27, 2024"), when there is one.
        var day: Substring? = nil
    }

    // MARK: - Clock times

    /// "21:34", "[23:05 CLT] Title", "9.45am: Title", "10:05 EDT — Title", "(21:34 GMT+5) Title",
    /// "6:35 p.m. ET, November 27, 2024" (a date after the time leaves it alone on its line).
    /// Hours and minutes must make a time of day (a 12-hour time with am/pm); after the
    /// time come an optional zone abbreviation, an optional closing bracket, then either
    /// nothing or a separator (`] | - – — : ·`) or a space, and the title, which must not
    /// start in lower case ("10.30 per cent of ..." is no time).
    static func clockStart(_ s: Substring) -> ClockStart? {
        // "■ 16:45 | LATEST", "► 09:05": a marker glyph before the time, then a space.
        if s.utf8.first == 0xE2, let after = afterMarkerGlyph(s) {
            guard var clock = clockStart(after) else { return nil }
            clock.marked = true
            return clock
        }
        if let p = s.utf8.first, p == 0x50 || p == 0x70 || p == 0x55 || p == 0x75, s.utf8.count <= 80 {
            // "Posted at 21:34", "published at 20:49 BST", "Updated 15:40": a time alone on its line.
            for prefix in timePrefixes where hasPrefixFolded(s, prefix) {
                var after = LineText.split(s, at: prefix.utf8.count).1
                // "Posted 35 min ago · 16:40 CET": the page's relative age, then the time.
                if let time = timeAfterAge(after) { after = time }
                guard let clock = timeStart(after), clock.rest.isEmpty else {
                    return nil
                }
                return clock
            }
            // "Post 12 | 9.45am", "Update 3 – 14:05": an entry's number, then its time (below).
            if !hasPrefixFolded(s, "post ") && !hasPrefixFolded(s, "update ") { return nil }
        }
        if let clock = timeStart(s) { return clock }
        if let time = afterEntryNumber(s), let clock = timeStart(time) { return clock }
        return datedStart(s)
    }

    /// What follows a marker glyph that opens a header line ("■ ", "● ", "▶ ", "• ", "★ "),
    /// or nil when `s` opens otherwise. Marker glyphs: geometric shapes (U+25A0 to U+25FF),
    /// bullets (U+2022, U+2023, U+2043), black and white stars (U+2605, U+2606) and the
    /// arrowheads U+27A4 and U+2BC8.
    static func afterMarkerGlyph(_ s: Substring) -> Substring? {
        guard let first = s.unicodeScalars.first else { return nil }
        let v = first.value
        guard (0x25A0...0x25FF).contains(v) || v == 0x2022 || v == 0x2023 || v == 0x2043 || v == 0x2605
            || v == 0x2606 || v == 0x27A4 || v == 0x2BC8
        else { return nil }
        let rest = s.unicodeScalars.dropFirst()
        guard let space = rest.first, space == " " || space == "\u{A0}" else { return nil }
        return LineText.trimmed(Substring(rest))
    }

    /// "Nov. 27, 2024, 11:42 AM EST", "27 November 2024 at 21:34 - Title",
    /// "Thursday 19 November 21:34": a date, then the time. The date is not kept.
    static func datedStart(_ s: Substring) -> ClockStart? {
        guard s.utf8.count <= 96, let first = s.utf8.first,
            (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        else { return nil }
        // Where a time could start: a digit after a space, then "d:dd" or "dd.dd" (one byte
        // pass, no allocation: most short lines hold none).
        let found: Int?? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            @inline(__always) func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
            var k = 1
            while k + 3 < b.count && k <= 40 {
                if b[k - 1] == 0x20 && isDigit(k) {
                    let m = isDigit(k + 1) ? k + 2 : k + 1
                    if m < b.count && (b[m] == 0x3A || b[m] == 0x2E) && isDigit(m + 1) && isDigit(m + 2) { return k }
                }
                k += 1
            }
            return nil
        }
        guard let at = found ?? nil else { return nil }
        let (head, tail) = LineText.split(s, at: at)
        guard var clock = timeStart(tail) else { return nil }
        var date = LineText.trimmed(head)
        for joint in [",", " at", "-", "|", "·", "–", "—"] where date.hasSuffix(joint) {
            date = LineText.trimmed(date.dropLast(joint.count))
        }
        guard isDayHeader(date) else { return nil }
        clock.marked = true
        clock.day = date
        return clock
    }

    /// What follows a relative age ("35 min ago · ", "2 hours ago, ", "1h ago | "): the
    /// rest after the separator, or nil when `s` does not start with such an age.
    static func timeAfterAge(_ s: Substring) -> Substring? {
        let words = s.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count == 4 || words.count == 3, let first = words[0].utf8.first, first >= 0x30 && first <= 0x39
        else { return nil }
        // "35 min ago" or "35min ago" / "1h ago".
        var k = 1
        if !words[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let unit = words[0].drop(while: { $0.isASCII && $0.isNumber })
            guard ageUnits.contains(unit.lowercased()) else { return nil }
        } else {
            guard ageUnits.contains(words[1].lowercased()) else { return nil }
            k = 2
        }
        guard k < words.count, words[k].lowercased() == "ago" || words[k].lowercased() == "ago,", k + 1 < words.count
        else { return nil }
        var rest = LineText.trimmed(s[words[k].endIndex...])
        if words[k].hasSuffix(",") { return rest.isEmpty ? nil : rest }
        guard let sep = rest.unicodeScalars.first, ageSeparators.contains(sep) else { return nil }
        rest = LineText.trimmed(rest.dropFirst())
        return rest.isEmpty ? nil : rest
    }

    /// Units of a relative age ("35 min ago").
    static let ageUnits: Set<String> = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
        "hours", "d", "day", "days",
    ]

    /// Separators between a relative age and a time.
    static let ageSeparators: Set<Unicode.Scalar> = ["·", "|", "-", "–", "—", "•", ","]

    /// Words that may stand before an entry's time on its line.
    static let timePrefixes = [
        "posted at ", "published at ", "updated at ", "posted: ", "published: ", "updated: ", "posted ", "published ",
        "updated ",
    ]

    /// `s` starts with the lower-case ASCII `prefix`, in either case.
    private static func hasPrefixFolded(_ s: Substring, _ prefix: String) -> Bool {
        var a = s.utf8.makeIterator()
        for b in prefix.utf8 {
            guard let c = a.next(), lower(c) == b else { return false }
        }
        return true
    }

    private static func timeStart(_ s: Substring) -> ClockStart? {
        guard let first = s.utf8.first, (first >= 0x30 && first <= 0x39) || first == 0x5B || first == 0x28 else {
            return nil
        }
        // Every time below starts with a digit or two and ":", "." or "h" and two digits, or
        // with four digits ("2140 hrs"): a line that does not is settled before its bytes
        // are copied.
        if let shaped = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            let i = first == 0x5B || first == 0x28 ? 1 : 0
            @inline(__always) func isDigit(_ k: Int) -> Bool { k < b.count && k < 48 && b[k] &- 0x30 < 10 }
            guard isDigit(i) else { return false }
            if isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) { return true }
            let j = isDigit(i + 1) ? i + 2 : i + 1
            return j < b.count && j < 48 && (b[j] == 0x3A || b[j] == 0x2E || b[j] == 0x68) && isDigit(j + 1) && isDigit(j + 2)
        }), !shaped {
            return nil
        }
        let u = Array(s.utf8.prefix(48))
        var i = 0
        var closer: UInt8?
        if first == 0x5B || first == 0x28 {
            closer = first == 0x5B ? 0x5D : 0x29
            i = 1
        }
        func digit(_ k: Int) -> Int? { k < u.count && u[k] >= 0x30 && u[k] <= 0x39 ? Int(u[k] - 0x30) : nil }
        var hour: Int
        let minute: Int
        let dotted: Bool
        if let end = militaryTimeEnd(u, from: i), let h1 = digit(i), let h2 = digit(i + 1), let m1 = digit(i + 2), let m2 = digit(i + 3) {
            // "2140 hrs": four digits and "hrs" (written as "21:40").
            hour = h1 * 10 + h2
            minute = m1 * 10 + m2
            dotted = true
            i = end
        } else {
            guard let h = digit(i) else { return nil }
            hour = h
            i += 1
            if let d = digit(i) {
                hour = hour * 10 + d
                i += 1
            }
            // "21:34", "21.34", and the French "21h34" (the "h" between two digit pairs).
            guard i < u.count, u[i] == 0x3A || u[i] == 0x2E || u[i] == 0x68, let m1 = digit(i + 1), let m2 = digit(i + 2),
                digit(i + 3) == nil
            else { return nil }
            dotted = u[i] != 0x3A
            minute = m1 * 10 + m2
            i += 3
        }
        guard minute < 60 else { return nil }
        // Seconds ("23:40:12") are read past and not kept.
        if !dotted, i + 2 < u.count, u[i] == 0x3A, digit(i + 1) != nil, digit(i + 2) != nil, digit(i + 3) == nil {
            i += 3
        }
        // am / pm / a.m. / p.m., after an optional space.
        var meridiem: UInt8?
        var j = i
        if j < u.count && u[j] == 0x20 { j += 1 }
        if j + 1 < u.count, lower(u[j]) == 0x61 || lower(u[j]) == 0x70 {
            var k = j + 1
            if u[k] == 0x2E { k += 1 }
            if k < u.count, lower(u[k]) == 0x6D {
                k += 1
                if k < u.count && u[k] == 0x2E { k += 1 }
                if k == u.count || !isLetter(u[k]) {
                    meridiem = lower(u[j])
                    i = k
                }
            }
        }
        if let meridiem {
            guard hour >= 1 && hour <= 12 else { return nil }
            hour = hour % 12 + (meridiem == 0x70 ? 12 : 0)
        } else {
            guard hour < 24 else { return nil }
            // The German "19.20 Uhr": the word is part of the time.
            j = i
            if j < u.count && u[j] == 0x20 { j += 1 }
            if j + 2 < u.count, u[j] == 0x55, u[j + 1] == 0x68, u[j + 2] == 0x72, j + 3 == u.count || !isLetter(u[j + 3]) {
                i = j + 3
            }
        }
        // A zone: "BST", "CEST", "UTC", "GMT+5", "UTC+05:30".
        var zone: Range<Int>?
        j = i
        if j < u.count && u[j] == 0x20 { j += 1 }
        var k = j
        while k < u.count && u[k] >= 0x41 && u[k] <= 0x5A { k += 1 }
        if k - j >= 2 && k - j <= 5 && (k == u.count || !isLetter(u[k])), isZone(u[j..<k]) {
            if k < u.count && (u[k] == 0x2B || u[k] == 0x2D) && digit(k + 1) != nil {
                k += 2
                if digit(k) != nil { k += 1 }
                if k + 2 < u.count && u[k] == 0x3A && digit(k + 1) != nil && digit(k + 2) != nil { k += 3 }
            }
            zone = j..<k
            i = k
        } else if let end = LivePageZonePhrase.end(u, from: i) {
            // "17:25 Brussels time", "09:10 local time": the zone in words.
            zone = (i + 1)..<end
            i = end
        }
        var marked = zone != nil || closer != nil
        if let closer {
            guard i < u.count, u[i] == closer else { return nil }
            i += 1
        }
        // The separator, then the rest.
        var restStart = i
        var sawSeparator = closer != nil
        var dated = false
        if i < u.count && u[i] == 0x2C {
            // "6:35 p.m. ET, November 27, 2024": a date after a comma; the time stands alone.
            guard isDayHeader(LineText.trimmed(LineText.split(s, at: i + 1).1)) else { return nil }
            dated = true
        } else if i < u.count {
            var p = i
            while p < u.count && u[p] == 0x20 { p += 1 }
            let spaced = p > i
            if p < u.count, let width = separatorWidth(u, at: p) {
                // ":" and "." glue to the time ("21:34: Title"); dashes and bars need space after.
                let after = p + width
                if after == u.count || u[after] == 0x20 || (u[p] == 0x3A && !spaced) {
                    sawSeparator = true
                    restStart = after
                }
            } else if !spaced && !sawSeparator {
                return nil  // "21:34pm", "12.50p": glued to more text
            }
        }
        if sawSeparator { marked = true }
        let restOffset = min(restStart, s.utf8.count)
        var rest = LineText.trimmed(s.utf8.count > restOffset ? LineText.split(s, at: restOffset).1 : s[s.endIndex...])
        // "21:34 Thursday 19 November", "2330 hrs (Monday)"
        if dated || isDayHeader(rest) || isBracketedDayHeader(rest) { rest = rest[rest.endIndex...] }
        if rest.isEmpty {
            marked = true
        } else if let r = rest.unicodeScalars.first, r.quickIsLowercase {
            return nil
        }
        // The contract keeps the time as the page states it ("20:49 BST"): a 24-hour time
        // with a colon is kept; a dotted or 12-hour one is written as a 24-hour "HH:MM".
        var published: Substring
        let timeEnd = closer != nil ? 1 : 0
        if meridiem == nil && !dotted {
            let hourDigits = digit(timeEnd + 1) != nil ? 2 : 1
            published = LineText.split(s, at: timeEnd + hourDigits + 3).0
            published = published.dropFirst(timeEnd)
        } else {
            let hh = hour < 10 ? "0\(hour)" : "\(hour)"
            let mm = minute < 10 ? "0\(minute)" : "\(minute)"
            published = Substring("\(hh):\(mm)")
        }
        if let zone {
            let z = String(decoding: u[zone], as: UTF8.self)
            published = Substring(String(published) + " " + z)
        }
        return ClockStart(minutes: hour * 60 + minute, published: published, rest: rest, marked: marked)
    }

    /// Where a military time ends: four digits at `i`, an optional space, then "hrs", "hr" or
    /// "hours" in either case and no letter after ("2140 hrs", "0915hrs"); nil for any other
    /// start.
    static func militaryTimeEnd(_ u: [UInt8], from i: Int) -> Int? {
        guard i + 4 < u.count, (i..<(i + 4)).allSatisfy({ u[$0] >= 0x30 && u[$0] <= 0x39 }) else { return nil }
        var k = i + 4
        if u[k] == 0x20 { k += 1 }
        for word in ["hours", "hrs", "hr"] {
            let w = Array(word.utf8)
            guard k + w.count <= u.count, (0..<w.count).allSatisfy({ lower(u[k + $0]) == w[$0] }) else { continue }
            let end = k + w.count
            if end < u.count && isLetter(u[end]) { continue }
            return end
        }
        return nil
    }

    /// "UPDATE 8 · 2140 hrs", "Update 3 – 14:05", "Post 12 | 9.45am": what follows an entry's
    /// number and its separator, when the line starts with one; nil otherwise.
    static func afterEntryNumber(_ s: Substring) -> Substring? {
        let u = s.utf8
        guard let first = u.first, first == 0x55 || first == 0x75 || first == 0x50 || first == 0x70 || first == 0x45 || first == 0x65
        else { return nil }
        guard let prefix = entryNumberWords.first(where: { hasPrefixFolded(s, $0) }) else { return nil }
        let rest = LineText.split(s, at: prefix.utf8.count).1
        let digits = rest.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard digits >= 1, digits <= 4 else { return nil }
        let afterNumber = LineText.trimmed(LineText.split(rest, at: digits).1)
        guard let sep = afterNumber.unicodeScalars.first, ageSeparators.contains(sep) || sep == ":" else { return nil }
        let time = LineText.trimmed(afterNumber.dropFirst())
        return time.isEmpty ? nil : time
    }

    /// Words that number a live page's entries before their time ("UPDATE 8 · 2140 hrs").
    static let entryNumberWords = ["update ", "post ", "entry "]

    /// The width of a separator at `p`: "]", "|", "-", ":", "·", "•", "–", "—".
    private static func separatorWidth(_ u: [UInt8], at p: Int) -> Int? {
        switch u[p] {
        case 0x7C, 0x2D, 0x3A: return 1
        case 0xC2 where p + 1 < u.count && u[p + 1] == 0xB7: return 2  // ·
        case 0xE2
        where p + 2 < u.count && u[p + 1] == 0x80 && (u[p + 2] == 0x93 || u[p + 2] == 0x94 || u[p + 2] == 0xA2):
            return 3  // – — •
        default: return nil
        }
    }

    /// Zone abbreviations: two to five capitals ending in T ("BST", "CEST", "AEDT") or one of
    /// `otherZones` ("UTC", "MSK", "WIB", "MESZ").
    private static func isZone(_ letters: ArraySlice<UInt8>) -> Bool {
        if letters.last == 0x54 { return true }
        return otherZones.contains(String(decoding: letters, as: UTF8.self))
    }

    /// Zone abbreviations that do not end in T: universal time, Moscow, western and central
    /// Indonesia, the German and French names of central and eastern European times.
    static let otherZones: Set<String> = ["UTC", "UT", "Z", "MSK", "WIB", "WITA", "MEZ", "MESZ", "OEZ", "OESZ", "HEC", "HAEC"]

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    // MARK: - Day headers

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether a line opening with byte `first` may open with a separator ("-", "|", "—", "–", "·").
    @inline(__always) static func mayFrame(first: UInt8) -> Bool {
        first == 0x2D || first == 0x7C || first == 0xE2 || first == 0xC2
    }

    /// Whether a line ending with byte `last` may end with a separator ("-", "|", ":", "—", "–", "·").
    @inline(__always) static func mayFrame(last: UInt8) -> Bool {
        last == 0x2D || last == 0x7C || last == 0x3A || last == 0x94 || last == 0x93 || last == 0xB7
    }

    /// `s` without the separators and spaces around it ("— TODAY —" gives "TODAY").
    static func unframed(_ s: Substring) -> Substring {
        let frame: Set<Unicode.Scalar> = ["-", "|", ":", "\u{2014}", "\u{2013}", "\u{00B7}", " "]
        var scalars = s.unicodeScalars[...]
        while let f = scalars.first, frame.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, frame.contains(l) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }

    /// A day named in brackets after a time: "(Monday)", "[Yesterday]", "(Sat, 3 May)".
    static func isBracketedDayHeader(_ s: Substring) -> Bool {
        guard let open = s.utf8.first, let close = s.utf8.last, s.utf8.count >= 5,
            (open == 0x28 && close == 0x29) || (open == 0x5B && close == 0x5D)
        else { return false }
        return isDayHeader(LineText.trimmed(s.dropFirst().dropLast()))
    }

    /// A line that only names a day: "WEDNESDAY 27 MAY", "Thursday 19 November 2026",
    /// "Sat, 3 May", "Monday May 4, 2026", "Nov. 27, 2024", "19 November 2026", "Yesterday".
    static func isDayHeader(_ s: Substring) -> Bool {
        var s = s
        // "TODAY —", "— Friday 27 November —", "27.11.2026:": a frame of separators around the day.
        if let f = s.utf8.first, let l = s.utf8.last, mayFrame(first: f) || mayFrame(last: l) {
            s = unframed(s)
        }
        guard s.utf8.count <= 40, let first = s.unicodeScalars.first,
            first.quickIsAlphabetic || (first >= "0" && first <= "9")
        else { return false }
        if let settled = firstDayWordSettles(s) { return settled }
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" })
        guard !words.isEmpty, words.count <= 5 else { return false }
        var weekday = false
        var month = false
        var day = false
        var year = false
        for w in words {
            var f = w.lowercased()
            if f.hasSuffix(".") { f.removeLast() }  // "Nov.", "Thurs.
            if weekdays.contains(f) && !weekday && !month && !day {
                weekday = true
            } else if months.contains(f) && !month {
                month = true
            } else if !month && !day && !year, LivePageNumericDate.isDate(w) {
                month = true  // "27.11.2026", "Fri 27/11"
                day = true
                year = true
            } else if let n = Int(
                f.hasSuffix("th") || f.hasSuffix("st") || f.hasSuffix("nd") || f.hasSuffix("rd")
                    ? String(f.dropLast(2)) : f)
            {
                if n >= 1 && n <= 31 && !day && f.count <= 4 {
                    day = true
                } else if n >= 1900 && n <= 2200 && !year && f.count == 4 {
                    year = true
                } else {
                    return false
                }
            } else {
                return false
            }
        }
        if weekday { return words.count == 1 || (month && day) }
        return month && day
    }

    /// `false` when the first word of `s` (ASCII, starting with a letter, and ended by an
    /// ASCII separator or the end) is no weekday or month: `isDayHeader` then fails on it.
    /// Nil when the bytes do not settle it.
    private static func firstDayWordSettles(_ s: Substring) -> Bool? {
        // 0: the bytes do not settle it; 1: no day word (false).
        let settled = s.utf8.withContiguousStorageIfAvailable { b -> Int in
            guard let first = b.first, isLetter(first) else { return 0 }
            var end = 0
            while end < b.count, b[end] != 0x20, b[end] != 0x2C {
                guard b[end] < 0x80 else { return 0 }
                end += 1
            }
            if end + 1 < b.count && b[end + 1] >= 0x80 { return 0 }
            // The word lower-cased (all `lowercased()` does to ASCII), without one final
            // ".", packed into integers and compared with the day words: no String is made.
            let n = b[end - 1] == 0x2E ? end - 1 : end
            guard n <= 16 else { return 1 }
            var lo: UInt64 = 0
            var hi: UInt64 = 0
            for k in 0..<n {
                let v = UInt64(lower(b[k]))
                if k < 8 { lo |= v << UInt64(8 * k) } else { hi |= v << UInt64(8 * (k - 8)) }
            }
            for w in dayWordKeys where w.lo == lo && w.hi == hi && w.count == n { return 0 }
            return 1
        }
        return settled == 1 ? false : nil
    }

    /// Every weekday and month word (both lists), its bytes packed as `firstDayWordSettles`
    /// packs a word.
    static let dayWordKeys: [(lo: UInt64, hi: UInt64, count: Int)] = weekdays.union(months).sorted().map { word in
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        for (k, byte) in word.utf8.enumerated() {
            precondition(k < 16, "a day word fits in 16 bytes")
            if k < 8 { lo |= UInt64(byte) << UInt64(8 * k) } else { hi |= UInt64(byte) << UInt64(8 * (k - 8)) }
        }
        return (lo, hi, word.utf8.count)
    }

    // MARK: - Labels

    /// Labels written in capitals on a line of their own or before a title ("ANALYSIS",
    /// "KEY EVENT", "BBC VERIFY"): one or two words of capital letters (three for a known
    /// label; a longer line in capitals is a title), at least three letters, no digits but
    /// for a number of one or two digits after one word ("UPDATE 2", a wire's update count).
    static func isCapitalsLabel(_ s: Substring) -> Bool {
        guard s.utf8.count <= 30 else { return false }
        if let last = s.utf8.last, last &- 0x30 < 10 {
            guard let space = s.utf8.lastIndex(of: 0x20) else { return false }
            let number = s.utf8[s.utf8.index(after: space)...]
            let head = LineText.trimmed(s[..<space])
            guard (1...2).contains(number.count), number.allSatisfy({ $0 &- 0x30 < 10 }),
                LineText.wordCount(head) == 1, !isDayHeader(s)
            else { return false }
            return isCapitalsLabel(head)
        }
        // Every scalar must be a capital or one of " &-'’": a first ASCII byte that is
        // none of them settles it.
        if let b = s.utf8.first, b < 0x80,
            !((b >= 0x41 && b <= 0x5A) || b == 0x20 || b == 0x26 || b == 0x2D || b == 0x27)
        {
            return false
        }
        let words = LineText.wordCount(s)
        guard words > 0, words <= 2 || (words == 3 && LivePageLineShapes.isKnownLabel(s)) else {
            return false
        }
        var letters = 0
        for scalar in s.unicodeScalars {
            if scalar.quickIsUppercase {
                letters += 1
            } else if scalar != " " && scalar != "&" && scalar != "-" && scalar != "'" && scalar != "’" {
                return false
            }
        }
        return letters >= 3 && !isDayHeader(s)
    }

    /// Display forms of labels whose capitals are not the first letter's only.
    static let labelForms: [String: String] = ["bbc verify": "BBC Verify", "fact check": "Fact check"]

    /// The contract's form of a label: "BREAKING" gives "Breaking", "KEY EVENT" "Key event",
    /// "BBC VERIFY" "BBC Verify"; a label in mixed case is kept as written.
    static func labelForm(_ s: Substring) -> Substring {
        let s = unbracketed(s)
        guard isCapitalsLabel(s) else { return s }
        let lower = s.lowercased()
        if let form = labelForms[lower] { return Substring(form) }
        return Substring(lower.prefix(1).uppercased() + lower.dropFirst())
    }

    /// A label line's text inside its square brackets ("[KEY MOMENT]"), or the line itself.
    static func unbracketed(_ s: Substring) -> Substring {
        guard s.utf8.count > 2, s.utf8.first == 0x5B, s.utf8.last == 0x5D else { return s }
        let inner = s.dropFirst().dropLast()
        return inner.contains("[") || inner.contains("]") ? s : LineText.trimmed(inner)
    }

    /// "BREAKING: Title", "ANALYSIS | Title", "EXCLUSIVE - Title": a known label in capitals
    /// before a title, split off (an acronym before a colon, "NATO: ...", is the title's).
    static func labelPrefix(_ s: Substring) -> (label: Substring, title: Substring)? {
        let u = s.utf8
        if u.first == 0x5B { return bracketedLabelPrefix(s) }
        // The label must be a known one in capitals: an ASCII first byte that is no
        // capital starting a known label, or a lower-case second byte, settles it.
        if let b = u.first, b < 0x80 {
            let letter = b &- 0x41
            guard letter < 26, LivePageLineShapes.knownLabelFirstLetters & (1 << UInt32(letter)) != 0 else { return nil }
            if u.count > 1 {
                let c = u[u.index(after: u.startIndex)]
                if c >= 0x61 && c <= 0x7A { return nil }
            }
        }
        guard let first = s.unicodeScalars.first, first.quickIsUppercase else { return nil }
        var i = u.startIndex
        var n = 0
        while i < u.endIndex, n < 32, u[i] != 0x3A && u[i] != 0x7C && u[i] != 0x2D && u[i] != 0xE2 {
            i = u.index(after: i)
            n += 1
        }
        guard i < u.endIndex, n < 32 else { return nil }
        let label = LineText.trimmed(s[..<i])
        guard isCapitalsLabel(label), LivePageLineShapes.isKnownLabel(label) else { return nil }
        var rest = s[i...]
        // Drop the separator (":", "|", "-", "–", "—").
        rest = rest.dropFirst()
        let title = LineText.trimmed(rest)
        guard !title.isEmpty, u[i] != 0x2D || s[s.index(before: i)] == " " else { return nil }
        return (label, title)
    }

    /// "[Key event] Panel reserves its decision", "[Analysis] Why it matters": one to three
    /// words in square brackets before a title. The brackets mark the label, so it need
    /// not be a known one; its words are letters (a first capital), the title after it
    /// starts with a capital, a digit or a quotation mark.
    static func bracketedLabelPrefix(_ s: Substring) -> (label: Substring, title: Substring)? {
        guard s.utf8.count <= 400, let close = s.utf8.firstIndex(of: 0x5D) else { return nil }
        let inner = LineText.trimmed(s[s.index(after: s.startIndex)..<close])
        guard !inner.isEmpty, inner.utf8.count <= 30, (1...3).contains(LineText.wordCount(inner)),
            let first = inner.unicodeScalars.first, first.quickIsUppercase,
            inner.unicodeScalars.allSatisfy({ $0.quickIsAlphabetic || $0 == " " || $0 == "-" })
        else { return nil }
        let title = LineText.trimmed(s[s.utf8.index(after: close)...])
        guard let lead = title.unicodeScalars.first,
            lead.quickIsUppercase || ("0"..."9").contains(lead) || "\"'\u{201C}\u{2018}\u{201E}\u{AB}".unicodeScalars.contains(lead)
        else { return nil }
        return (inner, title)
    }

    // MARK: - Titles

    /// Whether `s` reads as a title rather than a paragraph: at most 160 characters and
    /// 25 words, one sentence, not ending in a full stop, comma, colon or semicolon (a
    /// question or exclamation mark only when short).
    static func isTitleShaped(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 640, LineText.hasAtMostCharacters(s, 160) else { return false }
        guard LineText.wordCount(s) <= 25 else { return false }
        if let last = s.unicodeScalars.last {
            switch last {
            case ".": if !s.hasSuffix("...") { return false }
            case ",", ";", ":": return false
            case "?", "!": if !LineText.hasAtMostCharacters(s, 100) { return false }
            default: break
            }
        }
        // Two sentences: a word of three letters or more ending in ". " before a capital.
        // Only a line where ".", "!" or "?" stands before a separator can hold one.
        guard hasStopBeforeSeparator(s) else { return true }
        let words = LineText.words(s)
        for (k, w) in words.enumerated() where k + 1 < words.count {
            guard let end = w.unicodeScalars.last, end == "." || end == "!" || end == "?" else { continue }
            guard let next = words[k + 1].unicodeScalars.first, next.quickIsUppercase else { continue }
            var letters = 0
            for scalar in w.unicodeScalars where scalar.quickIsAlphabetic { letters += 1 }
            if letters >= 3 && !w.dropLast().contains(".") { return false }
        }
        return true
    }

    /// Whether a byte ".", "!" or "?" stands right before a space, tab or no-break space
    /// (the end of a word ending in one of them), or the bytes are not at hand.
    static func hasStopBeforeSeparator(_ s: Substring) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 0
            while i + 1 < b.count {
                let c = b[i]
                if c == 0x2E || c == 0x21 || c == 0x3F {
                    let next = b[i + 1]
                    if next == 0x20 || next == 0x09 || (next == 0xC2 && i + 2 < b.count && b[i + 2] == 0xA0) {
                        return true
                    }
                }
                i += 1
            }
            return false
        } ?? true
    }

    // MARK: - One-line bylines

    /// A byline on one line: "By Jane Doe, Political editor", "By Jane Doe",
    /// "and John Roe, Economics correspondent" (a second writer, when `continuation`),
    /// "Reporting by Jane Doe in Lima", "Reporting: Jane Doe", "Words: Jane Doe in Cusco",
    /// "Posted by Jane Doe". Gives the
    /// name, the marker before it and the role.
    static func bylineLine(_ s: Substring, continuation: Bool = false) -> (
        marker: Substring, name: Substring, role: Substring?
    )? {
        guard s.utf8.count <= 200, let first = s.utf8.first else { return nil }
        // Every prefix below starts with one of "B R W F P" (or "a A &" for a second
        // writer): another ASCII first byte settles it without a look at the prefixes.
        if first < 0x80 {
            switch first {
            case 0x42, 0x52, 0x57, 0x46, 0x50: if continuation { return nil }
            case 0x61, 0x41, 0x26: if !continuation { return writerByline(s) }
            default: return continuation ? nil : writerByline(s)
            }
        }
        if !continuation, let credited = outletByline(s) { return credited }
        let prefixes =
            continuation ? ["and ", "And ", "& "] : ["By ", "BY ", "Reporting by ", "Reporting: ", "Words by ", "Words: ", "Written by ", "Posted by "]
        guard let prefix = prefixes.first(where: { LineText.hasPrefix(s, $0) }) else {
            return continuation ? nil : writerByline(s)
        }
        let (marker, tail) = LineText.split(s, at: prefix.utf8.count)
        var name = tail
        var role: Substring?
        if let comma = LineText.firstIndex(ofASCII: 0x2C, in: tail) {
            name = tail[..<comma]
            role = LineText.trimmed(tail[tail.index(after: comma)...])
        } else if let at = LineText.firstOffset(of: " in ", in: tail) ?? LineText.firstOffset(of: " from ", in: tail) {
            let (n, r) = LineText.split(tail, at: at)
            name = n
            role = LineText.trimmed(r)
        }
        name = LineText.trimmed(name)
        guard LivePageLineShapes.isNameShaped(name) || isSingleName(name) else { return nil }
        if let r = role, r.isEmpty || !LineText.hasAtMostCharacters(r, 80) { role = nil }
        return (marker, name, role)
    }

    /// A byline without a marker: "Jane Doe reports" (`reportsByline`) or "Jane Doe, Weather
    /// correspondent" (`roleByline`).
    static func writerByline(_ s: Substring) -> (marker: Substring, name: Substring, role: Substring?)? {
        reportsByline(s) ?? roleByline(s)
    }

    /// "Marco Lind, Weather correspondent", "Ana Ruiz, Reporter": a name of two words or more,
    /// a comma, and a role of at most five words that names a newsroom job (`newsroomJobs`),
    /// so that "New York, United States" is no byline.
    static func roleByline(_ s: Substring) -> (marker: Substring, name: Substring, role: Substring?)? {
        guard s.utf8.count <= 120, let comma = LineText.firstIndex(ofASCII: 0x2C, in: s) else { return nil }
        let name = LineText.trimmed(s[..<comma])
        let role = LineText.trimmed(s[s.index(after: comma)...])
        guard LineText.wordCount(name) >= 2, LivePageLineShapes.isNameShaped(name), LivePageLineShapes.isRoleShaped(role),
            LineText.wordCount(role) <= 5,
            LineText.words(role).contains(where: { newsroomJobs.contains($0.lowercased()) })
        else { return nil }
        return (s[s.startIndex..<s.startIndex], name, role)
    }

    /// Words that name a job in a newsroom.
    static let newsroomJobs: Set<String> = [
        "analyst", "anchor", "chief", "columnist", "commentator", "contributor", "correspondent", "editor",
        "journalist", "photographer", "photojournalist", "presenter", "producer", "reporter", "videojournalist",
        "writer",
    ]

    /// "Jane Doe reports", "Jane Doe writes", "Jane Doe reporting": a writer named before a
    /// reporting word, the whole line (no marker before the name).
    static func reportsByline(_ s: Substring) -> (marker: Substring, name: Substring, role: Substring?)? {
        guard s.utf8.count <= 80, let last = s.utf8.last, last == 0x73 || last == 0x67 else { return nil }
        for suffix: StaticString in [" reports", " writes", " reporting"] where LineText.hasASCIISuffix(s, suffix) {
            let name = LineText.trimmed(s.dropLast(suffix.utf8CodeUnitCount))
            guard LineText.wordCount(name) >= 2, LivePageLineShapes.isNameShaped(name) else { return nil }
            return (s[s.startIndex..<s.startIndex], name, nil)
        }
        return nil
    }

    /// "From Northline's Jane Doe": a writer credited through the outlet's possessive; the
    /// outlet (one to four capitalised words) is kept as the role.
    static func outletByline(_ s: Substring) -> (marker: Substring, name: Substring, role: Substring?)? {
        guard LineText.hasPrefix(s, "From "), s.utf8.count <= 120 else { return nil }
        let tail = LineText.split(s, at: 5).1
        guard let at = LineText.firstOffset(of: "'s ", in: tail) ?? LineText.firstOffset(of: "\u{2019}s ", in: tail)
        else { return nil }
        let (outlet, rest) = LineText.split(tail, at: at)
        let words = LineText.words(outlet)
        guard (1...4).contains(words.count),
            words.allSatisfy({ $0.unicodeScalars.first.map { $0.properties.isUppercase || ("0"..."9").contains($0) } ?? false })
        else { return nil }
        let apostrophe = rest.unicodeScalars.first == "'" ? 3 : 5  // "'s " or "’s " in UTF-8 bytes
        let name = LineText.trimmed(LineText.split(rest, at: apostrophe).1)
        guard LivePageLineShapes.isNameShaped(name) else { return nil }
        let marker = s[s.startIndex..<name.startIndex]
        return (marker, name, outlet)
    }

    /// "Reuters", "AFP": a one-word byline of a capitalised word.
    private static func isSingleName(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, first.quickIsUppercase, LineText.hasAtMostCharacters(s, 30)
        else { return false }
        return LineText.wordCount(s) == 1 && s.unicodeScalars.allSatisfy { $0.quickIsAlphabetic || $0 == "-" }
    }
}
