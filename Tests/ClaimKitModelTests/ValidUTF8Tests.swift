import ClaimKitModel
import Testing

@Suite struct ValidUTF8Tests {
    /// `check` of `bytes`, and `String(validating:)`'s answer for the same bytes.
    static func answers(_ bytes: [UInt8]) -> (check: (isValid: Bool, isASCII: Bool), standard: Bool) {
        let check = bytes.withUnsafeBufferPointer { ValidUTF8.check($0) }
        let standard = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) } != nil
        return (check, standard)
    }

    @Test(arguments: [
        ([], true),
        (Array("Orbán says".utf8), false),
        (Array("plain ASCII text, longer than eight bytes".utf8), true),
        (Array("“Ready!” – 20:49 BST".utf8), false),
        (Array("Київ і Харків".utf8), false),
        ([0xF0, 0x9F, 0x98, 0x80], false),  // 😀
        ([0xF4, 0x8F, 0xBF, 0xBF], false),  // U+10FFFF
        ([0xED, 0x9F, 0xBF], false),  // U+D7FF, below the surrogates
        ([0xEE, 0x80, 0x80], false),  // U+E000, above them
        ([0xE0, 0xA0, 0x80], false),  // U+0800, the first three-byte scalar
        ([0xC2, 0x80], false),  // U+0080
        ([0x00, 0x41, 0x7F], true),  // NUL and DEL are ASCII
    ] as [([UInt8], Bool)])
    func acceptsWellFormedText(bytes: [UInt8], isASCII: Bool) {
        let (check, standard) = Self.answers(bytes)
        #expect(check.isValid && standard)
        #expect(check.isASCII == isASCII)
    }

    @Test(arguments: [
        [0x80],  // a continuation byte alone
        [0xC0, 0xAF],  // overlong "/"
        [0xC1, 0xBF],  // overlong
        [0xE0, 0x9F, 0xBF],  // overlong three-byte form
        [0xF0, 0x8F, 0xBF, 0xBF],  // overlong four-byte form
        [0xED, 0xA0, 0x80],  // U+D800, a surrogate
        [0xED, 0xBF, 0xBF],  // U+DFFF
        [0xF4, 0x90, 0x80, 0x80],  // U+110000
        [0xF5, 0x80, 0x80, 0x80],  // a lead byte that never occurs
        [0xFF, 0xFE],
        [0xC3],  // cut short at the end
        [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0xE2, 0x80],  // cut short after a word of ASCII
        [0xC3, 0x28],  // a lead byte before ASCII
        [0x50, 0x75, 0x74, 0x69, 0x6E, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x20, 0x73, 0x61, 0x69, 0x64],
    ] as [[UInt8]])
    func rejectsWhatTheStandardLibraryRejects(bytes: [UInt8]) {
        let (check, standard) = Self.answers(bytes)
        #expect(!check.isValid && !standard)
    }

    /// Every one- and two-byte sequence, and every lead byte with every second byte before
    /// two continuation bytes, at each offset of an ASCII word: the same answer as the
    /// standard library's.
    @Test func agreesWithTheStandardLibraryOnEveryShortSequence() {
        var disagreements: [[UInt8]] = []
        for tail: [UInt8] in [[], [0x80, 0x80]] {
            for pad in [0, 9] {
                var bytes = [UInt8](repeating: 0x61, count: pad) + [0, 0] + tail
                for first in 0...255 {
                    for second in 0...255 {
                        bytes[pad] = UInt8(first)
                        bytes[pad + 1] = UInt8(second)
                        let (check, standard) = Self.answers(bytes)
                        if check.isValid != standard { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test(arguments: ["", "Orbán says “we are ready”", "ASCII only, more than eight bytes long"])
    func makesTheStringOfValidBytes(text: String) {
        let bytes = Array(text.utf8)
        let made = bytes.withUnsafeBufferPointer { ValidUTF8.string($0, isASCII: ValidUTF8.isASCII($0)) }
        #expect(made == text)
        #expect(Array(made.utf8) == bytes)
    }

    @Test(arguments: [
        ("", true), ("abcdefghijk", true), ("abcdefghijé", false), ("é", false), ("abc\u{7F}", true),
    ])
    func tellsASCII(text: String, isASCII: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { ValidUTF8.isASCII($0) } == isASCII)
    }
}
