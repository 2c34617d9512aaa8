@testable import ClaimKitCrossCheck
import Testing

/// `ClaimComparer.lastWords` (bytes read backwards for ASCII text, characters otherwise)
/// gives the last words of the whole prefix split at " " and "\n" characters.
struct LastWordsTests {
    static func reference(_ count: Int, _ end: Int, _ text: String) -> [String] {
        let prefix = String(decoding: text.utf8.prefix(end), as: UTF8.self)
        return prefix.split(whereSeparator: { $0 == " " || $0 == "\n" }).suffix(count).map(String.init)
    }

    static let texts: [String] = [
        // Positive rows: plain ASCII, the byte path.
        "The deficit stood at 14.6tn, officials said",
        "one two  three\nfour   five six seven eight nine ten eleven twelve thirteen",
        "short",
        "  leading spaces and trailing  ",
        // Negative rows: what the byte path must hand back to the character path.
        "a line\r\nbreak with a carriage return before the figure",
        "caf\u{E9} prices rose by 12 per cent",
        "x\u{600} word after a prepended space and more words here",
        "combining\u{301} mark after the space \u{301}word",
    ]

    @Test(arguments: texts)
    func lastWordsMatchTheCharacterSplit(_ text: String) {
        let n = text.utf8.count
        for end in [0, 1, n / 3, n / 2, n - 1, n] where end >= 0 && end <= n {
            for count in [1, 3, 8, 12] {
                let got = ClaimComparer.lastWords(count, before: end, in: text).map(String.init)
                #expect(got == Self.reference(count, end, text), "end \(end) count \(count)")
            }
        }
    }
}
