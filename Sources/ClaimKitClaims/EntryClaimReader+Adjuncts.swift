import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Figures that say something of a verb's object or of an event rather than of the
/// clause's subject: a distance before a point, a delay after an event, a limit, a
/// maximum, the time left.
extension EntryClaimReader {
    /// Words after a distance or time that place it against a point: "400 metres before the
    /// curve", "35 minutes after the crash".
    static let pointWords: WordSet = ["before", "after", "short", "ahead", "beyond", "past", "later", "earlier"]

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
        guard units.dimension(of: f.quantity.unit) == "duration", f.end < s.upperBound else { return nil }
        let k = f.end
        let phrase: String
        if k + 1 < s.upperBound, lower[k] == "to", lower[k + 1].isOne(of: "spare", "go") {
            phrase = "time to " + lower[k + 1]
        } else if lower[k].isOne(of: "left", "remaining"), k + 1 >= s.upperBound || !isWord(k + 1) || isFunction(k + 1) {
            // "10 minutes left", not "two hours left the ..." (a verb with an object).
            guard k + 1 >= s.upperBound || !lower[k + 1].isOne(of: "the", "a", "an", "his", "her", "their", "its") else { return nil }
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
        let text = f.quantity.text.lowercased()
        var word: String?
        for w in ["maximum", "minimum"] where text.hasPrefix(w) || text.hasPrefix("a " + w) { word = w }
        if word == nil, f.first - 2 >= s.lowerBound, lower[f.first - 1] == "of", lower[f.first - 2].isOne(of: "maximum", "minimum") {
            word = lower[f.first - 2]
        }
        guard let word else { return nil }
        var subject = Subject(text: word, head: word, tokens: f.first..<f.end)
        subject.key = word
        return subject
    }

    static let limitVerbs: WordSet = ["limited", "capped", "restricted", "held", "kept", "limit", "cap", "restrict"]

    /// "trains be limited to 120km/h", "speeds were capped at 50km/h": the limit on the
    /// noun the verb limits.
    func limitOf(_ f: Found) -> Subject? {
        let s = f.sentence
        let k = f.first - 1
        guard k - 1 > s.lowerBound, lower[k].isOne(of: "to", "at"), Self.limitVerbs.contains(lower[k - 1]),
            lower[k - 1].isOne(of: "limited", "capped", "restricted") || lower[k - 2] == "be" || lower[k - 2] == "been"
        else { return nil }
        var j = k - 1
        while j > s.lowerBound, Self.auxiliaries.contains(lower[j - 1]) || Self.copulaLead.contains(lower[j - 1]) { j -= 1 }
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
        guard after < s.upperBound, Self.pointWords.contains(lower[after]) || (lower[after] == "from" && units.dimension(of: f.quantity.unit) == "length"),
            let np = nounPhrase(endingBefore: f.first, in: s), np.tokens.upperBound == f.first, !isCap(np.tokens.lowerBound),
            !Self.dayWords.contains(np.head), !Self.months.contains(np.head), !Self.timeUnitWords.contains(Self.singular(np.head))
        else { return nil }
        var v = np.tokens.lowerBound - 1
        while v >= s.lowerBound, lower[v].isOne(of: "the", "its", "their", "his", "her", "a", "an") { v -= 1 }
        guard v >= s.lowerBound, v < np.tokens.lowerBound - 1, isWord(v), !isCap(v), !isFunction(v),
            lower[v].hasSuffix("ed") || words.clauseVerbs.contains(lower[v]) || Self.objectVerbs.contains(lower[v])
        else { return nil }
        return np
    }

    /// "the first ambulances arrived about 35 minutes after the crash": the event, named by
    /// the clause's subject and its verb.
    func eventDelay(_ f: Found) -> Subject? {
        let s = f.sentence
        guard f.end < s.upperBound, lower[f.end].isOne(of: "after", "before", "later", "earlier") else { return nil }
        var v = f.first - 1
        while v > s.lowerBound, lower[v].isOne(of: "only", "just", "some", "barely", "roughly", "nearly", "almost") { v -= 1 }
        guard v > s.lowerBound, isWord(v), !isCap(v), lower[v].hasSuffix("ed") || Self.eventVerbs.contains(lower[v]),
            !Self.raisingWords.contains(lower[v]), words.measureVerbs[lower[v]] == nil,
            // The verb's own position as the limit: "engines arrived" reads "engines" as the
            // noun a verb follows, not a verb in -s.
            let np = firstNounPhrase(in: s, before: v + 1), np.tokens.upperBound <= v
        else { return nil }
        var subject = Subject(text: np.text + " " + entry.surface(v), head: np.head, tokens: np.tokens.lowerBound..<(v + 1))
        subject.key = Self.singular(np.head) + " " + lower[v]
        return subject
    }

    static let eventVerbs: WordSet = ["came", "left", "began", "struck", "hit", "fell", "went", "ran", "rang", "sent", "took", "made", "broke"]
}
