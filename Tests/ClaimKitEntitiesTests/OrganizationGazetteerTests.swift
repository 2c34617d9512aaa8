import ClaimKitModel
import Testing

/// The organisation gazetteers: hand-curated organizations/known.tsv (with its `context` column for
/// names that are also ordinary words) and the generated organizations/wordnet-organizations.tsv.
/// Rows that must be recognised, and ordinary words that must not become organisations.
@Suite struct OrganizationGazetteerTests {
    static let positives: [String] = [
        // Hand-curated: companies, broadcasters, papers, bodies, clubs, orchestras.
        "Analysts said [Netflix](organization) added eight million subscribers.",
        "The company was advised by [Deloitte](organization) and lawyers from London.",
        "The jet maker [Embraer](organization) delivered 40 aircraft.",
        "The match was shown on [Eurosport](organization) in France.",
        "The recording came out on [Deutsche Grammophon](organization) in May.",
        "Trade in the species is banned under [CITES](organization) rules.",
        "The conductor led the [Berlin Philharmonic](organization) on Sunday.",
        "She joined the [New York Philharmonic](organization) as principal oboe.",
        "In an interview with [BBC Scotland](organization), the minister said no.",
        "The paper quoted [Médecins Sans Frontières](organization) staff in Gaza.",
        // One-word names that are also ordinary words, inside a sentence.
        "Profits at [Shell](organization) rose by a third.",
        "The film was reviewed by [Variety](organization) last week.",
        "He scored twice for [Celtic](organization) in the cup.",
        // Organisations written in small letters beside their acronym ("Nato" and "NATO").
        "Ministers from [Opec](organization) countries met in Vienna.",
        "A [Nasa](organization) probe reached the asteroid.",
        // Generated from WordNet: agencies, international bodies, armed groups.
        "Officials from [FEMA](organization) arrived on Monday.",
        "Volunteers from [Greenpeace](organization) boarded the ship.",
        "The [Shining Path](organization) attacked a patrol.",
        "The [Bundesbank](organization) cut its forecast.",
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i], rule: "entity.org-known")
    }

    static let negatives: [(String, [(String, String)])] = [
        // A name that is also an ordinary word opens a sentence as the word.
        ("Shell fragments were found on the beach.", [("Shell", "organization")]),
        ("Variety is what the menu lacks.", [("Variety", "organization")]),
        ("Visa rules will change in April.", [("Visa", "organization")]),
        ("Celtic music filled the hall.", [("Celtic", "organization")]),
        // In a title-case heading it is read in small letters.
        ("Crowds Flock Back To Variety Shows Across Britain", [("Variety", "organization")]),
        ("Farmers Expect Bumper Apple Harvest This Autumn", [("Apple", "organization")]),
        // Generated rows never take a place's name or an ordinary word.
        ("Leaders across Europe met on Monday.", [("Europe", "organization")]),
        ("The Defense of the realm was his theme.", [("Defense", "organization")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }

    /// An ordinary-word name at a sentence start is the organisation when the entry also writes it
    /// capitalised inside a sentence.
    @Test func contextNameAtStartWithContext() {
        let entities = EntityTesting.entities(["Shell cut 500 jobs.", "Profits at Shell fell by a third."])
        let shell = entities.first { $0.name == "Shell" }
        #expect(shell?.type == .organization)
        #expect(shell?.mentions.count == 2)
    }
}
