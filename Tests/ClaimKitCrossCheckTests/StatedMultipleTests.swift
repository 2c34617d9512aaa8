import ClaimKit
import ClaimKitTestSupport
import Testing

/// A multiple stated before a colon contradicts the two figures after it when their ratio is
/// another ("three times as many servers ...: 24,000 against 12,000"); a ratio that agrees and
/// a multiple with no figures after a colon do not. Sentences written for these tests.
struct StatedMultipleTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "three times stated, twice given", bodies: [
            "Its newest hall, opened in June at a cost of €95 million, holds three times as many servers as the old one: 24,000 against 12,000.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a ratio that agrees", bodies: [
            "Its newest hall, opened in June at a cost of €95 million, holds twice as many servers as the old one: 24,000 against 12,000.",
        ], contradictions: 0),
        Row(name: "no figures after a colon", bodies: [
            "Its newest hall, opened in June at a cost of €95 million, holds three times as many servers as the old one.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAMultipleItsFiguresBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckStatedMultiple, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
