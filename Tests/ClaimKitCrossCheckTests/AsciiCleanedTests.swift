@testable import ClaimKitCrossCheck
import Foundation
import Testing

/// `ClaimComparer.asciiCleaned` gives what lower-casing and Foundation's trimming of
/// punctuation give, for every ASCII character at a word's ends and inside it.
struct AsciiCleanedTests {
    static func foundation(_ w: Substring) -> String {
        w.lowercased().trimmingCharacters(in: CharacterSet.punctuationCharacters)
    }

    @Test func everyASCIICharacterAtTheEndsAndInside() {
        for v in UInt8(0x01)..<UInt8(0x80) where v != 0x0D {
            let c = String(decoding: [v], as: UTF8.self)
            for w in ["\(c)Deficit", "Deficit\(c)", "\(c)\(c)", "De\(c)ficit", "\(c)", "(\(c)Rose,\(c))"] {
                let word = Substring(w)
                #expect(ClaimComparer.asciiCleaned(word) == Self.foundation(word), "0x\(String(v, radix: 16)) in \(w)")
            }
        }
    }

    @Test(arguments: ["caf\u{E9}", "Deficit\r", "\u{2014}rose"])
    func otherWordsAreLeftToFoundation(_ w: String) {
        #expect(ClaimComparer.asciiCleaned(Substring(w)) == nil)
    }
}
