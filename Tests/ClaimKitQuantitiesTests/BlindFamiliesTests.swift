import ClaimKit
import ClaimKitTestSupport
import Testing

/// Families found on unseen pages (session 10): a substance between a mass and "per", "won"
/// the verb after a number word, German numbers in English text, words between a number
/// and its unit; (session 11) speeds per second. Positive rows give the figure; negative rows the reading they must not.
struct BlindPageFamiliesTests {
    static let parser = QuantityParserTests.parser
    typealias Row = QuantityParserTests.Row

    static let positives: [Row] = [
        // A mass with its substance before "per" and a volume: a concentration.
        Row("Samples showed 3 mg of cyanide per litre", 3, "mg/L", surface: "3 mg of cyanide per litre"),
        Row("5 micrograms of lead per cubic metre of air", 5, "µg/m3", surface: "5 micrograms of lead per cubic metre"),
        Row("drinks with 40 g of sugar per litre", 40, "g/L", surface: "40 g of sugar per litre"),
        // "won" after digits, a scale word or a price: the currency still.
        Row("a 3.5 trillion won budget", 3.5e12, "KRW", surface: "3.5 trillion won"),
        Row("5,000 won for a ticket", 5000, "KRW", surface: "5,000 won"),
        Row("she paid 20,000 won", 20000, "KRW", surface: "20,000 won"),
        // German numbers when the text shows the decimal comma.
        Row("a turnout of 48,7 per cent and 18.600 compensation claims", 18600, "count", surface: "18.600"),
        Row("a turnout of 48,7 per cent and 18.600 compensation claims", 48.7, "%", surface: "48,7 per cent"),
        Row("the network is 1.234,5 km long", 1234.5, "km", surface: "1.234,5 km"),
        Row("some 2,3 million passengers", 2_300_000, "count", .approximately, surface: "some 2,3 million"),
        // A word between the number and its unit.
        Row("refunds take up to ten working days", 10, "d", .atMost, surface: "up to ten working days"),
        Row("workers with 30 or more years of service", 30, "yr", .atLeast, surface: "30 or more years"),
        Row("the crew worked four more hours", 4, "h", surface: "four more hours"),
        Row("an intake of 96 nanograms a day", 96, "ng", surface: "96 nanograms"),
        // Speeds per second: a meteor's, a spacecraft's.
        Row("it entered the atmosphere at about 17 km per second", 17, "km/s", .approximately, surface: "about 17 km per second"),
        Row("a speed of 27 km/s", 27, "km/s", surface: "27 km/s"),
        Row("a probe moving at 11 kilometres a second", 11, "km/s", surface: "11 kilometres a second"),
        Row("the current ran at 2 metres a second", 2, "m/s", surface: "2 metres a second"),
    ]

    @Test(arguments: positives)
    func readsFigure(_ row: Row) throws {
        try row.check(with: Self.parser)
    }

    /// Text and a unit its figures must not carry.
    static let negatives: [(String, String)] = [
        ("3 mg of cyanide, per the lab", "mg/L"),
        ("3 mg of cyanide per the lab's report", "mg/L"),
        ("Of the five finalists, two won medals", "KRW"),
        ("two won silver in Paris", "KRW"),
        ("two or more people", "yr"),
        ("four more people came", "h"),
        ("she won the 5 km second heat", "km/s"),
    ]

    @Test(arguments: negatives)
    func readsNotAs(_ text: String, _ unit: String) {
        let found = Self.parser.quantities(in: text)
        #expect(!found.contains { $0.unit == unit }, "\(found.map { "\($0.text) \($0.unit)" })")
    }

    /// An English text keeps the decimal point: "3.150" is 3.15; a list "1,2,3" shows no
    /// decimal comma.
    static let englishNumbers: [(String, Double)] = [
        ("the index closed at 3.150 points", 3.15), ("a rise of 2,500 km", 2500), ("items 1,2,3 and 4.5 kg", 4.5),
        ("from 12,345,67 to 4.5 kg", 4.5),
    ]

    @Test(arguments: englishNumbers)
    func keepsTheDecimalPoint(_ text: String, _ value: Double) {
        #expect(Self.parser.quantities(in: text).contains { abs($0.value - value) < 1e-9 }, "\(Self.parser.quantities(in: text).map(\.value))")
    }

    @Test func documentDecisionAppliesToEveryText() {
        #expect(QuantityParser.showsDecimalComma("48,7 per cent"))
        #expect(!QuantityParser.showsDecimalComma("3.150 and 2,500"))
        let scratch = Self.parser.makeScratch()
        scratch.decimalComma = true
        let q = Self.parser.quantities(gatedText: "18.600 compensation claims", joiningDurationsAcrossWords: false, readingRates: false, scratch: scratch)
        #expect(q.first?.value == 18600)
        scratch.decimalComma = nil
        let e = Self.parser.quantities(gatedText: "18.600 compensation claims", joiningDurationsAcrossWords: false, readingRates: false, scratch: scratch)
        #expect(e.first?.value == 18.6)
    }
}
