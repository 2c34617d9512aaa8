import ClaimKit
import ClaimKitTestSupport
import Testing

/// A change stated right before the levels it went between contradicts when the levels do
/// not give it ("collapsed by 40%, from 17.6 GW to 13.2 GW": 25%); a change the levels
/// agree with, in percent or in points, and levels not right after it do not.
/// Sentences written for these tests.
struct StatedChangeTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a percentage fall against its levels", bodies: [
            "Output collapsed by 40%, from 17.6 GW to 13.2 GW, in under four seconds.",
        ], contradictions: 1),
        Row(name: "a percentage rise against its levels", bodies: [
            "Wind output rose by 10%, from 4.0 GW to 5.0 GW, over the weekend.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a percentage the levels agree with", bodies: [
            "Output collapsed by 25%, from 17.6 GW to 13.2 GW, in under four seconds.",
        ], contradictions: 0),
        Row(name: "a rise the levels agree with", bodies: [
            "The number of daily services rises by 26, from 812 to 838, under the new timetable.",
        ], contradictions: 0),
        Row(name: "a percentage change of percentages read as points", bodies: [
            "Unemployment rose 0.5%, from 4.1% to 4.6%, the office said.",
        ], contradictions: 0),
        Row(name: "a rounded percentage", bodies: [
            "Ticket sales rose by about 10%, from 74,500 to 82,000 admissions.",
        ], contradictions: 0),
        Row(name: "levels not right after the change", bodies: [
            "Output fell by 40% in the north; demand went from 17.6 GW to 13.2 GW in the south.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAChangeItsLevelsBelie(_ row: Row) throws {
        try row.check(rule: .crossCheckStatedChange, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
