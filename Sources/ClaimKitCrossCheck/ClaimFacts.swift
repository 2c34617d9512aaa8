import ClaimKitModel

/// What the cross-check rules ask of every claim before reading it further (its
/// attribute, unit and rule among the few they name), found once per claim as bits: each
/// rule's pass over the claims tests bits instead of comparing and hashing strings.
struct ClaimFacts: OptionSet, Sendable {
    let rawValue: UInt32

    /// Attribute "count", "temperature", "speed", "duration", "area".
    static let attributeCount = ClaimFacts(rawValue: 1 << 0)
    static let attributeTemperature = ClaimFacts(rawValue: 1 << 1)
    static let attributeSpeed = ClaimFacts(rawValue: 1 << 2)
    static let attributeDuration = ClaimFacts(rawValue: 1 << 3)
    /// An attribute of `ClaimComparer.unitSlipAttributes`.
    static let unitSlipAttribute = ClaimFacts(rawValue: 1 << 4)
    /// An attribute of `ClaimComparer.fixedAttributes`.
    static let fixedAttribute = ClaimFacts(rawValue: 1 << 5)
    /// Unit "count", "%", "yr".
    static let unitCount = ClaimFacts(rawValue: 1 << 6)
    static let unitPercent = ClaimFacts(rawValue: 1 << 7)
    static let unitYear = ClaimFacts(rawValue: 1 << 8)
    /// A rule of `ClaimComparer.guessedSubjectRules`, of `changingRules`.
    static let guessedRule = ClaimFacts(rawValue: 1 << 9)
    static let changingRule = ClaimFacts(rawValue: 1 << 10)
    /// Rule "claim.counted-noun", "claim.definite-count", "claim.compound-modifier".
    static let countedNounRule = ClaimFacts(rawValue: 1 << 11)
    static let definiteCountRule = ClaimFacts(rawValue: 1 << 12)
    static let compoundModifierRule = ClaimFacts(rawValue: 1 << 13)
    /// Bound `.exact`.
    static let exact = ClaimFacts(rawValue: 1 << 14)

    /// The attribute bits by attribute.
    static let byAttribute: [String: ClaimFacts] = {
        var table: [String: ClaimFacts] = [:]
        for a in ClaimComparer.fixedAttributes { table[a, default: []].insert(.fixedAttribute) }
        for a in ClaimComparer.unitSlipAttributes { table[a, default: []].insert(.unitSlipAttribute) }
        table["count", default: []].insert(.attributeCount)
        table["temperature", default: []].insert(.attributeTemperature)
        table["speed", default: []].insert(.attributeSpeed)
        table["duration", default: []].insert(.attributeDuration)
        return table
    }()

    /// The rule bits by rule.
    static let byRule: [String: ClaimFacts] = {
        var table: [String: ClaimFacts] = [:]
        for r in ClaimComparer.guessedSubjectRules { table[r, default: []].insert(.guessedRule) }
        for r in ClaimComparer.changingRules { table[r, default: []].insert(.changingRule) }
        table["claim.counted-noun", default: []].insert(.countedNounRule)
        table["claim.definite-count", default: []].insert(.definiteCountRule)
        table["claim.compound-modifier", default: []].insert(.compoundModifierRule)
        return table
    }()

    /// `byAttribute` and `byRule` as byte tables (`ByteKeys`).
    static let attributeTable = ByteKeys(byAttribute)
    static let ruleTable = ByteKeys(byRule)

    /// A few ASCII keys and their facts, found by their bytes: an FNV-1a hash of the bytes
    /// picks a slot of an open-addressed table, the key's bytes are compared. A string
    /// with a byte over 0x7F is looked up in the dictionary (a non-ASCII string may equal
    /// an ASCII one as Swift compares strings: "\u{212A}" is "K").
    final class ByteKeys: Sendable {
        let dictionary: [String: ClaimFacts]
        let keys: [[UInt8]]
        let values: [ClaimFacts]
        /// By slot, 1 + the key's index, or 0 for an empty slot.
        let slots: [Int]
        static let size = 256

        init(_ dictionary: [String: ClaimFacts]) {
            self.dictionary = dictionary
            let sorted = dictionary.keys.sorted()
            keys = sorted.map { Array($0.utf8) }
            values = sorted.map { dictionary[$0]! }
            precondition(keys.count < Self.size / 2 && keys.allSatisfy { $0.allSatisfy { $0 < 0x80 } })
            var slots = [Int](repeating: 0, count: Self.size)
            for (k, key) in keys.enumerated() {
                var slot = Int(key.withUnsafeBufferPointer { Self.hash($0) } & UInt64(Self.size - 1))
                while slots[slot] != 0 { slot = (slot + 1) & (Self.size - 1) }
                slots[slot] = k + 1
            }
            self.slots = slots
        }

        /// FNV-1a of `bytes`, with the OR of the bytes in the top bit (set for any byte over 0x7F).
        @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var any: UInt8 = 0
            for b in bytes {
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                any |= b
            }
            return (h ^ (h >> 32)) & ~(1 << 63) | (any >= 0x80 ? 1 << 63 : 0)
        }

        /// The facts of key `s`, none when `s` is no key.
        func facts(of s: String) -> ClaimFacts {
            let found = s.utf8.withContiguousStorageIfAvailable { bytes -> ClaimFacts? in
                let h = Self.hash(bytes)
                if h >> 63 != 0 { return nil }
                var slot = Int(h & UInt64(Self.size - 1))
                while slots[slot] != 0 {
                    let k = slots[slot] - 1
                    if keys[k].count == bytes.count, keys[k].withUnsafeBufferPointer({ key -> Bool in
                        for m in 0..<bytes.count where key[m] != bytes[m] { return false }
                        return true
                    }) {
                        return values[k]
                    }
                    slot = (slot + 1) & (Self.size - 1)
                }
                return []
            }
            if let found, let found { return found }
            return dictionary[s] ?? []
        }
    }

    /// The facts of `claims[i]`, read in place.
    init(_ claims: [Claim], _ i: Int) {
        var facts = Self.attributeTable.facts(of: claims[i].attribute)
        facts.formUnion(Self.ruleTable.facts(of: claims[i].rule.rawValue))
        if claims[i].quantity.unit == "count" {
            facts.insert(.unitCount)
        } else if claims[i].quantity.unit == "%" {
            facts.insert(.unitPercent)
        } else if claims[i].quantity.unit == "yr" {
            facts.insert(.unitYear)
        }
        if claims[i].quantity.bound == .exact { facts.insert(.exact) }
        self = facts
    }

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The facts of every claim, by index.
    static func of(_ claims: [Claim]) -> [ClaimFacts] {
        var out: [ClaimFacts] = []
        out.reserveCapacity(claims.count)
        for i in claims.indices { out.append(ClaimFacts(claims, i)) }
        return out
    }
}
