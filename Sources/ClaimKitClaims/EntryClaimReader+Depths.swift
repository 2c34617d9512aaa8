import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

extension RuleID {
    /// A depth stated against the surface, tied to the subject of its verb. Matches: "the
    /// refuge chamber sits at 480 metres below the surface", "the refuge, she told
    /// reporters, was 520 metres underground".
    public static let claimDepthBelow: RuleID = "claim.depth-below"
}

/// Depths below the surface: a length followed by "below the surface", "below ground" or
/// "underground", whose subject is the one of the verb before it ("sits at", "was", "lies").
extension EntryClaimReader {
    static let depthVerbs: TokenWordSet = [
        "is", "was", "are", "were", "sits", "sat", "sit", "lies", "lay", "lie", "located", "situated", "trapped", "buried",
        "stuck",
    ]
    static let depthApproachWords: TokenWordSet = ["at", "about", "some", "around", "roughly", "nearly", "almost", "just", "approximately"]

    /// The depth claim of a length said to be below the surface, when its verb's subject
    /// can be read.
    func depthBelowSurface(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        var k = f.end
        // "480 metres (1,575ft) below the surface": past the bracketed conversion.
        if k < s.upperBound, entry.surface(k) == "(" {
            while k < s.upperBound, entry.surface(k) != ")" { k += 1 }
            k += 1
        }
        guard k < s.upperBound else { return false }
        let below: Bool
        if lower.eq(k, "underground") {
            below = true
        } else if (lower.eq(k, "below") || lower.eq(k, "beneath") || lower.eq(k, "under")), k + 1 < s.upperBound {
            below = lower.eq(k + 1, "ground") || (lower.eq(k + 1, "the") && k + 2 < s.upperBound && (lower.eq(k + 2, "surface") || lower.eq(k + 2, "ground")))
        } else {
            below = false
        }
        guard below else { return false }
        var v = f.first - 1
        while v > s.lowerBound, lower.in(v, Self.depthApproachWords) { v -= 1 }
        guard v > s.lowerBound, lower.in(v, Self.depthVerbs) else { return false }
        var j = v
        while j > s.lowerBound, lower.in(j - 1, Self.auxiliaries) { j -= 1 }
        var subject: Subject?
        if j - 1 > s.lowerBound, lower.eq(j - 1, ","),
            let open = (s.lowerBound..<(j - 1)).reversed().first(where: { lower.eq($0, ",") }),
            let np = nounPhrase(endingBefore: open, in: s), np.tokens.upperBound == open
        {
            // "The refuge, she told reporters, was 520 metres below the surface".
            subject = np
        } else if let np = nounPhrase(endingBefore: j, in: s), np.tokens.upperBound == j {
            subject = np
        }
        guard let subject else { return false }
        fill(&claim, for: f, quantity: f.quantity, subject: resolved(subject), attribute: "depth", rule: .claimDepthBelow)
        return true
    }
}
