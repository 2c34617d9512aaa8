import ClaimKit
import Testing

/// Attribution families seen on pages of new genres (sport transfers, political sketches,
/// rescue reports): first-person words are never speakers, a role before a colon speaks, a
/// descriptor ("the Dane") refers back to the one recent person it fits, a note's writer speaks.
@Suite struct NewGenreAttributionTests {
    typealias Row = AttributionTests.Row
    typealias P = QuoteFixture.Person

    static let sato = P("Kenji Sato", gender: .male, surfaces: ["Kenji Sato", "Sato"])
    static let mwangi = P("Grace Mwangi", gender: .female, surfaces: ["Grace Mwangi", "Mwangi"])

    // quote.speaker.pronoun: a first- or second-person word opening the previous sentence is
    // never the antecedent; the appositive name after a role is.
    static let firstPerson: [Row] = [
        Row(
            "I've just spoken to the striker's agent, Kenji Sato, at the airport. \"The deal is signed,\" he told me.",
            [sato], [("The deal is signed,", "Kenji Sato", .quoteSpeakerAfter)]),
        Row(
            "I'm outside the stadium with the club's lawyer, Kenji Sato. \"We expect a ruling,\" he told me.",
            [sato], [("We expect a ruling,", "Kenji Sato", .quoteSpeakerAfter)]),
        Row(
            "We've met the coach's assistant, Grace Mwangi, after training. \"Nobody is injured,\" she told us.",
            [mwangi], [("Nobody is injured,", "Grace Mwangi", .quoteSpeakerAfter)]),
        // Negative: no person named, so no speaker at all (never "I've").
        Row(
            "I've just come back from the ground. \"It's done,\" he told me.",
            [], [("It's done,", nil, .quoteUnattributed)]),
        Row(
            "You can see the queue from here. \"Nobody moves,\" he said.",
            [], [("Nobody moves,", nil, .quoteUnattributed)]),
    ]

    // quote.speaker-before-quote with an unnamed role before a colon.
    static let roleBeforeColon: [Row] = [
        Row(
            "One Green Party councillor put it to us plainly: \"We lost the argument.\"",
            [], [("We lost the argument.", "Green Party councillor", .quoteSpeakerClause)]),
        Row(
            "A senior official told us: \"The plan is on hold.\"",
            [], [("The plan is on hold.", "senior official", .quoteSpeakerBefore)]),
        Row(
            "One veteran diplomat said: \"Nobody saw this coming.\"",
            [], [("Nobody saw this coming.", "veteran diplomat", .quoteSpeakerBefore)]),
        // Negative: a colon after a plain topic names no speaker.
        Row(
            "The plan in one sentence: \"Build more homes.\"",
            [], [("Build more homes.", nil, .quoteUnattributed)]),
    ]

    @Test(arguments: firstPerson) func firstPersonWordsAreNeverSpeakers(_ row: Row) { row.check() }
    @Test(arguments: roleBeforeColon) func anUnnamedRoleBeforeAColonSpeaks(_ row: Row) { row.check() }
}

extension NewGenreAttributionTests {
    static let ruiz = P("Ana Ruiz", gender: .female, surfaces: ["Ana Ruiz", "Ruiz"])
    static let berg = P("Lars Berg", gender: .male, surfaces: ["Lars Berg", "Berg"])
    static let moreno = P("Pablo Moreno", gender: .male, surfaces: ["Pablo Moreno", "Moreno"])

    // quote.speaker.descriptor: a nationality noun for the one person named with it.
    static let descriptor: [Row] = [
        Row(
            "The Spanish coach Ana Ruiz met the Danish captain Lars Berg on Friday.\n\n\"Nobody leaves,\" the Spaniard said.",
            [ruiz, berg], [("Nobody leaves,", "Ana Ruiz", .quoteSpeakerAfter)]),
        Row(
            "The Spanish coach Ana Ruiz met the Danish captain Lars Berg on Friday.\n\n\"We are ready,\" the Dane said.",
            [ruiz, berg], [("We are ready,", "Lars Berg", .quoteSpeakerAfter)]),
        // Negative: two Spanish people named, so the Spaniard is nobody in particular.
        Row(
            "The Spanish coach Ana Ruiz met the Spanish striker Pablo Moreno.\n\n\"Nobody leaves,\" the Spaniard said.",
            [ruiz, moreno], [("Nobody leaves,", nil, .quoteUnattributed)]),
    ]

    @Test(arguments: descriptor) func aNationalityNounReferstoTheOnePersonItFits(_ row: Row) { row.check() }
}

extension NewGenreAttributionTests {
    static let okafor = P("Chidi Okafor", gender: .male, surfaces: ["Chidi Okafor", "Okafor"])

    // quote.speaker.writer: the writer of a note read out speaks, not the group it speaks for.
    static let writer: [Row] = [
        Row(
            "In a letter written by shift leader Chidi Okafor, the crew said: \"We have water for two days.\"",
            [okafor], [("We have water for two days.", "Chidi Okafor", .quoteSpeakerBefore)]),
        Row(
            "In a note signed by Chidi Okafor, the miners wrote: \"All of us are safe.\"",
            [okafor], [("All of us are safe.", "Chidi Okafor", .quoteSpeakerBefore)]),
        // Negative: a note about someone names its subject, not its writer.
        Row(
            "In a note about Chidi Okafor, the crew said: \"He saved us.\"",
            [okafor], [("He saved us.", nil, .quoteUnattributed)]),
    ]

    @Test(arguments: writer) func theWriterOfANoteSpeaks(_ row: Row) { row.check() }

    // A platform an organisation posted on ("on X", "on Telegram") is never the body a later
    // "the ministry" refers back to; a body named before still is.
    static let xPlatform = P("X", .organization)
    static let telegram = P("Telegram", .organization)
    static let harbourBoard = P("Harbour Board", .organization)
    static let platforms: [Row] = [
        Row(
            "Road closures were posted on X overnight. The ministry wrote on Telegram: \"Leave now.\"",
            [xPlatform, telegram], [("Leave now.", "ministry", .quoteSpeakerBefore)]),
        Row(
            "The Harbour Board closed the quay on Monday. The board posted on X: \"Stay away.\"",
            [harbourBoard, xPlatform], [("Stay away.", "Harbour Board", .quoteSpeakerBefore)]),
    ]

    @Test(arguments: platforms) func aPlatformIsNeverTheBodyReferredTo(_ row: Row) { row.check() }
}
