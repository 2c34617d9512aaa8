@testable import ClaimKitCrossCheck
import ClaimKit
import ClaimKitTestSupport
import Testing

/// One captivity's length stated two ways that cannot agree contradicts, whatever noun
/// each sentence gives the captives and in whichever units ("held for more than two years"
/// against "freed after 540 days in captivity"); lengths that agree, another captive's,
/// three different lengths (several captives) and "held for" on a page about no captivity
/// do not. Sentences written for these tests.
struct CaptivityLengthTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "months against days, two nouns for the captives", bodies: [
            "The two were seized at a quarry near the border and were held for more than two years, mostly in the hills.",
            "Two surveyors kidnapped in the north have been freed after 540 days in captivity, the ministry said.",
        ], contradictions: 1, reason: "captivity, duration: over 2 yr in entry 1 (20:00) vs 540 d in entry 2 (18:00); one captivity has one length"),
        Row(name: "held hostage for months against days of detention", bodies: [
            "The crew were held hostage for 30 months, their union said.",
            "The sailors, abducted off the coast, came home on Sunday after 400 days in detention.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "two lengths that agree", bodies: [
            "The two were seized at a quarry near the border and were held for more than a year.",
            "Two surveyors kidnapped in the north have been freed after 540 days in captivity, the ministry said.",
        ], contradictions: 0),
        Row(name: "another captive's length", bodies: [
            "Another hostage, a nurse taken in 2019, was held for three years.",
            "Two surveyors kidnapped in the north have been freed after 540 days in captivity, the ministry said.",
        ], contradictions: 0),
        Row(name: "three lengths for several captives", bodies: [
            "The driver was held for 90 days before his family paid.",
            "The pilot was held for 200 days by the group.",
            "The nurse was freed after 400 days in captivity, her employer said.",
        ], contradictions: 0),
        Row(name: "held for on a page about no captivity", bodies: [
            "The talks were held for three days in the capital.",
            "The festival was held for 10 days last summer.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneCaptivitysLengthStatedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckCaptivityLength, entries: nil, published: ["20:00", "18:00", "16:00"], everyOfRule: true)
    }
}

/// The page test of `crosscheck.captivity-length`: a word of captivity in any case of its
/// ASCII letters, found in the bytes ("HOSTAGES", "Kidnapped"); words that only look alike do not count.
struct CaptivityPageWordTests {
    @Test(arguments: [
        ("FOUR HOSTAGES FREED", true), ("They were Kidnapped in May.", true), ("freed from captivity", true),
        ("the abduction of two nurses", true), ("Their Captors fled.", true), ("a captive audience", true),
        ("The talks were held for three days.", false), ("The captain spoke.", false), ("kidnay", false), ("", false),
        ("Éire: hostage talks", true),
    ])
    func findsWordsOfCaptivity(_ text: String, _ expected: Bool) {
        #expect(ClaimComparer.mentionsCaptivity(text) == expected)
    }
}
