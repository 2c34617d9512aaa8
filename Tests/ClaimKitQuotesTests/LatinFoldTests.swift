import Foundation
import Testing

@testable import ClaimKitQuotes

/// `SpeakerLinker.fold` folds Latin names a scalar at a time: it must give Foundation's
/// folding of the whole string.
@Suite struct LatinFoldTests {
    static func foundation(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test func everyLatinScalarAloneAndBetweenOthers() {
        for v in UInt32(0x80)..<LatinFolds.limit {
            guard let u = Unicode.Scalar(v) else { continue }
            let c = String(u)
            for s in [c, "A\(c)b", "\(c)\(c)", "Jos\(c) \(c)lvarez", "\(c)e\u{E9}", "O'\(c)"] {
                #expect(SpeakerLinker.fold(s) == Self.foundation(s), "U+\(String(v, radix: 16)) in \(s)")
            }
        }
    }

    @Test(arguments: [
        // Positive rows: Latin names fold as Foundation folds them.
        "José Álvarez", "Łukasz Kowalski", "Straße", "Ørsted", "Đorđević", "ÆSIR", "Ĳssel", "ǅemal",
        "Müller-Lüdenscheidt", "François Hollande", "Ştefan Ţiriac", "İstanbul",
        // Negative rows: beyond Latin (or with combining marks), Foundation folds the whole name.
        "Jose\u{301} Alvarez", "Владимир Путин", "Ἀθῆναι", "東京", "Zoë 🙂",
    ])
    func namesFoldAsFoundationDoes(_ name: String) {
        #expect(SpeakerLinker.fold(name) == Self.foundation(name))
    }

    @Test(arguments: [
        // Positive rows: ASCII names with capitals are lower-cased byte by byte.
        "Keir Starmer", "NATO", "McDonald's", "O'Neill-Smith", "ABC123 Z@[`{",
        // Negative rows: nothing to lower-case, or the empty name.
        "already lower", "", "123 - 456",
    ])
    func asciiNamesFoldToTheirLowerCase(_ name: String) {
        #expect(SpeakerLinker.asciiLowercased(name) == name.lowercased())
        #expect(Array(SpeakerLinker.fold(name).utf8) == Array(name.lowercased().utf8))
        #expect(SpeakerLinker.fold(name) == Self.foundation(name))
    }
}
