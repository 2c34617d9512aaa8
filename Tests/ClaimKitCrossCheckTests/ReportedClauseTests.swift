import ClaimKit
import ClaimKitTestSupport
import Testing

/// A figure a source reports in a "that" clause belongs to the clause after "that", not to
/// the source: its conversion mismatch names the measured thing ("fissure"), even when a
/// relative clause and a phrase of time stand between the source's verb and "that".
/// Sentences written for these tests.
struct ReportedClauseTests {
    struct Row: CustomStringConvertible, Sendable {
        let name: String
        let body: String
        let subject: String
        var description: String { name }
    }

    static let rows: [Row] = [
        Row(name: "relative clause and a long phrase before that",
            body: "The Met Office, which monitors the volcano, said in its first update that the fissure was about 3.5 kilometres (1.2 miles) long.",
            subject: "fissure"),
        Row(name: "told someone at a briefing on a day that",
            body: "Engineers told reporters at a briefing on Monday that the tunnel was 40 metres (300 feet) long.",
            subject: "tunnel"),
        // Negative rows: the subject was already right.
        Row(name: "short report before that",
            body: "The agency said on Monday that the fissure was about 3.5 kilometres (1.2 miles) long.",
            subject: "fissure"),
        Row(name: "report after the figure",
            body: "The tunnel was 40 metres (300 feet) long, engineers said.",
            subject: "tunnel"),
    ]

    @Test(arguments: rows)
    func reportedFigureTakesTheClauseSubject(_ row: Row) throws {
        let (_, contradictions, _) = ClaimComparerTests.compare([row.body], published: ["20:00"])
        let x = try #require(contradictions.first { $0.rule == .crossCheckConversion })
        #expect(x.subject.lowercased().hasSuffix(row.subject), "\(x.subject): \(x.reason)")
    }
}
