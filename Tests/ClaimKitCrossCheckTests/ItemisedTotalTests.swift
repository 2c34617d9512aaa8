@testable import ClaimKitCrossCheck
import ClaimKit
import ClaimKitTestSupport
import Testing

/// A total followed by its own list after a colon contradicts when the list's items add
/// up to another number; a list that adds up, a partial list ("including"), groups of
/// unknown size and lists of names do not. Sentences written for these tests.
struct ItemisedTotalTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a list one short", bodies: [
            "Six boats sank in the harbour: a trawler, three yachts and a ferry.",
        ], contradictions: 1,
        reason: "boats, count: 6 in entry 1 (20:00) vs 5 in the list that follows it; a total and its own list count one set"),
        Row(name: "a list one over", bodies: [
            "Police seized three vehicles: two vans, a motorbike and a lorry.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a list that adds up", bodies: [
            "Six boats sank in the harbour: a trawler, four yachts and a ferry.",
        ], contradictions: 0),
        Row(name: "a partial list", bodies: [
            "Six boats sank, including these: a trawler, three yachts and a ferry.",
        ], contradictions: 0),
        Row(name: "a group of unknown size", bodies: [
            "Six boats sank in the harbour: a pair of yachts, a trawler and a ferry.",
        ], contradictions: 0),
        Row(name: "a list of names", bodies: [
            "Four teams went through: Spain, Ghana, Peru and Japan.",
        ], contradictions: 0),
        Row(name: "an age inside the list", bodies: [
            "Two people were hurt: a man, 45, and a woman.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsATotalAndItsOwnList(_ row: Row) throws {
        try row.check(rule: .crossCheckItemisedTotal, entries: [1], published: ["20:00"], everyOfRule: true)
    }

    static let lists: [(String, Int?)] = [
        ("a trawler, three yachts and a ferry", 5), ("two vans and a lorry", 3), ("an old car, a van, and 12 bikes", 14),
        ("Spain, Ghana and Peru", nil), ("a man, 45, and a woman", nil), ("a couple of vans and a car", nil), ("a car", nil), ("two wins each and six draws", nil),
    ]

    @Test func countsListItems() {
        for (text, count) in Self.lists {
            #expect(ClaimComparer.listCount(Substring(text)) == count, "\(text)")
        }
    }
}
