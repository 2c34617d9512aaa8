@testable import ClaimKitCrossCheck
import ClaimKit
import ClaimKitTestSupport
import Testing

/// A figure a correction note says the page got wrong ("An earlier version of this article
/// gave ... as 4.3 tonnes. It is 3.4 tonnes.") contradicts nothing; the same two figures
/// with no such words still do. Sentences written for these tests.
struct CorrectionNoteTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "no correction words: a digit slip", bodies: [
            "The 74-metre schooner will berth at the north quay tonight.",
            "The museum's schooner Albatros is a 47-metre steel schooner with two masts.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "an earlier version gave the wrong figure", bodies: [
            "Correction: An earlier version of this post described a 74-metre schooner. It is a 47-metre schooner.",
            "The museum's schooner Albatros is a 47-metre steel schooner with two masts.",
        ], contradictions: 0),
        Row(name: "we incorrectly reported", bodies: [
            "We incorrectly reported a 74-metre schooner; the schooner is 47 metres long.",
            "The museum's schooner Albatros is a 47-metre steel schooner with two masts.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func passesOverRetractedFigures(_ row: Row) throws {
        try row.check(rule: .crossCheckDigitSlip, entries: nil)
    }

    static let gates: [(String, Bool)] = [
        ("An earlier version of this story said 12.", true), ("In the previous version we gave 40.", true),
        ("The figure was incorrectly stated.", true), ("We wrongly said 30.", true), ("It was mistakenly listed.", true),
        ("An earlier entry gave 40 dead.", true), ("Earlier this week 40 people left.", false),
        ("The 12 trains were correctly timed, directly and strongly.", false), ("", false), ("version", true),
        ("A long text with no cue at all, only figures like 4.3 tonnes, very likely.", false),
        ("Twelve bytes then wrongly", true),
    ]

    @Test func gatesEntriesOnTheirBytes() {
        for (text, expected) in Self.gates {
            #expect(ClaimComparer.mayHoldRetraction(text) == expected, "\(text)")
        }
    }
}
