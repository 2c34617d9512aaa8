import ClaimKit
import ClaimKitTestSupport
import Testing

/// An entry's title counting one owner's things ("Three medals for Ana Ruiz") contradicts
/// the first count of those things in its body that names the owner; a body that agrees,
/// names another owner, or speaks of a part or another time does not. Sentences written
/// for these tests.
struct TitleOwnerTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "the title's count and the body's for one owner", bodies: [
            "# Final day: three medals for Ana Ruiz\n\nAna Ruiz leaves the championships with two medals, both in the relay.",
        ], contradictions: 1,
        reason: "medals, count: 3 in the title of entry 1 (20:00) vs 2 in its body, both for ana ruiz; one entry gives one owner one count"),
        Row(name: "a possessive owner in the body", bodies: [
            "# Six goals for Harbour Town\n\nHarbour Town's five goals came in the second half.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a body that agrees", bodies: [
            "# Three medals for Ana Ruiz\n\nAna Ruiz leaves with three medals.",
        ], contradictions: 0),
        Row(name: "another owner in the body", bodies: [
            "# Three medals for Ana Ruiz\n\nHer rival Mia Holt won two medals.",
        ], contradictions: 0),
        Row(name: "an earlier time in the body", bodies: [
            "# Three medals for Ana Ruiz\n\nAna Ruiz won two medals at the last championships.",
        ], contradictions: 0),
        Row(name: "no owner in the title", bodies: [
            "# Three medals on the last night\n\nAna Ruiz leaves with two medals.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsATitleCountForOneOwner(_ row: Row) throws {
        try row.check(rule: .crossCheckTitleOwner, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
