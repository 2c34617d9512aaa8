import ClaimKit
import ClaimKitTestSupport
import Testing

/// A measure in a compound of an appositive after a name is the name's; a fronted place
/// or day before the comma, and a compound with no name before it, keep the compound's
/// noun. Sentences written for these tests.
struct ClaimAppositiveNameTests {
    typealias Row = ClaimExtractorTests.Row

    static let rows: [Row] = [
        Row(text: "The keeper said the escapees included Ferro, \"the 40-kilogram male who leads the troop\", and two juveniles.",
            figure: "40-kilogram", subject: "Ferro", key: "ferro", attribute: "weight"),
        Row(text: "Crowds cheered Marlin, the 47-metre schooner, as she docked.", figure: "47-metre", subject: "Marlin",
            key: "marlin", attribute: "length"),
        // Negative rows: the compound's noun.
        Row(text: "In Ostend, the 40-tonne crane lifted the hull.", figure: "40-tonne", subject: "crane", key: "crane", attribute: "weight"),
        Row(text: "On Tuesday, the 47-metre schooner docked.", figure: "47-metre", subject: "schooner", key: "schooner", attribute: "length"),
        Row(text: "Keepers weighed the 40-kilogram male on Monday.", figure: "40-kilogram", subject: "male", key: "male", attribute: "weight"),
    ]

    @Test(arguments: rows)
    func readsTheNameAnAppositiveDescribes(_ row: Row) throws {
        try row.check()
    }
}
