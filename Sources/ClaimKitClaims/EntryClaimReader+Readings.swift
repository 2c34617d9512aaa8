import ClaimKitModel
import ClaimKitQuantities
import ClaimKitText

/// Figure readings that are no claim of the noun after them.
extension EntryClaimReader {
    /// Whether token `k` is "o'clock" (straight or curly apostrophe, one token or "o" and
    /// its apostrophe split off): "six o'clock", "at 6 o'clock" is a time, not a count.
    func isOClock(_ k: Int) -> Bool {
        guard k < lower.count, lower.shape(k).first == UInt8(ascii: "o") else { return false }
        let range = entry.tokens[k].range
        let bytes = lower.bytes
        var p = range.utf8Start + 1
        guard p < bytes.count else { return false }
        if bytes[p] == 0x27 {
            p += 1
        } else if p + 2 < bytes.count, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x99 {
            p += 3
        } else {
            return false
        }
        return p + 5 <= bytes.count && bytes[p..<(p + 5)].elementsEqual("clock".utf8)
    }
}

extension RuleID {
    /// A wind speed is the wind's, not the agency's that warned of it: "a warning of 90km/h
    /// winds", "warned of gusts reaching 110km/h".
    public static let claimWindSpeed: RuleID = "claim.wind-speed"
    /// A crowd estimate with no noun, attributed to its counter: "as many as 40,000 by
    /// police estimates" is the crowd's size, not a count of police.
    public static let claimCrowdEstimate: RuleID = "claim.crowd-estimate"
}

extension EntryClaimReader {
    /// Nouns of wind whose speed a figure gives.
    static let windNouns: TokenWordSet = ["wind", "winds", "gust", "gusts", "gale", "gales", "breeze", "breezes", "windspeed", "windspeeds"]

    /// The wind a speed belongs to: the noun right after the figure ("90km/h winds"), or
    /// one of the three words before it ("winds reaching 110km/h", "gusts of up to 80mph").
    func windSubject(_ f: Found) -> Subject? {
        let s = f.sentence
        if f.end < s.upperBound, lower.in(f.end, Self.windNouns) {
            return Subject(text: slice(f.end..<(f.end + 1)), head: lower[f.end], tokens: f.end..<(f.end + 1))
        }
        var k = f.first - 1
        while k >= s.lowerBound, k >= f.first - 3, isWord(k) {
            if lower.in(k, Self.windNouns) { return Subject(text: slice(k..<(k + 1)), head: lower[k], tokens: k..<(k + 1)) }
            k -= 1
        }
        return nil
    }

    /// "as many as 40,000 by police estimates", "30,000, by the organisers' count": a count
    /// with no noun of its own, given as someone's estimate, is the crowd's ("according
    /// to" is not enough: "fewer than 3,000, according to a study" is no crowd).
    func crowdEstimate(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        var k = f.end
        if k < s.upperBound, lower.eq(k, ",") { k += 1 }
        guard k + 2 < s.upperBound else { return false }
        if lower.eq(k, "by") {
            let last = min(k + 5, s.upperBound)
            guard (k + 1..<last).contains(where: { (lower.eq($0, "estimate") || lower.eq($0, "estimates") || lower.eq($0, "count") || lower.eq($0, "counts") || lower.eq($0, "figures") || lower.eq($0, "reckoning")) }) else {
                return false
            }
        } else {
            return false
        }
        var subject = Subject(text: "crowd", head: "crowd", tokens: f.first..<f.end)
        subject.key = "crowd"
        fill(&claim, for: f, quantity: f.quantity, subject: subject, attribute: "count", rule: .claimCrowdEstimate)
        return true
    }
}
