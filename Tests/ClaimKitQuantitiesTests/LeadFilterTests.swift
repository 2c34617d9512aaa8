import Testing

@testable import ClaimKitQuantities

/// The bit table asked before the quantity sets: it may let a non-member through but must
/// never turn away a member, nor a string canonically equal to one.
struct LeadFilterTests {
    static let members = ["km", "k", "thousand", "a", "m2", "£", "€", "café", "°c", "square kilometres", "\u{212A}"]
    static let filter = LeadFilter(members)

    /// Strings the set holds (or holds an equal of): never turned away.
    static let held: [String] = [
        "km", "k", "thousand", "a", "m2", "£", "€", "square kilometres",
        "cafe\u{301}",  // "café" decomposed
        "K",  // the Kelvin sign decomposes to "K"
    ] + members

    @Test(arguments: held)
    func letsMembersThrough(_ s: String) {
        #expect(Self.filter.mayContain(s))
    }

    /// Ordinary words that share no bucket with a member: turned away ("thousands" would
    /// share "thousand"'s and be let through).
    static let turnedAway: [String] = ["the", "and", "police", "said", "kms"]

    @Test(arguments: turnedAway)
    func turnsAwayOthers(_ s: String) {
        #expect(!Self.filter.mayContain(s))
    }
}
