import Testing

/// People named with the given and family names of people/given-names-international.tsv and
/// people/family-names-international.tsv (names the US census lists miss), found with no reporting verb
/// after them; and words those lists leave out (dictionary words, places, organisations) that must not
/// become people. Sentences are our own.
@Suite struct InternationalNameTests {
    static let positives: [String] = [
        "[Emre Yıldırım](person) of the passenger association waited at the gate for an hour.",
        "[Rania Al-Khatib](person), a nurse who commutes from Cottbus, waited on the platform.",
        "[Oluwaseun Adeyemi](person) runs a bakery near the market.",
        "[Thandeka Dlamini](person) opened the new clinic on Monday.",
        "[Tatenda Moyo](person) drove the last bus out of the depot.",
        "[Xiaoming Zhou](person) repaired the roof before the storm.",
        "[Katarzyna Kowalczyk](person) won the regional chess title in March.",
        "[Chukwuemeka Okafor](person) left the stadium before the final whistle.",
    ]

    /// Sentences and spans that must not come out as a person.
    static let negatives: [(String, [(surface: String, type: String)])] = [
        ("Traffic on Sultan Road was slow all morning.", [("Sultan Road", "person"), ("Sultan", "person")]),
        ("The Neo Democrats won two seats.", [("Neo Democrats", "person")]),
        ("Floor Manager Dee Sloan checked the lights.", [("Floor Manager", "person")]),
        ("Pilgrims walked from Bethlehem Square to the church.", [("Bethlehem Square", "person")]),
    ]

    @Test(arguments: positives)
    func marked(_ row: String) {
        EntityTesting.expectMarked(row)
    }

    @Test(arguments: negatives.indices)
    func absent(_ i: Int) {
        EntityTesting.expectAbsent(Self.negatives[i].0, Self.negatives[i].1)
    }
}
