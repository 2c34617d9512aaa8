import ClaimKit
import Testing

/// Speaker phrases seen on unseen pages: a body and role words before the person
/// (quote.speaker-role-name), a person "of" a body's unit (quote.speaker-head-of-modifier),
/// a role apposition before the name, nicknames and particles inside names, quotes that run
/// over paragraphs after the sentence that introduces their speaker. Positive and negative rows.
@Suite struct SpeakerPhraseTests {
    typealias Row = AttributionTests.Row
    typealias P = QuoteFixture.Person

    static let pritchard = P("Amanda Pritchard", gender: .female, surfaces: ["Amanda Pritchard", "Pritchard"])
    static let nhs = P("NHS England", .organization)
    static let brown = P("Jo Brown", surfaces: ["Jo Brown"])
    static let metOffice = P("Met Office", .organization)
    static let bank = P("Bank of England", .organization)
    static let pill = P("Huw Pill", gender: .male)
    static let stewart = P("Ian Stewart", gender: .male, surfaces: ["Ian Stewart", "Stewart"])
    static let leeds = P("University of Leeds", .organization)
    static let priestley = P("Priestley Centre", .place)
    static let bbc = P("BBC", .organization)
    static let redCross = P("Red Cross", .organization)
    static let mills = P("Sarah Mills", gender: .female)
    static let keller = P("Anna Keller", gender: .female, surfaces: ["Anna Keller", "Keller"])
    static let dlr = P("German Aerospace Center", .organization, surfaces: ["German Aerospace Center", "DLR"])
    static let lopez = P("Maria Lopez", gender: .female, surfaces: ["Maria Lopez", "Lopez"])
    static let ruiz = P("María de los Ángeles Ruiz", gender: .female, surfaces: ["María de los Ángeles Ruiz", "Ruiz"])

    // quote.speaker-role-name: the person at the end of "body + role words + name".
    static let roleName: [Row] = [
        Row(
            "\"We are ready,\" said NHS England chief executive Amanda Pritchard.", [nhs, pritchard],
            [("We are ready,", "Amanda Pritchard", .quoteSpeakerAfter)]),
        Row(
            "\"Rain is likely,\" said Met Office senior forecaster Jo Brown.", [metOffice, brown],
            [("Rain is likely,", "Jo Brown", .quoteSpeakerAfter)]),
        Row(
            "\"Prices will rise,\" said Bank of England chief economist Huw Pill.", [bank, pill],
            [("Prices will rise,", "Huw Pill", .quoteSpeakerAfter)]),
        // Without entities: two capitalised words make the name.
        Row(
            "\"Rain is likely,\" said Met Office senior forecaster Jo Brown.", [],
            [("Rain is likely,", "Jo Brown", .quoteSpeakerAfter)]),
        // A nickname in marks is part of the name, not a quote.
        Row(
            "\"He can win,\" said former Tour winner Carlos \"Chava\" Sastre, now a pundit.", [],
            [("He can win,", "Carlos Sastre", .quoteSpeakerAfter)]),
        // The entity stage cut the name at the nickname: the whole name.
        Row(
            "\"I never planned to stay,\" said chef Luis \"Lucho\" Andrade.", [P("Luis")],
            [("I never planned to stay,", "Luis Andrade", .quoteSpeakerAfter)]),
        Row(
            "\"He can win,\" said Carlos \u{201C}Chava\u{201D} Sastre.", [],
            [("He can win,", "Carlos Sastre", .quoteSpeakerAfter)]),
        Row(
            "\"Trains will be slow,\" said Network Rail's route director Ellie Burrows.",
            [P("Network Rail", .organization), P("Ellie Burrows", gender: .female)],
            [("Trains will be slow,", "Ellie Burrows", .quoteSpeakerAfter)]),
        Row(
            "\"We are ready,\" said the chief executive of NHS England, Amanda Pritchard.", [nhs, pritchard],
            [("We are ready,", "Amanda Pritchard", .quoteSpeakerAfter)]),
        // Negative rows: the body really speaks.
        Row(
            "\"The lines are open,\" said a Network Rail spokesperson.", [P("Network Rail", .organization)],
            [("The lines are open,", "Network Rail", .quoteSpeakerAfter)]),
        Row(
            "\"Rain is likely,\" said the Met Office.", [metOffice],
            [("Rain is likely,", "Met Office", .quoteSpeakerAfter)]),
        Row(
            "\"Rain is likely,\" said the Met Office on Monday.", [metOffice],
            [("Rain is likely,", "Met Office", .quoteSpeakerAfter)]),
        Row(
            "\"We are ready,\" said NHS England in a statement.", [nhs],
            [("We are ready,", "NHS England", .quoteSpeakerAfter)]),
        // A place after role words is no speaker's name.
        Row(
            "\"We are ready,\" said Met Office staff in Exeter Devon.", [metOffice, P("Exeter Devon", .place)],
            [("We are ready,", "Met Office", .quoteSpeakerAfter)]),
        // Marks around a title after a possessive stay a quote.
        Row(
            "Trump's \"Big Beautiful\" Bill passed, Trump said.", [P("Donald Trump", surfaces: ["Trump"])],
            [("Big Beautiful", nil, .quoteTitle)]),
    ]

    // quote.speaker-head-of-modifier: the person before "of BODY('s UNIT)".
    static let headOfModifier: [Row] = [
        Row(
            "\"It is a warning,\" Prof Ian Stewart of the University of Leeds's Priestley Centre told the BBC.",
            [stewart, leeds, priestley, bbc],
            [("It is a warning,", "Ian Stewart", .quoteSpeakerAfter)]),
        Row(
            "\"We lost everything,\" Sarah Mills of the Red Cross told me.", [mills, redCross],
            [("We lost everything,", "Sarah Mills", .quoteSpeakerAfter)]),
        Row(
            "\"We lost everything,\" Sarah Mills of the Red Cross's Leeds branch told reporters.", [mills, redCross],
            [("We lost everything,", "Sarah Mills", .quoteSpeakerAfter)]),
        // Negative row: the body itself speaks.
        Row(
            "\"It is a warning,\" the University of Leeds told the BBC.", [leeds, bbc],
            [("It is a warning,", "University of Leeds", .quoteSpeakerAfter)]),
    ]

    // A role apposition before the name, the verb later, a colon before the quote.
    static let roleApposition: [Row] = [
        Row(
            "The mission's flight director at the German Aerospace Center (DLR), Dr Anna Keller, turned to the team and said: \"We have a signal.\"",
            [keller, dlr],
            [("We have a signal.", "Anna Keller", .quoteSpeakerBefore)]),
        Row(
            "The head of nursing at the German Aerospace Center, Dr Anna Keller, leaned over and whispered: \"Stay calm.\"",
            [keller, dlr],
            [("Stay calm.", "Anna Keller", .quoteSpeakerBefore)]),
        // A place entity on the first name only ("Anna") does not hide the person.
        Row(
            "The flight director at DLR, Anna Keller, turned to the team and said: \"We have a signal.\"",
            [P("DLR", .organization), P("Anna", .place)],
            [("We have a signal.", "Anna Keller", .quoteSpeakerBefore)]),
        // Negative row: no person set off by commas, the body speaks.
        Row(
            "The German Aerospace Center (DLR) turned to its partners and said: \"We have a signal.\"", [dlr],
            [("We have a signal.", "German Aerospace Center", .quoteSpeakerBefore)]),
    ]

    // A quote running over paragraphs after the sentence that introduces its speaker.
    static let introduced: [Row] = [
        Row(
            "Maria Lopez, 63, sat on the step with her grandchildren and described the night.\n\n\"We heard the roof go at two in the morning.\n\n\"We carried the children out,\" she said.",
            [lopez],
            [
                ("We heard the roof go at two in the morning.", "Maria Lopez", .quoteContinuation),
                ("We carried the children out,", "Maria Lopez", .quoteSpeakerAfter),
            ]),
        Row(
            "María de los Ángeles Ruiz, 71, recalled the night the river rose.\n\n\"I have never seen anything like it.\n\n\"My neighbours pulled me out.\"",
            [ruiz],
            [
                ("I have never seen anything like it.", "María de los Ángeles Ruiz", .quoteContinuation),
                ("My neighbours pulled me out.", "María de los Ángeles Ruiz", .quoteContinuation),
            ]),
        // Without entities: the particles stay inside the name.
        Row(
            "Juan de la Cruz, a baker, stood outside his shop and explained what happened.\n\n\"The water reached the counter.\n\n\"I will open again,\" he said.",
            [],
            [
                ("The water reached the counter.", "Juan de la Cruz", .quoteContinuation),
                ("I will open again,", "Juan de la Cruz", .quoteSpeakerAfter),
            ]),
    ]

    @Test(arguments: roleName + headOfModifier + roleApposition + introduced)
    func attributes(_ row: Row) {
        row.check()
    }
}

extension SpeakerPhraseTests {
    static let moss = P("Frank Moss", gender: .male, surfaces: ["Frank Moss", "Moss"])
    static let price = P("Dave Price", gender: .male, surfaces: ["Dave Price", "Price"])

    // quote.continuation / quote.speaker-clause without a reporting verb in the introducing sentence.
    static let noCue: [Row] = [
        Row(
            "Her neighbour, retired teacher Frank Moss, remembered the sound.\n\n\"It was like a train.\n\n\"I have never been so scared,\" he added.",
            [moss],
            [
                ("It was like a train.", "Frank Moss", .quoteContinuation),
                ("I have never been so scared,", "Frank Moss", .quoteSpeakerAfter),
            ]),
        Row(
            "Down the road, the owner of the Anchor pub, Dave Price, looked at the wall and sighed: \"That is two years of work gone.\"",
            [price],
            [("That is two years of work gone.", "Dave Price", .quoteSpeakerClause)]),
        Row(
            "The head of the centre, Prof Ian Stewart, put it simply: \"We were warned.\"", [stewart],
            [("We were warned.", "Ian Stewart", .quoteSpeakerClause)]),
        Row(
            "Tom Ward, 58, remembered the night. \"We heard the roof go.\n\n\"Then the water came.\"", [P("Tom Ward")],
            [
                ("We heard the roof go.", "Tom Ward", .quoteContinuation),
                ("Then the water came.", "Tom Ward", .quoteContinuation),
            ]),
        Row(
            "Frank Moss has lived on the street for 40 years.\n\nHe remembered the night.\n\n\"It was like a train.\n\n\"Then the water came.\"",
            [moss],
            [
                ("It was like a train.", "Frank Moss", .quoteContinuation),
                ("Then the water came.", "Frank Moss", .quoteContinuation),
            ]),
        // Negative rows: the person is the object or after a preposition, or the quote is
        // closed in its paragraph.
        Row(
            "Police named the victim as Frank Moss and issued a plea to his family: \"Please come forward.\"", [moss],
            [("Please come forward.", nil, .quoteUnattributed)]),
        Row(
            "The council, led by Mayor Ann Cole, issued a statement: \"We are closed.\"", [P("Ann Cole")],
            [("We are closed.", nil, .quoteUnattributed)]),
        Row(
            "Police arrested Frank Moss on Monday.\n\n\"It was like a train.\n\n\"Nobody saw it coming.\"",
            [moss],
            [
                ("It was like a train.", nil, .quoteUnattributed),
                ("Nobody saw it coming.", nil, .quoteUnattributed),
            ]),
        Row(
            "Her neighbour, retired teacher Frank Moss, remembered the sound.\n\n\"Storm warnings\" were issued.",
            [moss],
            [("Storm warnings", nil, .quoteScare)]),
    ]

    @Test(arguments: noCue)
    func attributesWithoutACue(_ row: Row) {
        row.check()
    }
}
