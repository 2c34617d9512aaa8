import ClaimKitEntities
import Testing

/// WordNet's English place names (places/wordnet-places.tsv): regions, waters and cities the
/// GeoNames and ISO lists name otherwise or not at all.
@Suite struct PlaceGazetteerTests {
    static let positives: [String] = [
        "The ferry crossed the [Solent](place) at dawn.",
        "Farmers in [Lombardy](place) lost half the harvest.",
        "Millions travel to [Mecca](place) for the pilgrimage each year.",
        "Rain is heavy across the [Pacific Northwest](place) this week.",
        "Fishing boats were stuck in the [Inside Passage](place) for days.",
        "The storm moved over [Long Island Sound](place) before dawn.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked, rule: "entity.place-region")
    }

    static let negatives: [(String, [(String, String)])] = [
        // Names WordNet lists as places that are other words too (river Red, river Canadian) or people.
        ("The Canadian delegation arrived late.", [("Canadian", "place")]),
        ("The top Senate Republican, Ann Lee, said so.", [("Republican", "place"), ("Senate Republican", "place")]),
        // A star is no place; a boat named after one is none either.
        ("The crew loaded up the Polaris before dawn.", [("Polaris", "place")]),
        // A WordNet name inside a longer name leaves the better-known city its place.
        ("A man was hurt on a San Francisco Bay Area train.", [("San Francisco Bay", "place")]),
        // A common word needs a preposition: "a mecca for artists" names no place.
        ("Mecca for artists, the old town drew crowds.", [("Mecca", "place")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}

/// Organisation names that run on through "for" and "of", a title opened by a capital "The", a
/// short name made another organisation's by the word before it, a demonym left out of "X of Y".
@Suite struct OrganizationNameTests {
    static let positives: [(String, String?)] = [
        ("A lawyer at the [Joint Council for the Welfare of Immigrants](organization) objected.", "entity.org-keyword"),
        ("Forecasts from the [Office for Budget Responsibility](organization) were gloomier.", "entity.org-keyword"),
        ("The [Society for the Protection of Birds](organization) counted the nests.", "entity.org-keyword"),
        ("A columnist of The [Globe and Mail](organization) wrote about it.", nil),
        ("Tom Vell of the [Neo Democrats](organization) lost his seat.", "entity.org-extended-name"),
        ("The Greek [Ministry of Culture](organization) refused.", "entity.org-keyword"),
        ("The Italian [Supreme Court of Cassation](organization) ruled on Monday.", "entity.org-keyword"),
        ("Leaders of the [American Indian Movement of Colorado](organization) marched.", "entity.org-keyword"),
        ("She chairs the [Centre for Control of Iodine Deficiency](organization) in Perth.", "entity.org-keyword"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i].0, rule: Self.positives[i].1)
    }

    static let negatives: [(String, [(String, String)])] = [
        // "for" after no organisation keyword, or before a word opening a sentence, ends the name.
        ("Ann Lee voted for Tom Vell in Leeds.", [("Ann Lee voted for Tom Vell", "any")]),
        ("The Home Office for Ann Lee was a trap.", [("Home Office for Ann Lee", "any")]),
        ("The Minister for Europe Ann Lee spoke.", [("Minister for Europe Ann Lee", "organization")]),
        // A lower-case "the" opens no title: "the Guardian and Reuters" are two.
        ("It was reported by the Guardian and Reuters today.", [("Guardian and Reuters", "any")]),
        // A given name before the short name is a person's, and a common word no new name.
        ("Senate Democrats blocked the bill.", [("Senate Democrats", "organization")]),
        // A demonym that is part of the name stays ("American Indian Movement"), so the rest is no name.
        ("Leaders of the American Indian Movement of Colorado marched.", [("Indian Movement of Colorado", "any")]),
        // A currency's country letters: "US$ 20,000" names no place (the "US firm" does).
        ("He was freed on US$ 20,000 bail.", [("US", "place")]),
        ("Fares rose to HK$300 this year.", [("HK", "any")]),
        // A centre named by a place keyword stays a place when no "for" follows.
        ("Crowds filled the Barbican Centre for the concert.", [("Barbican Centre for the concert", "any")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}

/// "Supreme Court" and "Supreme Court of Cassation" on one page: one organisation.
@Suite struct OrganizationOfMergeTests {
    @Test func headJoinsTheOneFullerName() {
        let entities = EntityTesting.entities([
            "The Supreme Court of Cassation ruled on Monday.", "The Supreme Court gave no reasons.",
        ])
        let court = entities.first { $0.name == "Supreme Court of Cassation" }
        #expect(court?.aliases.contains("Supreme Court") == true, "\(entities.map(\.name))")
    }

    @Test func headJoinsNeitherOfTwoFullerNames() {
        let entities = EntityTesting.entities([
            "A ruling by the High Court of Kenya was cited.", "Lawyers read a ruling by the High Court of Australia.",
            "The High Court gave no reasons.",
        ])
        #expect(entities.contains { $0.name == "High Court" }, "\(entities.map { "\($0.name) \($0.aliases)" })")
    }
}

/// entity.person-initials: initials, then one or two name-shaped words.
@Suite struct PersonInitialsTests {
    static let positives: [String] = [
        "[K.C. Maurer](person), chief financial officer at the fund, said it grew.",
        "The deal was signed by [J. R. Ashby](person) on Monday.",
        "Photographs by [A.B. Tolvanen](person) opened the show.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked, rule: "entity.person-initials")
    }

    static let negatives: [(String, [(String, String)])] = [
        // After an article, initials name a firm ("the D.A. Davidson brokerage").
        ("He is a director at the D.A. Davidson brokerage.", [("D.A. Davidson", "person")]),
        // Initials before an organisation keyword or a place are no person's.
        ("Fans of the L.A. Galaxy cheered.", [("L.A. Galaxy", "person")]),
        ("Offices of J.P. Morgan Bank shut.", [("J.P. Morgan Bank", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}
