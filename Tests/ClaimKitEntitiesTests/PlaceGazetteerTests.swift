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
        ("Forecasts from the [Office for Harbour Responsibility](organization) were gloomier.", "entity.org-keyword"),
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

/// Places joined by "and" or "or", "between" before a gazetteer name, "Pass" ending a place's name;
/// a match report's time labels.
@Suite struct PlaceCoordinationTests {
    static let positives: [String] = [
        "The line is shut between [Preston](place) and [Carlisle](place) tonight.",
        "Buses run from [Leeds](place) or [Lincoln](place) each hour.",
        "Snow closed the [Honister Pass](place) in Cumbria.",
        "Drivers were stuck on the [Khyber Pass](place) for a day.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A given name joined to a person stays a person's.
        ("Ann Lee and Preston Tolvanen spoke.", [("Preston", "place")]),
        // Full time and half time in a match report are no Financial Times.
        ("FT: Hibs 2-1 Hearts. The derby ended late.", [("FT", "any")]),
        ("HT: Hibs 1-0 Hearts. The derby was tense.", [("HT", "any")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }

    @Test func theFinancialTimesStaysAnOrganisation() {
        EntityTesting.expectMarked("A report in the [FT](organization) said so.")
    }
}

/// entity.org-capital-the, and the descriptors and context words "union", "watchdog", "regulator".
@Suite struct CapitalTheTests {
    static let positives: [(String, String?)] = [
        ("The study was published in The [Vellmouth Review](organization) on Monday.", "entity.org-capital-the"),
        ("Their cover of a song by The [Vellbirds](organization) sold well.", "entity.org-capital-the"),
        ("Lawyers met in [The Hague](place) on Friday.", nil),
        ("A report in The [New York Times](organization) said so.", nil),
        ("Tickets for The [Leeds Vellbirds](organization) sold out.", "entity.org-capital-the"),
        ("Fans joined The [Ontario Ghostbusters](organization) in [Ontario](place).", nil),
        ("The [Unite](organization) union said it would seek talks.", "entity.org-context"),
        ("The spending watchdog [Ofvell](organization) refused to comment.", "entity.org-descriptor"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i].0, rule: Self.positives[i].1)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A quoted nickname; a lower-case "the"; "The" opening a sentence.
        ("She goes by the name \"The Katherinator\" at fairs.", [("Katherinator", "organization")]),
        ("He met the Vellbirds in Leeds.", [("Vellbirds", "organization")]),
        ("The Vellbirds met in Leeds.", [("Vellbirds", "organization")]),
        // A person after a capital "The" in a title stays no organisation: the given name shows a person.
        ("A film about The Ann Lee Story opened.", [("Ann Lee Story", "organization")]),
        // A known name alone, or one ending on a keyword, keeps its own reading.
        ("A letter reached The Home Office today.", [("Home Office", "place")]),
        ("The film \"The Paris Affair\" opened.", [("Paris Affair", "organization")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}
