import ClaimKit
import ClaimKitTestSupport
import Testing

/// Verbs of motion tie a length to the thing that moved ("the missile flew about 950km"),
/// and a clause inserted between commas does not hide that thing from its verb.
struct ClaimMotionVerbTests {
    static let rows: [ClaimExtractorTests.Row] = [
        .init(text: "The missile, launched from near the coast at dawn, flew about 950km.", figure: "about 950km",
              subject: "missile", key: "missile", attribute: "distance"),
        .init(text: "Officials say the convoy travelled 40 miles before it was stopped.", figure: "40 miles",
              subject: "convoy", key: "convoy", attribute: "distance"),
        .init(text: "The ferry, which left Dover at noon, sailed 35km in heavy seas.", figure: "35km",
              subject: "ferry", key: "ferry", attribute: "distance"),
        .init(text: "The scheme, announced in 2019, has cost £140m so far.", figure: "£140m",
              subject: "scheme", key: "scheme", attribute: "cost"),
    ]

    @Test(arguments: rows)
    func motionAndInsertedClauses(_ row: ClaimExtractorTests.Row) throws {
        try row.check()
    }

    /// A duration after a motion verb is no distance; a clause of its own after a comma
    /// does not give the subject.
    static let negatives: [(text: String, figure: String, notSubject: String, notAttribute: String)] = [
        ("The plane flew for three hours over the sea.", "three hours", "", "distance"),
        ("On Monday, the talks were long, lasting two hours.", "two hours", "Monday", ""),
    ]

    @Test func durationsAndClausesOfTheirOwn() throws {
        for row in Self.negatives {
            let claims = ClaimFixtures.claims([row.text])
            let claim = try #require(claims.first { $0.text == row.figure }, "\(claims.map(\.text))")
            #expect(claim.attribute != row.notAttribute, "\(row.text)")
            #expect(claim.subject != row.notSubject, "\(row.text)")
        }
    }
}
