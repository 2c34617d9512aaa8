import ClaimKitModel
import Foundation

extension RuleID {
    /// Two counts of one event on one named day that differ: "On Tuesday, 12 people were
    /// rescued" against "Tuesday's 15 rescues". A day's tally of one event is one number;
    /// other days ("119 rescued on Monday") and the running total stay apart.
    public static let crossCheckDayCount: RuleID = "crosscheck.day-count"
}

extension ClaimComparer {
    /// Words of an event counted per day, by the event they name.
    static let dayEventWords: [String: String] = [
        "rescued": "rescues", "rescues": "rescues", "rescue": "rescues",
        "evacuated": "evacuations", "evacuations": "evacuations",
        "arrested": "arrests", "arrests": "arrests",
        "killed": "deaths", "died": "deaths", "deaths": "deaths",
        "injured": "injuries", "injuries": "injuries", "hurt": "injuries",
    ]

    /// The weekdays, one of which every word `dayTally` reads a day from holds
    /// (`ClaimContexts.sentenceMayHold`).
    static let dayNeedles = ClaimContext.Needles(weekdays.sorted())

    /// Words right before a figure that make it a part, a bound or a total, not the day's
    /// tally: "another 12", "more than 12", "a total of 12".
    static let notTallyBefore: Set<String> = [
        "another", "further", "more", "additional", "than", "least", "of", "to", "total", "nearly", "almost", "over", "under", "about", "around",
    ]

    /// The named day and event of a count bound to one day: "On Tuesday, 12 people were
    /// rescued" (the sentence opens with the day), "Tuesday's 15 rescues" (the day's
    /// possessive before the figure), "12 people were rescued on Tuesday" (the day right
    /// after the event). Nil for any other count.
    static func dayTally(_ context: ClaimContext) -> (day: String, event: String)? {
        let before = context.before
        let after = context.after
        guard !(before.last.map { notTallyBefore.contains($0) } ?? false), !(after.first.map { ["more", "other", "additional", "of"].contains($0) } ?? false)
        else { return nil }
        // The event: among the first four words after the figure, before any "on".
        func event(in words: ArraySlice<String>) -> String? {
            for w in words.prefix(4) {
                if w == "on" { return nil }
                if let e = dayEventWords[w] { return e }
            }
            return nil
        }
        if let last = before.last {
            for suffix in ["'s", "\u{2019}s"] where last.hasSuffix(suffix) {
                let day = String(last.dropLast(suffix.count))
                if weekdays.contains(day), let e = after.first.flatMap({ dayEventWords[$0] }) { return (day, e) }
            }
        }
        if before.count == 2, before[0] == "on", weekdays.contains(before[1]), let e = event(in: after[...]) {
            return (before[1], e)
        }
        if let on = after.prefix(6).firstIndex(of: "on"), on + 1 < after.count, weekdays.contains(after[on + 1]),
            let e = event(in: after[..<on])
        {
            return (after[on + 1], e)
        }
        return nil
    }

    /// `weekdays` as bytes, and the words `mayTallyDay` compares.
    static let weekdayBytes: [[UInt8]] = weekdays.sorted().map { Array($0.utf8) }
    static let onBytes: [UInt8] = Array("on".utf8)

    /// Whether `dayTally` may read a day around the figure at `range`, whose sentence is
    /// `bytes[sentence]`: a weekday's possessive last before the figure, "on" and a weekday
    /// as the only words before it, or "on" and a weekday after it (the first "on" of the
    /// six words after the figure). Read from the bytes when the sentence around the figure
    /// is plain ASCII (`ClaimContexts.withPlainSentence`), whose words are the context's: false
    /// means `dayTally` gives nil. True for any other text (the context decides).
    static func mayTallyDay(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ range: TextRange) -> Bool {
        // The last three words before the figure: the last, the one before, and whether
        // there is a third.
        var last: Range<Int>?
        var previous: Range<Int>?
        var third = false
        ClaimContext.asciiWordsBackward(bytes, start: sentence.lowerBound, end: range.utf8Start) { word in
            if last == nil {
                last = word
            } else if previous == nil {
                previous = word
            } else {
                third = true
                return false
            }
            return true
        }
        if let w = last, w.count > 2, bytes[w.upperBound - 2] == 0x27, bytes[w.upperBound - 1] | 0x20 == 0x73,
            ClaimContext.asciiWordIs(bytes, w.lowerBound..<(w.upperBound - 2), oneOf: weekdayBytes)
        {
            return true
        }
        if let w = last, let on = previous, !third, ClaimContext.asciiWordIs(bytes, on, onBytes),
            ClaimContext.asciiWordIs(bytes, w, oneOf: weekdayBytes)
        {
            return true
        }
        // After the figure: the first "on" among six words, then a weekday.
        var position = 0
        var afterOn = false
        var found = false
        ClaimContext.asciiWordsForward(bytes, start: range.utf8End, end: sentence.upperBound) { word in
            if afterOn {
                found = ClaimContext.asciiWordIs(bytes, word, oneOf: weekdayBytes)
                return false
            }
            if ClaimContext.asciiWordIs(bytes, word, onBytes) {
                afterOn = true
                return true
            }
            position += 1
            return position < 6
        }
        return found
    }

    /// Counts of one event on one named day stated two ways (`dayTally`), in different
    /// sentences. Quiet when the day has more than two values (several places or groups
    /// counted), a figure is not exact, or the figures name different scopes or places
    /// (a capitalised word after the figure other than the day: "12 killed in Gaza").
    /// `contexts` gives each claim's sentence context by index.
    func dayCountContradictions(_ claims: [Claim], contexts: ClaimContexts, describer: FigureDescriber) -> [Contradiction] {
        var byDay: [String: [Claim]] = [:]
        // Only the claims that pass are copied out.
        let facts = contexts.facts
        for index in claims.indices where facts[index].isSuperset(of: [.unitCount, .exact]) {
            // A sentence without a weekday's letters names no day.
            // Nor does one whose words around the figure name no day where `dayTally` reads it.
            guard contexts.withPlainSentence(index, Self.mayTallyDay) ?? true, contexts.sentenceMayHold(index, Self.dayNeedles),
                let context = contexts[index], !context.inTitle,
                let (day, event) = Self.dayTally(context),
                !context.originalAfter.dropFirst().contains(where: { w in w.first?.isUppercase == true && !Self.weekdays.contains(w.lowercased()) })
            else { continue }
            byDay[event + " on " + day, default: []].append(claims[index])
        }
        var out: [Contradiction] = []
        for key in byDay.keys.sorted() {
            let all = byDay[key]!
            let values = Set(all.map(\.quantity.value))
            guard values.count == 2, Set(all.compactMap { $0.scope?.lowercased() }).count <= 1,
                !all.contains(where: { a in all.contains { b in a.quantity.value != b.quantity.value && !describer.inDifferentSentences(a, b) } })
            else { continue }
            let clusters = values.sorted().map { v in all.filter { $0.quantity.value == v } }
            let parts = clusters.map { c in FigureDescriber.format(c[0].quantity.value) + " in " + describer.entryList(c.map(\.entry)) }
            let event = String(key.split(separator: " ").first ?? "")
            let day = key.split(separator: " ").last.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
            out.append(Contradiction(
                subject: key, attribute: "count", claims: clusters.flatMap { $0.map(\.id) },
                entries: Array(Set(all.map(\.entry))).sorted(),
                reason: "\(event) on \(day), count: " + parts.joined(separator: " vs ") + "; one day's \(event) have one count",
                rule: .crossCheckDayCount))
        }
        return out
    }
}
