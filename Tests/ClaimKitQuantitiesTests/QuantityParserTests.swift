import ClaimKit
import ClaimKitTestSupport
import Testing

/// Duckling-style corpora: several surfaces for one value, and text that must give nothing.
struct QuantityParserTests {
    static let parser: QuantityParser = QuantityParser(lexicons: try! LexiconStore(roots: [BuiltInLexicons.url]))

    struct Row: CustomStringConvertible, Sendable {
        let text: String
        let value: Double
        let upper: Double?
        let unit: String
        let bound: Bound
        /// The surface the figure must span.
        let surface: String
        init(_ text: String, _ value: Double, _ unit: String, _ bound: Bound = .exact, upper: Double? = nil, surface: String) {
            self.text = text
            self.value = value
            self.upper = upper
            self.unit = unit
            self.bound = bound
            self.surface = surface
        }
        var description: String { text }

        /// Parses `text` and expects one figure spanning `surface` with the row's value,
        /// upper value, unit and bound, its range slicing back to its text.
        func check(with parser: QuantityParser) throws {
            let found = parser.quantities(in: text)
            let q = try #require(found.first { $0.text == surface }, "no figure \(surface) in \(found.map(\.text))")
            #expect(abs(q.value - value) < 1e-6 * max(1, abs(value)))
            #expect(q.upper == upper)
            #expect(q.unit == unit)
            #expect(q.bound == bound)
            #expect(String(text.slice(q.range)) == q.text)
        }
    }

    static let positives: [Row] = [
        // Lengths, glued and spaced, and conversions.
        Row("a range of 2,500km and more", 2500, "km", surface: "2,500km"),
        Row("a range of 2,500 km (1,500 miles)", 2500, "km", surface: "2,500 km"),
        Row("2500 kilometres away", 2500, "km", surface: "2500 kilometres"),
        Row("approximately over 1,000 miles (1600km)", 1000, "mi", .approximately, surface: "approximately over 1,000 miles"),
        Row("(1600km), which", 1600, "km", surface: "1600km"),
        Row("the six-mile trip", 6, "mi", surface: "six-mile"),
        Row("10 1/2 miles of cable", 10.5, "mi", surface: "10 1/2 miles"),
        Row("eight to 10 feet tall", 8, "ft", .range, upper: 10, surface: "eight to 10 feet"),
        Row("between 1,000 and 1,500 km", 1000, "km", .range, upper: 1500, surface: "between 1,000 and 1,500 km"),
        // Durations, spelled out.
        Row("a 2.5 hour phone call", 2.5, "h", surface: "2.5 hour"),
        Row("lasted for over two hours", 2, "h", .moreThan, surface: "over two hours"),
        Row("lasted more than two hours", 2, "h", .moreThan, surface: "more than two hours"),
        Row("after three and a half years of war", 3.5, "yr", surface: "three and a half years"),
        Row("an hour and a half later", 1.5, "h", surface: "an hour and a half"),
        Row("at least 20 minutes", 20, "min", .atLeast, surface: "at least 20 minutes"),
        // Ages.
        Row("an 11-year-old boy", 11, "yr", surface: "11-year-old"),
        Row("a man aged 34 was", 34, "yr", surface: "34"),
        Row("people aged 15 to 52", 15, "yr", .range, upper: 52, surface: "15 to 52"),
        Row("She is 29 years old.", 29, "yr", surface: "29 years old"),
        // Money: symbols, scale letters, names, codes.
        Row("the initial £140m spent", 140_000_000, "GBP", surface: "£140m"),
        Row("a $2.4bn deal", 2_400_000_000, "USD", surface: "$2.4bn"),
        Row("€1.5 million in fines", 1_500_000, "EUR", surface: "€1.5 million"),
        Row("420 million euros", 420_000_000, "EUR", surface: "420 million euros"),
        Row("USD 75 million", 75_000_000, "USD", surface: "USD 75 million"),
        // Ringgit and cedi signs written with letters: "RM", "GH₵" and "GH¢".
        Row("a grant of RM5,000 each", 5000, "MYR", surface: "RM5,000"),
        Row("fined GH¢2.6 million", 2_600_000, "GHS", surface: "GH¢2.6 million"),
        Row("fined GH₵900,000", 900_000, "GHS", surface: "GH₵900,000"),
        // Concentrations, parts per million, voltages (session 9).
        Row("haemoglobin of 17.8 g/dL today", 17.8, "g/dL", surface: "17.8 g/dL"),
        Row("readings of 28 parts per million", 28, "ppm", surface: "28 parts per million"),
        Row("the 400 kV line", 400, "kV", surface: "400 kV"),
        // Mixed-case currency symbols before a figure (session 9).
        Row("will spend KSh 2bn on spraying", 2_000_000_000, "KES", surface: "KSh 2bn"),
        Row("paid Rs 500 crore", 5_000_000_000, "INR", surface: "Rs 500 crore"),
        Row("a fare of Tk 1,200", 1200, "BDT", surface: "Tk 1,200"),
        Row("£22,450,772, to be precise", 22_450_772, "GBP", surface: "£22,450,772"),
        Row("in excess of £5m", 5_000_000, "GBP", .moreThan, surface: "in excess of £5m"),
        // Percentages and counts.
        Row("shrank by 0.3% in October", 0.3, "%", surface: "0.3%"),
        Row("up 12 per cent", 12, "%", surface: "12 per cent"),
        Row("378 arrests", 378, "count", surface: "378"),
        Row("a dozen eggs", 12, "count", surface: "a dozen"),
        Row("two-thirds of voters", 2.0 / 3, "count", surface: "two-thirds"),
        Row("a third of a day", 1.0 / 3, "count", surface: "a third"),
        Row("a half day of strikes", 0.5, "d", surface: "a half day"),
        // A capital R glued to a figure with a separator, a decimal or a scale: rand.
        Row("the farm sold for R450,000 last spring", 450_000, "ZAR", surface: "R450,000"),
        Row("a budget of R16.6m for clinics", 16_600_000, "ZAR", surface: "R16.6m"),
        Row("about R2bn in unpaid fees", 2_000_000_000, "ZAR", .approximately, surface: "about R2bn"),
        // A fraction before "full": a fill level, as a percentage.
        Row("the tanks are less than a third full", 100.0 / 3, "%", .lessThan, surface: "less than a third"),
        Row("the reservoir is now a quarter full", 25, "%", surface: "a quarter"),
        Row("barely two-fifths full after the dry spell", 40, "%", surface: "two-fifths"),
        Row("a quarter hour late", 0.25, "h", surface: "a quarter hour"),
        Row("a hundred and two of those", 102, "count", surface: "a hundred and two"),
        Row("nearly 1.5 million people", 1_500_000, "count", .approximately, surface: "nearly 1.5 million"),
        Row("up to 4,000 km", 4000, "km", .atMost, surface: "up to 4,000 km"),
        Row("fewer than 10 officers", 10, "count", .lessThan, surface: "fewer than 10"),
        // Temperatures, speeds, masses.
        Row("-5 degree fahrenheit", -5, "F", surface: "-5 degree fahrenheit"),
        Row("temperatures of 30C today", 30, "C", surface: "30C"),
        Row("at 70mph", 70, "mph", surface: "70mph"),
        Row("at 120 km/h", 120, "km/h", surface: "120 km/h"),
        Row("You weigh 200lbs.", 200, "lb", surface: "200lbs"),
        Row("some 300 tonnes", 300, "t", .approximately, surface: "some 300 tonnes"),
        // Pence glued to the numeral are pounds.
        Row("the bid of 245p a share", 2.45, "GBP", surface: "245p"),
        Row("shares closed at 1,204p.", 12.04, "GBP", surface: "1,204p"),
        // A duration in two units is one figure, in the larger unit.
        Row("the cut runs 3hr 12min in all", 3.2, "h", surface: "3hr 12min"),
        Row("a wait of 1 hour 45 minutes", 1.75, "h", surface: "1 hour 45 minutes"),
    ]

    @Test(arguments: positives)
    func readsFigure(_ row: Row) throws {
        try row.check(with: Self.parser)
    }

    /// Text that holds no figure at all.
    static let negatives: [String] = [
        "I second that",
        "published at 20:49 BST",
        "she finished in 2:14:37 on Sunday",
        "streamed in 1080p on the day",
        "at 20:00 BST (15:00 ET), when journalists",
        "in the 1990s",
        "since Moscow launched its full-scale invasion in 2022.",
        "On May 8, 1945 and on 4 July",
        "the 4th and the 21st",
        "  1. Moscow trying to renew dialogue",
        "call 020 7946 0018 now",
        "ring +44 20 7946 0018",
        "COVID-19 and the G7 at No 10",
        "half-hearted offers",
        "a one-off payment",
        "they met one another",
        "at 3pm and 11 a.m.",
        "see https://example.com/page?id=2500&km=3",
        "Article 50 and page 3",
        // An ordinal before a time noun: no fraction.
        "a third day of deliberations",
        "a fifth year in a row",
        "a tenth hour of talks",
        // A fraction before no "of", unit or "full": nothing.
        "a third consecutive win",
        "a fifth fuller than before",
        "a second week of talks",
    ]

    /// A capital R before a figure that is no rand: a road's or a model's number, a spaced R.
    static let notRand: [String] = [
        "take the R101 north of the river",
        "the R2 was cancelled",
        "grade R 450,000 pupils",
        "r450,000 in the log",
    ]

    /// Capitalised words before a figure that are no currency symbol.
    static let notMoney: [String] = ["Won 500 games in a row", "Euro 2024 starts soon", "Sh 3 is a hall"]

    @Test(arguments: notMoney)
    func readsNoMoney(_ text: String) {
        #expect(!Self.parser.quantities(in: text).contains { ["KRW", "EUR", "KES", "TZS", "UGX"].contains($0.unit) },
                "\(Self.parser.quantities(in: text).map(\.text))")
    }

    @Test(arguments: notRand)
    func readsNoRand(_ text: String) {
        #expect(!Self.parser.quantities(in: text).contains { $0.unit == "ZAR" }, "\(Self.parser.quantities(in: text).map(\.text))")
    }

    @Test(arguments: negatives)
    func readsNothing(_ text: String) {
        #expect(Self.parser.quantities(in: text).map(\.text) == [])
    }

    @Test func precisionFollowsTheWrittenDigits() {
        let cases: [(String, Int)] = [("2,500 km", -2), ("2.5 hours", 1), ("378 arrests", 0), ("£22m", -6), ("1600km", -2)]
        for (text, exponent) in cases {
            #expect(Self.parser.quantities(in: text).first?.precisionExponent == exponent, "\(text)")
        }
    }

    @Test func convertsToSI() throws {
        let q = try #require(Self.parser.quantities(in: "1,500 miles").first)
        #expect(q.si?.unit == "m")
        #expect(abs((q.si?.value ?? 0) - 2_414_016) < 1)
    }
}

/// Two durations apart stay two figures: "2 hours, 30 minutes" and "30 minutes then 2 hours"
/// (as the public number suites count them); claims join those with "and" or a comma.
struct CompoundDurationNegativeTests {
    @Test(arguments: [
        ("after 2 hours and 30 minutes", 1), ("the 2 hours, 30 minutes later", 1), ("then 30 minutes 2 hours", 2),
        ("lasted 2 hours and 90 minutes", 2), ("4 years, 2 months, and 16 days", 1),
    ])
    func claimsJoinDurationsAcrossAnd(_ text: String, _ count: Int) {
        #expect(QuantityParserTests.parser.quantities(in: text, joiningDurationsAcrossWords: true).count == count)
    }

    @Test(arguments: ["the 2 hours, 30 minutes later", "then 30 minutes 2 hours", "after 2 hours and 30 minutes"])
    func staysTwoFigures(_ text: String) {
        #expect(QuantityParserTests.parser.quantities(in: text).count == 2)
    }
}

