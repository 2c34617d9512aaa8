/// A string of the unit lexicons (a unit symbol, a dimension, a currency code) as the
/// parse carries it: its index in the catalog's `NameTable`, compared as a number. Two
/// names are equal exactly when their strings are (the table keeps each string once).
struct NameID: Hashable, Sendable {
    var index: Int32
}

/// A unit of the catalog as the parse carries it: its index in `NameTable.units`, with its
/// symbol and dimension as `NameID`s. A figure's side (`QuantityParser.Run.Side`) holds
/// units, currencies and rates this way, so it copies as plain bytes: a side holding
/// `UnitInfo` and currency strings retained and released each of them at every copy, and
/// every unit or currency phrase look-up copied its value's strings out of the table.
struct UnitID: Equatable, Sendable {
    /// The index in `NameTable.units`.
    var index: Int32
    /// The unit's symbol ("km", "%") and dimension ("length"), as names.
    var symbol: NameID
    var dimension: NameID
}

/// The strings the parse compares as `NameID`s, each once, and the distinct units as
/// `UnitID`s: filled while the catalog is built, read only after.
struct NameTable: Sendable {
    private(set) var strings: [String] = []
    private var ids: [String: NameID] = [:]
    /// Every distinct unit (by symbol, dimension, factor and offset) of the tables.
    private(set) var units: [UnitInfo] = []
    private var unitIDs: [UnitInfo: UnitID] = [:]

    /// The string `id` stands for.
    subscript(id: NameID) -> String { strings[Int(id.index)] }

    /// The name of `string`, added when new.
    mutating func id(of string: String) -> NameID {
        if let known = ids[string] { return known }
        let id = NameID(index: Int32(strings.count))
        strings.append(string)
        ids[string] = id
        return id
    }

    /// The id of `unit`, added when new.
    mutating func unitID(of unit: UnitInfo) -> UnitID {
        if let known = unitIDs[unit] { return known }
        let id = UnitID(index: Int32(units.count), symbol: self.id(of: unit.symbol), dimension: self.id(of: unit.dimension))
        units.append(unit)
        unitIDs[unit] = id
        return id
    }
}

/// The symbols, dimensions and currency codes the quantity rules ask about by name, as
/// `NameID`s of the catalog's `NameTable` (a name no lexicon row holds is added, so it
/// equals no unit's).
struct KnownNames: Sendable {
    var duration = NameID(index: -1)
    var length = NameID(index: -1)
    var area = NameID(index: -1)
    var volume = NameID(index: -1)
    var mass = NameID(index: -1)
    var energy = NameID(index: -1)
    var concentration = NameID(index: -1)
    /// "%", "s", "ft", and the ages' "yr", "mo", "wk", "d".
    var percent = NameID(index: -1)
    var second = NameID(index: -1)
    var foot = NameID(index: -1)
    var year = NameID(index: -1)
    var month = NameID(index: -1)
    var week = NameID(index: -1)
    var day = NameID(index: -1)
    /// A bare number's unit.
    var count = NameID(index: -1)
    /// The codes the rules name: the rand ("R450,000"), the pound (pence, "315p"), the won.
    var rand = NameID(index: -1)
    var pound = NameID(index: -1)
    var won = NameID(index: -1)

    init() {}

    init(in names: inout NameTable) {
        duration = names.id(of: "duration")
        length = names.id(of: "length")
        area = names.id(of: "area")
        volume = names.id(of: "volume")
        mass = names.id(of: "mass")
        energy = names.id(of: "energy")
        concentration = names.id(of: "concentration")
        percent = names.id(of: "%")
        second = names.id(of: "s")
        foot = names.id(of: "ft")
        year = names.id(of: "yr")
        month = names.id(of: "mo")
        week = names.id(of: "wk")
        day = names.id(of: "d")
        count = names.id(of: "count")
        rand = names.id(of: "ZAR")
        pound = names.id(of: "GBP")
        won = names.id(of: "KRW")
    }
}
