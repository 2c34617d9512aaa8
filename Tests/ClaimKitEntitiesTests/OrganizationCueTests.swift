import ClaimKitModel
import Testing

/// Organisation rules of issue 4: people who work somewhere before "at" ("analysts at Harrowgate
/// said"), a nation's adjective before an organisation's name ("the British Red Cross"); rows that
/// must hold and rows that must not.
@Suite struct OrganizationCueTests {
    static let positives: [(String, String)] = [
        ("Shares were flat, but analysts at [Harrowgate](organization) said the deal was cheap.", "entity.org-staff-at"),
        ("Economists at [Brindle](organization) expect two cuts.", "entity.org-staff-at"),
        ("The rota was run by the [British Red Cross](organization) in 2021.", "entity.org-nation-adjective"),
        ("Volunteers from the [Norwegian Red Cross](organization) arrived.", "entity.org-nation-adjective"),
        ("[Quenvale West Coast](organization) says passengers should not travel.", "entity.org-speaking-place-name"),
        ("Later [Vellmouth Harbour](organization) said the quay was shut.", "entity.org-speaking-place-name"),
        ("The data were published in The [Boston Review Public Health](organization) on Monday.", "entity.org-capital-the"),
        ("It was his first goal since his signing from [Dunfermline](organization) in June.", "entity.org-sports-club"),
        ("The side changed four players after last week's defeat by [Kilmarnock](organization).", "entity.org-sports-club"),
        ("He joined from Norwegian side [Rosenborg](organization) in August.", "entity.org-sports-club"),
        ("The [Vellmouth Unified School District](organization) closed its schools.", "entity.org-service-district"),
        ("Rates rose at the [Quenvale Water District](organization) in May.", "entity.org-service-district"),
        ("They prayed at the [Masjid Kestrel](place) on Friday.", "entity.place-keyword"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i].0, rule: Self.positives[i].1)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A place after "at" keeps its reading; a staff word alone, or no staff word, is no cue.
        ("Researchers at Oxford said the trial worked.", [("Oxford", "organization")]),
        ("Harrowgate said the deal was cheap.", [("Harrowgate", "organization")]),
        // A country's name (no adjective) stays a place of its own; a plural demonym is no adjective.
        ("A spokesman for the US State Department said so.", [("US State Department", "any")]),
        ("Thousands of Germans joined the Red Cross appeal.", [("Germans Red Cross", "any")]),
        ("The Irish fans cheered the British Red Cross team.", [("Irish fans", "any")]),
        // A place that a keyword made and that says nothing, or a gazetteer place that speaks, stays a place.
        ("Rain closed Vellmouth Harbour on Monday.", [("Vellmouth Harbour", "organization")]),
        ("Kyiv says the talks will go on.", [("Kyiv", "organization")]),
        // An office after a capital "The" ends no title.
        ("A letter reached The Boston Health Secretary today.", [("Boston Health Secretary", "organization")]),
        // A nation after a match's words is the nation's side (read as the country); a person stays a person.
        ("Their victory over France was deserved.", [("France", "organization")]),
        ("Her win over Harris in the primary surprised few.", [("Harris", "organization")]),
        ("Her win over Ann Lee was narrow.", [("Ann Lee", "organization")]),
        // A district named for no service stays a place.
        ("Walkers filled the Lake District at Easter.", [("Lake District", "organization")]),
        ("Flooding hit the Vellmouth District overnight.", [("Vellmouth District", "organization")]),
        // "X of Y" keeps the demonym out (as before).
        ("The Greek Ministry of Culture refused.", [("Greek Ministry of Culture", "any")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }
}
