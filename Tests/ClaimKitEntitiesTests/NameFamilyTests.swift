import ClaimKitModel
import Testing

/// Rule families of names that blind pages showed weak: letters after a name, name particles,
/// accented given names, syllable variants and initials, weather events, unit and match-report
/// abbreviations, organisations named with a place or a field, other languages' heads, sports
/// clubs and leagues, parties. Positive rows mark each span with the type it must get; negative
/// rows list spans that must not come out with a type ("any": with no type at all).
@Suite struct NameFamilyTests {
    static let positives: [String] = [
        // entity.person-post-nominal
        "The barrister [Margaret Holloway](person) KC, for the defence, spoke first.",
        "Local member [Ann Leyton](person) MP said she would write to the council.",
        "The prize went to [Raj Patwardhan](person) OBE last year.",
        "A motion from [Joan Birchall](person) MSP was passed.",
        "The paper was written by [Tamsin Okereke](person) PhD and two others.",
        "The lab was opened by Dr [Ravi Menon](person) OBE FRS on Monday.",
        "Counsel [Tom Ashcombe](person) QC disagreed.",
        // Name particles inside one name.
        "Yesterday [Dafydd ap Gwynfor](person) said the river had never risen so fast.",
        "The report by [Karel van Dijkstra](person) was published.",
        "The minister [Paolo di Lucca](person) resigned.",
        // Accented given names.
        "The letter was signed by [Siân Pryce](person) on Monday.",
        "The motion came from [Eluned Morgenwg](person) on Tuesday.",
        "The goal was scored by [Bríd Kearney](person) late on.",
        // entity.weather-event (typed other).
        "Gusts from [Storm Ciarán](other) felled trees overnight.",
        "Forecasters tracked [Hurricane Milton](other) for days.",
        "Damage from [Tropical Storm Ida](other) was widespread.",
        // Organisations named with a place or compass word, or a finance head.
        "Crews from [Northern Powergrid](organization) were out all night.",
        "A spokesman for [Electricity North West](organization) said crews were working.",
        "Passengers of [Coastline Railway](organization) faced delays.",
        "Supplies from [Anglian Water](organization) are safe to drink.",
        "Analysts at [Halvern Capital](organization) expect cuts.",
        "A note from [Pantheon Macroeconomics](organization) said growth would slow.",
        "Economists at [Tarn Economics](organization) disagreed.",
        // entity.org-nation-body
        "Funding from [Sport England](organization) paid for the pool.",
        "The grant came from [Arts Council England](organization) this year.",
        "A spokeswoman for [Transport Scotland](organization) said the bridge was shut.",
        "Figures from [Statistics Norway](organization) showed a rise.",
        // Other languages' heads; centres named for a field.
        "Researchers at the [Karolinska Institutet](organization) agreed.",
        "She studied at the [Universität Wien](organization) for years.",
        "He lectures at the [Universidad de Chile](organization) now.",
        "The [National Cyber Security Centre](organization) issued a warning.",
        // entity.org-sports-club; leagues.
        "The result was [Hibs](organization) 2-1 [Hearts](organization) on Saturday.",
        "The game ended [Lyon](organization) 0-0 [Nice](organization) in the rain.",
        "The [Aberdeen](organization) manager praised his side.",
        "The [Celtic](organization) striker was sent off.",
        "Tickets for the [Scottish Premiership](organization) match sold out.",
        "They went top of [League One](organization) after the win.",
        "Tickets for [Leeds](organization) v [Rangers](organization) sold out.",
        "The trophy went to the winners of the [Champions League](organization) again.",
        // Parties.
        "Voters turned to [Plaid Cymru](organization) in the valleys.",
        "The leader of [Fianna Fáil](organization) spoke in the chamber.",
        "Support for [Sinn Féin](organization) rose in the poll.",
        "A deal between the [DUP](organization) and others failed.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    static let negatives: [(String, [(String, String)])] = [
        ("Local member Ann Leyton MP said so.", [("Leyton", "any"), ("MP", "any"), ("Ann Leyton MP", "any")]),
        ("The barrister Margaret Holloway KC spoke.", [("KC", "any"), ("Margaret Holloway KC", "any")]),
        ("Yesterday Dafydd ap Gwynfor said so.", [("Gwynfor", "any"), ("Dafydd", "any")]),
        ("The letter was signed by Siân Pryce on Monday.", [("Siân", "place"), ("Pryce", "person")]),
        ("Gusts from Storm Ciarán felled trees.", [("Storm Ciarán", "person"), ("Ciarán", "person")]),
        ("Forecasters tracked Hurricane Milton for days.", [("Hurricane Milton", "person"), ("Milton", "any")]),
        ("The phone has 128 GB of storage and 2 TB online.", [("GB", "any"), ("TB", "any")]),
        ("The new farm makes 40 MW, and the next will make 3 GW.", [("MW", "any"), ("GW", "any")]),
        ("It was 1-0 at HT and the goal stood after a VAR check.", [("HT", "any"), ("VAR", "any")]),
        ("It went to AET after an OG in the last minute.", [("AET", "any"), ("OG", "any")]),
        ("A spokesman for Electricity North West said so.", [("North West", "place")]),
        ("Funding from Sport England paid for it.", [("England", "place"), ("Sport England", "place")]),
        ("Analysts at Halvern Capital expect cuts.", [("Halvern Capital", "person")]),
        ("Economists at Pantheon Macroeconomics disagreed.", [("Macroeconomics", "any")]),
        // Crowds follow politicians too: "fans" and "supporters" make no club of a person.
        ("Hundreds of Trump supporters gathered outside.", [("Trump", "organization")]),
        ("Thousands of Adele fans queued all night.", [("Adele", "organization")]),
        // A country's side reads as the country; people's names stay people.
        ("The England manager named his squad.", [("England", "organization")]),
        ("The case of Roe v Wade was cited.", [("Roe", "organization"), ("Wade", "organization")]),
        ("Tickets for England v Wales sold out.", [("England", "organization"), ("Wales", "organization")]),
        ("The goal came from Welsh striker Ann Lee.", [("Welsh", "organization")]),
        ("The Aberdeen manager praised his side, and Aberdeen council met.", [("Aberdeen council", "any")]),
        // A weather word before a common word is no event.
        ("Storm Warning signs went up on the pier.", [("Storm Warning", "other")]),
        // Letters that are no post-nominal: an acronym before them.
        ("The NHS MP group met.", [("NHS", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }

    /// "Kim Jong Un" and "Kim Jong-un"; "Mohammed bin Salman (MBS)": one person each.
    @Test func syllableVariantsAndInitialsAreOnePerson() {
        let a = EntityTesting.entities(["Kim Jong Un met officials.", "Later Kim Jong-un said talks would resume."])
        let kims = a.filter { $0.type == .person && ($0.name.hasPrefix("Kim") || $0.aliases.contains { $0.hasPrefix("Kim") }) }
        #expect(kims.count == 1, "\(a.map { "\($0.name) \($0.aliases)" })")

        let b = EntityTesting.entities(["Lee Jae-myung spoke.", "Later Lee Jae Myung was quoted again."])
        #expect(b.filter { $0.type == .person }.count == 1, "\(b.map { "\($0.name) \($0.aliases)" })")

        let c = EntityTesting.entities(["Mohammed bin Salman (MBS) met the envoy.", "MBS said little."])
        let mbs = c.first { $0.aliases.contains("MBS") }
        #expect(mbs?.type == .person && mbs?.name == "Mohammed bin Salman", "\(c.map { "\($0.name) \($0.aliases)" })")
        #expect(!c.contains { $0.type == .organization && $0.name == "MBS" })
        #expect(mbs?.merges.contains { $0.rule == .aliasInitials } == true)

        let k = EntityTesting.entities(["Talks were led by Mohammed bin Salman, known as MBS, on Friday."])
        #expect(k.first { $0.aliases.contains("MBS") }?.type == .person, "\(k.map { "\($0.name) \($0.aliases)" })")

        // Different people: "Kim Jong-un" and "Kim Yo-jong" stay apart.
        let d = EntityTesting.entities(["Kim Jong-un spoke.", "Kim Yo-jong answered."])
        #expect(d.filter { $0.type == .person }.count == 2)
    }

    /// A town named in a club's context is a club there and a place elsewhere.
    @Test func aClubKeepsApartFromItsTown() {
        let e = EntityTesting.entities([
            "Schools in Aberdeen closed early.", "The Aberdeen manager said the pitch was frozen.",
        ])
        #expect(e.contains { $0.type == .place && $0.name == "Aberdeen" })
        #expect(e.contains { $0.type == .organization && $0.name == "Aberdeen" })
    }
}
