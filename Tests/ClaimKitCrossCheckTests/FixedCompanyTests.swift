import ClaimKit
import ClaimKitTestSupport
import Testing

/// One ship's crew or one manifest's passengers counted two ways contradicts, in words or
/// digits ("all eleven crew" against "the 12 crew"; "the 221 passengers on the manifest"
/// against "the manifest lists 212 passengers"); running counts of the rescued or missing,
/// a part of the crew, two ships and one count stated twice do not. Sentences written for
/// these tests.
struct FixedCompanyTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "crew in words and digits", bodies: [
            "All eleven crew held valid certificates, the owner said.",
            "The 12 crew had signed on in Manila in March.",
        ], contradictions: 1, reason: "the crew, count: 11 in entry 1 (20:00) vs 12 in entry 2 (18:00); one crew has one number of members"),
        Row(name: "passengers on one manifest", bodies: [
            "The 221 passengers on the manifest included 40 children.",
            "The manifest lists 212 passengers, the operator said.",
        ], contradictions: 1),
        Row(name: "a manifest's crew, and passengers beside another figure's running words", bodies: [
            "Officials said 30 people were still missing out of the 140 passengers on the manifest.",
            "The operator said all nine crew were trained.",
            "The manifest listed 140 passengers and 10 crew, the ministry said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "running counts of the rescued", bodies: [
            "Coastguards said 12 crew were rescued overnight.",
            "By noon 15 crew had been rescued and two were missing.",
        ], contradictions: 0),
        Row(name: "the crew still missing", bodies: [
            "All eleven crew held valid certificates.",
            "The 12 crew still missing were from Manila.",
        ], contradictions: 0),
        Row(name: "a part of the crew", bodies: [
            "All eleven crew held valid certificates.",
            "The three crew who died were from Manila.",
        ], contradictions: 0),
        Row(name: "one crew stated twice", bodies: [
            "All 12 crew held valid certificates.",
            "The 12 crew had signed on in Manila.",
        ], contradictions: 0),
        Row(name: "passengers aboard, no manifest", bodies: [
            "The ferry was carrying 221 passengers.",
            "The 212 passengers were taken to a hotel.",
        ], contradictions: 0),
        Row(name: "two ships", bodies: [
            "The tanker's 12 crew were Filipino; the trawler's 8 crew were Scottish.",
            "All 12 crew of the tanker held certificates.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneCrewOrManifestCountedTwoWays(_ row: Row) throws {
        try row.check(rule: .crossCheckFixedCompany, entries: nil, everyOfRule: true)
    }
}
