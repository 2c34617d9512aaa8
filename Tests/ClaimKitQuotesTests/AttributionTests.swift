import ClaimKit
import Testing

/// Attribution: each rule with positive rows (the right speaker) and negative rows (no
/// speaker, or not this one).
@Suite struct AttributionTests {
    typealias P = QuoteFixture.Person

    struct Expect: Sendable {
        var quote: String
        var speaker: String?
        var rule: RuleID
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var title: String?
        var people: [P]
        var expected: [Expect]
        var testDescription: String { text }
        init(_ text: String, title: String? = nil, _ people: [P] = [], _ expected: [(String, String?, RuleID)]) {
            self.text = text
            self.title = title
            self.people = people
            self.expected = expected.map { Expect(quote: $0.0, speaker: $0.1, rule: $0.2) }
        }

        /// Expects exactly the row's quotes, each with its speaker and rule.
        func check(sourceLocation: SourceLocation = #_sourceLocation) {
            let quotes = QuoteFixture.quotes(text, title: title, people: people)
            #expect(quotes.count == expected.count, "\(quotes.map(\.text))", sourceLocation: sourceLocation)
            for (q, e) in zip(quotes, expected) {
                #expect(q.text == e.quote, sourceLocation: sourceLocation)
                #expect(q.speaker == e.speaker, "\(e.quote): \(q.speaker ?? "nil") by \(q.rule)", sourceLocation: sourceLocation)
                #expect(q.rule == e.rule, "\(e.quote): \(q.rule)", sourceLocation: sourceLocation)
            }
        }
    }

    static let orban = P("Viktor Orbán", gender: .male, surfaces: ["Viktor Orbán", "Orbán"])
    static let trump = P("Donald Trump", gender: .male, surfaces: ["Donald Trump", "Trump"])
    static let putin = P("Vladimir Putin", gender: .male, surfaces: ["Vladimir Putin", "Putin"])
    static let zelensky = P("Volodymyr Zelensky", gender: .male, surfaces: ["Volodymyr Zelensky", "Zelensky"])
    static let leavitt = P("Karoline Leavitt", gender: .female, surfaces: ["Karoline Leavitt", "Leavitt"])
    static let merkel = P("Angela Merkel", gender: .female, surfaces: ["Angela Merkel", "Merkel"])
    static let kremlin = P("Kremlin", .organization)
    static let kyiv = P("Kyiv", .place)
    static let moscow = P("Moscow", .place)

    // quote.speaker-after-quote
    static let speakerAfter: [Row] = [
        Row("\"We are ready!\" Orbán says.", [orban], [("We are ready!", "Viktor Orbán", .quoteSpeakerAfter)]),
        Row(
            "\u{201C}I just got off the phone\u{201D} with President Trump, says Hungary's Prime Minister Viktor Orbán in a new post on X.",
            [orban, trump], [("I just got off the phone", "Viktor Orbán", .quoteSpeakerAfter)]),
        Row(
            "\"It was a good call,\" said a police spokesperson.", [],
            [("It was a good call,", "police spokesperson", .quoteSpeakerAfter)]),
        Row(
            "\"The talks will go on,\" the Kremlin said.", [kremlin],
            [("The talks will go on,", "Kremlin", .quoteSpeakerAfter)]),
        Row(
            "\u{201C}We need more time,\u{201D} Merkel told reporters on Monday.", [merkel],
            [("We need more time,", "Angela Merkel", .quoteSpeakerAfter)]),
        // Without entities, the name's surface, title stripped.
        Row("\"It is over,\" said Senator Jane Doe.", [], [("It is over,", "Jane Doe", .quoteSpeakerAfter)]),
    ]

    // quote.speaker-before-quote
    static let speakerBefore: [Row] = [
        Row(
            "Orbán says in a new post on X: \"We are ready for the meeting in Budapest.\"", [orban],
            [("We are ready for the meeting in Budapest.", "Viktor Orbán", .quoteSpeakerBefore)]),
        Row(
            "Rebecca English of the Daily Mail recalled: \"I was there at the time.\"", [],
            [("I was there at the time.", "Rebecca English", .quoteSpeakerBefore)]),
        Row(
            "McGregor signs off:\n\n\u{201C}Everyone have a great day.\u{201D}",
            [P("Ian McGregor", surfaces: ["McGregor"])],
            [("Everyone have a great day.", "Ian McGregor", .quoteSpeakerBefore)]),
        Row(
            "Asked about the missiles, Trump replied: \"We'll see... I may.\"", [trump],
            [("We'll see... I may.", "Donald Trump", .quoteSpeakerBefore)]),
        Row(
            "When reporters asked Trump if he would provide Kyiv with Tomahawks, he replied: \"We'll see.\"",
            [trump, kyiv],
            [("We'll see.", "Donald Trump", .quoteSpeakerBefore)]),
        // A colon at a paragraph's end introduces the next paragraph's quote.
        Row(
            "In a statement, the ministry said:\n\n\"The border is closed until further notice.\"", [],
            [("The border is closed until further notice.", "ministry", .quoteSpeakerBefore)]),
    ]

    // quote.reported-partial
    static let partial: [Row] = [
        Row(
            "Moscow is \"rushing\" to renew dialogue \"just upon hearing about Tomahawks\" he says in a post.\n\n",
            title: "Moscow trying to renew dialogue, Zelensky says", [zelensky, moscow],
            [
                ("rushing", "Volodymyr Zelensky", .quoteReportedPartial),
                ("just upon hearing about Tomahawks", "Volodymyr Zelensky", .quoteReportedPartial),
            ]),
        Row(
            "Leavitt said only that she believes \"it is possible\".", [leavitt],
            [("it is possible", "Karoline Leavitt", .quoteReportedPartial)]),
        Row(
            "Trump said he believed Ukraine did not \"hold the cards\".", [trump],
            [("hold the cards", "Donald Trump", .quoteReportedPartial)]),
        Row(
            "Defence Secretary Pete Hegseth vowed that Moscow could face \"costs\" for the war.", [moscow],
            [("costs", "Pete Hegseth", .quoteReportedPartial)]),
        Row(
            "Foreign Minister Sergei Lavrov believes allies have sought to \"lead Donald Trump astray\".", [trump],
            [("lead Donald Trump astray", "Sergei Lavrov", .quoteReportedPartial)]),
        Row(
            "We've just heard from Press Secretary Karoline Leavitt, who says the call \"lasted more than two hours\".",
            [leavitt],
            [("lasted more than two hours", "Karoline Leavitt", .quoteReportedPartial)]),
        Row(
            "The fact that Trump is now talking about a \"high-level\" meeting is intriguing.", [trump],
            [("high-level", "Donald Trump", .quoteReportedPartial)]),
    ]

    // quote.participle-cue
    static let participle: [Row] = [
        Row(
            "Kremlin spokesman Dmitry Peskov said the topic was of \"extreme concern\", adding that \"tensions are escalating\".",
            [kremlin],
            [
                ("extreme concern", "Dmitry Peskov", .quoteReportedPartial),
                ("tensions are escalating", "Dmitry Peskov", .quoteParticipleCue),
            ]),
        Row(
            "Talks will continue when Zelensky visits the White House, she says, adding that Trump \"deserves great credit\".",
            title: "Leavitt briefs reporters", [leavitt, zelensky, trump],
            [("deserves great credit", "Karoline Leavitt", .quoteParticipleCue)]),
    ]

    // quote.according-to
    static let accordingTo: [Row] = [
        Row(
            "The talks were \"constructive and frank\", according to the Kremlin.", [kremlin],
            [("constructive and frank", "Kremlin", .quoteAccordingTo)]),
        Row("According to Ushakov, the meeting will be \"soon\".", [], [("soon", "Ushakov", .quoteAccordingTo)]),
        Row(
            "The border will stay \"closed until further notice\", according to a statement from the Kremlin.",
            [kremlin],
            [("closed until further notice", "Kremlin", .quoteAccordingTo)]),
    ]

    // quote.continuation
    static let continuation: [Row] = [
        Row(
            "\"We are ready,\" Orbán said.\n\n\"We have always been ready for peace.\"", [orban],
            [
                ("We are ready,", "Viktor Orbán", .quoteSpeakerAfter),
                ("We have always been ready for peace.", "Viktor Orbán", .quoteContinuation),
            ])
    ]

    // quote.statement-noun, possessive speakers
    static let statementNoun: [Row] = [
        Row(
            "He says \"high level advisors\" will meet.\n\n\"I believe great progress was made,\" his post concludes.",
            title: "Trump says he will meet Putin", [trump, putin],
            [
                ("high level advisors", "Donald Trump", .quoteReportedPartial),
                ("I believe great progress was made,", "Donald Trump", .quoteSpeakerAfter),
            ]),
        Row(
            "By early September, Putin had resorted to half-hearted offers, including \"let him come to Moscow\".",
            [putin, moscow],
            [("let him come to Moscow", "Vladimir Putin", .quoteStatementNoun)]),
    ]

    // Pronouns: gender, the nearest compatible candidate, the title's speaker.
    static let pronouns: [Row] = [
        Row(
            "Merkel met Trump in Berlin.\n\n\"It was a long day,\" she said.", [merkel, trump],
            [("It was a long day,", "Angela Merkel", .quoteSpeakerAfter)]),
        Row(
            "Merkel met Trump in Berlin.\n\n\"It was a long day,\" he said.", [merkel, trump],
            [("It was a long day,", "Donald Trump", .quoteSpeakerAfter)]),
        Row(
            "Ukraine's President Volodymyr Zelensky has landed, ahead of his meeting with Trump.\n\n\"Already in Washington\" he says.",
            [zelensky, trump], [("Already in Washington", "Volodymyr Zelensky", .quoteSpeakerAfter)]),
        Row(
            "We can bring you more comments from Putin's special envoy Kirill Dmitriev.\n\nIn a post on X, he says that the talks \"will prevail\".",
            [putin], [("will prevail", "Kirill Dmitriev", .quoteReportedPartial)]),
        Row(
            "\"I just got off the phone\" with President Trump, says Viktor Orbán.\n\nHe says that \"preparations are under way\".",
            [orban, trump],
            [
                ("I just got off the phone", "Viktor Orbán", .quoteSpeakerAfter),
                ("preparations are under way", "Viktor Orbán", .quoteReportedPartial),
            ]),
        // Collective speakers: "it" and "they" for the body that spoke just before.
        Row(
            "Police said a man had been arrested.\n\n\"He is in custody,\" they added.", [],
            [("He is in custody,", "Police", .quoteSpeakerAfter)]),
        Row(
            "The ministry said the talks were \"constructive\". It added that \"work will continue\".", [],
            [
                ("constructive", "ministry", .quoteReportedPartial),
                ("work will continue", "ministry", .quoteReportedPartial),
            ]),
        Row(
            "Rubio pointed out that the deal was \"not final\".",
            [P("Marco Rubio", gender: .male, surfaces: ["Rubio"])],
            [("not final", "Marco Rubio", .quoteReportedPartial)]),
        Row(
            "The Foreign Ministry summoned the ambassador.\n\n\"This is unacceptable,\" the ministry said.",
            [P("Foreign Ministry", .organization)],
            [("This is unacceptable,", "Foreign Ministry", .quoteSpeakerAfter)]),
        Row(
            "Thames Valley Police confirmed the arrests.\n\nA police spokesperson said the suspects were \"known to officers\".",
            [P("Thames Valley Police", .organization)],
            [("known to officers", "Thames Valley Police", .quoteReportedPartial)]),
        Row(
            "\u{201C}Enough is enough,\u{201D} said the union's leader, Tom Baker.", [],
            [("Enough is enough,", "Tom Baker", .quoteSpeakerAfter)]),
        // "they" is not guessed without a collective speaker just before.
        Row("The officials met.\n\n\"We disagree,\" they said.", [], [("We disagree,", nil, .quoteUnattributed)]),
    ]

    // Title phrases resolved through the entities' roles.
    static let trumpPresident = P(
        "Donald Trump", gender: .male, surfaces: ["Donald Trump", "Trump"], roles: ["US President"])
    static let roles: [Row] = [
        Row(
            "After meeting Trump in Washington, the US President said: \"We had a great meeting.\"", [trumpPresident],
            [("We had a great meeting.", "Donald Trump", .quoteSpeakerBefore)]),
        Row(
            "Senator Jane Doe spoke first.\n\n\u{201C}We will win,\u{201D} the senator said.",
            [P("Jane Doe", gender: .female, surfaces: ["Jane Doe"], roles: ["Senator"])],
            [("We will win,", "Jane Doe", .quoteSpeakerAfter)]),
        Row("\u{201C}We will win,\u{201D} the senator said.", [], [("We will win,", nil, .quoteUnattributed)]),
        // No entity holds the role: no speaker.
        Row(
            "The President said: \"We had a great meeting.\"", [trump],
            [("We had a great meeting.", nil, .quoteUnattributed)]),
    ]

    // Wire-service phrasing: abbreviated titles, party tags, ages, appositives, statements.
    static let wire: [Row] = [
        Row(
            "\u{201C}We\u{2019}re not going anywhere,\u{201D} said Rep. Jim Jordan, R-Ohio.", [],
            [("We\u{2019}re not going anywhere,", "Jim Jordan", .quoteSpeakerAfter)]),
        Row(
            "Sen. Elizabeth Warren, D-Mass., said in a statement: \u{201C}This is a disgrace.\u{201D}", [],
            [("This is a disgrace.", "Elizabeth Warren", .quoteSpeakerBefore)]),
        Row(
            "\u{201C}I have no intention of resigning,\u{201D} Johnson, 58, told the BBC.",
            [P("Boris Johnson", gender: .male, surfaces: ["Johnson"])],
            [("I have no intention of resigning,", "Boris Johnson", .quoteSpeakerAfter)]),
        Row(
            "\u{201C}It\u{2019}s a sad day,\u{201D} said Maria Lopez, a 45-year-old teacher who voted for the first time.",
            [],
            [("It\u{2019}s a sad day,", "Maria Lopez", .quoteSpeakerAfter)]),
        Row(
            "Biden, speaking at a rally in Philadelphia, said: \u{201C}We will not go back.\u{201D}",
            [P("Joe Biden", surfaces: ["Biden"])],
            [("We will not go back.", "Joe Biden", .quoteSpeakerBefore)]),
        Row(
            "\u{201C}This is not over,\u{201D} Ms. Harris said. \u{201C}We will keep fighting.\u{201D}",
            [P("Kamala Harris", gender: .female, surfaces: ["Harris"])],
            [
                ("This is not over,", "Kamala Harris", .quoteSpeakerAfter),
                ("We will keep fighting.", "Kamala Harris", .quoteContinuation),
            ]),
        Row(
            "A spokesperson for the company declined to comment but said it was \u{201C}reviewing the matter\u{201D}.",
            [],
            [("reviewing the matter", nil, .quoteScare)]),
        Row(
            "\u{201C}No one is above the law,\u{201D} wrote Judge Tanya Chutkan in her ruling.", [],
            [("No one is above the law,", "Tanya Chutkan", .quoteSpeakerAfter)]),
        Row(
            "The Kremlin dismissed the report as \u{201C}fake news\u{201D}.", [kremlin],
            [("fake news", "Kremlin", .quoteReportedPartial)]),
        Row(
            "\u{201C}We will respond,\u{201D} foreign ministry spokesman Nasser Kanaani said, according to state media.",
            [],
            [("We will respond,", "Nasser Kanaani", .quoteSpeakerAfter)]),
    ]

    // Several speakers in one sentence, and pronouns after a question to someone.
    static let smith = P("Anna Smith", gender: .female, surfaces: ["Anna Smith", "Smith"])
    static let jones = P("Paul Jones", gender: .male, surfaces: ["Paul Jones", "Jones"])
    static let biden = P("Joe Biden", gender: .male, surfaces: ["Joe Biden", "Biden"])
    static let mixed: [Row] = [
        Row(
            "Smith called the plan \u{201C}reckless,\u{201D} while Jones said it was \u{201C}overdue.\u{201D}",
            [smith, jones],
            [("reckless,", "Anna Smith", .quoteReportedPartial), ("overdue.", "Paul Jones", .quoteReportedPartial)]),
        Row(
            "\u{201C}We are done,\u{201D} Smith said, before adding: \u{201C}For now.\u{201D}", [smith],
            [("We are done,", "Anna Smith", .quoteSpeakerAfter), ("For now.", "Anna Smith", .quoteParticipleCue)]),
        Row(
            "Reporters asked Biden about the vote.\n\n\u{201C}It was fair,\u{201D} he said.", [biden],
            [("It was fair,", "Joe Biden", .quoteSpeakerAfter)]),
        Row(
            "Jones met Smith on Monday. \u{201C}It was useful,\u{201D} she said.", [smith, jones],
            [("It was useful,", "Anna Smith", .quoteSpeakerAfter)]),
    ]

    // Negative rows: scare quotes and titles get no speaker.
    static let negatives: [Row] = [
        Row(
            "I wrapped up a short \"gaggle\" with Press Secretary Karoline Leavitt.", [leavitt],
            [("gaggle", nil, .quoteScare)]),
        Row(
            "Trump is the only leader prepared to address the \"root causes\" of the war.", [trump],
            [("root causes", nil, .quoteScare)]),
        Row(
            "The so-called \"coalition of the willing\" met in Paris.", [],
            [("coalition of the willing", nil, .quoteTitle)]),
        Row(
            "He starred in the film \"The Apprentice\" last year, Trump said.", [trump],
            [("The Apprentice", nil, .quoteTitle)]),
        Row("Critics dubbed the plan \"Operation Sunrise\".", [], [("Operation Sunrise", nil, .quoteTitle)]),
        Row(
            "Peace talks and phone calls took place in \"difficult\" conditions.", [], [("difficult", nil, .quoteScare)]
        ),
        Row(
            "Immigration ministers accused of being 'incredibly disrespectful' to the committee.", [],
            [("incredibly disrespectful", nil, .quoteScare)]),
    ]

    @Test(
        arguments: speakerAfter + speakerBefore + partial + participle + accordingTo + continuation + statementNoun
            + pronouns + roles + wire + mixed + negatives)
    func attributes(_ row: Row) {
        row.check()
    }

    @Test func linksTheSpeakerToItsEntityAndMention() throws {
        let e = QuoteFixture.entry("\"We are ready!\" Orbán says in a post on X.")
        let entities = QuoteFixture.entities([Self.orban], in: e)
        let q = try #require(QuoteFixture.extractor.quotes(in: [AnalyzedEntry(entry: e)], entities: entities).first)
        #expect(q.speakerID == EntityID("e1"))
        #expect(q.speakerMention.map { String(e.text.slice($0)) } == "Orbán")
        #expect(q.speakerRule == .speakerEntity)
        #expect(q.cue == "says")
        #expect(q.channel == "X")
        #expect(q.kind == .direct)
    }

    @Test func aHeadlineNameBeforeAColonIsTheSource() throws {
        let quotes = QuoteFixture.quotes(
            "Body.", title: "Zelensky: \u{2018}We will not give up\u{2019}", people: [Self.zelensky])
        #expect(quotes.first?.speaker == "Volodymyr Zelensky")
        #expect(quotes.first?.rule == .quoteHeadlineSource)
    }

    @Test func headlineQuotesAreHeadlines() throws {
        let quotes = QuoteFixture.quotes(
            "Body.", title: "'I believe great progress was made,' Trump says", people: [Self.trump])
        let q = try #require(quotes.first)
        #expect(q.kind == .headline)
        #expect(q.speaker == "Donald Trump")
    }
}
