import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

/// Hostile and unusual input never crashes a stage and always gives a contract report
/// (or, for a page with nothing in it, a reading error). The large versions of these
/// inputs (a million entries, a 200 MB paragraph) are in scripts/stress.sh.
@Suite struct RobustnessTests {
    static let pipeline = try! Pipeline()

    /// Reads and extracts `data`, and writes its report; nil when the page has nothing usable.
    static func run(_ data: Data, name: String = "page.txt") throws -> (Extraction, [String: Any])? {
        guard let extraction = try? pipeline.extract(data: data, sourceName: name) else { return nil }
        let json = try ContractReport(extraction).json(pretty: false)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        return (extraction, try #require(object))
    }

    static func repeated(_ paragraph: String, _ count: Int) -> String {
        (0..<count).map { "\(paragraph) (\($0))" }.joined(separator: "\n\n")
    }

    @Test(arguments: [
        ("empty", Data()),
        ("white space", Data(" \n\t\n".utf8)),
        ("only NUL bytes", Data(repeating: 0, count: 64)),
    ])
    func aPageWithNothingInItIsAReadingErrorNotACrash(label: String, data: Data) {
        #expect(throws: (any Error).self, "\(label)") { try Self.pipeline.extract(data: data, sourceName: label) }
    }

    /// Pages every stage must survive, each with a name.
    static let oddPages: [(String, Data)] = {
        var pages: [(String, Data)] = []
        pages.append(("invalid UTF-8", Data([0x50, 0x75, 0x74, 0x69, 0x6E, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x20, 0x73, 0x61, 0x69, 0x64,
                                             0x20, 0x22, 0xE2, 0x80, 0x20, 0x35, 0x30, 0x30, 0x20, 0x6B, 0x6D, 0x22, 0x2E, 0x0A])))
        let agreed = repeated("Trump agreed that the talks, which lasted two hours, were useful.", 10)
        pages.append(("NUL bytes", Data(("Putin\u{0} said \"we are\u{0} ready\" after 2,500\u{0}km.\n\n\u{0}\n\n" + agreed).utf8)))
        let htmlAgreed = repeated("<p>Trump agreed that the talks, which lasted two hours, were useful.</p>", 10)
        let html = "<html><body><article><h1>T\u{0}itle</h1><p>Putin\u{0} said \"we are ready\".</p>" + htmlAgreed + "</article></body></html>"
        pages.append(("NUL bytes in HTML", Data(html.utf8)))
        let cyrillic = "Президент Владимир Путин заявил: «Переговоры были полезными». Около 2 500 км и 1 000 человек."
        pages.append(("Cyrillic", Data(repeated(cyrillic, 40).utf8)))
        let arabic = "قال الرئيس فلاديمير بوتين إن \"المحادثات كانت مفيدة\" وإن المسافة تبلغ ٢٥٠٠ كيلومتر."
        pages.append(("Arabic", Data(repeated(arabic, 40).utf8)))
        pages.append(("mixed scripts and emoji", Data("Orbán 🇭🇺 said “ready” – Зеленский said «да» – 3½ hours, 東京 40km.\n".utf8)))
        let nines = String(repeating: "9", count: 400)
        let ones = String(repeating: "1", count: 400)
        let fours = String(repeating: "4", count: 400)
        let sevens = String(repeating: "7", count: 300)
        let huge = "The debt was \(nines) dollars, \(ones).5 km, £\(fours)bn, \(sevens),000 tonnes and 1e400 people.\n"
        pages.append(("numbers with 400 digits", Data(huge.utf8)))
        // Found by the text-reader fuzz target: a header number of 20+ digits overflowed.
        let numbered = "123456789012345678901234567890. Storm warning issuedpublished at 6:15 AEST\n\nWinds of 120km/h.\n"
        pages.append(("numbered line of 30 digits", Data(numbered.utf8)))
        let live = "  1. Storm warningpublished at 6:15 AEST\n\n    Winds.\n\n  9999999999999999999999999. Nextpublished at 6:20 AEST\n\n    More.\n"
        pages.append(("live header of 25 digits", Data(live.utf8)))
        // A lone opening mark with no word after it ending its block: an index out of range in the quote stage.
        let marks = "\" ' “ ” ‘ ’ « » „ \"\"\" ''' “““\n\n\"\n\n'"
        pages.append(("lone marks", Data(marks.utf8)))
        return pages
    }()

    @Test(arguments: oddPages)
    func oddPagesGiveAReport(label: String, data: Data) throws {
        let result = try #require(try Self.run(data), "\(label)")
        #expect(result.1["version"] as? String == ContractReport.version, "\(label)")
        Self.expectSpansSliceBack(result.1, label)
    }

    /// Every mention, quote and claim of a report lies inside its entry's text and, counted in
    /// Unicode scalars as the contract says, slices back to the text it reports.
    static func expectSpansSliceBack(_ report: [String: Any], _ label: String) {
        let entries = (report["entries"] as? [[String: Any]] ?? []).map { Array(($0["text"] as? String ?? "").unicodeScalars) }
        var spans = (report["quotes"] as? [[String: Any]] ?? []) + (report["claims"] as? [[String: Any]] ?? [])
        for entity in report["entities"] as? [[String: Any]] ?? [] { spans += entity["mentions"] as? [[String: Any]] ?? [] }
        for span in spans {
            guard let entry = span["entry"] as? Int, let start = span["start"] as? Int, let end = span["end"] as? Int,
                entry >= 1, entry <= entries.count, 0 <= start, start <= end, end <= entries[entry - 1].count
            else {
                Issue.record("\(label): span outside its entry: \(span)")
                continue
            }
            if let text = span["text"] as? String {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: entries[entry - 1][start..<end])
                #expect(String(scalars) == text, "\(label): \(span)")
            }
        }
    }

    /// Pages in another script: the quotes in their marks (« », " ") are found on every line,
    /// and their offsets count scalars, not bytes.
    @Test(arguments: [
        ("Cyrillic", "Президент Владимир Путин заявил: «Переговоры были полезными». Около 2 500 км и 1 000 человек.", "Переговоры были полезными"),
        ("Arabic", "قال الرئيس فلاديمير بوتين إن \"المحادثات كانت مفيدة\" وإن المسافة تبلغ ٢٥٠٠ كيلومتر.", "المحادثات كانت مفيدة"),
    ])
    func aPageInAnotherScriptKeepsItsQuotes(label: String, paragraph: String, quote: String) throws {
        let (extraction, report) = try #require(try Self.run(Data(Self.repeated(paragraph, 40).utf8)), "\(label)")
        #expect(extraction.quotes.filter { $0.text == quote }.count == 40, "\(label)")
        Self.expectSpansSliceBack(report, label)
    }

    /// The tokenizer, the sentence splitter and the quantity parser on their own, on every odd
    /// page's text: tokens and sentences in order inside the text, figures slicing back.
    @Test(arguments: oddPages)
    func theTextStagesKeepTheirRangesOnOddPages(label: String, data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        let tokens = Tokenizer().tokenize(text)
        var end = 0
        for token in tokens {
            #expect(token.range.utf8Start >= end && token.range.utf8End <= text.utf8.count, "\(label): token \(token.range)")
            end = token.range.utf8End
        }
        let block = Block(kind: .paragraph, range: TextRange(utf8Start: 0, utf8End: text.utf8.count))
        end = 0
        for sentence in SentenceSplitter().sentences(in: text, tokens: tokens, blocks: [block]) {
            #expect(sentence.range.utf8Start >= end && sentence.range.utf8End <= text.utf8.count, "\(label): sentence \(sentence.range)")
            end = sentence.range.utf8End
        }
        for line in text.split(separator: "\n") {
            let line = String(line)
            for quantity in QuantityParser(lexicons: Self.pipeline.lexicons).quantities(in: line) {
                #expect(String(line.slice(quantity.range)) == quantity.text, "\(label): \(quantity.text)")
            }
        }
    }

    @Test func hugeNumbersAreNoFigures() throws {
        // A figure too big for a Double is no claim (JSON has no infinity).
        let text = "The debt was \(String(repeating: "9", count: 400)) dollars, and 40 people came.\n"
        let (extraction, _) = try #require(try Self.run(Data(text.utf8)))
        #expect(extraction.claims.allSatisfy { $0.quantity.value.isFinite && ($0.quantity.upper?.isFinite ?? true) })
        #expect(extraction.claims.allSatisfy { ($0.si?.value.isFinite ?? true) && ($0.si?.upper?.isFinite ?? true) })
    }

    @Test func anUnterminatedQuoteAtTheTopOfALongPageStaysInItsParagraph() throws {
        let page = "\"This quote never closes and the page goes on\n\n"
            + Self.repeated("Putin said \"we are ready\" after talks that lasted two hours, and 1,200 people came.", 300)
        let (extraction, _) = try #require(try Self.run(Data(page.utf8)))
        // The later, well-formed quotes are all still found.
        #expect(extraction.quotes.filter { $0.text == "we are ready" }.count == 300)
    }

    @Test func aPageOfManyEntries() throws {
        let page = (1...2_000).map { "  \($0). Update \($0) from the summitpublished at 20:\(String(format: "%02d", $0 % 60)) BST\n\n    Officials said \($0 % 900 + 100) people attended.\n" }
            .joined(separator: "\n")
        let (extraction, object) = try #require(try Self.run(Data(page.utf8)))
        #expect(extraction.document.entries.count >= 2_000)
        #expect((object["entries"] as? [Any])?.count == extraction.document.entries.count)
    }

    @Test func aLongSingleParagraph() throws {
        let sentence = "Putin told Trump that \"the talks were useful\" and that 2,500 km was about 1,550 miles, said Zelensky. "
        let page = String(repeating: sentence, count: 2_000)
        let (extraction, _) = try #require(try Self.run(Data(page.utf8)))
        #expect(extraction.document.entries.count == 1)
        #expect(extraction.quotes.count >= 1_000)
    }

    @Test(arguments: [10_000, 50_000])
    func deeplyNestedHTML(depth: Int) throws {
        let html = "<!DOCTYPE html><html><head><title>Deep</title></head><body><article><h1>Deep page</h1>"
            + String(repeating: "<div>", count: depth) + "<p>Putin said \"we are ready\" after 2,500 km.</p>"
            + String(repeating: "</div>", count: depth) + "<p>Orbán said the summit would take two hours.</p></article></body></html>"
        // Nothing is required of the content, only that the reader survives and the report is whole.
        _ = try Self.run(Data(html.utf8), name: "deep.html")
    }

    @Test func unclosedAndMismatchedHTMLTags() throws {
        let html = "<html><body><article><h1>T</h1>" + String(repeating: "<p><b><i>Trump said \"yes\" <span>", count: 3_000)
            + "</td></tr></table></article>"
        _ = try Self.run(Data(html.utf8), name: "bad.html")
    }
}
