import ClaimKit
import Testing

/// Speakers whose names hold the Dutch article "'t" (session 7): the article is a word of the name, so
/// the quote after it keeps its speaker, and it opens no single quotation that swallows the text after.
@Suite struct NameParticleQuoteTests {
    typealias P = QuoteFixture.Person
    typealias Row = AttributionTests.Row

    static let riet = P("Pieter van 't Riet", gender: .male, surfaces: ["Pieter van 't Riet", "Van 't Riet"])
    static let park = P("Jo Park", gender: .female, surfaces: ["Jo Park", "Park"])

    static let rows: [Row] = [
        // Positive: a simile opens the quote; the full name with "'t" follows the cue.
        Row(
            "\"She came off like a ship out of a dock,\" said Pieter van 't Riet, a pilot.", [riet],
            [("She came off like a ship out of a dock,", "Pieter van 't Riet", .quoteSpeakerAfter)]),
        // Negative: "'t" before a lower-case word is no name's article; the quote keeps its own speaker.
        Row(
            "\"We slept van 't huis, far away,\" said Jo Park.", [park, riet],
            [("We slept van 't huis, far away,", "Jo Park", .quoteSpeakerAfter)]),
    ]

    @Test(arguments: rows)
    func attributes(_ row: Row) {
        row.check()
    }
}
