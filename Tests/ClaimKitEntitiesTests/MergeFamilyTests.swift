import ClaimKitModel
import Testing

/// Merging rules of issue 4, each with rows that must hold and rows that must not: a given name
/// spelled two ways, a family's plural, an organisation keyword alone beside its one "X of Y" name.
@Suite struct MergeFamilyTests {
    // MARK: alias.given-name-spelling

    struct Merge: Sendable, CustomStringConvertible {
        var paragraphs: [String]
        var name: String
        var alias: String
        var description: String { name }
    }

    static let spellingMerges: [Merge] = [
        Merge(
            paragraphs: ["The show was curated by Kathrin Moll.", "Kathryn Moll said the prints were fragile.", "Moll added more."],
            name: "Kathrin Moll", alias: "Kathryn Moll"),
        Merge(
            paragraphs: ["Stephen Ould led the choir.", "Later Stephan Ould thanked the singers, and Stephen Ould left."],
            name: "Stephen Ould", alias: "Stephan Ould"),
    ]

    @Test(arguments: spellingMerges)
    func givenNameSpellingsMerge(_ row: Merge) {
        let people = EntityTesting.entities(row.paragraphs).filter { $0.type == .person }
        let hit = people.filter { $0.name == row.name || $0.aliases.contains(row.name) }
        #expect(hit.count == 1, "\(people.map { "\($0.name) \($0.aliases)" })")
        #expect(hit.first?.aliases.contains(row.alias) == true, "\(hit.map(\.aliases))")
        #expect(hit.first?.merges.contains { $0.rule == .aliasGivenNameSpelling } == true)
    }

    /// Given names that differ in a consonant, or in gender, or that are too short, stay two people.
    static let spellingApart: [[String]] = [
        ["Mark Ould spoke first.", "Mary Ould spoke next."],
        ["Daniel Pryor spoke first.", "Danielle Pryor spoke next."],
        ["Robin Lusk spoke first.", "Rodin Lusk spoke next."],
        ["Dana Hext spoke first.", "Dina Hext spoke next."],
    ]

    @Test(arguments: spellingApart.indices)
    func differentGivenNamesStayApart(_ i: Int) {
        let people = EntityTesting.entities(Self.spellingApart[i]).filter { $0.type == .person && $0.mentions.count >= 1 }
        #expect(people.filter { $0.name.split(separator: " ").count == 2 }.count == 2, "\(people.map { "\($0.name) \($0.aliases)" })")
    }

    // MARK: Family plurals

    @Test func aFamilyPluralIsNoPerson() {
        let people = EntityTesting.entities([
            "Ravi Dunn, 40, and his wife Asha Dunn, 38, were charged.",
            "Despite the warnings, the Dunns continued to refuse treatment.",
        ]).filter { $0.type == .person }
        #expect(!people.contains { $0.name == "Dunns" || $0.aliases.contains("Dunns") }, "\(people.map(\.name))")
        #expect(people.contains { $0.name == "Ravi Dunn" } && people.contains { $0.name == "Asha Dunn" })
    }

    @Test func aPluralThatIsAFamilyNameBesideOneBearerStaysAPerson() {
        let people = EntityTesting.entities([
            "Ann William chaired the meeting.", "Later Williams said the vote was close.",
        ]).filter { $0.type == .person }
        #expect(people.contains { $0.name == "Williams" || $0.aliases.contains("Williams") }, "\(people.map(\.name))")
    }

    // MARK: alias.organization-of, one word

    @Test func aKeywordAloneJoinsTheOneFullerName() {
        let entities = EntityTesting.entities([
            "Hackers attack Church of Halden Light website", "The Church of Halden Light said its Church website was down.",
        ])
        let orgs = entities.filter { $0.type == .organization }
        #expect(!orgs.contains { $0.name == "Church" }, "\(orgs.map { "\($0.name) \($0.aliases)" })")
    }
}

/// alias.legal-suffix: a name less its legal suffix or club abbreviation joins the one fuller name,
/// whatever the shorter name first read as; a lone word or two fuller names stay apart.
@Suite struct LegalSuffixMergeTests {
    @Test(arguments: [
        // The shorter name first read as a person's (a known given name first).
        (["The league fined Nana Royals FC on Monday.", "It also barred Nana Royals from hosting matches."], "Nana Royals FC", "Nana Royals"),
        (["Shares in Halvorsen Foods plc rose.", "Halvorsen Foods said sales were up."], "Halvorsen Foods plc", "Halvorsen Foods"),
    ])
    func shorterNameJoins(_ paragraphs: [String], _ name: String, _ alias: String) {
        let entities = EntityTesting.entities(paragraphs)
        let hit = entities.first { $0.name == name }
        #expect(hit?.type == .organization)
        #expect(hit?.aliases.contains(alias) == true, "\(entities.map { "\($0.name) \($0.aliases)" })")
        #expect(!entities.contains { $0.type == .person && $0.name == alias })
    }

    @Test func twoFullerNamesLeaveTheShorterApart() {
        let entities = EntityTesting.entities([
            "Kestrel Lines plc and Kestrel Lines Ltd both bid.", "Kestrel Lines said nothing.",
        ])
        #expect(!entities.contains { $0.aliases.contains("Kestrel Lines") }, "\(entities.map { "\($0.name) \($0.aliases)" })")
    }
}

/// alias.surname-spelling: a misspelt family name alone joins the one full name it nearly spells.
@Suite struct SurnameSpellingTests {
    @Test(arguments: [
        (["The grants were run by Petra Lindqvist.", "Recipients, said Lindqvsit, must show the works."], "Petra Lindqvist", "Lindqvsit"),
        (["The policy was explained by Ann Harrow.", "\"It is simple,\" Ms Harow said."], "Ann Harrow", "Harow"),
    ])
    func misspeltSurnameJoins(_ paragraphs: [String], _ name: String, _ alias: String) {
        let people = EntityTesting.entities(paragraphs).filter { $0.type == .person }
        let hit = people.first { $0.name == name }
        #expect(hit?.aliases.contains(alias) == true, "\(people.map { "\($0.name) \($0.aliases)" })")
        #expect(hit?.merges.contains { $0.rule == .aliasSurnameSpelling } == true)
    }

    /// Two candidates, a short name, or another first letter: no merge.
    @Test(arguments: [
        ["Tom Clark spoke.", "Ed Clarkes spoke.", "Later Clarke said so."],
        ["Ann Hale spoke.", "Later Ms Hall said so."],
        ["Ann Harrow spoke.", "Later Ms Barrow said so."],
    ])
    func nearSurnamesStayApart(_ paragraphs: [String]) {
        let people = EntityTesting.entities(paragraphs).filter { $0.type == .person }
        #expect(!people.contains { $0.merges.contains { $0.rule == .aliasSurnameSpelling } }, "\(people.map { "\($0.name) \($0.aliases)" })")
    }
}

/// An acronym and the name in brackets right after it, initials in any order: one organisation.
@Suite struct BracketedExpansionTests {
    @Test func aTranslatedExpansionJoinsItsAcronym() {
        let orgs = EntityTesting.entities([
            "The secretary of CEV (Vellish Episcopal Conference), Ann Lee, said so.", "The CEV said more later.",
        ]).filter { $0.type == .organization }
        let hit = orgs.first { $0.name == "Vellish Episcopal Conference" || $0.aliases.contains("Vellish Episcopal Conference") }
        #expect(hit?.aliases.contains("CEV") == true, "\(orgs.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func otherLettersStayApart() {
        let orgs = EntityTesting.entities([
            "The secretary of CEB (Vellish Episcopal Conference) said so.",
        ]).filter { $0.type == .organization }
        #expect(!orgs.contains { $0.aliases.contains("CEB") }, "\(orgs.map { "\($0.name) \($0.aliases)" })")
    }
}
