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
        // A move to a country is no club.
        ("The family completed a move to France in May.", [("France", "organization")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }
}
