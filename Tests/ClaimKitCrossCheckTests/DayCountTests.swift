import ClaimKit
import ClaimKitTestSupport
import Testing

/// One event's count on one named day stated two ways contradicts ("On Tuesday, 12 people
/// were rescued" against "Tuesday's 15 rescues"); another day, the running total, another
/// event, counts of named places and one count stated twice do not. Sentences written for
/// these tests.
struct DayCountTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a day-opened sentence and the day's possessive", bodies: [
            "On Tuesday, 12 people were rescued from the flooded valley.",
            "Tuesday's 15 rescues brought the total to 134, the fire service said.",
        ], contradictions: 1, reason: "rescues on Tuesday, count: 12 in entry 1 (20:00) vs 15 in entry 2 (18:00); one day's rescues have one count"),
        Row(name: "the day after the event", bodies: [
            "Police said 40 people were arrested on Saturday.",
            "Saturday's 35 arrests were the most in a single day.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "another day and the running total", bodies: [
            "On Tuesday, 12 people were rescued from the flooded valley.",
            "Crews said 119 were rescued on Monday, and 134 people have been rescued in all.",
        ], contradictions: 0),
        Row(name: "one count stated twice", bodies: [
            "On Tuesday, 12 people were rescued from the flooded valley.",
            "Tuesday's 12 rescues brought the total to 134.",
        ], contradictions: 0),
        Row(name: "another event on the same day", bodies: [
            "On Tuesday, 12 people were rescued from the flooded valley.",
            "Tuesday's 15 arrests followed the looting.",
        ], contradictions: 0),
        Row(name: "two places on one day", bodies: [
            "On Monday, 12 people were killed in Gaza, officials said.",
            "On Monday, 30 people were killed in Lebanon, officials said.",
        ], contradictions: 0),
        Row(name: "more on the same day", bodies: [
            "On Tuesday, 12 people were rescued from the flooded valley.",
            "Another 15 people were rescued on Tuesday evening.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneDaysCountStatedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckDayCount, entries: nil, everyOfRule: true)
    }
}
