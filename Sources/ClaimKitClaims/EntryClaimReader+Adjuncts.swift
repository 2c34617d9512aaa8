import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Figures that say something of a verb's object or of an event rather than of the
/// clause's subject: a distance before a point, a delay after an event, a limit, a
/// maximum, the time left.
extension EntryClaimReader {
    /// Words after a distance or time that place it against a point: "400 metres before the
    /// curve", "35 minutes after the crash".
    static let pointWords: TokenWordSet = ["before", "after", "short", "ahead", "beyond", "past", "later", "earlier"]

    /// The subject a rule of this family ties a length, speed or duration to, with its
    /// attribute and rule.
    func adjunctSubject(_ f: Found, dimension: String) -> (Subject, String?, RuleID)? {
        guard dimension.isOne(of: "length", "duration", "speed") else { return nil }
        if let s = timeLeft(f) { return (s, nil, .claimTimeLeft) }
        if let s = maximumOf(f) { return (s, "limit", .claimMaximumOf) }
        if let s = limitOf(f) { return (s, "limit", .claimLimitOf) }
        if let s = objectAdjunct(f) { return (s, nil, .claimObjectAdjunct) }
        if dimension == "duration", let s = eventDelay(f) { return (s, nil, .claimTimeAfterEvent) }
        return nil
    }

    /// "with 14 minutes to spare", "five hours to go", "with 10 minutes left".
    func timeLeft(_ f: Found) -> Subject? {
        let s = f.sentence
        guard self.dimension(of: f.quantity.unit) == "duration", f.end < s.upperBound else { return nil }
        let k = f.end
        let phrase: String
        if k + 1 < s.upperBound, lower.eq(k, "to"), (lower.eq(k + 1, "spare") || lower.eq(k + 1, "go")) {
            phrase = "time to " + lower[k + 1]
        } else if (lower.eq(k, "left") || lower.eq(k, "remaining")), k + 1 >= s.upperBound || !isWord(k + 1) || isFunction(k + 1) {
            // "10 minutes left", not "two hours left the ..." (a verb with an object).
            guard k + 1 >= s.upperBound || !(lower.eq(k + 1, "the") || lower.eq(k + 1, "a") || lower.eq(k + 1, "an") || lower.eq(k + 1, "his") || lower.eq(k + 1, "her") || lower.eq(k + 1, "their") || lower.eq(k + 1, "its")) else { return nil }
            phrase = "time " + lower[k]
        } else {
            return nil
        }
        var subject = Subject(text: phrase, head: "time", tokens: f.first..<f.end)
        subject.key = "time left"
        return subject
    }

    /// "rules allow a maximum of 12 hours", "a minimum of 20 minutes".
    func maximumOf(_ f: Found) -> Subject? {
        let s = f.sentence
        var word = Self.limitWord(opening: f.quantity.text)
        if word == nil, f.first - 2 >= s.lowerBound, lower.eq(f.first - 1, "of"), (lower.eq(f.first - 2, "maximum") || lower.eq(f.first - 2, "minimum")) {
            word = lower[f.first - 2]
        }
        guard let word else { return nil }
        var subject = Subject(text: word, head: word, tokens: f.first..<f.end)
        subject.key = word
        return subject
    }

    /// "maximum" or "minimum" when the figure's text, lower-cased, starts with it or with
    /// "a " and it ("a maximum of 12 hours"); nil otherwise.
    static func limitWord(opening text: String) -> String? {
        if let decided = text.utf8.withContiguousStorageIfAvailable({ limitWord(openingBytes: $0) }), let answer = decided {
            return answer
        }
        let lowered = text.lowercased()
        var word: String?
        for w in ["maximum", "minimum"] where lowered.hasPrefix(w) || lowered.hasPrefix("a " + w) { word = w }
        return word
    }

    /// `limitWord(opening:)` by the text's bytes: a phrase matches when the text's first
    /// bytes are ASCII and, lowered, the phrase's, and the next byte is ASCII or there is
    /// none (no scalar beyond ASCII lowers to a string that starts with "a", "m" or their
    /// letters but for "İ" and the kelvin sign, whose mappings hold "i" with a combining
    /// dot and "k": a byte beyond ASCII inside the phrase is no match). Nil (undecided) when
    /// a phrase's bytes are followed by one beyond ASCII: a combining mark would join the
    /// phrase's last character.
    static func limitWord(openingBytes bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        for phrase: StaticString in ["maximum", "minimum", "a maximum", "a minimum"] {
            let n = phrase.utf8CodeUnitCount
            guard bytes.count >= n else { continue }
            let p = phrase.utf8Start
            var k = 0
            while k < n {
                let b = bytes[k]
                if (b &- 0x41 < 26 ? b | 0x20 : b) != p[k] { break }
                k += 1
            }
            guard k == n else { continue }
            if bytes.count > n, bytes[n] >= 0x80 { return nil }
            // ("maximum" and "a maximum" have "x" five bytes from their end.)
            return .some(p[n - 5] == UInt8(ascii: "x") ? "maximum" : "minimum")
        }
        return .some(nil)
    }

    static let limitVerbs: TokenWordSet = ["limited", "capped", "restricted", "held", "kept", "limit", "cap", "restrict"]

    /// "trains be limited to 120km/h", "speeds were capped at 50km/h": the limit on the
    /// noun the verb limits.
    func limitOf(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = f.first - 1
        guard k - 1 > s.lowerBound, (lower.eq(k, "to") || lower.eq(k, "at")), lower.in(k - 1, Self.limitVerbs),
            (lower.eq(k - 1, "limited") || lower.eq(k - 1, "capped") || lower.eq(k - 1, "restricted")) || lower.eq(k - 2, "be") || lower.eq(k - 2, "been")
        else { return nil }
        var j = k - 1
        while j > s.lowerBound, lower.in(j - 1, Self.auxiliaries) || lower.in(j - 1, Self.copulaLead) { j -= 1 }
        var subject: Subject
        if let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j {
            subject = Subject(text: "limit on " + np.text, head: "limit", tokens: np.tokens)
            subject.key = "limit on " + Self.singular(np.head)
        } else {
            subject = Subject(text: "limit", head: "limit", tokens: (k - 1)..<k)
            subject.key = "limit"
        }
        return subject
    }

    /// "applied the emergency brake about 400 metres before the curve": the object of the
    /// verb right before the figure, when a word after the figure places it against a point.
    func objectAdjunct(_ f: Found) -> Subject? {
        let s = f.sentence
        let after = afterConversion(f)
        guard after < s.upperBound, lower.in(after, Self.pointWords) || (lower.eq(after, "from") && self.dimension(of: f.quantity.unit) == "length"),
            let np = nounPhrase(endingBefore: f.first, in: s), np.tokens.upperBound == f.first, !isCap(np.tokens.lowerBound),
            !Self.dayWords.contains(np.head), !Self.months.contains(np.head), !Self.timeUnitWords.contains(Self.singular(np.head))
        else { return nil }
        var v = np.tokens.lowerBound - 1
        while v >= s.lowerBound, (lower.eq(v, "the") || lower.eq(v, "its") || lower.eq(v, "their") || lower.eq(v, "his") || lower.eq(v, "her") || lower.eq(v, "a") || lower.eq(v, "an")) { v -= 1 }
        guard v >= s.lowerBound, v < np.tokens.lowerBound - 1, isWord(v), !isCap(v), !isFunction(v),
            lower.ends(v, "ed") || lower.in(v, words.clauseVerbs) || lower.in(v, Self.objectVerbs)
        else { return nil }
        return np
    }

    /// "the first ambulances arrived about 35 minutes after the crash": the event, named by
    /// the clause's subject and its verb.
    func eventDelay(_ f: Found) -> Subject? {
        let s = f.sentence
        guard f.end < s.upperBound, (lower.eq(f.end, "after") || lower.eq(f.end, "before") || lower.eq(f.end, "later") || lower.eq(f.end, "earlier")) else { return nil }
        var v = f.first - 1
        while v > s.lowerBound, (lower.eq(v, "only") || lower.eq(v, "just") || lower.eq(v, "some") || lower.eq(v, "barely") || lower.eq(v, "roughly") || lower.eq(v, "nearly") || lower.eq(v, "almost")) { v -= 1 }
        guard v > s.lowerBound, isWord(v), !isCap(v), lower.ends(v, "ed") || lower.in(v, Self.eventVerbs),
            !lower.in(v, Self.raisingWords), lower.value(v, in: words.measureVerbs) == nil,
            // The verb's own position as the limit: "engines arrived" reads "engines" as the
            // noun a verb follows, not a verb in -s.
            let np = firstNounPhrase(in: s, before: v + 1), np.tokens.upperBound <= v
        else { return nil }
        var subject = Subject(text: np.text + " " + entry.surface(v), head: np.head, tokens: np.tokens.lowerBound..<(v + 1))
        subject.key = Self.singular(np.head) + " " + lower[v]
        return subject
    }

    static let eventVerbs: TokenWordSet = ["came", "left", "began", "struck", "hit", "fell", "went", "ran", "rang", "sent", "took", "made", "broke"]
}
