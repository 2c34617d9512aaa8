import ClaimKit
import ClaimKitTestSupport
import Testing

/// Phrase shapes around a figure: a bracketed conversion does not hide what follows it,
/// "as small as" measures the noun before it, a share of a possessed noun is of that noun,
/// and pressures are a dimension of their own.
struct ClaimPhraseShapeTests {
    static let rows: [ClaimExtractorTests.Row] = [
        .init(text: "Forecasters expect up to 10in (250mm) of rain in the hills.", figure: "up to 10in",
              subject: "rain", key: "rain", attribute: "distance"),
        .init(text: "The wreck lies 40km (25 miles) north of the island, divers said.", figure: "40km",
              subject: "wreck (distance from the island)", key: "wreck", attribute: "distance"),
        .init(text: "The camera can pick out objects as small as 2.5m from orbit, the agency says.", figure: "2.5m",
              subject: "objects", key: "object", attribute: "distance"),
        .init(text: "The ministry says 68% of the city's electric buses were running by noon.", figure: "68%",
              subject: "city's electric buses", key: "bus", attribute: "share"),
        .init(text: "He climbed it in 41 minutes, an average speed of just over 19km/h.", figure: "just over 19km/h",
              subject: "speed", key: "speed", attribute: "speed"),
        .init(text: "She has just hit a 201km/h (125mph) second serve down the middle.", figure: "201km/h",
              subject: "second serve", key: "serve", attribute: "speed"),
        .init(text: "Its central pressure fell to 941 millibars overnight.", figure: "941 millibars",
              subject: "central pressure", key: "pressure", attribute: "pressure"),
    ]

    @Test(arguments: rows)
    func phraseShapes(_ row: ClaimExtractorTests.Row) throws {
        try row.check()
    }

    /// "as many as" and "as much as" are bounds, not comparisons of the noun before them.
    @Test func asManyAsIsABound() throws {
        let claims = ClaimFixtures.claims(["Officials said as many as 3,000 people had fled the town."])
        let claim = try #require(claims.first { $0.text.contains("3,000") }, "\(claims.map(\.text))")
        #expect(claim.rule != .claimAsAdjectiveAs)
        #expect(claim.subjectKey != "official")
    }

    /// A distance from a place holds from that place: its scope keeps it apart from the
    /// distance the thing itself travelled.
    @Test func aDistanceFromAPlaceIsScopedByThePlace() throws {
        let claims = ClaimFixtures.claims(["The probe landed roughly 200km (124 miles) west of Hokkaido."])
        let claim = try #require(claims.first { $0.text == "roughly 200km" }, "\(claims.map(\.text))")
        #expect(claim.scope == "from Hokkaido")
    }

    @Test func pressuresConvertToPascals() throws {
        let q = try #require(QuantityParser(lexicons: ClaimFixtures.lexicons).quantities(in: "a pressure of 1,013 hPa").first)
        #expect(q.unit == "hPa")
        #expect(q.si?.unit == "Pa")
        #expect(q.si?.value == 101_300)
    }
}
