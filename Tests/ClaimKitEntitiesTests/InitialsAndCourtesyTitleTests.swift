import ClaimKitModel
import Testing

/// Person rules of issue 4: initials without periods ("by JR Tolland"), a courtesy style before a
/// given name alone ("Lady Kathrin"); rows that must hold and rows that must not.
@Suite struct InitialsAndCourtesyTitleTests {
    static let positives: [(String, String)] = [
        ("Results were published in a paper by [JR Tolland](person) in 1994.", "entity.person-initials"),
        ("The method follows work by [KT Ondrasz](person) on wheat.", "entity.person-initials"),
        ("Yields fell, as shown in a paper by [AS Tolland](person) in 1989.", "entity.person-initials"),
        ("[Lady Kathrin](person) from the old series posed for photographs.", "entity.person-courtesy-title"),
        ("The villain is played by [Lord Edmund](person) in the remake.", "entity.person-courtesy-title"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        EntityTesting.expectMarked(Self.positives[i].0, rule: Self.positives[i].1)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A known acronym before a name is no initials.
        ("Data came from the UK Biobank study.", [("UK Biobank", "person")]),
        ("Funding came from the EU Horizon scheme.", [("EU Horizon", "person")]),
        // Two capitals opening a heading, in a capitals heading, or before a common word, are no initials.
        ("JR Tolland wins award", [("JR Tolland", "person")]),
        ("Reporters were IDENTIFIED AS PRESS by the crew.", [("AS PRESS", "any")]),
        ("It was shown on the BT Sport channel.", [("BT Sport", "person")]),
        // "Lady" before a family name or before two names keeps its old reading.
        ("Lady Helen Taylor opened the fete.", [("Lady Helen", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }
}
