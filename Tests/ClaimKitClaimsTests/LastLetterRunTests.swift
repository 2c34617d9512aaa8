import Testing

@testable import ClaimKitClaims

/// The bare currency word of a figure's text, by bytes for ASCII: the same as splitting
/// the text into characters.
struct LastLetterRunTests {
    static let rows: [(text: String, expected: String?)] = [
        ("300m kroner", "kroner"),
        ("DKK 300m", "m"),
        ("40 Pesos.", "pesos"),
        ("1,500", nil),
        ("", nil),
        ("20 złoty", "złoty"),
        ("5 km²", "km"),
        ("£140m", "m"),
    ]

    @Test(arguments: rows)
    func lastLetterRun(_ row: (text: String, expected: String?)) {
        #expect(EntryClaimReader.lastLetterRun(of: row.text) == row.expected)
        #expect(EntryClaimReader.lastLetterRun(of: row.text) == row.text.split(whereSeparator: { !$0.isLetter }).last.map { $0.lowercased() })
    }
}

/// `singular` by bytes for plain ASCII words gives what the string rules give.
struct SingularTests {
    static let rows: [(word: String, expected: String)] = [
        ("missiles", "missile"), ("arrests", "arrest"), ("cities", "city"), ("ties", "tie"), ("buses", "bus"),
        ("uses", "use"), ("churches", "church"), ("wishes", "wish"), ("glasses", "glass"), ("boxes", "box"),
        ("bus", "bus"), ("crisis", "crisis"), ("grass", "grass"), ("gas", "gas"), ("call", "call"), ("s", "s"), ("", ""),
        ("caf\u{E9}s", "caf\u{E9}"), ("force\u{2019}s", "force\u{2019}"),
    ]

    @Test(arguments: rows)
    func singular(_ row: (word: String, expected: String)) {
        #expect(EntryClaimReader.singular(row.word) == row.expected)
    }
}

/// `mayEndInWord` turns a figure away only when `lastLetterRun` could give no word of the
/// lengths asked: never a false "no".
struct MayEndInWordTests {
    static let rows: [(text: String, expected: Bool)] = [
        ("300m kroner", true), ("£140m", false), ("1,500", false), ("", false), ("40 Pesos.", true),
        ("20 złoty", true), ("€5 pesos", true), ("5 é", true), ("5 km", false), ("3 riyals", true), ("9 longwordsss", false),
    ]

    @Test(arguments: rows)
    func mayEndInWord(_ row: (text: String, expected: Bool)) {
        #expect(EntryClaimReader.mayEndInWord(row.text, scalars: 4...7) == row.expected)
        if let run = EntryClaimReader.lastLetterRun(of: row.text), (4...7).contains(run.unicodeScalars.count) {
            #expect(EntryClaimReader.mayEndInWord(row.text, scalars: 4...7))
        }
    }
}
