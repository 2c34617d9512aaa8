import ClaimKit
import ClaimKitTestSupport
import Testing

struct ClaimExtractorTests {
    struct Row: CustomStringConvertible, Sendable {
        let text: String
        let figure: String
        let subject: String
        let key: String
        let attribute: String
        var description: String { text }

        /// Expects the claim on `figure` to have this row's subject, key and attribute.
        func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let claims = ClaimFixtures.claims([text])
            let claim = try #require(
                claims.first { $0.text == figure }, "no claim \(figure) in \(claims.map(\.text))", sourceLocation: sourceLocation)
            #expect(claim.subject == subject, sourceLocation: sourceLocation)
            #expect(claim.subjectKey == key, sourceLocation: sourceLocation)
            #expect(claim.attribute == attribute, sourceLocation: sourceLocation)
        }
    }

    static let subjects: [Row] = [
        Row(text: "Police said 378 arrests had been made.", figure: "378", subject: "arrests", key: "arrest", attribute: "count"),
        Row(text: "Some ten officers were injured.", figure: "Some ten", subject: "officers injured", key: "injury", attribute: "count"),
        Row(text: "His request was for Tomahawk missiles from the US, which have a range of 2,500km.", figure: "2,500km",
            subject: "Tomahawk missiles", key: "tomahawk", attribute: "range"),
        Row(text: "Tomahawks have a range of 2,500km.", figure: "2,500km", subject: "Tomahawks", key: "tomahawk", attribute: "range"),
        Row(text: "Tomahawk cruise missiles have a range of 1,600km.", figure: "1,600km", subject: "Tomahawk cruise missiles",
            key: "tomahawk", attribute: "range"),
        Row(text: "Organisers put the crowd at nearer 5,000.", figure: "nearer 5,000", subject: "crowd", key: "crowd", attribute: "count"),
        Row(text: "The insurers estimate the cost of the damage at about £10m.", figure: "about £10m", subject: "damage", key: "damage",
            attribute: "cost"),
        Row(text: "The town lies some 17 miles north of Liverpool.", figure: "some 17 miles", subject: "town (distance from Liverpool)", key: "town",
            attribute: "distance"),
        Row(text: "It came after a 2.5 hour phone call between the pair.", figure: "2.5 hour", subject: "phone call", key: "call",
            attribute: "duration"),
        Row(text: "The phone call was started by the envoy, lasted for over two hours, and ended well.", figure: "over two hours",
            subject: "phone call", key: "call", attribute: "duration"),
        Row(text: "The aide says the call between the two men \"lasted more than two hours\".", figure: "more than two hours",
            subject: "call between the two men", key: "call", attribute: "duration"),
        Row(text: "Biden and Xi spoke for more than three hours.", figure: "more than three hours",
            subject: "call between Biden and Xi", key: "call", attribute: "duration"),
        Row(text: "This is a turning point after three and a half years of war.", figure: "three and a half years", subject: "war",
            key: "war", attribute: "duration"),
        Row(text: "The bridge is 1,200m long.", figure: "1,200m", subject: "bridge", key: "bridge", attribute: "length"),
        Row(text: "The ministry has spent £22m on the Bibby Stockholm.", figure: "£22m", subject: "Bibby Stockholm", key: "bibby",
            attribute: "cost"),
        Row(text: "Polls suggest two-thirds of voters agree.", figure: "two-thirds", subject: "voters", key: "voter", attribute: "share"),
        Row(text: "The victim, an 11-year-old boy, was named.", figure: "11-year-old", subject: "boy", key: "boy", attribute: "age"),
    ]

    @Test(arguments: subjects)
    func findsSubject(_ row: Row) throws {
        try row.check()
    }

    @Test func resolvesDemonstrativeToTheThingNamedBefore() throws {
        let text = "The president may send Tomahawk missiles to the front. These missiles have an extremely long range of approximately over 1,000 miles (1600km)."
        let claim = try #require(ClaimFixtures.claims([text]).first)
        #expect(claim.subject == "Tomahawk missiles")
        #expect(claim.subjectKey == "tomahawk")
        #expect(claim.quantity.bound == .approximately)
        #expect(claim.alternatives.map(\.text) == ["1600km"])
    }

    /// Numbers that are references, relative times or labels: no claims.
    static let nonClaims: [String] = [
        "Before any summit involving the two leaders, diplomats will meet.",
        "A meeting between the two presidents in Budapest is planned.",
        "Both countries will quickly prepare, and the two countries agreed.",
        "They sat opposite one another.",
        "She arrived two hours ago and will leave in three days.",
        "Over the past two years the party has changed.",
        "Published at 20:49 BST (15:00 ET) in 2022.",
        "I second that motion.",
        "The 1990s were different; his second term began on 4 July.",
        "The air holds more water for every 1C of warming.",
        "He spent the eight years of his term in Rome.",
    ]

    /// A measure of a substance stated with "the" is the story's figure, not a reference back.
    @Test func readsADefiniteMeasureOfASubstance() throws {
        let claims = ClaimFixtures.claims(["The 180,000 cubic metres of contaminated water that escaped have now reached the delta."])
        let claim = try #require(claims.first { $0.text == "180,000 cubic metres" }, "\(claims.map(\.text))")
        #expect(claim.quantity.unit == "m3")
        #expect(claim.subject.contains("water"))
    }

    /// Every suite's sentences that hold no claim, in one table.
    @Test(arguments: nonClaims + ClaimGeneralisationTests.nonClaims + ClaimSubjectPatternTests.nonClaims)
    func makesNoClaim(_ text: String) {
        #expect(ClaimFixtures.claims([text]).map(\.text) == [])
    }

    @Test func keepsSourceAndScope() throws {
        let claims = ClaimFixtures.claims([
            "The call lasted for over two hours, according to the Kremlin.",
            "Merseyside Police said 23 arrests were made in Merseyside.",
        ])
        #expect(claims.first?.source == "Kremlin")
        #expect(claims.last?.scope == "Merseyside")
    }

    /// The source after "according to": a name, or the name behind a document, never an article.
    static let accordingToSources: [(text: String, source: String?)] = [
        ("The call lasted for over two hours, according to the Kremlin.", "Kremlin"),
        ("Prices rose 4% last year, according to a 2024 survey by Harwell Analytics.", "Harwell Analytics"),
        ("Unemployment fell to 4.1%, according to figures from the Office for National Statistics.", "Office for National Statistics"),
        ("Walking cut the risk by 30%, according to a study of more than 9,000 adults.", "study"),
        ("About 300 people were evacuated, according to police.", "police"),
        ("The ferry carried 212 passengers, according to the port authority's records.", "port authority's records"),
    ]

    @Test(arguments: accordingToSources)
    func takesTheSourceAfterAccordingTo(_ row: (text: String, source: String?)) {
        let claims = ClaimFixtures.claims([row.text])
        #expect(claims.first?.source == row.source, "\(row.text)")
    }

    @Test func marksIncrementsApartFromTotals() throws {
        let claims = ClaimFixtures.claims(["The scheme cost £140m at first, and another £100m was paid in April."])
        #expect(claims.map(\.attribute) == ["cost", "additional cost"])
    }

    @Test func keepsABracketedRestatementAsAnAlternative() throws {
        let claims = ClaimFixtures.claims([
            "The department has spent £22m on the barge. A letter shows that this figure (£22,450,772 exactly) covers only the rooms."
        ])
        #expect(claims.count == 1)
        #expect(claims.first?.alternatives.map(\.text) == ["£22,450,772"])
    }

    @Test func claimRangesSliceBackToTheirText() {
        let bodies = Self.subjects.map(\.text)
        let entries = ClaimFixtures.entries(bodies)
        for claim in ClaimFixtures.claims(bodies) {
            #expect(String(entries[claim.entry - 1].text.slice(claim.range)) == claim.text)
        }
    }
}
