import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

extension RuleID {
    /// A race or event time written h:mm:ss (or m:ss.ff), the duration of the one who ran it,
    /// or the record it sets. Matches: "Daniel Kiprono won in 2:06:41", "finished in a time of
    /// 1:58:03", "a Kenyan record of 3:53.41".
    public static let claimRaceTime: RuleID = "claim.race-time"
    /// The figure read by `EntryClaimReader.raceTimes`: "2:06:41" as 7,601 seconds.
    public static let quantityRaceTime: RuleID = "quantity.race-time"
}

/// Race and event times ("won in 2:06:41"): durations of the person who ran, not clock
/// times or three numbers; a split ("reached halfway in 1:03:12") is not the finishing
/// time, and a margin ("won by 49 seconds") is not the runner's time.
extension EntryClaimReader {
    /// Whether the UTF-8 `bytes` of a text hold d:dd:dd or d:dd.d: one pass that stops only
    /// at a colon (most blocks have none), the bytes read in place.
    static func mayHoldRaceTime(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 7 else { return false }
        func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        // From colon to colon (`firstOffset`), not byte by byte: "d:dd:dd" or "d:dd.d".
        var from = 1
        while let i = firstOffset(of: 0x3A, in: bytes, from: from, to: n - 4) {
            if isDigit(bytes[i - 1]), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]),
                bytes[i + 3] == 0x3A && i + 5 < n && isDigit(bytes[i + 4]) && isDigit(bytes[i + 5])
                    || bytes[i + 3] == 0x2E && isDigit(bytes[i + 4])
            {
                return true
            }
            from = i + 1
        }
        return false
    }

    /// The h:mm:ss figures of `content` (UTF-8 offsets of the entry's text): hours of one or
    /// two digits, minutes and seconds of two digits below 60, tenths allowed after; no
    /// digit or colon around.
    static func raceTimes(in content: TextRange, of entry: AnalyzedEntry) -> [Quantity] {
        var out: [Quantity] = []
        var text = entry.text
        text.withUTF8 { bytes in
            let end = min(content.utf8End, bytes.count)
            func digit(_ i: Int) -> Int? { i < end && bytes[i] &- 0x30 < 10 ? Int(bytes[i] &- 0x30) : nil }
            var i = max(content.utf8Start, 0)
            while i < end {
                guard digit(i) != nil, i == 0 || (digit(i - 1) == nil && bytes[i - 1] != 0x3A && bytes[i - 1] != 0x2E) else {
                    i += 1
                    continue
                }
                var p = i
                var hours = 0
                while let d = digit(p), p - i < 2 {
                    hours = hours * 10 + d
                    p += 1
                }
                // "3:53.41", "1:58.2": minutes, seconds and their fraction (a clock time has none).
                if p < end, bytes[p] == 0x3A, let a = digit(p + 1), let b = digit(p + 2), a < 6, p + 4 < end,
                    bytes[p + 3] == 0x2E, let t = digit(p + 4), hours < 60
                {
                    var q = p + 5
                    var fraction = Double(t) / 10
                    var scale = 0.01
                    while let d = digit(q), scale > 0.0001 {
                        fraction += Double(d) * scale
                        scale /= 10
                        q += 1
                    }
                    if digit(q) == nil, !(q < end && (bytes[q] == 0x3A || bytes[q] == 0x2E && digit(q + 1) != nil)) {
                        let seconds = Double(hours * 60 + a * 10 + b) + fraction
                        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<q]), as: UTF8.self)
                        out.append(Quantity(
                            value: seconds, unit: "s", bound: .exact, range: TextRange(utf8Start: i, utf8End: q), text: written,
                            rule: .quantityRaceTime, si: SIValue(value: seconds, unit: "s")))
                    }
                    i = q
                    continue
                }
                guard p < end, bytes[p] == 0x3A, let m1 = digit(p + 1), let m2 = digit(p + 2), p + 3 < end, bytes[p + 3] == 0x3A,
                    let s1 = digit(p + 4), let s2 = digit(p + 5), m1 < 6, s1 < 6
                else {
                    i = p + 1
                    continue
                }
                var q = p + 6
                var seconds = Double(hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2)
                if q + 1 < end, bytes[q] == 0x2E, let t = digit(q + 1) {
                    seconds += Double(t) / 10
                    q += 2
                    while digit(q) != nil { q += 1 }
                }
                if digit(q) != nil || (q < end && bytes[q] == 0x3A) {
                    i = q
                    continue
                }
                let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<q]), as: UTF8.self)
                out.append(Quantity(
                    value: seconds, unit: "s", bound: .exact, range: TextRange(utf8Start: i, utf8End: q), text: written,
                    rule: .quantityRaceTime, si: SIValue(value: seconds, unit: "s")))
                i = q
            }
        }
        return out
    }

    /// Verbs whose clause subject ran the time: "won in", "finished in", "clocked".
    static let raceTimeVerbs: TokenWordSet = [
        "won", "wins", "win", "winning", "finished", "finishes", "finish", "finishing", "clocked", "clocks", "ran", "runs",
        "timed", "crossed", "completed", "completes", "recorded", "posted", "set", "came", "home", "triumphed", "took",
    ]

    /// Words before a time that make it a split, not the finish: "reached halfway in".
    static let splitWords: TokenWordSet = [
        "halfway", "half-way", "split", "splits", "through", "passed", "reached", "reaching", "after",
    ]

    /// The claim of an h:mm:ss figure: the finishing time of the person named before its
    /// verb, keyed by surname ("finishing time", key "kiprono"); a split's own attribute;
    /// no subject when nothing names the runner.
    func raceTimeClaim(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        var k = f.first - 1
        var verb: Int?
        var split = false
        var steps = 0
        // "won in", "finished in a time of", "was timed at", "clocked", "reached halfway in".
        while k >= s.lowerBound, steps < 7 {
            let w = lower[k]
            if Self.splitWords.contains(w) { split = true }
            if Self.raceTimeVerbs.contains(w) || (split && lower.ends(k, "ed")) {
                verb = k
                break
            }
            // "won the men's race in": a possessive inside the race's name walks on.
            if !isWord(k) && entry.tokens[k].kind != .possessive { break }
            k -= 1
            steps += 1
        }
        // "a time of 2:06:41", "a winning time of": the time itself names the figure.
        let timeOf = f.first - 2 >= s.lowerBound && lower.eq(f.first - 1, "of") && (lower.eq(f.first - 2, "time") || lower.eq(f.first - 2, "times"))
        // "a Kenyan record of 3:53.41", "a personal best of 2:04:37": the record is the subject.
        if f.first - 2 >= s.lowerBound, lower.eq(f.first - 1, "of"), lower.eq(f.first - 2, "record") || lower.eq(f.first - 2, "best") {
            var start = f.first - 2
            while start - 1 >= s.lowerBound, isWord(start - 1), !isFunction(start - 1), start > f.first - 5,
                isCap(start - 1) || lower.eq(start - 1, "personal") || lower.eq(start - 1, "world") || lower.eq(start - 1, "national")
                    || lower.eq(start - 1, "course") || lower.eq(start - 1, "season's") || lower.eq(start - 1, "new")
            {
                start -= 1
            }
            var subject = Subject(text: slice(start..<(f.first - 1)), head: lower[f.first - 2], tokens: start..<(f.first - 1))
            subject.key = lower[f.first - 2]
            fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "record", rule: .claimRaceTime)
            return true
        }
        // "by 2:03:11" after a win is a margin, rare but not the runner's time.
        if f.first - 1 >= s.lowerBound, lower.eq(f.first - 1, "by") {
            fill(&claim, for: f, quantity: f.quantity, subject: nil, attribute: "margin", rule: .claimRaceTime)
            return true
        }
        guard verb != nil || timeOf else {
            fill(&claim, for: f, quantity: f.quantity, subject: nil, attribute: "duration", rule: .claimRaceTime)
            return true
        }
        // The runner: the nearest run of capitalised words before the verb (or the cue),
        // within the sentence, not across a verb of another clause.
        var n = (verb ?? (f.first - 2)) - 1
        while n >= s.lowerBound, !isCap(n) || n == s.lowerBound && isFunction(n) {
            if (lower.eq(n, ";") || lower.eq(n, "but") || lower.eq(n, "while") || lower.eq(n, "whereas")) { n = s.lowerBound - 1; break }
            n -= 1
        }
        guard n >= s.lowerBound else {
            fill(&claim, for: f, quantity: f.quantity, subject: nil, attribute: split ? "split time" : "finishing time", rule: .claimRaceTime)
            return true
        }
        var start = n
        while start - 1 >= s.lowerBound, isCap(start - 1), !(start - 1 == s.lowerBound && isFunction(start - 1)) { start -= 1 }
        var subject = Subject(text: slice(start..<(n + 1)), head: lower[n], tokens: start..<(n + 1))
        subject.key = lower[n]
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: split ? "split time" : "finishing time", rule: .claimRaceTime)
        return true
    }

    /// Whether a duration is a winning margin: "beat the record by 49 seconds", "won by 72
    /// seconds", "ahead by 12 seconds".
    func isMargin(_ f: Found) -> Bool {
        let s = f.sentence
        guard f.first - 1 > s.lowerBound, lower.eq(f.first - 1, "by") else { return false }
        var k = f.first - 2
        while k >= s.lowerBound, k >= f.first - 6 {
            if (lower.eq(k, "won") || lower.eq(k, "win") || lower.eq(k, "wins") || lower.eq(k, "winning") || lower.eq(k, "beat") || lower.eq(k, "beating") || lower.eq(k, "beats") || lower.eq(k, "ahead") || lower.eq(k, "lead") || lower.eq(k, "led") || lower.eq(k, "clear") || lower.eq(k, "margin") || lower.eq(k, "bettered") || lower.eq(k, "broke") || lower.eq(k, "breaking") || lower.eq(k, "record")) { return true }
            k -= 1
        }
        return false
    }
}
