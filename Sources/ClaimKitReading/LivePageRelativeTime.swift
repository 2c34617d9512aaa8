/// Live pages that stamp their entries with an age instead of a clock time:
///
///     Page last updated: Saturday 28 November 2026, 21:40 MYT   <- the anchor
///     12 min ago | Latest                                        <- an entry: 21:28 MYT
///     1h 20m ago | Summary                                       <- 20:20 MYT
///     2 hours ago                                                <- 19:40 MYT
///
/// An age line reads as a clock start (`LivePageClockShapes.ClockStart`) so that the clock
/// finder's evidence (marked starts, order, bodies) decides whether the page is a live
/// page. With an anchor ("last updated" and a time above the first entry) the entry's time
/// is the anchor minus the age, in the anchor's zone; without one the age is kept as the
/// page states it ("12 min ago"), since a time of day cannot be known.
enum LivePageRelativeTime {
    /// An age at the start of a line ("12 min ago", "1h 20m ago | Latest", "2 hours ago -
    /// Title"): its length in minutes, the age as stated and what follows its separator.
    struct Age {
        var minutes: Int
        var stated: Substring
        var rest: Substring
    }

    /// The age at the start of `s`, or nil when `s` does not start with one. One to three
    /// amounts with units ("1h 20m", "1 hour 20 minutes", "an hour"), then "ago", then the
    /// end of the line or a separator (`| · - – — •`) and the rest.
    static func age(_ s: Substring) -> Age? {
        guard let first = s.utf8.first, (first >= 0x30 && first <= 0x39) || first == 0x61 || first == 0x41,
            s.utf8.count <= 120,
            // "ago" is a word after the amounts, so a space stands before it: a line without
            // " ago" (any case) holds no age, decided without splitting it into words.
            LineText.firstOffset(of: " ago", in: s) != nil
        else { return nil }
        var words = s.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)[...]
        var minutes = 0
        var amounts = 0
        while let word = words.first, amounts < 3 {
            // "1h", "20m", "35min": the amount glued to its unit.
            let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 4 {
                let value = Int(digits)!
                var unit = word.dropFirst(digits.count)
                if unit.isEmpty {
                    words = words.dropFirst()
                    guard let next = words.first else { return nil }
                    unit = next
                }
                guard let perUnit = unitMinutes(unit) else { return nil }
                minutes += value * perUnit
                words = words.dropFirst()
                amounts += 1
                continue
            }
            // "an hour ago", "a minute ago".
            if amounts == 0, word == "an" || word == "a" || word == "An" || word == "A", words.count >= 3 {
                guard let perUnit = unitMinutes(words[words.startIndex + 1]) else { return nil }
                minutes += perUnit
                words = words.dropFirst(2)
                amounts += 1
                continue
            }
            break
        }
        guard amounts > 0, let ago = words.first, ago == "ago" || ago == "ago," || ago == "Ago" else { return nil }
        let stated = s[s.startIndex..<ago.endIndex]
        var rest = LineText.trimmed(s[ago.endIndex...])
        if !rest.isEmpty, ago.last != "," {
            guard let sep = rest.unicodeScalars.first, separators.contains(sep) else { return nil }
            rest = LineText.trimmed(rest.dropFirst())
        }
        // "12 days ago, the minister said ...": a sentence, not a stamp.
        if let r = rest.unicodeScalars.first, r.properties.isLowercase { return nil }
        return Age(minutes: minutes, stated: LineText.trimmed(stated), rest: rest)
    }

    /// Whether `s` opens with "an " or "a " in either case, as an age in words does ("an hour
    /// ago"): a byte test before the age is read.
    static func mayStartWithArticleAge(_ s: Substring) -> Bool {
        var it = s.utf8.makeIterator()
        guard let a = it.next(), a == 0x61 || a == 0x41, let n = it.next() else { return false }
        if n == 0x20 { return true }
        return n == 0x6E && it.next() == 0x20
    }

    /// The page's own time, above its first entry: a line that says when the page was last
    /// updated and gives a clock time ("Page last updated: Saturday 28 November 2026, 21:40
    /// MYT (GMT+8)", "Updated 9.40pm BST").
    static func anchor(in lines: ArraySlice<PageLine>) -> LivePageClockShapes.ClockStart? {
        for line in lines where !line.isBlank && line.byteCount <= 160 {
            let s = line.content
            guard let at = LineText.firstOffset(of: "pdated", in: s), at >= 1 else { continue }
            let after = LineText.split(s, at: at + 6).1
            // The first "d:dd" or "dd.dd" after the word, read as a clock time.
            let bytes = Array(after.utf8)
            var k = 0
            while k + 3 < bytes.count {
                let isDigit = { (i: Int) in i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
                if isDigit(k) && (k == 0 || !isDigit(k - 1)) {
                    let m = isDigit(k + 1) ? k + 2 : k + 1
                    if m < bytes.count, bytes[m] == 0x3A || bytes[m] == 0x2E, isDigit(m + 1), isDigit(m + 2),
                        let clock = LivePageClockShapes.clockStart(LineText.split(after, at: k).1)
                    {
                        return clock
                    }
                }
                k += 1
            }
        }
        return nil
    }

    /// The clock time `age` before `anchor`, in the anchor's zone ("21:28 MYT").
    static func resolve(_ age: Age, against anchor: LivePageClockShapes.ClockStart) -> (minutes: Int, published: Substring) {
        let minutes = ((anchor.minutes - age.minutes) % 1440 + 1440) % 1440
        let hh = minutes / 60
        let mm = minutes % 60
        var published = (hh < 10 ? "0" : "") + "\(hh):" + (mm < 10 ? "0" : "") + "\(mm)"
        // The anchor's zone: what follows its "HH:MM".
        if let space = anchor.published.firstIndex(of: " ") {
            published += anchor.published[space...]
        }
        return (minutes, Substring(published))
    }

    /// Minutes per unit of an age; nil for a word that is no unit. Seconds count as none.
    static func unitMinutes(_ unit: Substring) -> Int? {
        switch unit.lowercased() {
        case "s", "sec", "secs", "second", "seconds": 0
        case "m", "min", "mins", "minute", "minutes": 1
        case "h", "hr", "hrs", "hour", "hours": 60
        case "d", "day", "days": 1440
        default: nil
        }
    }

    static let separators: Set<Unicode.Scalar> = ["·", "|", "-", "–", "—", "•"]
}
