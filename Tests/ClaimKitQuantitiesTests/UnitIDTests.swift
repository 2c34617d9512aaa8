import ClaimKitTestSupport
import Testing

@testable import ClaimKitQuantities

/// The ids the parse carries for units, currency codes and dimensions stand for the same
/// strings and units as the tables they replace: equal exactly when the strings are, and
/// converted as the symbols are.
struct UnitIDTests {
    static let catalog = QuantityParserTests.parser.catalog

    @Test(arguments: [
        ("km", "km", true), ("GBP", "GBP", true), ("duration", "duration", true),
        ("km", "KM", false), ("GBP", "USD", false), ("mass", "volume", false), ("s", "", false),
    ])
    func namesAreEqualExactlyWhenTheirStringsAre(_ a: String, _ b: String, _ equal: Bool) {
        var names = NameTable()
        let first = names.id(of: a)
        let second = names.id(of: b)
        #expect((first == second) == equal)
        #expect(names[first] == a && names[second] == b)
    }

    @Test func unitsKeepTheirSymbolAndDimension() {
        var names = NameTable()
        let km = UnitInfo(symbol: "km", dimension: "length", factor: 1000)
        let mile = UnitInfo(symbol: "mi", dimension: "length", factor: 1609.344)
        let id = names.unitID(of: km)
        #expect(names.unitID(of: km) == id)
        #expect(names.unitID(of: mile) != id)
        #expect(names.unitID(of: mile).dimension == id.dimension)
        #expect(names[id.symbol] == "km" && names[id.dimension] == "length")
        #expect(names.units[Int(id.index)] == km)
    }

    /// Every name taken as a unit symbol converts as its string does (units, currencies,
    /// "count", and names that are no symbol).
    @Test func conversionByNameAgreesWithConversionBySymbol() {
        let catalog = Self.catalog
        for (k, symbol) in catalog.names.strings.enumerated() {
            let id = NameID(index: Int32(k))
            for upper in [nil, 7.25] as [Double?] {
                #expect(catalog.si(value: 2.5, upper: upper, symbol: id) == catalog.si(value: 2.5, upper: upper, unit: symbol), "\(symbol)")
            }
        }
    }

    /// The unit phrase table's ids stand for catalog units with their own symbol and
    /// dimension; the known names and `unitID(symbol:)` read the same names.
    @Test func phraseTableUnitsAreCatalogUnits() {
        let catalog = Self.catalog
        for id in catalog.unitPhrases.values {
            let unit = catalog.names.units[Int(id.index)]
            #expect(catalog.names[id.symbol] == unit.symbol && catalog.names[id.dimension] == unit.dimension)
        }
        #expect(catalog.names[catalog.known.duration] == "duration")
        #expect(catalog.names[catalog.known.percent] == "%")
        #expect(catalog.unitID(symbol: "%").map { catalog.names[$0.symbol] } == "%")
        #expect(catalog.unitID(symbol: "no such unit") == nil)
    }
}
