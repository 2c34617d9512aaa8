import ClaimKit
import ClaimKitTestSupport
import Testing

/// The tally of one division (a bill's third reading, a motion) stated two ways in two
/// entries contradicts; different divisions (an amendment, another reading, another bill,
/// the other chamber), revised counts and bounds do not. Sentences written for these tests.
struct DivisionCountTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one third reading, two tallies", bodies: [
            "The Housing Bill cleared its third reading by 298 votes to 260.",
            "Analysis: the 289 MPs who backed the bill at third reading included nine rebels from the opposition.",
        ], contradictions: 1,
        reason: "votes for the Housing Bill at third reading, count: 298 in entry 1 (20:00) vs 289 in entry 2 (18:00); the larger is 3% above the smaller; one division has one count"),
        Row(name: "an unstaged tally on a page with one stage", bodies: [
            "Recap: 405 MPs voted for the bill at second reading and 150 against.",
            "The 415 MPs who backed the bill were cheered by campaigners outside.",
        ], contradictions: 1),
        Row(name: "one motion in the senate", bodies: [
            "The Senate adopted the motion by 61 votes to 39.",
            "In all, 59 senators voted for the motion, the clerk said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "an amendment and the third reading", bodies: [
            "An amendment to the bill was defeated by 301 votes to 270.",
            "The bill then passed its third reading by 312 votes to 287.",
        ], contradictions: 0),
        Row(name: "second and third readings", bodies: [
            "The bill passed its second reading by 340 votes to 205.",
            "The bill cleared its third reading by 312 votes to 287.",
        ], contradictions: 0),
        Row(name: "an unstaged tally on a page with two stages", bodies: [
            "The bill passed its second reading by 340 votes to 205.",
            "The 312 MPs who backed the bill were cheered by campaigners.",
            "The bill cleared its third reading by 330 votes to 290.",
        ], contradictions: 0),
        Row(name: "two bills", bodies: [
            "The Water Bill passed by 312 votes to 287.",
            "The Energy Bill passed by 330 votes to 250.",
        ], contradictions: 0),
        Row(name: "the two chambers", bodies: [
            "In all, 312 MPs voted for the bill at third reading.",
            "A week later, 210 peers voted for the bill at third reading.",
        ], contradictions: 0),
        Row(name: "a corrected count", bodies: [
            "Corrected figures show 314 MPs voted for the bill at third reading.",
            "The bill passed its third reading by 312 votes to 287.",
        ], contradictions: 0),
        Row(name: "a bound and an exact count", bodies: [
            "More than 300 MPs voted for the bill at third reading.",
            "The bill passed its third reading by 312 votes to 287.",
        ], contradictions: 0),
        Row(name: "one tally stated twice", bodies: [
            "312 MPs voted for the bill at third reading and 287 against.",
            "The bill passed its third reading by 312 votes to 287.",
        ], contradictions: 0),
        Row(name: "a count of ballots that grows", bodies: [
            "With most boxes counted, the mayor has 41,200 votes.",
            "With half the boxes counted, the mayor has 23,950 votes.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneDivisionCountedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckDivisionCount, published: ["20:00", "18:00", "17:00"])
    }
}
