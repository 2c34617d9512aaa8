import ClaimKit
import ClaimKitTestSupport
import Foundation
import Testing

@testable import ClaimKitQuantities

/// A very long text is read in windows (`quantitiesInWindows`): the figures must be those
/// of one parse of the whole, whatever the window and margin sizes (here small, so that
/// many edges fall inside sentences and figures).
struct LongTextTests {
    static let parser = QuantityParserTests.parser

    /// Every Corpus page as one paragraph (blank lines and line ends become spaces), and
    /// a text with figures longer than a small margin.
    static var texts: [(String, String)] {
        let pages = ((try? FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.prefix(12)
        let joined = pages.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: " ")
            .replacingOccurrences(of: "\n", with: " ")
        let long = "The debt was \(String(repeating: "9", count: 700)) dollars, about 2,500 km, and "
            + "\(String(repeating: "7", count: 200)),\(String(repeating: "000,", count: 150))000 tonnes. "
        return [("corpus as one paragraph", joined), ("figures longer than the margin", String(repeating: long, count: 20))]
    }

    @Test(arguments: [(2_000, 400), (5_000, 1_000), (20_000, 4_000)])
    func windowsGiveTheWholeParse(core: Int, margin: Int) {
        for (label, text) in Self.texts {
            for (joining, rates) in [(false, false), (true, true)] {
                let whole = Self.parser.quantities(in: text, joiningDurationsAcrossWords: joining, readingRates: rates)
                let windowed = Self.parser.quantitiesInWindows(
                    text, core: core, margin: margin, joiningDurationsAcrossWords: joining, readingRates: rates)
                #expect(!whole.isEmpty, "\(label)")
                #expect(windowed == whole, "\(label) core \(core) margin \(margin): \(windowed.count) vs \(whole.count) figures")
            }
        }
    }
}
