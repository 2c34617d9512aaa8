import ClaimKit
import ClaimKitTestSupport
import Testing

/// A count said to be the peak contradicts a higher reading of the same count made no
/// later, and two peaks of one count that cannot agree contradict; a higher reading made
/// after the peak (a new peak), readings that agree or round to each other, another
/// subject's count, another event's peak and a forecast do not. Sentences written for
/// these tests; entries newest first.
struct PeakReadingTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a peak below an earlier reading", bodies: [
            "At the peak this morning, about 280,000 Hydro-Québec customers were in the dark, the utility said.",
            "More than 312,000 Hydro-Québec customers were without power at 7 a.m., the utility said.",
        ], contradictions: 1),
        Row(name: "two peaks that cannot agree", bodies: [
            "At the height of the outage, 4.2 million customer accounts were without power, the utility said.",
            "The utility says the 2.4 million accounts that lost supply at the peak included homes and hospitals.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a higher reading after the peak", bodies: [
            "More than 312,000 Hydro-Québec customers were without power at 4 p.m., the utility said.",
            "At the peak this morning, about 280,000 Hydro-Québec customers were in the dark, the utility said.",
        ], contradictions: 0),
        Row(name: "a peak above the earlier reading", bodies: [
            "At the peak this morning, about 330,000 Hydro-Québec customers were in the dark, the utility said.",
            "More than 312,000 Hydro-Québec customers were without power at 7 a.m., the utility said.",
        ], contradictions: 0),
        Row(name: "a rounded peak", bodies: [
            "At the peak this morning, about 300,000 Hydro-Québec customers were in the dark, the utility said.",
            "Some 312,400 Hydro-Québec customers were without power at 7 a.m., the utility said.",
        ], contradictions: 0),
        Row(name: "another subject's count", bodies: [
            "At the peak this morning, about 280,000 Hydro-Québec customers were in the dark, the utility said.",
            "More than 312,000 Hydro One customers were without power at 7 a.m., the utility said.",
        ], contradictions: 0),
        Row(name: "another event's peak", bodies: [
            "At the peak of last year's storm, about 280,000 Hydro-Québec customers were in the dark.",
            "More than 312,000 Hydro-Québec customers were without power at 7 a.m., the utility said.",
        ], contradictions: 0),
        Row(name: "a forecast, not a reading", bodies: [
            "At the peak this morning, about 280,000 Hydro-Québec customers were in the dark, the utility said.",
            "As many as 312,000 Hydro-Québec customers could lose power by nightfall, the utility warned.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyAPeakBelowAnotherReading(_ row: Row) throws {
        try row.check(rule: .crossCheckPeakBelowReading, entries: nil, published: ["20:00", "18:00", "16:00"], everyOfRule: true)
    }
}
