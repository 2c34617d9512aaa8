import ClaimKit
import Testing

/// Dash dialogue (Spanish, Scandinavian, Russian newsrooms and their English editions): a
/// paragraph that opens with an en or em dash and a space is a quote up to its attribution;
/// a dash after the attribution reopens the quote. Also speakers behind long relative
/// clauses, manner phrases ("by email", "through an interpreter") and papers as addressees.
@Suite struct DashDialogueTests {
    typealias Row = AttributionTests.Row
    typealias P = QuoteFixture.Person

    static let nancupil = P(
        "Catalina Ñancupil", gender: .female, surfaces: ["Lieutenant Catalina Ñancupil", "Catalina Ñancupil", "Ñancupil"])
    static let solberg = P("Ingrid Solberg", gender: .female, surfaces: ["Ingrid Solberg", "Solberg"])
    static let olsen = P("Per Olsen", gender: .male, surfaces: ["Per Olsen", "Olsen"])
    static let shirai = P("Tomoko Shirai", gender: .female, surfaces: ["Prof. Tomoko Shirai", "Tomoko Shirai", "Shirai"])
    static let mori = P("Kenji Mori", gender: .male, surfaces: ["Kenji Mori", "Mori"])
    static let aziz = P("Samir Aziz", gender: .male, surfaces: ["Samir Aziz", "Aziz"])
    static let park = P("Jo Park", gender: .female, surfaces: ["Jo Park", "Park"])
    static let courier = P("Courier", .organization)

    // quote.speaker-after-quote then quote.continuation: dash-opened paragraphs.
    static let dashRows: [Row] = [
        Row(
            "\u{2013} We could see the ship's lights for two hours before we reached her, says the helicopter pilot, Lieutenant Catalina Ñancupil. \u{2013} The hardest part is holding the aircraft still while the basket goes down.",
            [nancupil],
            [
                ("We could see the ship's lights for two hours before we reached her,", "Catalina Ñancupil", .quoteSpeakerAfter),
                ("The hardest part is holding the aircraft still while the basket goes down.", "Catalina Ñancupil", .quoteContinuation),
            ]),
        Row(
            "Ingrid Solberg, 41, was travelling with her two sons.\n\n\u{2013} People are calm. We are wearing every layer we own, she said. \u{2013} The crew have been brilliant.",
            [solberg],
            [
                ("People are calm. We are wearing every layer we own,", "Ingrid Solberg", .quoteSpeakerAfter),
                ("The crew have been brilliant.", "Ingrid Solberg", .quoteContinuation),
            ]),
        Row(
            "\u{2014} It was like a wall of water, Per Olsen told NRK.", [olsen],
            [("It was like a wall of water,", "Per Olsen", .quoteSpeakerAfter)]),
        Row(
            "\u{2013} Is anyone hurt? asked Olsen.", [olsen], [("Is anyone hurt?", "Per Olsen", .quoteSpeakerAfter)]),
        // Negative: a dash list item with no reporting verb, a dash as a parenthesis, a
        // clause after the comma that is no attribution, a dash in the middle of a line.
        Row("\u{2013} Roads closed: A1, A2.", [], []),
        Row("The mayor \u{2013} who was re-elected \u{2013} said nothing.", [], []),
        Row("\u{2013} We went home, and then said nothing to anyone.", [], []),
        Row("\u{2013} Bread, milk, candles and batteries.", [], []),
        Row("Olsen arrived at six. \u{2013} It was dark, he said.", [olsen], []),
        // "…, the commission said": a body no entity names is not the previous speaker.
        Row(
            "\u{2013} It went well, Olsen said.\n\n\u{2013} Turnout was 64%, the commission said.", [olsen],
            [("It went well,", "Per Olsen", .quoteSpeakerAfter), ("Turnout was 64%,", nil, .quoteUnattributed)]),
    ]

    @Test(arguments: dashRows) func dashDialogue(_ row: Row) { row.check() }

    // The speaker before a long relative clause; manner phrases around the cue.
    static let mannerRows: [Row] = [
        Row(
            "Prof. Tomoko Shirai of the Kansai Institute of Architecture, who surveyed the building with Ms Hà's team, said by email that \u{201C}the lacquered altar boards are the real loss\u{201D}.",
            [shirai], [("the lacquered altar boards are the real loss", "Tomoko Shirai", .quoteReportedPartial)]),
        Row(
            "Tomoko Shirai, who worked on the survey with Kenji Mori for three weeks last spring, said: \u{201C}The boards cannot be replaced.\u{201D}",
            [shirai, mori], [("The boards cannot be replaced.", "Tomoko Shirai", .quoteSpeakerBefore)]),
        Row(
            "\u{201C}The roof is gone,\u{201D} Aziz said through an interpreter.", [aziz],
            [("The roof is gone,", "Samir Aziz", .quoteSpeakerAfter)]),
        Row(
            "Aziz said by phone: \u{201C}The roof is gone.\u{201D}", [aziz],
            [("The roof is gone.", "Samir Aziz", .quoteSpeakerBefore)]),
        Row(
            "\u{201C}We were lucky,\u{201D} Aziz told reporters by email.", [aziz],
            [("We were lucky,", "Samir Aziz", .quoteSpeakerAfter)]),
    ]

    @Test(arguments: mannerRows) func mannerPhrases(_ row: Row) { row.check() }

    static let ruiz = P("Ana Ruiz", gender: .female, surfaces: ["Lieutenant Ana Ruiz", "Ana Ruiz", "Ruiz"])

    // quote.speaker-after-quote: role words no lexicon knows, then the name after a comma.
    static let roleCommaRows: [Row] = [
        Row(
            "\u{201C}It was cold,\u{201D} says the pilot, Lieutenant Ana Ruiz.", [ruiz],
            [("It was cold,", "Ana Ruiz", .quoteSpeakerAfter)]),
        Row(
            "\u{201C}It was cold,\u{201D} said the winch operator, Ana Ruiz.", [ruiz],
            [("It was cold,", "Ana Ruiz", .quoteSpeakerAfter)]),
        // Negative: a place after the comma is no speaker.
        Row(
            "\u{201C}It was cold,\u{201D} says the sign, Berlin.", [P("Berlin", .place)],
            [("It was cold,", nil, .quoteUnattributed)]),
    ]

    @Test(arguments: roleCommaRows) func roleWordsThenName(_ row: Row) { row.check() }

    // A newspaper as the addressee is never the speaker; a relative speaks for the subject.
    static let addresseeRows: [Row] = [
        Row(
            "Jo Park told the Courier: \u{201C}We will rebuild.\u{201D}", [park, courier],
            [("We will rebuild.", "Jo Park", .quoteSpeakerBefore)]),
        Row(
            "Jo Park runs the bakery.\n\n\u{201C}We will rebuild,\u{201D} she told the paper.", [park],
            [("We will rebuild,", "Jo Park", .quoteSpeakerAfter)]),
        Row(
            "Jo Park, 63, lost her shop. Speaking in Spanish, she said through a relative: \u{2018}I heard the earth groan.\u{2019}",
            [park], [("I heard the earth groan.", "Jo Park", .quoteSpeakerBefore)]),
    ]

    @Test(arguments: addresseeRows) func addressees(_ row: Row) { row.check() }
}
