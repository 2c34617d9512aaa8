import ClaimKit
import Testing

/// A row of the contradiction rules' tables: entry bodies, newest first, how many
/// contradictions they hold, and the reason the first one must give.
struct ContradictionRow: CustomStringConvertible, Sendable {
    let name: String
    let bodies: [String]
    let contradictions: Int
    var reason: String? = nil
    var description: String { name }

    /// Compares the bodies' claims; checks the count, and for a positive row the first
    /// contradiction's rule, entries (when given) and reason (when the row has one); with
    /// `everyOfRule`, that every contradiction found is of `rule`.
    func check(
        rule: RuleID, entries: [Int]? = [1, 2], published: [String?] = ["20:00", "18:00"], everyOfRule: Bool = false
    ) throws {
        let (_, found, _) = ClaimComparerTests.compare(bodies, published: published)
        #expect(found.count == contradictions, "\(found.map(\.reason))")
        if everyOfRule { #expect(found.allSatisfy { $0.rule == rule }, "\(found.map(\.reason))") }
        guard contradictions > 0 else { return }
        let x = try #require(found.first)
        #expect(x.rule == rule)
        if let entries { #expect(x.entries == entries) }
        if let reason { #expect(x.reason == reason) }
    }
}
