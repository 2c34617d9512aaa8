import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

extension RuleID {
    /// A person's rating, fixed at the moment: "Olga Marek, rated 2791", "Marek, who has an
    /// Elo rating of 2719".
    public static let claimPersonRating: RuleID = "claim.person-rating"
}

/// Ratings of people ("rated 2791", "an Elo rating of 2719"): a figure of the person named
/// before the cue, keyed by surname, not a count.
extension EntryClaimReader {
    /// Rating systems' names between a person and the cue ("an Elo rating").
    static let ratingSystems: TokenWordSet = ["elo", "fide", "live", "world", "atp", "wta", "uci", "official", "current", "peak"]

    /// The rating claim of a count after "rated" or "rating of".
    @inline(__always) func ratingClaim(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        let before = f.first - 1
        guard before > s.lowerBound else { return false }
        var cue: Int
        if lower.eq(before, "rated") {
            cue = before
        } else if lower.eq(before, "of"), lower.eq(before - 1, "rating") {
            cue = before - 1
        } else {
            return false
        }
        // "rated the tremor at", "rated 5 stars": a rating of a thing, not a person's.
        if f.end < s.upperBound, isWord(f.end), !isFunction(f.end) { return false }
        while cue - 1 >= s.lowerBound, lower.in(cue - 1, Self.ratingSystems) { cue -= 1 }
        var n = cue - 1
        while n >= s.lowerBound, n > cue - 8, !(isCap(n) && !isFunction(n)) {
            if (lower.eq(n, ";") || lower.eq(n, "but") || lower.eq(n, "while") || lower.eq(n, ".")) { return false }
            n -= 1
        }
        guard n >= s.lowerBound, n > cue - 8, var name = nameRun(endingAt: n, in: s) else { return false }
        name.key = lower[n]
        fill(&claim, for: f, quantity: f.quantity, subject: name, attribute: "rating", rule: .claimPersonRating)
        return true
    }
}
