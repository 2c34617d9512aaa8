import ClaimKit
import ClaimKitTestSupport
import Testing

/// Sums in a currency named in words after the figure ("2bn forint", "300m kronor"), and
/// bare names several countries use, read by the country the sentence or entry names.
/// Sentences written for these tests.
struct ClaimCurrencyNameTests {
    struct Row: CustomStringConvertible, Sendable {
        let text: String
        let figure: String
        let unit: String
        var description: String { text }
    }

    static let rows: [Row] = [
        Row(text: "The new tram line cost 1.8bn złoty (£350m).", figure: "1.8bn złoty", unit: "PLN"),
        Row(text: "Investors paid 300m kronor for the mill.", figure: "300m kronor", unit: "SEK"),
        Row(text: "A Danish court ordered him to repay 4m kroner.", figure: "4m kroner", unit: "DKK"),
        Row(text: "The Oslo council set aside 90 million kroner for roads.", figure: "90 million kroner", unit: "NOK"),
        Row(text: "The mayor of Prague pledged 2bn koruna to the metro.", figure: "2bn koruna", unit: "CZK"),
        Row(text: "The Hungarian bank lent 40bn forint to farmers.", figure: "40bn forint", unit: "HUF"),
        Row(text: "Argentina's deficit reached 900bn pesos in March.", figure: "900bn pesos", unit: "ARS"),
        Row(text: "Prices in Manila rose and a ticket now costs 500 pesos.", figure: "500 pesos", unit: "PHP"),
        Row(text: "The budget adds 3.5 trillion won for chip makers.", figure: "3.5 trillion won", unit: "KRW"),
        Row(text: "Riyadh will spend 12bn riyals on the new line.", figure: "12bn riyals", unit: "SAR"),
        Row(text: "A fan in Doha paid 1,000 riyals for a seat.", figure: "1,000 riyals", unit: "QAR"),
        Row(text: "The Moroccan club paid 20m dirhams for the striker.", figure: "20m dirhams", unit: "MAD"),
        Row(text: "The airline lost 2bn reais last year.", figure: "2bn reais", unit: "BRL"),
        Row(text: "The factory will cost 800m ringgit to build.", figure: "800m ringgit", unit: "MYR"),
        Row(text: "The excavation in Tunisia could cost up to 15 million dinars.", figure: "up to 15 million dinars", unit: "TND"),
        Row(text: "Baghdad set aside 2 trillion dinars for power stations.", figure: "2 trillion dinars", unit: "IQD"),
        Row(text: "The county spent 2 billion shillings on the road.", figure: "2 billion shillings", unit: "KES"),
        Row(text: "In Kampala the permit fee is 50,000 shillings.", figure: "50,000 shillings", unit: "UGX"),
        Row(text: "The Geneva court fined the bank 3 million Swiss francs.", figure: "3 million Swiss francs", unit: "CHF"),
        Row(text: "Traders in Dakar paid 5bn CFA francs in duties.", figure: "5bn CFA francs", unit: "XOF"),
        Row(text: "Each family was offered 3,000 quetzales.", figure: "3,000 quetzales", unit: "GTQ"),
        Row(text: "Fuel now costs 900 naira a litre.", figure: "900 naira", unit: "NGN"),
        Row(text: "The Karachi port lost 40bn rupees in the strike.", figure: "40bn rupees", unit: "PKR"),
        Row(text: "The fine was 120,000 rupees.", figure: "120,000 rupees", unit: "INR"),
        Row(text: "The agency paid about 1.2 million soles to the guides.", figure: "about 1.2 million soles", unit: "PEN"),
        Row(text: "The herders lost 4bn tugriks of livestock.", figure: "4bn tugriks", unit: "MNT"),
        Row(text: "The new bridge will cost 300m rand.", figure: "300m rand", unit: "ZAR"),
    ]

    @Test(arguments: rows)
    func readsTheCurrencyNamedAfterTheFigure(_ row: Row) throws {
        let claims = ClaimFixtures.claims([row.text])
        let claim = try #require(claims.first { $0.text == row.figure }, "no claim \(row.figure) in \(claims.map(\.text))")
        #expect(claim.quantity.unit == row.unit)
    }

    /// A bare name several countries use, in an entry whose words name the country
    /// (or two countries: then the name's default code).
    static let cueRows: [Row] = [
        // The cue in the entry's other sentence; an accented letter after the cue "bogot".
        Row(text: "Bogotá officials confirmed the plan on Monday. The mayor said the works would cost 90bn pesos.", figure: "90bn pesos", unit: "COP"),
        // A cue in capitals, and one beyond ASCII in capitals ("BOGOTÁ").
        Row(text: "THE DANISH GOVERNMENT WILL PAY. It agreed to repay 4m kroner.", figure: "4m kroner", unit: "DKK"),
        Row(text: "The deal is worth 90m pesos, officials in BOGOTÁ said.", figure: "90m pesos", unit: "COP"),
        // Two cues of one country ("chile" starts "Chileans").
        Row(text: "Chileans voted on Monday. Santiago officials said the works would cost 90bn pesos.", figure: "90bn pesos", unit: "CLP"),
        // Two countries: the default code.
        Row(text: "Officials in Bogotá and Santiago met on Monday. The deal is worth 90m pesos.", figure: "90m pesos", unit: "MXN"),
        // No cue at all.
        Row(text: "The stall sold tacos. The deal is worth 90m pesos.", figure: "90m pesos", unit: "MXN"),
    ]

    @Test(arguments: cueRows)
    func readsTheCountryTheWordsName(_ row: Row) throws {
        let claims = ClaimFixtures.claims([row.text])
        let claim = try #require(claims.first { $0.text == row.figure }, "no claim \(row.figure) in \(claims.map(\.text))")
        #expect(claim.quantity.unit == row.unit)
    }

    /// A unit that is also a measure of drink stays a count, not Armenian money.
    @Test func keepsDramsOfWhiskyOutOfMoney() {
        let claims = ClaimFixtures.claims(["He had 2 drams of whisky before the hearing."])
        #expect(!claims.contains { $0.quantity.unit == "AMD" })
    }

    /// A metre stays a metre: "m" glued to a figure is million only before a currency or a
    /// plural noun.
    @Test func keepsMetresBeforeOtherWords() throws {
        let claims = ClaimFixtures.claims(["The wall is a 300m stretch of brick."])
        #expect(claims.first?.quantity.unit == "m")
    }
}
