import ClaimKit
import ClaimKitTestSupport
import Testing

/// The parts of one vehicle counted two ways contradict, digits or words ("the seven
/// carriages of the service", "the eight-carriage train"); two vehicles, a usual or an
/// extended set, and one figure stated twice do not. Sentences written for these tests.
struct FixedSetTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "words and a compound in one article", bodies: [
            "Two people were hurt when the six carriages of the Leeds service left the rails.\n\nThe five-carriage train was carrying 140 passengers.",
        ], contradictions: 1, reason: "carriages of the train, count: 5 vs 6 in entry 1 (20:00); one train has one number of carriages"),
        Row(name: "digits and words in two entries", bodies: [
            "The 12-coach train had just left the station.",
            "Investigators examined the ten coaches of the express overnight.",
        ], contradictions: 1),
        Row(name: "a building's storeys and its floors", bodies: [
            "Firefighters reached the roof of the six-storey hotel within minutes.",
            "Crews searched all seven floors of the building overnight.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a building's storeys and its floors that agree", bodies: [
            "Firefighters reached the roof of the six-storey hotel within minutes.",
            "Crews searched all six floors of the building overnight.",
        ], contradictions: 0),
        Row(name: "two buildings of other heights", bodies: [
            "Firefighters reached the roof of the six-storey hotel within minutes.",
            "A nine-storey office block next door was evacuated.",
        ], contradictions: 0),
        Row(name: "one set stated twice", bodies: [
            "The six carriages of the service left the rails.",
            "The six-carriage train was carrying 140 passengers.",
        ], contradictions: 0),
        Row(name: "two trains in one sentence", bodies: [
            "The six-carriage train hit the two-carriage train at the junction.",
            "The driver of the six-carriage train was hurt.",
        ], contradictions: 0),
        Row(name: "another train of another length", bodies: [
            "The five-carriage train left the rails at speed.",
            "A four-carriage train had passed the spot minutes earlier.",
        ], contradictions: 0),
        Row(name: "a usual length", bodies: [
            "The service usually runs as an eight-carriage train.",
            "The six carriages of the service left the rails.",
        ], contradictions: 0),
        Row(name: "a set the page says grew", bodies: [
            "Two extra carriages were added, making the eight carriages of the service.",
            "The six-carriage train left at noon.",
        ], contradictions: 0),
        Row(name: "some of the carriages", bodies: [
            "The five-carriage train left the rails.",
            "Three carriages overturned in the field.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneVehicleCountedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckFixedSet, entries: nil)
    }
}
