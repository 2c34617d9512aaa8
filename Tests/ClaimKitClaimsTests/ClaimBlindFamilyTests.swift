import ClaimKit
import ClaimKitTestSupport
import Testing

/// Families of claims that new pages showed missing or wrong: ages beside names, figures
/// after a line's label, the source of a statement taken as what it measures, distances
/// from a place, totals of a thing counted, and scores or page furniture read as counts.
/// Our own sentences, none from a page.
struct ClaimBlindFamilyTests {
    typealias Row = ClaimExtractorTests.Row

    static let ages: [Row] = [
        Row(text: "Chief Jane Doe, 44, said crews were stretched.", figure: "44", subject: "Chief Jane Doe", key: "age of chief jane doe", attribute: "age"),
        Row(text: "Fire chief Jane Doe, 44, said the blaze had spread.", figure: "44", subject: "Fire chief Jane Doe", key: "age of fire chief jane doe",
            attribute: "age"),
        Row(text: "Mark Owens, 62, a retired teacher, said he had lost everything.", figure: "62", subject: "Mark Owens", key: "age of mark owens",
            attribute: "age"),
        Row(text: "The fire chief, 44, said crews were tired.", figure: "44", subject: "fire chief", key: "age of fire chief", attribute: "age"),
        Row(text: "Ms Patel, who is 58, said she was frightened.", figure: "58", subject: "Ms Patel", key: "age of ms patel", attribute: "age"),
        Row(text: "Mr Okafor (52) was arrested at the scene.", figure: "52", subject: "Mr Okafor", key: "age of mr okafor", attribute: "age"),
        Row(text: "She was rescued by María de los Ángeles Ruiz, 63.", figure: "63", subject: "María de los Ángeles Ruiz", key: "age of maría de los ángeles ruiz",
            attribute: "age"),
        Row(text: "44-year-old Jane Doe was named as the victim.", figure: "44-year-old", subject: "Jane Doe", key: "age of jane doe",
            attribute: "age"),
        Row(text: "A fisherman aged 51 was rescued from the water.", figure: "51", subject: "fisherman", key: "fisherman", attribute: "age"),
        Row(text: "The 38-year-old batter was dismissed for 12.", figure: "38-year-old", subject: "batter", key: "batter", attribute: "age"),
    ]

    @Test(arguments: ages)
    func readsAnAgeBesideAName(_ row: Row) throws {
        try row.check()
        let claim = try #require(ClaimFixtures.claims([row.text]).first { $0.text == row.figure })
        #expect(claim.quantity.unit == "yr")
    }

    /// Numbers between commas that are no age: a place, a day, a list, a year.
    static let notAges: [(text: String, figure: String)] = [
        ("In Leeds, 44, people signed the letter.", "44"),
        ("On Tuesday, 12, then 14, were rescued.", "12"),
        ("Sections 12, 44, 52 apply to the case.", "44"),
        ("The talks began on March 3, 2024, in Geneva.", "2024"),
        ("Meanwhile, 44, it seems, is the figure.", "44"),
        ("Manchester United (52) trail Arsenal (58) in the table.", "52"),
    ]

    @Test(arguments: notAges)
    func readsNoAgeBesideAPlaceDayOrList(_ row: (text: String, figure: String)) {
        let claims = ClaimFixtures.claims([row.text]).filter { $0.text == row.figure }
        #expect(claims.allSatisfy { $0.attribute != "age" }, "\(row.text)")
    }

    static let labels: [Row] = [
        Row(text: "Key figures\n\nCampsites closed: 140", figure: "140", subject: "Campsites closed", key: "campsite", attribute: "count"),
        Row(text: "Deaths: 79", figure: "79", subject: "Deaths", key: "death", attribute: "count"),
        Row(text: "Firefighters deployed: 1,150", figure: "1,150", subject: "Firefighters deployed", key: "firefighter", attribute: "count"),
        Row(text: "Area burned: 23,000 hectares", figure: "23,000 hectares", subject: "Area burned", key: "area", attribute: "area"),
        Row(text: "Evacuation alert: 3,400 people", figure: "3,400", subject: "people", key: "people", attribute: "count"),
    ]

    @Test(arguments: labels)
    func readsTheFigureAfterALineLabel(_ row: Row) throws {
        try row.check()
    }

    static let measured: [Row] = [
        Row(text: "According to the Met Office, the fissure is around 3.5km long.", figure: "around 3.5km", subject: "fissure", key: "fissure",
            attribute: "length"),
        Row(text: "The refuge, she told reporters, was 520 metres below the surface.", figure: "520 metres", subject: "refuge", key: "refuge",
            attribute: "depth"),
        Row(text: "The Met Office said the fissure is about 3.5 kilometres (2.2 miles) long.", figure: "about 3.5 kilometres",
            subject: "fissure", key: "fissure", attribute: "distance"),
        Row(text: "The fire has burned through the 23,000-acre park.", figure: "23,000-acre", subject: "park", key: "park", attribute: "area"),
        Row(text: "The blaze destroyed 23,000 hectares of forest in the park.", figure: "23,000 hectares", subject: "forest", key: "forest",
            attribute: "area"),
        Row(text: "The town of Grindale lies 40 km from Reykjavik.", figure: "40 km", subject: "town (distance from Reykjavik)", key: "town",
            attribute: "distance"),
        Row(text: "The wreck lies 20 nautical miles off the coast of Crete.", figure: "20 nautical miles",
            subject: "wreck (distance from the coast of Crete)", key: "wreck", attribute: "distance"),
        Row(text: "Asha Rao told local radio she had walked 9km from Tarnby because no buses ran.", figure: "9km",
            subject: "local radio she (distance from Tarnby)", key: "she", attribute: "distance"),
        Row(text: "Quickpay says most card terminals work again, more than 14 hours after the cyber attack began.",
            figure: "more than 14 hours", subject: "Quickpay (after the cyber attack)", key: "quickpay", attribute: "duration"),
        Row(text: "The lander separated from the rocket 29 minutes after lift-off.", figure: "29 minutes",
            subject: "lander (after lift-off)", key: "lander", attribute: "duration"),
        Row(text: "Wednesday's 23 rescues took the total number of survivors to 104.", figure: "104", subject: "total number of survivors",
            key: "survivor", attribute: "count"),
        Row(text: "On Tuesday, 12 people were rescued from the boat.", figure: "12", subject: "people rescued", key: "rescue",
            attribute: "count"),
        Row(text: "Rescuers saved 14 people on Tuesday, bringing the total rescued to 230.", figure: "230", subject: "total rescued",
            key: "total rescued", attribute: "count"),
        Row(text: "Winds of 45 knots and waves of 6 metres hampered the search.", figure: "45 knots", subject: "Winds", key: "wind",
            attribute: "speed"),
        Row(text: "The crossing usually takes about 14 hours.", figure: "about 14 hours", subject: "crossing", key: "crossing",
            attribute: "duration"),
    ]

    @Test(arguments: measured)
    func findsWhatIsMeasured(_ row: Row) throws {
        try row.check()
    }

    /// "6m waves" are six metres high, not six million waves; "5m people" stay millions.
    @Test func readsWavesInMetres() throws {
        let waves = try #require(ClaimFixtures.claims(["The storm brought 6m waves to the harbour."]).first)
        #expect(waves.quantity.unit == "m")
        let people = try #require(ClaimFixtures.claims(["The storm left 5m people without power."]).first)
        #expect(people.quantity.value == 5_000_000)
    }

    /// Two people of one surname: two ages, no contradiction.
    @Test func keepsTwoAgesOfOneSurnameApart() {
        let claims = ClaimFixtures.claims(["Manju Kale, 36, and her husband Tomas Kale, 42, run the shop."])
        #expect(claims.map(\.attribute) == ["age", "age"])
        #expect(Set(claims.map(\.subjectKey)).count == 2)
    }

    /// Times after something that is no event: a name, a person, a verb.
    static let noEvent: [(text: String, figure: String)] = [
        ("The US fought there for 18 years after Washington invaded.", "18 years"),
        ("He stayed in the embassy for seven years after seeking asylum.", "seven years"),
        ("Roughly 20 minutes after the police arrived, the road reopened.", "Roughly 20 minutes"),
    ]

    @Test(arguments: noEvent)
    func takesNoEventThatIsNone(_ row: (text: String, figure: String)) throws {
        let claim = try #require(ClaimFixtures.claims([row.text]).first { $0.text == row.figure })
        #expect(!claim.subject.contains("after"), "\(claim.subject)")
    }

    /// Scores, bowling figures and page furniture: no claims.
    static let nonClaims: [String] = [
        "India were 231-6 at stumps after Smith took 4-52.",
        "The committee voted 5-4 in favour.",
        "12 comments",
        "View 3 replies",
        "Comments: 12",
        "Updated: 14",
    ]

    @Test(arguments: nonClaims)
    func makesNoClaim(_ text: String) {
        #expect(ClaimFixtures.claims([text]).map(\.text) == [], "\(text)")
    }

    /// A count of comments in a sentence is a claim; a range before a noun is one too.
    @Test func keepsCountsThatAreNoFurniture() {
        #expect(ClaimFixtures.claims(["The consultation received 1,200 comments."]).map(\.text) == ["1,200"])
        #expect(ClaimFixtures.claims(["Between 30-40 people gathered outside."]).map(\.text) == ["30-40"])
    }
}
