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
