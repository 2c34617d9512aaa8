@testable import ClaimKitCrossCheck
import Foundation
import Testing

/// The byte path for a claim sentence's words gives what Foundation's split and trim give.
struct ClaimContextWordsTests {
    static func foundation(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.trimmingCharacters(in: ClaimContext.glued) }
            .filter { !$0.isEmpty }
    }

    @Test(arguments: [
        "The fee, they said, was \"final\" (for now).", "  two  spaces\nand a line ", "-dash- 'quoted' [x] {y} _z_ #1 @a",
        "50% of 3/4; a:b? c! d* e&f", "", "...", "a - b", "U.S. $5m ~ +3 <x> =y ^z `w` |v|",
    ])
    func asciiWordsAgreeWithFoundation(_ text: String) throws {
        let words = try #require(ClaimContext.asciiWords(ArraySlice(Array(text.utf8))))
        #expect(words == Self.foundation(text))
    }

    @Test func everyASCIIPunctuationByteAgrees() throws {
        for b in UInt8(0x21)...UInt8(0x7E) {
            let text = String(UnicodeScalar(b)) + "w" + String(UnicodeScalar(b))
            let words = try #require(ClaimContext.asciiWords(ArraySlice(Array(text.utf8))))
            #expect(words == Self.foundation(text), "byte \(b)")
        }
    }

    @Test func otherTextTakesTheFoundationPath() {
        #expect(ClaimContext.asciiWords(ArraySlice(Array("café crème".utf8))) == nil)
        #expect(ClaimContext.asciiWords(ArraySlice(Array("a\r\nb".utf8))) == nil)
    }
}

/// The byte path for sentences with common non-ASCII characters (accented letters, curly
/// quotes, dashes, currency signs) gives what Foundation's split, trim and lower-casing give.
struct ClaimContextSimpleWordsTests {
    static func foundation(_ s: String) -> ([String], [String]) {
        let words = ClaimContextWordsTests.foundation(s)
        return (words, words.map { $0.lowercased() })
    }

    static func bytePath(_ s: String) -> ([String], [String])? {
        Array(s.utf8).withUnsafeBufferPointer { ClaimContext.simpleWords($0) }
    }

    @Test(arguments: [
        "\u{201C}The fee,\u{201D} they said \u{2014} \u{00A3}5m \u{2026} was \u{2018}final\u{2019}.",
        "Café CRÈME — Ōsaka’s «best» ¡sí! ¿no? £9.5m €3 ₦14.6tn 30°C ½ ™ ⅓",
        "Łódź\u{00A0}and Ærø – “ÉLAN” •", "", "\u{201C}\u{201D}", " \u{2019}s ",
    ])
    func simpleWordsAgreeWithFoundation(_ text: String) throws {
        let words = try #require(Self.bytePath(text))
        #expect(words.0 == Self.foundation(text).0)
        #expect(words.1 == Self.foundation(text).1)
    }

    @Test func everySimpleScalarAgrees() throws {
        let ranges: [ClosedRange<UInt32>] = [0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x218F]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                #expect(ClaimContext.isSimple(v))
                let s = String(scalar)
                for text in [s + "w" + s, "W" + s + "W", s, "a " + s + " b", s + s + "\n" + s + "x"] {
                    let words = try #require(Self.bytePath(text), "U+\(String(v, radix: 16))")
                    let expected = Self.foundation(text)
                    #expect(words.0 == expected.0, "U+\(String(v, radix: 16))")
                    #expect(words.1 == expected.1, "U+\(String(v, radix: 16))")
                }
            }
        }
    }

    @Test func otherTextTakesTheFoundationPath() {
        #expect(Self.bytePath("e\u{0301}") == nil)  // a combining mark
        #expect(Self.bytePath("a\u{200D}b") == nil)  // a zero-width joiner
        #expect(Self.bytePath("a\r\nb") == nil)
        #expect(Self.bytePath("日本") == nil)
        // Bytes cut in the middle of a character.
        #expect(Array("é".utf8).dropFirst().withUnsafeBufferPointer { ClaimContext.simpleWords($0) } == nil)
        #expect(Array("é".utf8).dropLast().withUnsafeBufferPointer { ClaimContext.simpleWords($0) } == nil)
    }
}
