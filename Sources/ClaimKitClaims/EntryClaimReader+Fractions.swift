import ClaimKitModel
import ClaimKitQuantities

/// Shares written as fractions in words: "more than half of the reefs", "three-quarters
/// of the roof", "one in nine of the country's animals", "down by a third".
extension EntryClaimReader {
    /// Words that may stand between "of" and the noun a share is taken of: the definite
    /// article and possessive pronouns ("half of the reefs", "three-quarters of their
    /// money"); "a third of a building" is a part of one thing, no share of a count.
    static let fractionDeterminers: TokenWordSet = ["the", "their", "its", "his", "her", "our", "your", "these", "those"]

    /// The noun phrase a share is taken of, starting at token `k` (after "of" or after
    /// "one in N"): past an article or possessive ("the reefs"), a genitive ("Japan's
    /// eggs", "the country's animals") and a number ("the country's 64.7 million
    /// animals"). Nil when no content word follows ("half of them").
    func sharedNounPhrase(from start: Int, in sentence: Range<Int>) -> Subject? {
        var k = start
        if k < sentence.upperBound, lower.in(k, Self.fractionDeterminers) { k += 1 }
        // "the country's", "Japan's": the owner, then what it owns.
        if k + 1 < sentence.upperBound, isWord(k), !isFunction(k), entry.tokens[k + 1].kind == .possessive { k += 2 }
        // "64.7 million animals": the whole's size, then what it counts.
        while k < sentence.upperBound, entry.tokens[k].kind == .number || lower.in(k, Self.scaleWords) { k += 1 }
        return nounPhrase(from: k, in: sentence)
    }

    static let scaleWords: TokenWordSet = ["million", "billion", "thousand", "hundred", "m", "bn"]

    /// "one in nine of the country's animals", "about one in five card payments": a share
    /// of 100/N per cent of the noun after it. The figure's text reaches back to "one".
    func oneInShare(_ f: Found, into claim: inout Claim) -> Bool {
        let q = f.quantity
        let before = f.first - 1
        guard q.unit == "count", q.value >= 2, q.value == q.value.rounded(), before - 1 >= f.sentence.lowerBound,
            lower.eq(before, "in"), lower.eq(before - 1, "one") || lower.eq(before - 1, "1"), f.end < f.sentence.upperBound
        else { return false }
        let start = lower.eq(f.end, "of") ? f.end + 1 : f.end
        guard let np = sharedNounPhrase(from: start, in: f.sentence) else { return false }
        var share = q
        share.value = 100 / q.value
        share.unit = "%"
        share.si = SIValue(value: share.value, unit: "%")
        share.precisionExponent = 0
        share.range = TextRange(utf8Start: entry.tokens[before - 1].range.utf8Start, utf8End: q.range.utf8End)
        share.text = String(text.slice(share.range))
        fill(&claim, for: f, quantity: share, subject: np, attribute: "share", rule: .claimOneInShare)
        return true
    }

    /// A fraction after "by" ("bookings were down by about a third", "cut by half") as a
    /// change in per cent; nil for any other figure.
    func fractionChange(_ f: Found) -> Quantity? {
        let q = f.quantity
        let before = f.first - 1
        guard q.unit == "count", q.value > 0, q.value < 1, before >= f.sentence.lowerBound, lower.eq(before, "by"),
            // "by a quarter of a percentage point": a fraction of something else.
            !(f.end < lower.count && lower.eq(f.end, "of"))
        else { return nil }
        var change = q
        change.value = q.value * 100
        change.unit = "%"
        change.si = SIValue(value: change.value, unit: "%")
        change.precisionExponent = 0
        return change
    }
}
