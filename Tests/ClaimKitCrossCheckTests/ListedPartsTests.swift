import ClaimKit
import ClaimKitTestSupport
import Testing

/// Parts listed before a colon and their total "in all" contradict when they do not add up
/// ("four to Tours, six to Blois and three to Orléans: 11 people in all"); so does a total
/// and the instalments it is paid in. Parts that add up, a total with no "in all", a clause
/// with a part of no number, and instalments that compound to the total do not.
/// Sentences written for these tests.
struct ListedPartsTests {
    typealias Row = ContradictionRow

    static let listedRows: [Row] = [
        Row(name: "parts that add up to more than the total", bodies: [
            "The council says four of the injured were taken to the hospital in Lyon, six to Vienne and three to Givors: 11 people in all.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "parts that add up", bodies: [
            "The council says four of the injured were taken to the hospital in Lyon, six to Vienne and one to Givors: 11 people in all.",
        ], contradictions: 0),
        Row(name: "no word of a total", bodies: [
            "The council says four of the injured were taken to Lyon, six to Vienne and three to Givors: 11 people were treated on site.",
        ], contradictions: 0),
        Row(name: "a part with no number", bodies: [
            "The council says four of the injured were taken to Lyon, some to Vienne and three to Givors: 11 people in all.",
        ], contradictions: 0),
    ]

    static let instalmentRows: [Row] = [
        Row(name: "instalments that add up to less", bodies: [
            "The offer is a pay rise of 9.5% over three years, paid in instalments of 3%, 2.5% and 2%, the union said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "instalments that add up", bodies: [
            "The offer is a pay rise of 7.5% over three years, paid in instalments of 3%, 2.5% and 2%, the union said.",
        ], contradictions: 0),
        Row(name: "instalments that compound to the total", bodies: [
            "The offer is a pay rise of 7.7% over three years, paid in instalments of 3%, 2.5% and 2%, the union said.",
        ], contradictions: 0),
        Row(name: "rates that are no instalments", bodies: [
            "The offer is a pay rise of 9.5% over three years, with rates of 3%, 2.5% and 2% for other grades, the union said.",
        ], contradictions: 0),
    ]

    @Test(arguments: listedRows)
    func contradictsOnlyPartsThatMissTheirTotal(_ row: Row) throws {
        try row.check(rule: .crossCheckListedTotal, entries: [1], published: ["20:00"], everyOfRule: true)
    }

    @Test(arguments: instalmentRows)
    func contradictsOnlyInstalmentsThatMissTheirTotal(_ row: Row) throws {
        try row.check(rule: .crossCheckInstalments, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
