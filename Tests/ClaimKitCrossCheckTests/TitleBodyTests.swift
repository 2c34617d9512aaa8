import ClaimKit
import ClaimKitTestSupport
import Testing

/// An entry whose title gives one count and whose body's first figure of that count gives
/// another contradicts itself; a body that agrees anywhere, breaks the count down, bounds
/// it, rounds it, or speaks of another moment does not. Sentences written for these tests.
struct TitleBodyTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a toll in the title, another in the body", bodies: [
            "# Death toll rises to 53, says agency\n\nThe disaster agency says 46 people have now been confirmed dead after the landslide.",
        ], contradictions: 1,
        reason: "Death toll, count: 53 in the title of entry 1 (20:00) vs 46 in its body; one entry gives one count at one moment"),
        Row(name: "killed in the title and the body", bodies: [
            "# 12 people killed in floods in the north\n\nNine people have been killed in the floods, police say.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a body figure that agrees", bodies: [
            "# Death toll rises to 53\n\nThe agency says 53 people have died. Earlier it said 46 people had died.",
        ], contradictions: 0),
        Row(name: "a breakdown that adds up", bodies: [
            "# Floods: 12 killed\n\nNine people were killed by the river and three people were killed by a landslide.",
        ], contradictions: 0),
        Row(name: "a bound in the title", bodies: [
            "# At least 40 dead after storm\n\nThe agency says 47 people have died.",
        ], contradictions: 0),
        Row(name: "a rounded title", bodies: [
            "# Nearly 50 dead after storm\n\nOfficials say 47 people have died.",
        ], contradictions: 0),
        Row(name: "an earlier figure in the body", bodies: [
            "# Death toll rises to 53\n\nEarlier the agency said 46 people had died.",
        ], contradictions: 0),
        Row(name: "another year's disaster in the body", bodies: [
            "# Quake kills 53\n\nA quake in 1999 killed 17,000 people in the region.",
        ], contradictions: 0),
        Row(name: "a part of the toll", bodies: [
            "# Death toll rises to 53\n\nAt the school, 46 of the dead were pupils.",
        ], contradictions: 0),
        Row(name: "a title figure passed", bodies: [
            "# Arrests pass 200 after protest\n\nPolice say 236 people have now been arrested.",
        ], contradictions: 0),
        Row(name: "the whole a body figure is part of", bodies: [
            "# 12 people killed in floods\n\nNine of the 14 people killed in the floods were farmers.",
        ], contradictions: 0),
        Row(name: "a count that is no toll", bodies: [
            "# Party passes 40 seats\n\nIts rival has 29 seats and the third party 14.",
        ], contradictions: 0),
        Row(name: "the title of one entry and the body of another", bodies: [
            "# Death toll rises to 53\n\nRescuers are still searching the rubble.",
            "The agency says 46 people have died.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyATitleItsOwnBodyDoesNotBearOut(_ row: Row) throws {
        try row.check(rule: .crossCheckTitleBody, entries: [1])
    }
}
