import ClaimKitModel
import Testing

/// Rule families that pages of new genres showed weak (a transfer live page, a parliamentary vote,
/// a mine rescue, a rail-crash report): clubs named by the words of a transfer or by a word that
/// names only clubs. Positive rows mark each span with the type it must get; negative rows list spans
/// that must not come out with a type ("any": with no type at all).
@Suite struct NewGenreFamilyTests {
    static let positives: [(String, String?)] = [
        // entity.org-club: a word that names only clubs ends the name.
        ("[Everton FC](organization) said in a statement that the deal was done.", "entity.org-club"),
        ("Fans of [Harwick Rovers](organization) sang all night.", "entity.org-club"),
        ("[Crewe Alexandra AFC](organization) also issued a statement.", "entity.org-club"),
        ("The report praised [Bristol Rovers](organization) for the plan.", nil),
        // entity.org-club-context: the words of a transfer.
        ("The winger signed from [Brentwick](organization) last summer.", "entity.org-club-context"),
        ("He completed a move to [Valdora](organization) on Friday.", "entity.org-club-context"),
        ("[Brentwick](organization) have agreed a fee with the player.", "entity.org-club-context"),
        ("[Harbridge](organization) confirmed the signing on Tuesday evening.", "entity.org-club-context"),
        // ("loan from" is also a sports cue before a club: entity.org-sports-club may fire first.)
        ("He spent a season on loan from [Valdora](organization) last year.", nil),
        // entity.org-according-to, entity.org-context: firms with no suffix.
        ("Revenues rose by 8%, according to [Brannock](organization).", "entity.org-according-to"),
        ("[Brannock](organization)'s annual review found wages rising.", "entity.org-context"),
        // entity.org-known: a government department.
        ("The [Treasury](organization) said the cost would be met from reserves.", nil),
        // entity.place-byline, entity.place-constituency.
        ("Reporting by Ana Torres in [Tierra Amarilla](place)", "entity.place-byline"),
        ("Chris Vale, the MP for [Stockton North](place), said the plant must stay open.", "entity.place-constituency"),
        ("The [Stockton South](place) MP agreed with him.", "entity.place-constituency"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i].0, rule: Self.positives[i].1)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A family takes a plural verb too, after "the".
        ("The Smiths have agreed to sell the house.", [("Smiths", "organization")]),
        // A person who confirms something is no club without a transfer's noun.
        ("Harbridge said the signing was done.", [("Harbridge", "organization")]),
        ("Anna Harbridge confirmed the signing on Tuesday.", [("Anna Harbridge", "organization")]),
        // A town used as a place stays a place.
        ("Fans gathered in Harbridge on Saturday.", [("Harbridge", "organization"), ("Harbridge", "person")]),
        // "United" opens names that are no club.
        ("United Nations officials said the aid was blocked.", [("United Nations", "person")]),
        // A people or the object of "of" takes a plural verb too.
        ("Thousands of Tunisians have flocked to the coast.", [("Tunisians", "organization")]),
        ("Organisers of the Bath Half Marathon have moved the start.", [("Bath Half Marathon", "organization")]),
        ("Organisers of Sunday's Bath Half Marathon have moved the start.", [("Bath Half Marathon", "organization")]),
        ("We wait to hear what Trump and Putin have discussed.", [("Putin", "organization")]),
        // A surname after "according to" joins the person the page names in full.
        ("Yuri Ushakov spoke on Monday. The call lasted an hour, according to Ushakov.", [("Ushakov", "organization")]),
        // A person's name in a credit line stays a person; a compass word alone makes no constituency.
        ("Reporting by Ana Torres in Lima", [("Ana Torres", "place")]),
        ("Stockton North of the river flooded.", [("Stockton North", "place")]),
        // A nationality noun after "the" is no person's name ("the Spaniard said").
        ("Coach Luis Mora spoke on Friday. \"We stay,\" the Spaniard said.", [("Spaniard", "any")]),
        ("The Frenchman said he was calm after the race.", [("Frenchman", "any")]),
        // A move to a country is no club.
        ("The family completed a move to France in May.", [("France", "organization")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }
}

/// Merges that pages of new genres needed: the first of two Spanish surnames alone after a full
/// name whose surnames no lexicon lists.
@Suite struct NewGenreMergeTests {
    @Test(arguments: [
        ("Rescuer Juan Pablo Quispe Mamani reached the shaft. Quispe said the air was thin.", "Juan Pablo Quispe Mamani", "Quispe"),
        ("Ignacio Errázuriz Vial said the pumps worked. Errázuriz added more.", "Ignacio Errázuriz Vial", "Errázuriz"),
    ])
    func firstOfTwoUnlistedSurnamesMerges(_ text: String, _ full: String, _ alone: String) {
        let people = EntityTesting.entities([text]).filter { $0.type == .person }
        #expect(people.count == 1 && people.first?.name == full && people.first?.aliases.contains(alone) == true,
            "\(people.map { "\($0.name) \($0.aliases)" })")
    }

    /// A club read from a transfer's words and its full name with a club word are one club.
    @Test func clubFromTransferWordsMergesWithItsFullName() {
        let orgs = EntityTesting.entities(["Harbridge have agreed a fee with the player. Harbridge FC said the deal was done."])
            .filter { $0.type == .organization }
        #expect(orgs.count == 1 && orgs.first?.name == "Harbridge FC" && orgs.first?.aliases.contains("Harbridge") == true,
            "\(orgs.map { "\($0.name) \($0.aliases)" })")
    }

    /// A given name in the middle is no surname: "John Paul Jones … Paul" stay two people.
    @Test func middleGivenNameStaysApart() {
        let people = EntityTesting.entities(["John Paul Jones wrote it. Paul said he liked it."]).filter { $0.type == .person }
        #expect(people.count == 2, "\(people.map { "\($0.name) \($0.aliases)" })")
    }
}
