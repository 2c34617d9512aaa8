import ClaimKitEntities
import ClaimKitLexicon
import ClaimKitModel
import ClaimKitText
import Testing

/// Positive and negative rows per rule family: each marked span must come out as a
/// mention of an entity of that type; each negative row's names must not.
@Suite struct RecognitionTests {
    static let positives: [String] = [
        // Titles and offices before a name.
        "[Hungary](place)'s Prime Minister [Viktor Orbán](person) spoke.",
        "It was led by Secretary of State [Marco Rubio](person) this week.",
        "They met Deputy Foreign Minister [Serhiy Kyslytsya](person) on Monday.",
        "A statement from [Kremlin](organization) spokesman [Dmitry Peskov](person) followed.",
        "Putin's special envoy [Kirill Dmitriev](person) said so.",
        "Today they met Gen [Keith Kellogg](person) in private.",
        "Earlier, Defence Secretary [Pete Hegseth](person) vowed to act.",
        "Health secretary [Mina Okoro](person) was forced onto the defensive.",
        // Given names, family names, name shapes.
        "Yesterday [Karoline Leavitt](person) answered questions.",
        "The gift came from [Steven F. Udvar-Hazy](person), who paid for it.",
        "Talks in [Budapest](place) were arranged by [Hamdullah Mohib](person), the ambassador.",
        "The award went to [Nacer Chadli](person) and others.",
        "The winner was [Kim Min-Woo](person) of the home side.",
        // Reporting verbs and appositions.
        "[Okonkwo](person) said the plan would fail.",
        "The bill was backed by [Tamsin Arkwright](person), the health minister, last year.",
        // Places: gazetteers, prepositions, keywords.
        "The summit will be held in [Budapest](place), [Hungary](place).",
        "Troops moved near [Avdiivka](place) overnight.",
        "The army pressed on in [Rafah](place) and [Khan Younis](place).",
        "The [Israel Defense Forces](organization) ([IDF](organization)) said so.",
        "Fighting in the [Middle East](place) and [Gaza](place) continued.",
        "Crowds gathered in [Red Square](place) on Sunday.",
        "She lives in [Washington DC](place) now.",
        "Talks in [Kiev](place) resumed.",
        // Organisations: known lists, keywords, suffixes, acronyms.
        "According to [Reuters](organization), the [European Union](organization) agreed.",
        "The [National Police Chiefs' Council](organization) published figures.",
        "Shares in [Brightwater Holdings Ltd](organization) fell.",
        "A report by the [Ministry of Defence](organization) said so.",
        "[Romania](place)'s [Environment Ministry](organization) said the dam failed; the [Health Ministry](organization) agreed.",
        "Its operator, [Polar Horizons Expeditions](organization), said the ship was safe.",
        "He studied at the [University of North Carolina](organization) for years.",
        "He posted on [Truth Social](organization) and [Telegram](organization).",
        "[Quorvex](organization)'s chief executive, [Dana Whitfield](person), resigned.",
        "The [Ohio State Nurses Association](organization) President [Lena Moravec](person) spoke.",
        "The [White House](organization) said little.",
        // Names joined by "&", "and", a lower-case suffix; clubs; descriptors (issue 4).
        "Shares in [Halvorsen Foods plc](organization) rose.",
        "The [Fair Trading and Pensions Authority](organization) opened an inquiry.",
        "A memo from the [Office of Planning and Budget](organization) leaked.",
        "Lawyers at [Gribble & Partners Ltd](organization) objected.",
        "Shoppers queued outside [Pennick & Rowe](organization) stores.",
        "Fans of [Leicester City](organization) and [Bristol Rovers](organization) sang.",
        "Strikes hit [Gaza City](place) overnight.",
        "The state broadcaster [RTV Andina](organization) aired it.",
        "The public broadcaster [Radio Nueva Chile](organization) aired it.",
        // A company's legal form ends the name whatever its words read as alone; kinds of
        // body before a name (session 9).
        "[Fernverkehr Deutschland AG](organization) has apologised.",
        "[Halvorsen Leipzig GmbH](organization) cut jobs.",
        "Shares in [Kestrel Norway ASA](organization) fell.",
        "He spoke for the passenger association [Fahrgastverband Mitte](organization) on Monday.",
        "The farmers' federation [Agrovia](organization) objected.",
        // A landform word opening a known name; a small town after "west of".
        "Fishermen on [Lake Naivasha](place) saw it.",
        "The swarm settled west of [Lodwar](place) on Thursday.",
        "Farmers north-east of [Kakuma](place) lost crops.",
        // People: a given name before a country's name, Korean order, a title glued on.
        "The motion was tabled by [Jordan Pike](person) on Monday.",
        "The goal came from [Park Joo-Ho](person) late on.",
        "The seat went to [Tam Wai-kuen](person) of the new party.",
        "The seat went to [Lau Wai-kuen](person) and her party.",
        "The rocket is on show at the [Space and Flight Center](place) now.",
        "Critic [Tom Ashby](person) was unimpressed.",
        "The [Office of Planning and Budget](organization) replied.",
        "The [Kessler](person) administration disagreed.",
        "Critics of the [Obama](person) administration disagreed.",
        "The festival director [Megan Lake](person) said it would go ahead.",
        "Deputy Border Security Secretary [Rachel Osei](person) defended it.",
        "Residents sheltered in [Deir al-Balah](place) overnight.",
        "Analysts at the [Budget Policy Center](organization) disagreed.",
        "Crowds filled the [Harbour Shopping Centre](place) at noon.",
        // A lone name before "government" (entity.person-administration); a three-word name with a
        // person cue though a place keyword ends it; a family name that is also a common word or a
        // function word (entity.person-name-shape, entity.person-given-name).
        "The film opened the [Lisbon Harbour Film Festival](organization) on Friday.",
        "A [United Kingdom](place) [Home Office](organization) letter leaked.",
        "Fish are thrown at [Harbour Vale Place](place) every morning.",
        "The head of the Coastal Tenants Relations [Maria Salem](person) said it was unfair.",
        "Critics of the [Ferrandi](person) government disagreed.",
        "The professor [Derek Ansel Hill](person) commented on the case.",
        "The seat went to nonpartisan [Tavio Ho](person) after a recount.",
        "Elected were Ana Leung of one party and [James To](person) of another.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    /// Text, and names that must not come out as the given type (or at all, with "any").
    static let negatives: [(String, [(String, String)])] = [
        ("Joining Yermak in the US are officials.", [("Joining Yermak", "any"), ("Joining", "any")]),
        ("Summit preparations are under way.", [("Summit", "any")]),
        ("It was published at 20:49 BST today.", [("BST", "any")]),
        ("Western observers agree it did not last.", [("Western", "any")]),
        ("\"Hungary is the island of PEACE!\" he adds.", [("PEACE", "any")]),
        ("In March the talks stalled.", [("In March", "any"), ("March", "any")]),
        ("The missiles have a range of 2,500km.", [("The", "any")]),
        ("Kyiv has said it wants more.", [("Kyiv", "person")]),
        ("The UN General Assembly met in September.", [("Assembly", "person"), ("September", "any")]),
        ("Tomahawk missiles would put Moscow in reach.", [("Tomahawk", "any")]),
        ("The CEO of the company left.", [("CEO", "any")]),
        ("\"It is over,\" Mr Okafor told MPs.", [("MPs", "any")]),
        ("\"I'm told it is fine,\" she said.", [("I'm", "any")]),
        ("They met at the Comic Corps booth.", [("Corps", "person")]),
        ("Trucks waited at the Kerem Shalom crossing.", [("Kerem Shalom", "person")]),
        ("The Mercer Island-based firm grew.", [("Mercer Island-based", "any"), ("Island-based", "any")]),
        ("Whole Foods said prices would fall.", [("Whole Foods", "person")]),
        ("He was threatened in March, prosecutors said.", [("March", "any")]),
        ("A string of Tory MPs said it was wrong.", [("Tory MPs", "person")]),
        ("The delegate in Valencia, Pilar Bernabé, told journalists.", [("Pilar Bernabé", "place")]),
        ("The Attorney for the Western District of New York said so.", [("York", "any")]),
        ("Trump Says He Will Meet Putin In Budapest", [("Will Meet Putin", "any"), ("Trump Says", "any")]),
        ("The award went to the Booker Prize-winner last night.", [("Booker Prize-winner", "person")]),
        ("The Fair Trading and Pensions Authority opened an inquiry.", [("Pensions Authority", "any")]),
        ("The state broadcaster RTV Andina aired it.", [("RTV Andina", "person")]),
        ("The public broadcaster Radio Nueva Chile aired it.", [("Chile", "any"), ("Radio", "any")]),
        ("Fernverkehr Deutschland AG has apologised.", [("Deutschland AG", "place"), ("Deutschland", "place")]),
        ("The party Saturday was loud.", [("Saturday", "any")]),
        ("Fishermen on Lake Naivasha saw it.", [("Naivasha", "place")]),
        ("The swarm reached Lodwar on Thursday.", [("Lodwar", "person")]),
        ("Ag Minister Lena Holt spoke.", [("Ag Minister Lena Holt", "organization")]),
        ("The motion was tabled by Jordan Pike on Monday.", [("Jordan", "place")]),
        ("Fans of Leicester City sang.", [("Leicester", "place")]),
        ("Deputy Border Security Secretary Rachel Osei defended it.", [("Border Security Secretary Rachel Osei", "any")]),
        ("Ministers from France and Germany met.", [("France and Germany", "any")]),
        ("Prince Harry said he was sorry.", [("Prince Harry", "any")]),
        ("She starred in \"The Silent Lagoon Harbour\", a drama.", [("Silent Lagoon Harbour", "place")]),
        ("Her novel \u{201C}Cold Marsh Valley\u{201D} sold well.", [("Cold Marsh Valley", "place")]),
        ("They sent Mary To Paris by train.", [("Mary To", "any")]),
        ("Like every other New Zealander she voted twice.", [("New Zealander", "any")]),
        ("Two Sri Lankans reached the final.", [("Sri Lankans", "any")]),
        ("The Kenya government replied.", [("Kenya", "person")]),
        ("Visitors to Kowloon Rock were few.", [("Kowloon Rock", "person")]),
        ("The climb up Prospect Hill took an hour.", [("Prospect Hill", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }

    @Test func bylinesAreRolesOfPeople() {
        let entities = EntityTesting.entities(
            ["Talks resume", "Freya Scott-Turner", "Live reporter", "The talks resumed."],
            kinds: [.title, .bylineName, .bylineRole, .paragraph])
        let freya = entities.first { $0.name == "Freya Scott-Turner" }
        #expect(freya?.type == .person)
        #expect(freya?.roles == ["Live reporter"])
        #expect(freya?.typeRule == .entityByline)
    }

    @Test func bylineDescriptionsAreNoPeople() {
        let entities = EntityTesting.entities(
            ["Fire toll rises", "Guardian staff reporter", "The toll rose."], kinds: [.title, .bylineName, .paragraph])
        #expect(!entities.contains { $0.type == .person })
        #expect(entities.first { $0.name == "Guardian" }?.type == .organization)
    }

    @Test func bylineHandlesAreNoPartOfTheName() {
        let entities = EntityTesting.entities(
            ["Strike ends", "Julia Horowitz @juliakhorowitz", "It ended."], kinds: [.title, .bylineName, .paragraph])
        #expect(entities.first { $0.type == .person }?.name == "Julia Horowitz")
    }

    @Test func bylinesOfAgenciesAreOrganisations() {
        let entities = EntityTesting.entities(
            ["Talks resume", "Reuters", "The talks resumed."], kinds: [.title, .bylineName, .paragraph])
        #expect(entities.first { $0.name == "Reuters" }?.type == .organization)
    }

    @Test func imageCreditsNamePhotographersAndAgencies() {
        let entities = EntityTesting.entities(
            ["The White House.", "Bernd Debusmann Jr/BBC News", "A crowd.", "Agence France-Presse — Getty Images"],
            kinds: [.imageDescription, .imageCredit, .imageDescription, .imageCredit])
        #expect(entities.contains { $0.type == .organization && $0.name == "Agence France-Presse" })
        #expect(entities.contains { $0.type == .organization && $0.name == "Getty Images" })
        #expect(entities.contains { $0.type == .person && $0.name == "Bernd Debusmann Jr" })
        #expect(entities.contains { $0.type == .organization && $0.name == "BBC News" })
    }

    @Test func aClubCreditIsTheClubNotAPhotographer() {
        let entities = EntityTesting.entities(
            ["The new signing at the training ground.", "Everton FC", "The manager.", "Marta Ruiz/Harwick Rovers"],
            kinds: [.imageDescription, .imageCredit, .imageDescription, .imageCredit])
        #expect(entities.contains { $0.type == .organization && $0.name == "Everton FC" })
        #expect(entities.contains { $0.type == .organization && $0.name == "Harwick Rovers" })
        #expect(entities.contains { $0.type == .person && $0.name == "Marta Ruiz" })
    }

    @Test func salutationsGiveGenderNotRoles() {
        let entities = EntityTesting.entities(["Mrs Okafor said the plan was sound."])
        let okafor = entities.first { $0.name == "Okafor" }
        #expect(okafor?.type == .person)
        #expect(okafor?.gender == .female)
        #expect(okafor?.roles == [])
    }

    @Test func genderFromGivenNamesAndTitles() {
        let entities = EntityTesting.entities(["Karoline Leavitt spoke, and spokesman Dmitry Peskov replied."])
        #expect(entities.first { $0.name == "Karoline Leavitt" }?.gender == .female)
        #expect(entities.first { $0.name == "Dmitry Peskov" }?.gender == .male)
    }

    @Test func mentionsSliceBackAndNameTheirRule() {
        let text = "Hungary's Prime Minister Viktor Orbán met Secretary of State Marco Rubio in Budapest, Reuters said."
        let entities = EntityTesting.entities([text])
        #expect(!entities.isEmpty)
        for e in entities {
            for m in e.mentions {
                #expect(String(text.slice(m.range)) == m.text)
                #expect(
                    m.provenance.rule.rawValue.hasPrefix("entity.") || m.provenance.rule.rawValue.hasPrefix("alias."))
            }
        }
        let budapest = entities.first { $0.name == "Budapest" }?.mentions.first?.provenance
        #expect(budapest?.lexicon?.file.hasPrefix("places/") == true)
        #expect((budapest?.lexicon?.line ?? 0) > 0)
    }
}

/// Users' own lexicon rows (`--lexicons DIR`) extend the built-in ones.
@Suite struct UserLexiconTests {
    @Test func aUserOrganisationIsKnown() throws {
        var store = EntityTesting.store
        store.add(
            try Lexicon.parse("name\tkind\taliases\nZyntrax Collective\tgroup\tZC\n", file: "organizations/known.tsv"))
        let recognizer = EntityRecognizer(lexicons: store)
        var builder = EntryTextBuilder()
        builder.append(.paragraph, "Members of Zyntrax Collective marched. ZC said more would come.")
        let (text, blocks) = builder.finish()
        let entities = recognizer.entities(in: [AnalyzedEntry(entry: Entry(index: 1, text: text, blocks: blocks))])
        let zc = entities.first { $0.name == "Zyntrax Collective" }
        #expect(zc?.type == .organization)
        #expect(zc?.aliases == ["ZC"])
        #expect(zc?.mentions.first?.provenance.lexicon?.file == "organizations/known.tsv")
    }
}
