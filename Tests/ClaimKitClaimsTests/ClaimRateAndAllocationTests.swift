import ClaimKit
import ClaimKitTestSupport
import Testing

/// Figures whose subject or unit the words around them complete: rates per time ("barrels
/// a day"), prices per unit ("$64.85 a barrel", "₦1,512 to the dollar"), sums allocated in
/// a list, bare counts in a place, weather temperatures and money from a lender.
struct ClaimRateAndAllocationTests {
    static let rows: [ClaimExtractorTests.Row] = [
        // Rates per time.
        .init(text: "The state company pumps 1.68 million barrels a day.", figure: "1.68 million barrels a day",
              subject: "state company", key: "company", attribute: "rate"),
        .init(text: "The mine produces 500 tonnes a year.", figure: "500 tonnes a year",
              subject: "mine", key: "mine", attribute: "rate"),
        .init(text: "The new field could add 2m barrels per day by 2030.", figure: "2m barrels per day",
              subject: "new field", key: "field", attribute: "rate"),
        // Prices per unit.
        .init(text: "Brent crude traded at $64.85 a barrel on Monday.", figure: "$64.85",
              subject: "Brent crude", key: "brent", attribute: "price"),
        .init(text: "The budget assumed oil at $75, but Brent crude traded at $64.85 a barrel on Monday.", figure: "$64.85",
              subject: "Brent crude", key: "brent", attribute: "price"),
        .init(text: "The naira closed at ₦1,512 to the dollar.", figure: "₦1,512",
              subject: "naira", key: "naira", attribute: "exchange rate"),
        // Sums allocated in a list.
        .init(text: "Defence gets ₦5.4tn, with ₦3.5tn for education and ₦2.5tn for health.", figure: "₦5.4tn",
              subject: "Defence", key: "defence", attribute: "cost"),
        .init(text: "Defence gets ₦5.4tn, with ₦3.5tn for education and ₦2.5tn for health.", figure: "₦3.5tn",
              subject: "education", key: "education", attribute: "cost"),
        .init(text: "The budget gives ₦5.4tn to defence, with ₦3.5tn for education and ₦2.5tn for health.", figure: "₦5.4tn",
              subject: "defence", key: "defence", attribute: "budget"),
        .init(text: "The budget gives ₦5.4tn to defence, with ₦3.5tn for education and ₦2.5tn for health.", figure: "₦2.5tn",
              subject: "health", key: "health", attribute: "cost"),
        .init(text: "Defence and security get ₦5.4tn, education ₦3.5tn and health ₦2.5tn.", figure: "₦3.5tn",
              subject: "education", key: "education", attribute: "cost"),
        .init(text: "Defence and security get ₦5.4tn, education ₦3.5tn and health ₦2.5tn.", figure: "₦2.5tn",
              subject: "health", key: "health", attribute: "cost"),
        .init(text: "The budget assumes an oil price of $64.85 a barrel.", figure: "$64.85",
              subject: "oil price", key: "price", attribute: "price"),
        .init(text: "The naira closed at ₦1,512 to the US dollar on Friday.", figure: "₦1,512",
              subject: "naira", key: "naira", attribute: "exchange rate"),
        .init(text: "The biggest single item is debt service, at ₦14.3tn.", figure: "₦14.3tn",
              subject: "debt service", key: "service", attribute: "cost"),
        // A count with no noun in a place.
        .init(text: "There are 14,820 in the arena tonight.", figure: "14,820", subject: "arena", key: "arena", attribute: "attendance"),
        .init(text: "There were 300 at the vigil.", figure: "300", subject: "vigil", key: "vigil", attribute: "attendance"),
        // Temperatures in a weather clause.
        .init(text: "It is still 31C in Melbourne at 11pm.", figure: "31C", subject: "temperature", key: "temperature",
              attribute: "temperature"),
        .init(text: "It's 31C in Melbourne.", figure: "31C", subject: "temperature", key: "temperature", attribute: "temperature"),
        .init(text: "Petrol now costs ₦617 per litre.", figure: "₦617", subject: "Petrol", key: "petrol", attribute: "price"),
        .init(text: "The government has set aside €500m.", figure: "€500m", subject: "government (set aside)", key: "government", attribute: "cost"),
        .init(text: "Temperatures reached 45C in Seville.", figure: "45C", subject: "Temperatures", key: "temperature",
              attribute: "temperature"),
        // Money from a lender.
        .init(text: "The government has set aside €500m it expects to borrow from the European Investment Bank.", figure: "€500m",
              subject: "European Investment Bank", key: "european", attribute: "loan"),
        .init(text: "The plan sets aside €500m from the European Investment Bank and ¥18bn from a Chinese bank.", figure: "€500m",
              subject: "European Investment Bank", key: "european", attribute: "loan"),
        .init(text: "The plan sets aside €500m from the European Investment Bank and ¥18bn from a Chinese bank.", figure: "¥18bn",
              subject: "Chinese bank", key: "chinese", attribute: "loan"),
        .init(text: "The government has set aside €500m from the European Investment Bank.", figure: "€500m",
              subject: "European Investment Bank", key: "european", attribute: "loan"),
    ]

    @Test(arguments: rows)
    func subjects(_ row: ClaimExtractorTests.Row) throws {
        try row.check()
    }

    @Test func aRatePerTimeCarriesItsRateUnit() throws {
        let claims = ClaimFixtures.claims(["The state company pumps 1.68 million barrels a day. The mine produces 500 tonnes a year."])
        #expect(claims.map(\.quantity.unit) == ["bbl/d", "t/yr"])
        let barrels = try #require(claims.first)
        #expect(barrels.quantity.value == 1_680_000)
        let si = try #require(barrels.quantity.si)
        #expect(si.unit == "m3/s")
        #expect(abs(si.value - 1_680_000 * 0.158987294928 / 86400) < 1e-6)
        // The claim itself states the rate in the page's unit, as speeds are.
        #expect(barrels.si == nil)
    }

    /// An amount per area is a rate too: "2.5 litres a hectare", "3 tonnes per square kilometre";
    /// areas in the plural ("litres a hectares" cannot be) and "a hectare of land" before a
    /// figure are not read.
    @Test func aRatePerAreaCarriesItsRateUnit() {
        let claims = ClaimFixtures.claims(["Crews sprayed 2.5 litres a hectare. The farm moved 3 tonnes per square kilometre."])
        #expect(claims.map(\.quantity.unit) == ["l/ha", "t/km2"])
        let plain = ClaimFixtures.claims(["Crews sprayed 2.5 litres across the hectares of the farm."])
        #expect(plain.map(\.quantity.unit) == ["l"])
    }

    /// Negative rows: a unit not followed by a time, a sum "for" a gerund, a counted noun,
    /// a yen figure with nothing Chinese near it, and the plain parse (the public number
    /// suites) that reads no rate.
    @Test func negatives() throws {
        let tonnes = ClaimFixtures.claims(["The ship carried 500 tonnes a long way."])
        #expect(tonnes.map(\.quantity.unit) == ["t"])
        let fined = ClaimFixtures.claims(["The firm was fined €410m for breaching the rules."])
        let plain = ClaimFixtures.claims(["The firm was fined €410m."])
        #expect(fined.map(\.subject) == plain.map(\.subject))
        #expect(fined.first?.subject != "breaching")
        let arrests = ClaimFixtures.claims(["There were 300 arrests at the vigil."])
        #expect(arrests.first?.subject == "arrests")
        let yen = ClaimFixtures.claims(["Sony earned ¥18bn from a bank deal in Tokyo."])
        #expect(yen.first?.quantity.unit == "JPY")
        let paid = ClaimFixtures.claims(["The ministry paid $5m to the contractor."])
        #expect(paid.first?.attribute != "price")
        let later = ClaimFixtures.claims(["It cost $5m in 2020 and $7m in 2021."])
        #expect(later.allSatisfy { $0.rule != .claimSpentOn })
        let prize = ClaimFixtures.claims(["She won the prize in 2009, worth €250,000 at the time."])
        #expect(prize.first?.rule != .claimSpentOn)
        let sale = ClaimFixtures.claims(["The council raised £2m from the sale of the site."])
        #expect(sale.first?.rule != .claimLentBy)
        let parser = QuantityParser(lexicons: ClaimFixtures.lexicons)
        #expect(parser.quantities(in: "Petrol costs ₦617 per litre.").isEmpty)
        #expect(parser.quantities(in: "The mine produces 500 tonnes a year.").map(\.unit) == ["t"])
    }
}
