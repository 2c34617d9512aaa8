import Testing

@testable import ClaimKitQuantities

/// `WordSet`, `WordMap` and `isOne(of:)` answer as `Set<String>`, `Dictionary` and an
/// array's `contains` do, canonical equivalence included.
struct WordSetTests {
    static let members = ["said", "says", "force\u{2019}s", "Km", "caf\u{E9}", "a", ""]
    static let set = WordSet(members)
    static let plain = Set(members)

    /// Queries in and out of the set: ASCII, non-ASCII, a decomposed "é", the Kelvin sign
    /// (canonically "K"), case differences, the empty string.
    static let queries: [(word: String, member: Bool)] = [
        ("said", true), ("says", true), ("a", true), ("", true), ("Km", true),
        ("force\u{2019}s", true), ("caf\u{E9}", true), ("cafe\u{301}", true), ("\u{212A}m", true),
        ("say", false), ("Said", false), ("km", false), ("force's", false), ("cafe", false), ("an", false),
    ]

    @Test(arguments: queries)
    func agreesWithSet(_ row: (word: String, member: Bool)) {
        #expect(Self.set.contains(row.word) == row.member)
        #expect(Self.set.contains(row.word) == Self.plain.contains(row.word))
    }

    @Test(arguments: queries)
    func mapAgreesWithDictionary(_ row: (word: String, member: Bool)) {
        let dictionary = Dictionary(uniqueKeysWithValues: Self.members.enumerated().map { ($0.element, $0.offset) })
        let map = WordMap(dictionary)
        #expect(map[row.word] == dictionary[row.word])
        #expect((map[row.word] != nil) == row.member)
    }

    /// An all-ASCII set answers a miss from its table alone, and still right.
    @Test(arguments: ["the", "an", "them", "", "\u{212A}", "th\u{E9}"])
    func asciiSetMisses(_ word: String) {
        let set: WordSet = ["the", "a", "K"]
        #expect(set.contains(word) == Set(["the", "a", "K"]).contains(word))
    }

    @Test(arguments: queries)
    func isOneAgreesWithContains(_ row: (word: String, member: Bool)) {
        #expect(row.word.isOne(of: "said", "says", "force\u{2019}s", "Km", "caf\u{E9}", "a", "") == row.member)
        #expect(row.word[...].isOne(of: "said", "says", "force\u{2019}s", "Km", "caf\u{E9}", "a", "") == row.member)
        #expect(!row.word.isOne(of: "zebra"))
    }

    /// Look-ups by ASCII bytes answer as the string look-ups of the same word (lower-cased
    /// first when asked), the Kelvin sign member included, inside a longer text.
    @Test(arguments: ["said", "Said", "SAYS", "km", "Km", "KM", "k", "K", "a", "A", "an", "force", "x-ray", "cafe"])
    func byteLookupsAgreeWithStrings(_ word: String) {
        let set: WordSet = ["said", "says", "Km", "\u{212A}", "a", "x-ray", "caf\u{E9}"]
        let map = WordMap(["said": 1, "Km": 2, "\u{212A}": 3, "x-ray": 4])
        let bytes = Array("<< \(word) >>".utf8)
        let (start, end) = (3, 3 + word.utf8.count)
        #expect(set.contains(ascii: bytes, start, end, lowering: false) == set.contains(word))
        #expect(set.contains(ascii: bytes, start, end, lowering: true) == set.contains(word.lowercased()))
        #expect(map.value(ascii: bytes, start, end, lowering: false) == map[word])
        #expect(map.value(ascii: bytes, start, end, lowering: true) == map[word.lowercased()])
        let filter = LeadFilter(["said", "says", "Km", "\u{212A}", "a", "x-ray"])
        if set.contains(word.lowercased()) { #expect(filter.mayContain(ascii: bytes, start, end, lowering: true)) }
        if set.contains(word) { #expect(filter.mayContain(ascii: bytes, start, end, lowering: false)) }
    }
}
