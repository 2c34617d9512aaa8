import ClaimKitTestSupport
import Testing

@testable import ClaimKitQuantities

/// The parse's shortcuts pass over only items where `quantity(at:)` finds nothing: an
/// article before a word no figure reads after it, and any item outside the run of
/// opening words before a numberish item.
struct ParseShortcutTests {
    static let catalog = QuantityParserTests.parser.catalog

    /// Positive rows: articles a figure is read at; negative rows: articles before other words.
    static let texts: [String] = [
        "a dozen eggs, an hour and a half, a third of voters, a maximum of 40 people",
        "about an hour, more than a year, half an hour, a couple of days, A$5 and a",
        "a spokesman said an attack on a town left a hundred dead and an estimated 300 hurt",
        "A Minimum Of 20, AN ESTIMATED 5,000, a km, an mph, a per cent of 10",
        "in the 1990s, in excess of 300, from 5 to 10, between a dozen and twenty",
    ]

    @Test(arguments: texts)
    func articlesPassedOverOpenNothing(_ text: String) {
        let bytes = Array(text.utf8)
        let run = QuantityParser.Run(catalog: Self.catalog, items: ScalarLexer.lex(bytes), text: text, bytes: bytes)
        for k in run.items.indices where run.articleOpensNothing(k) {
            guard case .none = run.quantity(at: k) else {
                Issue.record("article at item \(k) '\(run.itemText(k) + " " + (k + 1 < run.items.count ? run.itemText(k + 1) : ""))' opens a figure")
                continue
            }
        }
    }

    /// The articles that do open figures are not passed over.
    @Test func articlesOpeningFiguresAreTried() {
        for phrase in ["a dozen", "an hour and a half", "a maximum of 40", "an estimated 300", "a third of"] {
            let bytes = Array(phrase.utf8)
            let run = QuantityParser.Run(catalog: Self.catalog, items: ScalarLexer.lex(bytes), text: phrase, bytes: bytes)
            #expect(!run.articleOpensNothing(0), "'\(phrase)'")
        }
    }
}
