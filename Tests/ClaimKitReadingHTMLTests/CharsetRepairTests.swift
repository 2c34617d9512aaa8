import ClaimKitModel
import Foundation
import Testing

@testable import ClaimKitReading

/// Pages whose bytes do not fit the character set they declare are read to the end, each
/// bad byte replaced and a warning given (libxml2 stopped at the first bad byte, or read the
/// whole page as ISO-8859-1); pages whose bytes fit are read as before, without a warning.
@Suite struct CharsetRepairTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let label: String
        let charset: String?
        /// The paragraph's bytes (inside `<p>...</p>`).
        let bytes: [UInt8]
        /// The entry text must contain this, and end with the second paragraph.
        let expected: String
        /// Whether a `reading.html-charset-repaired` warning is expected.
        let repaired: Bool
        var testDescription: String { label }

        func page() -> Data {
            var data = Data("<html><head>".utf8)
            if let charset { data += Data("<meta charset=\"\(charset)\">".utf8) }
            data += Data("</head><body><article><h1>Title</h1><p>".utf8)
            data += Data(bytes)
            data += Data("</p><p>The second paragraph is read too.</p></article></body></html>".utf8)
            return data
        }
    }

    static let rows: [Row] = [
        // Positive: bytes the declared set rejects.
        Row(label: "undefined windows-1252 byte", charset: "windows-1252", bytes: Array("Putin said ".utf8) + [0x8D] + Array(" \"ready\" ".utf8) + [0xE9],
            expected: "Putin said \u{FFFD} \"ready\" é", repaired: true),
        Row(label: "UTF-8 bytes under a Shift_JIS label", charset: "shift_jis", bytes: [0x85, 0xFF] + Array(" Orbán said \"yes\"".utf8),
            expected: "said \"yes\"", repaired: true),
        Row(label: "invalid bytes under a UTF-8 label", charset: "utf-8", bytes: Array("Orbán said ".utf8) + [0xFF] + Array(" über".utf8),
            expected: "Orbán said \u{FFFD} über", repaired: true),
        Row(label: "UTF-8 under an unknown label", charset: "x-made-up", bytes: Array("Orbán said \"ready\" über".utf8),
            expected: "Orbán said \"ready\" über", repaired: true),
        Row(label: "a control byte before the declared name (fuzz finding)", charset: "\u{19}utf-8", bytes: Array("Orbán said ".utf8) + [0xC4, 0x50] + Array(" über".utf8),
            expected: "Orbán said \u{FFFD}P über", repaired: true),
        // Negative: bytes that fit their declaration are read as before.
        Row(label: "valid windows-1252", charset: "windows-1252", bytes: Array("Orb".utf8) + [0xE1] + Array("n said ".utf8) + [0x93] + Array("yes".utf8) + [0x94],
            expected: "Orbán said \u{201C}yes\u{201D}", repaired: false),
        Row(label: "valid UTF-8 declared", charset: "utf-8", bytes: Array("Orbán said «да»".utf8), expected: "Orbán said «да»", repaired: false),
        Row(label: "valid UTF-8 undeclared", charset: nil, bytes: Array("Orbán said «да»".utf8), expected: "Orbán said «да»", repaired: false),
        Row(label: "Latin-1 undeclared", charset: nil, bytes: Array("Orb".utf8) + [0xE1] + Array("n said".utf8), expected: "Orbán said", repaired: false),
    ]

    @Test(arguments: rows)
    func aPageIsReadToItsEnd(row: Row) throws {
        let document = try PageReader().read(data: row.page(), sourceName: "charset.html")
        let text = document.entries.map(\.text).joined(separator: "\n\n")
        #expect(text.contains(row.expected), "\(text)")
        #expect(text.hasSuffix("The second paragraph is read too."), "\(text)")
        #expect(document.diagnostics.contains { $0.code == "reading.html-charset-repaired" } == row.repaired)
    }

    @Test func iconvDecodingReplacesEachRejectedByte() throws {
        let (bytes, replaced) = try #require(CharsetRepair.decode(Data([0x41, 0x8D, 0x42, 0x81, 0xE9]), from: "windows-1252"))
        #expect(String(decoding: bytes, as: UTF8.self) == "A\u{FFFD}B\u{FFFD}é")
        #expect(replaced == 2)
        #expect(CharsetRepair.decode(Data("abc".utf8), from: "x-made-up") == nil)
    }
}
