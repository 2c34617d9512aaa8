@testable import ClaimKitCrossCheck
import ClaimKitModel
import Foundation
import Testing

/// The cheap tests a compare runs before a costlier one: each must answer false only when
/// the costly test would, and the in-place readings must give what the copies give.
struct CheapGateTests {
    /// `ClaimComparer.bytes(of:hold:)` against Foundation's search it guards.
    @Test(arguments: [
        // Positive rows: the bytes hold the needle.
        ("it rose. Then", ". ", true), ("up 20% on", "%", true), ("line\nbreak", "\n", true),
        ("ten per cent more", "per cent", true), ("an earlier version of", "earlier version", true),
        ("café. Then", ". ", true),
        // Negative rows: they do not (nor does Foundation find it).
        ("it rose, then", ". ", false), ("up 20 percent", "per cent", false), ("", "%", false),
        ("per", "per cent", false), ("an earlier entry", "earlier version", false),
    ] as [(String, String, Bool)])
    func bytesHoldOnlyWhatTheSearchMayFind(_ text: String, _ needle: String, _ expected: Bool) {
        #expect(ClaimComparer.bytes(of: text, hold: needle) == expected)
        // False never hides a match of Foundation's search.
        if !expected { #expect(!text.contains(needle)) }
    }

    /// `ClaimComparer.byteMatches`: every byte equal to the one looked for is flagged.
    @Test(arguments: [
        ("vvvvvvvv", UInt8(ascii: "v")), ("abcdefgy", UInt8(ascii: "y")), ("yabcdefg", UInt8(ascii: "y")),
        ("no match", UInt8(ascii: "v")), ("\u{0}v\u{0}y\u{0}\u{0}v\u{0}", UInt8(ascii: "v")),
    ] as [(String, UInt8)])
    func flagsEveryMatchingByte(_ text: String, _ byte: UInt8) {
        let bytes = Array(text.utf8)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let flags = ClaimComparer.byteMatches(word, byte)
        for k in 0..<8 where bytes[k] == byte { #expect(flags & (0x80 << UInt64(8 * k)) != 0, "byte \(k) of \(text)") }
        #expect((flags == 0) == !bytes.contains(byte))
    }

    /// `FigureInterval(quantityOf:at:)`, read in place, gives `FigureInterval(_:)`.
    @Test(arguments: [
        Quantity(value: 950, unit: "km", bound: .exact, range: range, text: "950km", rule: "t", si: SIValue(value: 950_000, unit: "m")),
        Quantity(value: 2, upper: 3, unit: "km", bound: .range, range: range, text: "2-3km", rule: "t",
                 si: SIValue(value: 2000, upper: 3000, unit: "m")),
        Quantity(value: 7000, unit: "count", bound: .approximately, range: range, text: "7,000", rule: "t", si: SIValue(value: 7000, unit: "count")),
        Quantity(value: 20, unit: "°C", bound: .exact, range: range, text: "20C", precisionExponent: 1, rule: "t",
                 si: SIValue(value: 293.15, unit: "K")),
        Quantity(value: 12, unit: "m", bound: .moreThan, range: range, text: "more than 12m", rule: "t", si: SIValue(value: 12, unit: "m")),
        Quantity(value: 0, unit: "m", bound: .atMost, range: range, text: "0m", rule: "t", si: SIValue(value: 0, unit: "m")),
        // Negative row: no SI value, no interval.
        Quantity(value: 5, unit: "count", bound: .exact, range: range, text: "5", rule: "t"),
    ])
    func readsTheIntervalInPlace(_ quantity: Quantity) {
        let claim = Claim(
            id: "c1", entry: 1, subject: "x", subjectKey: "x", attribute: "a", quantity: quantity, range: Self.range,
            text: quantity.text, rule: "t")
        #expect(FigureInterval(quantityOf: [claim], at: 0) == FigureInterval(quantity))
    }

    static let range = TextRange(utf8Start: 0, utf8End: 1)
}

private let range = CheapGateTests.range
