import ClaimKit
import ClaimKitTestSupport
import Testing

/// Race times, fixed measures of named things, people's ratings and figure readings that
/// are no count: our own sentences, none from a page.
struct ClaimRaceAndMeasureTests {
    typealias Row = ClaimExtractorTests.Row

    static let raceTimes: [Row] = [
        Row(text: "Tomas Berg won in 2:06:41 on a cold morning.", figure: "2:06:41", subject: "Tomas Berg", key: "berg", attribute: "finishing time"),
        Row(text: "Lena Ostrova finished in 2:21:08 to take second place.", figure: "2:21:08", subject: "Lena Ostrova", key: "ostrova",
            attribute: "finishing time"),
        Row(text: "Kenya's Tomas Berg won the men's race in 2:06:41.", figure: "2:06:41", subject: "Tomas Berg", key: "berg",
            attribute: "finishing time"),
        Row(text: "Berg crossed the line in a time of 1:58:03.", figure: "1:58:03", subject: "Berg", key: "berg", attribute: "finishing time"),
        Row(text: "Ostrova was timed at 2:22:08.4 by the officials.", figure: "2:22:08.4", subject: "Ostrova", key: "ostrova",
            attribute: "finishing time"),
        // Minutes, seconds and their fraction; a record named before the time (session 9).
        Row(text: "Lena Ostrova ran 1:58.2 in the heat.", figure: "1:58.2", subject: "Lena Ostrova", key: "ostrova",
            attribute: "finishing time"),
        Row(text: "She set a Kenyan record of 3:53.41 the following year.", figure: "3:53.41", subject: "Kenyan record", key: "record",
            attribute: "record"),
        // Negative rows: a split, and a time with no runner.
        Row(text: "Berg reached halfway in 1:03:12, well inside record pace.", figure: "1:03:12", subject: "Berg", key: "berg",
            attribute: "split time"),
        Row(text: "The gates open at 9:30 and the course closes after 6:00:00.", figure: "6:00:00", subject: "", key: "", attribute: "duration"),
    ]

    @Test(arguments: raceTimes)
    func readsARaceTimeAsTheRunnersDuration(_ row: Row) throws {
        try row.check()
        let claim = try #require(ClaimFixtures.claims([row.text]).first { $0.text == row.figure })
        #expect(claim.quantity.unit == "s")
    }

    /// A clock time "3:53" has no fraction, and "1:58.2.3" is a version: no race time, and
    /// the time's first digit is no count of its own.
    @Test func clockTimesAndVersionsAreNoRaceTimes() {
        for text in ["The meeting starts at 3:53. It ended.", "Version 1:58.2.3 shipped."] {
            #expect(!ClaimFixtures.claims([text]).contains { $0.quantity.unit == "s" }, "\(text)")
        }
        #expect(ClaimFixtures.claims(["She set a Kenyan record of 3:53.41 that year."]).map(\.quantity.unit) == ["s"])
    }

    static let margins: [Row] = [
        Row(text: "She beat the course record by 49 seconds.", figure: "49 seconds", subject: "course record", key: "record", attribute: "margin"),
        Row(text: "Berg won by 72 seconds from his team-mate.", figure: "72 seconds", subject: "Berg", key: "berg", attribute: "margin"),
    ]

    @Test(arguments: margins)
    func readsAWinningMarginAsAMargin(_ row: Row) throws {
        let claim = try #require(ClaimFixtures.claims([row.text]).first { $0.text == row.figure })
        #expect(claim.attribute == row.attribute)
    }

    static let measures: [Row] = [
        Row(text: "The climbers set off for the 2,153-metre peak of Mount Tavern.", figure: "2,153-metre", subject: "Mount Tavern", key: "tavern",
            attribute: "height"),
        Row(text: "The summit of Mount Tavern, at 2,135 metres, was clear of cloud.", figure: "2,135 metres", subject: "Mount Tavern",
            key: "tavern", attribute: "height"),
        Row(text: "The 86-metre barque Stella Ward left the quay at noon.", figure: "86-metre", subject: "Stella Ward", key: "stella",
            attribute: "length"),
        Row(text: "The Stella Ward is 68 metres long and carries 40 cadets.", figure: "68 metres", subject: "Stella Ward", key: "stella",
            attribute: "length"),
        Row(text: "A speed limit of 5 knots applies in the harbour.", figure: "5 knots", subject: "speed limit in the harbour",
            key: "speed limit harbour", attribute: "speed"),
        Row(text: "The 8-knot limit in the harbour is rarely enforced.", figure: "8-knot", subject: "limit in the harbour",
            key: "speed limit harbour", attribute: "speed"),
        Row(text: "A speed limit of 6 knots applies inside the Kestrel harbour.", figure: "6 knots",
            subject: "speed limit inside the Kestrel harbour", key: "speed limit kestrel", attribute: "speed"),
        Row(text: "The port has set a speed limit of 9 knots in Kestrel for the regatta.", figure: "9 knots",
            subject: "speed limit in Kestrel", key: "speed limit kestrel", attribute: "speed"),
        Row(text: "The Harlow Tower has 48 floors and a roof garden.", figure: "48", subject: "Harlow Tower", key: "harlow", attribute: "floors"),
        Row(text: "The 52-storey Harlow Tower opened in 2009.", figure: "52", subject: "Harlow Tower", key: "harlow", attribute: "floors"),
        Row(text: "The Varda Arena has a capacity of 18,000.", figure: "18,000", subject: "Varda Arena", key: "varda", attribute: "capacity"),
        Row(text: "The 21,000-capacity Varda Arena was full.", figure: "21,000", subject: "Varda Arena", key: "varda", attribute: "capacity"),
        Row(text: "The Varda Arena, which holds 21,000, was full.", figure: "21,000", subject: "Varda Arena", key: "varda", attribute: "capacity"),
        // Negative rows: a measure of no fixed thing keeps the old reading.
        Row(text: "Tane Rua holds three whale teeth found on the beach.", figure: "three", subject: "whale teeth", key: "teeth",
            attribute: "count"),
        Row(text: "The climbers walked 12 kilometres along the ridge.", figure: "12 kilometres", subject: "climbers", key: "climber",
            attribute: "distance"),
    ]

    @Test(arguments: measures)
    func readsAFixedMeasureOfANamedThing(_ row: Row) throws { try row.check() }

    static let ratings: [Row] = [
        Row(text: "The world number 3 Olga Varen, rated 2791, drew her game.", figure: "2791", subject: "Olga Varen", key: "varen", attribute: "rating"),
        Row(text: "Varen, who has an Elo rating of 2719, lost in the final round.", figure: "2719", subject: "Varen", key: "varen",
            attribute: "rating"),
    ]

    @Test(arguments: ratings)
    func readsAPersonsRating(_ row: Row) throws { try row.check() }

    static let prizeFunds: [Row] = [
        Row(text: "The $2.5 million prize fund is the biggest yet.", figure: "$2.5 million", subject: "prize fund", key: "prize fund", attribute: "cost"),
        Row(text: "The winner takes $500,000 of a $3.5m prize fund.", figure: "$3.5m", subject: "prize fund", key: "prize fund", attribute: "cost"),
    ]

    @Test(arguments: prizeFunds)
    func keysAPrizeFundApartFromOtherFunds(_ row: Row) throws { try row.check() }

    static let readings: [Row] = [
        Row(text: "The weather agency issued a warning of 90km/h winds for the coast.", figure: "90km/h", subject: "winds", key: "wind",
            attribute: "speed"),
        Row(text: "Meteo Larsa warned of gusts reaching 110km/h on Sunday.", figure: "110km/h", subject: "gusts", key: "gust", attribute: "speed"),
        Row(text: "Thousands marched through the city, as many as 40,000 by police estimates.", figure: "as many as 40,000", subject: "crowd",
            key: "crowd", attribute: "count"),
        Row(text: "The crowd numbered 25,000, by the organisers' count.", figure: "25,000", subject: "crowd", key: "crowd", attribute: "count"),
        Row(text: "Patrol boats can issue fines of up to 20,000 to skippers who speed.", figure: "up to 20,000", subject: "fines", key: "fine",
            attribute: "count"),
        // Negative rows: a speed of no wind, a count with its own noun.
        Row(text: "The agency said the train was travelling at 90km/h.", figure: "90km/h", subject: "train", key: "train", attribute: "speed"),
        Row(text: "As many as 40,000 people marched, by police estimates.", figure: "As many as 40,000", subject: "people marched", key: "crowd",
            attribute: "count"),
    ]

    @Test(arguments: readings)
    func readsTheFigureOfWhatItMeasures(_ row: Row) throws { try row.check() }

    @Test(arguments: [
        "The toll has risen to 41, according to the health ministry.",
        "Those who manage fewer than 3,000, according to a study, are at risk.",
        "The storm killed 107 and wounded 238, according to the civil defence agency.",
    ])
    func aSourcedCountIsNoCrowd(_ text: String) {
        #expect(!ClaimFixtures.claims([text]).contains { $0.subjectKey == "crowd" })
    }

    @Test(arguments: ["The boats sailed at six o'clock.", "The crowd gathered at 6 o'clock.", "The crowd gathered at 6 o\u{2019}clock."])
    func aClockHourIsNoCount(_ text: String) {
        #expect(!ClaimFixtures.claims([text]).contains { $0.quantity.unit == "count" })
    }
}
