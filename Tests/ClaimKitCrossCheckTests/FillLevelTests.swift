import ClaimKit
import ClaimKitTestSupport
import Testing

/// One container's present fill level stated two ways that cannot agree contradicts, as a
/// percentage and as a fraction in words ("at 41% of capacity" against "less than a third
/// full"); levels that agree, another container's, a past level, a forecast and three
/// levels do not. Sentences written for these tests.
struct FillLevelTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a percentage of capacity against a fraction in words", bodies: [
            "The tanks that supply the valley farms are at 41% of capacity, the irrigation board said.",
            "The tanks are less than a third full, the board's engineer told growers on Monday.",
        ], contradictions: 1),
        Row(name: "two percentages full", bodies: [
            "The lake is 35% full after the dry summer.",
            "The lake is 52% full, the park office said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a percentage and a fraction that agree", bodies: [
            "The tanks that supply the valley farms are at 31% of capacity, the irrigation board said.",
            "The tanks are less than a third full, the board's engineer told growers on Monday.",
        ], contradictions: 0),
        Row(name: "two containers", bodies: [
            "The northern tanks are at 41% of capacity, the irrigation board said.",
            "The southern tanks are less than a third full, the engineer said.",
        ], contradictions: 0),
        Row(name: "a past level", bodies: [
            "The tanks are at 41% of capacity, the irrigation board said.",
            "The tanks were less than a third full at this point last year.",
        ], contradictions: 0),
        Row(name: "a forecast", bodies: [
            "The tanks are at 41% of capacity, the irrigation board said.",
            "The tanks will be less than a third full by August without rain.",
        ], contradictions: 0),
        Row(name: "three levels", bodies: [
            "The lake is 35% full after the dry summer.",
            "The lake is 52% full, the park office said.",
            "The lake is 70% full, a ranger said.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneContainersLevelStatedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckFillLevel, entries: nil, published: ["20:00", "18:00", "16:00"], everyOfRule: true)
    }
}
