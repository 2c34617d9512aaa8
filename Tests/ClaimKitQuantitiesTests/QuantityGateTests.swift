import ClaimKit
import ClaimKitTestSupport
import Testing

/// The byte scan that turns away text with no figure: it may let through text with none,
/// but must never turn away text the parser reads a figure from.
struct QuantityGateTests {
    static let parser = QuantityParserTests.parser

    /// Text with a figure that has no digit: the scan must let it through.
    static let figuresWithoutDigits: [String] = [
        "three and a half years of war",
        "a dozen officers",
        "more than a year of talks",
        "about an hour later",
        "half an hour",
        "an hour and a half",
        "two-thirds of voters",
        "Twenty-five people",
        "FIFTY MILES",
        "½ mile",
        "nearly a decade",
        "\u{00BE} of the vote",
        // Number words after, inside and at the end of long runs of letters (read eight bytes at a time).
        "Internationally recognised observers counted seventeen",
        "Counterrevolutionaries numbered twelve",
    ]

    /// Texts holding a digit (the scan looks for one first, eight bytes at a time): let
    /// through wherever the digit stands.
    @Test(arguments: ["7 wonders", "the wonders numbered 7", "abcdefg7", "abcdefgh7", "abcdefghijklmnop9q", "“é” 3"])
    func letsThroughAnyDigit(_ text: String) {
        #expect(Self.parser.mayHoldQuantities(Substring(text)))
    }

    /// Text with no figure of any kind: the scan turns it away.
    static let noFigures: [String] = [
        "",
        "The Kremlin said the talks went well.",
        "Officials said the road would reopen later.",
        "a great day for the club",
        "He met the president in Budapest.",
        "“We will see,” she said.",
        // Long words and punctuation around the bytes of digits (":" and "/" border them).
        "Internationally/recognised:counterrevolutionaries",
    ]

    @Test(arguments: figuresWithoutDigits)
    func letsThroughSpelledFigures(_ text: String) {
        #expect(!Self.parser.quantities(in: text).isEmpty, "the parser reads a figure")
        #expect(Self.parser.mayHoldQuantities(Substring(text)))
    }

    @Test(arguments: noFigures)
    func turnsAwayTextWithNoFigure(_ text: String) {
        #expect(!Self.parser.mayHoldQuantities(Substring(text)))
        #expect(Self.parser.quantities(in: text).isEmpty)
    }
}
