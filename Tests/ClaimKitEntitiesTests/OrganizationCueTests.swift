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
        // "X of Y" keeps the demonym out (as before).
        ("The Greek Ministry of Culture refused.", [("Greek Ministry of Culture", "any")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }
}
