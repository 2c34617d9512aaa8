import ClaimKitModel
import Testing

/// Alias merging: each row's paragraphs must give one entity with the expected name, whose
/// aliases include the listed forms, merged by the listed rule.
@Suite struct AliasTests {
    struct Row: Sendable, CustomStringConvertible {
        var paragraphs: [String]
        var name: String
        var aliases: [String]
        var rule: RuleID?
        var description: String { name }
    }

    static let rows: [Row] = [
        Row(
            paragraphs: ["Doctors led by Khalil Abu Sarwan met.", "Abu Sarwan said supplies were short."],
            name: "Khalil Abu Sarwan", aliases: ["Abu Sarwan"], rule: .aliasSurname),
        Row(
            paragraphs: ["The Seismic Survey Bureau (SSRB) warned of aftershocks.", "The SSRB said more would come."],
            name: "Seismic Survey Bureau", aliases: ["SSRB"], rule: .aliasAcronym),
        Row(
            paragraphs: ["Shares in Larchmont Brands Inc fell.", "Larchmont said it would cut jobs."],
            name: "Larchmont Brands Inc", aliases: ["Larchmont"], rule: .aliasOrgHead),
        Row(
            paragraphs: ["Rain fell on Taipei City.", "Schools in Taipei closed."], name: "Taipei City",
            aliases: ["Taipei"], rule: .aliasPlaceQualifier),
        Row(
            paragraphs: ["The petition was started by Nora Swindon.", "\"We were ignored,\" Swindon said."],
            name: "Nora Swindon", aliases: ["Swindon"], rule: .aliasSurname),
        Row(
            paragraphs: ["The bill was drafted by Bill Hexley.", "Hexley said it was fair."],
            name: "Bill Hexley", aliases: ["Hexley"], rule: .aliasSurname),
        Row(
            paragraphs: ["Donald Trump spoke.", "Later Trump said more."], name: "Donald Trump", aliases: ["Trump"],
            rule: .aliasSurname),
        Row(
            paragraphs: ["Viktor Orbán spoke.", "Viktor Orban in a blue suit.", "Orbán says so."], name: "Viktor Orbán",
            aliases: ["Viktor Orban", "Orbán"], rule: .aliasDiacritics),
        Row(
            paragraphs: [
                "US Secretary of State Marco Rubio and his counterpart Sergey Lavrov will speak.",
                "Foreign Minister Sergei Lavrov believes it.",
            ],
            name: "Sergey Lavrov", aliases: ["Sergei Lavrov"], rule: .aliasTransliteration),
        Row(
            paragraphs: ["President Volodymyr Zelensky landed.", "Zelenskyy said he was ready."],
            name: "Volodymyr Zelensky", aliases: ["Zelenskyy"], rule: .aliasSurname),
        Row(
            paragraphs: ["Drones struck Kyiv.", "Kiev was quiet by morning."], name: "Kyiv", aliases: ["Kiev"],
            rule: .aliasLexicon),
        Row(
            paragraphs: [
                "The National Police Chiefs' Council said 23 were held.", "The NPCC added that more would follow.",
            ],
            name: "National Police Chiefs' Council", aliases: ["NPCC"], rule: .aliasAcronym),
        Row(
            paragraphs: ["The head of his office Andriy Yermak spoke.", "@AndriyYermak posted a picture."],
            name: "Andriy Yermak", aliases: ["@AndriyYermak"], rule: .aliasHandle),
        Row(
            paragraphs: [
                "Bernd Debusmann Jr", "Reporting from the White House", "I spoke to Bernd Debusmann about it.",
            ],
            name: "Bernd Debusmann Jr", aliases: ["Bernd Debusmann"], rule: .aliasShorterForm),
        Row(
            paragraphs: ["Talks were held in Washington DC.", "Officials in Washington said so."],
            name: "Washington DC", aliases: ["Washington"], rule: .aliasPlaceQualifier),
        Row(
            paragraphs: ["BBC News reported it.", "The BBC said so."], name: "BBC News", aliases: ["BBC"],
            rule: .aliasOrgHead),
        Row(
            paragraphs: ["Shares in Brackwell Co. fell.", "Brackwell said it would cut jobs."], name: "Brackwell Co.",
            aliases: ["Brackwell"], rule: .aliasOrgHead),
        Row(
            paragraphs: ["Tim Loughton asked a question.", "Loughton said the figures were wrong."],
            name: "Tim Loughton", aliases: ["Loughton"], rule: .aliasSurname),
        Row(
            paragraphs: ["Thomas Markle Senior spoke.", "Thomas Markle said more."], name: "Thomas Markle Senior",
            aliases: ["Thomas Markle"], rule: .aliasShorterForm),
        Row(
            paragraphs: [
                "Its director general, Tedros Adhanom Ghebreyesus, called for access.",
                "Tedros said trucks were waiting.",
            ],
            name: "Tedros Adhanom Ghebreyesus", aliases: ["Tedros"], rule: .aliasGivenName),
        Row(
            paragraphs: ["The Israel Defense Forces (IDF) struck targets.", "The IDF said so."],
            name: "Israel Defense Forces", aliases: ["IDF"], rule: .aliasAcronym),
        Row(
            paragraphs: ["The UK and EU warmongers try hard.", "Britain agreed."], name: "UK", aliases: ["Britain"],
            rule: .aliasLexicon),
    ]

    @Test(arguments: rows)
    func merges(_ row: Row) {
        let kinds: [ClaimKitModel.Block.Kind]? =
            row.name == "Bernd Debusmann Jr" ? [.bylineName, .bylineRole, .paragraph] : nil
        let entities = EntityTesting.entities(row.paragraphs, kinds: kinds)
        let matching = entities.filter { e in e.name == row.name || e.aliases.contains(row.name) }
        #expect(matching.count == 1, "one entity for \(row.name), found \(entities.map { "\($0.name) \($0.aliases)" })")
        guard let e = matching.first else { return }
        #expect(e.name == row.name)
        for alias in row.aliases {
            #expect(e.aliases.contains(alias), "\(alias) in \(e.aliases)")
        }
        if let rule = row.rule {
            #expect(e.merges.contains { $0.rule == rule }, "\(rule) in \(e.merges.map(\.rule))")
        }
    }

    @Test func aPersonOutweighsATownOfTheSameName() {
        let entities = EntityTesting.entities([
            "Few leaders stand up to Obama.", "After the speech, Obama hailed the deal.", "\"It matters,\" Obama said.",
        ])
        #expect(entities.first { $0.name == "Obama" }?.type == .person)
    }

    @Test func roleListKeepsOrderOfAppearance() {
        let entities = EntityTesting.entities([
            "He says US Secretary of State Marco Rubio will speak.",
            "They met Trump's National Security Advisor Marco Rubio.",
        ])
        #expect(
            entities.first { $0.name == "Marco Rubio" }?.roles == ["Secretary of State", "National Security Advisor"])
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let entities = EntityTesting.entities([
            "Hillary Clinton spoke first. Clinton said she was pleased.", "Then Bill Clinton arrived. Clinton waved.",
        ])
        let people = entities.filter { $0.type == .person }
        #expect(people.contains { $0.name == "Hillary Clinton" })
        #expect(people.contains { $0.name == "Bill Clinton" })
        #expect(!people.contains { $0.name == "Hillary Clinton" && $0.aliases.contains("Bill Clinton") })
    }

    @Test func everyAliasHasAnAuditedMerge() {
        let entities = EntityTesting.entities([
            "Donald Trump met Vladimir Putin.", "Trump and Putin spoke; the EU and the European Union agreed.",
        ])
        for e in entities {
            for alias in e.aliases {
                #expect(e.merges.contains { $0.alias == alias && $0.into == e.name }, "\(alias) into \(e.name)")
            }
        }
    }
}
