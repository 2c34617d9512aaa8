import ClaimKit
import ClaimKitTestSupport
import Testing

/// One named place's temperature on one named day given two ways in two entries
/// contradicts; other days, forecasts, felt values, lows, times of day and readings in one
/// entry do not. Sentences written for these tests.
struct DayReadingTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one town, one day, two highs", bodies: [
            "Larkana's 49.6C on Tuesday surprised no one.",
            "The met office has confirmed that Larkana reached 50.4C on Tuesday afternoon.",
        ], contradictions: 1,
        reason: "Larkana, temperature: 49.6 C in entry 1 (20:00) vs 50.4 C in entry 2 (18:00); 0.8 C apart; one day's reading at one place is measured once"),
        Row(name: "a date instead of a weekday", bodies: [
            "Seville hit 45.2C on 14 July, officials said.",
            "Seville reached 46.8C on 14 July.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "two days", bodies: [
            "Larkana reached 49.6C on Tuesday.",
            "Larkana reached 50.4C on Monday.",
        ], contradictions: 0),
        Row(name: "a forecast and a reading", bodies: [
            "Larkana is expected to reach 51C on Tuesday.",
            "Larkana reached 50.4C on Tuesday.",
        ], contradictions: 0),
        Row(name: "a felt value", bodies: [
            "Karachi reached 41C on Tuesday.",
            "With the humidity, Karachi felt like 48C on Tuesday.",
        ], contradictions: 0),
        Row(name: "a time of day", bodies: [
            "Larkana reached 44.1C at 11am on Tuesday.",
            "Larkana reached 50.4C on Tuesday.",
        ], contradictions: 0),
        Row(name: "a low", bodies: [
            "Larkana's low on Tuesday was 31C.",
            "Larkana reached 50.4C on Tuesday.",
        ], contradictions: 0),
        Row(name: "a reading and its conversion", bodies: [
            "Larkana reached 50.4C on Tuesday.",
            "Larkana hit 122.7F on Tuesday.",
        ], contradictions: 0),
        Row(name: "two towns", bodies: [
            "Larkana reached 50.4C on Tuesday.",
            "Sukkur reached 48.2C on Tuesday.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneDaysReadingGivenTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckDayReading)
    }
}
