@testable import ClaimKitCrossCheck
import ClaimKitModel
import Testing

/// `ClaimComparer.keyTwins`: a claim may share its group only with claims of the same
/// subject key and attribute; it is never said to be alone when another claim shares them.
struct KeyTwinsTests {
    struct Row: CustomStringConvertible, Sendable {
        /// Subject key and attribute of each claim.
        let keys: [(String, String)]
        /// Whether each claim may have a twin.
        let twins: [Bool]
        var description: String { keys.map { "\($0.0)/\($0.1)" }.joined(separator: ", ") }
    }

    static let rows: [Row] = [
        // Positive: shared keys are twins.
        Row(keys: [("crowd", "count"), ("crowd", "count")], twins: [true, true]),
        Row(keys: [("crowd", "count"), ("strike", "duration"), ("crowd", "count")], twins: [true, false, true]),
        // A non-ASCII key may equal an ASCII one (the Kelvin sign is "K"): every claim may.
        Row(keys: [("\u{212A}", "count"), ("K", "count"), ("strike", "duration")], twins: [true, true, true]),
        // Negative: distinct keys, or the same key with another attribute, stand alone.
        Row(keys: [("crowd", "count"), ("crowd", "age")], twins: [false, false]),
        Row(keys: [("crowd", "count")], twins: [false]),
        // The separator keeps "a b"+"c" apart from "a"+"b c".
        Row(keys: [("a b", "c"), ("a", "b c")], twins: [false, false]),
    ]

    static func claim(_ n: Int, _ key: String, _ attribute: String) -> Claim {
        let range = TextRange(utf8Start: 0, utf8End: 1)
        return Claim(
            id: ClaimID("c\(n)"), entry: 1, subject: key, subjectKey: key, attribute: attribute,
            quantity: Quantity(value: Double(n), unit: "count", bound: .exact, range: range, text: "1", rule: "test"),
            range: range, text: "1", rule: "test")
    }

    @Test(arguments: rows)
    func twinsAreFound(_ row: Row) {
        let claims = row.keys.enumerated().map { Self.claim($0.offset, $0.element.0, $0.element.1) }
        let twins = ClaimComparer.keyTwins(claims)
        #expect(twins == row.twins)
        // Never a false "alone": a claim whose key another claim has is a twin.
        for i in claims.indices where claims.indices.contains(where: { j in
            j != i && claims[j].subjectKey == claims[i].subjectKey && claims[j].attribute == claims[i].attribute
        }) {
            #expect(twins[i])
        }
    }
}
