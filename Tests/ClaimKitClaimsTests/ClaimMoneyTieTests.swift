import ClaimKit
import ClaimKitTestSupport
import Testing

/// Sums tied to their noun by a rule, not by the clause-subject guess: a copula's
/// complement, a fine or fee "of" a sum, an option's price, a total with add-ons, a record
/// sum. The cross-check compares fixed sums only between tied subjects. Sentences written
/// for these tests.
struct ClaimMoneyTieTests {
    typealias Row = ClaimExtractorTests.Row

    static let tied: [Row] = [
        Row(text: "The signing fee was €36m, the club confirmed.", figure: "€36m", subject: "signing fee", key: "fee", attribute: "cost"),
        Row(text: "Reports say the fee is €61m.", figure: "€61m", subject: "fee", key: "fee", attribute: "cost"),
        Row(text: "The merger is worth $4bn to the group.", figure: "$4bn", subject: "merger", key: "merger", attribute: "value"),
        Row(text: "The contract, which is thought to be worth £14m, runs to 2030.", figure: "£14m", subject: "contract", key: "contract",
            attribute: "value"),
        Row(text: "The council puts the funding gap at £23m.", figure: "£23m", subject: "funding gap", key: "gap", attribute: "cost"),
        Row(text: "The regulator imposed a fine of £6.4m.", figure: "£6.4m", subject: "fine", key: "fine", attribute: "cost"),
        Row(text: "The fine of £3.3m was upheld on appeal.", figure: "£3.3m", subject: "fine", key: "fine", attribute: "cost"),
        Row(text: "He arrives on a loan fee of £1m with an option to buy for £15m.", figure: "£1m", subject: "loan fee", key: "loan fee",
            attribute: "cost"),
        Row(text: "He arrives on a loan fee of £1m with an option to buy for £15m.", figure: "£15m", subject: "option to buy",
            key: "option", attribute: "cost"),
        Row(text: "The striker has a release clause of €80m.", figure: "€80m", subject: "release clause", key: "release clause",
            attribute: "cost"),
        Row(text: "The club agreed £28m plus £3m in add-ons.", figure: "£3m", subject: "add-ons", key: "add-on", attribute: "cost"),
        Row(text: "The fee is £30m, rising to £34m with add-ons.", figure: "£34m", subject: "total with add-ons",
            key: "total with add-ons", attribute: "cost"),
        Row(text: "She joined for a club-record £6m in 2022.", figure: "£6m", subject: "club-record", key: "club-record",
            attribute: "cost"),
        Row(text: "Her buy-out clause is reportedly set at €90m.", figure: "€90m", subject: "buy-out clause", key: "buy-out clause",
            attribute: "cost"),
        Row(text: "The winger cost Porto €45m in 2021.", figure: "€45m", subject: "winger", key: "winger", attribute: "cost"),
        Row(text: "The airline has been fined £1.3m over the delays.", figure: "£1.3m", subject: "fine of airline", key: "airline",
            attribute: "fine"),
        Row(text: "The firm set aside €120m to cover a fine it expects.", figure: "€120m", subject: "fine", key: "fine", attribute: "cost"),
        Row(text: "The emirate pledged $90m towards a recovery fund.", figure: "$90m", subject: "recovery fund", key: "fund",
            attribute: "cost"),
        Row(text: "The broker ran about £800m of savings.", figure: "about £800m", subject: "savings", key: "saving", attribute: "cost"),
        Row(text: "It went bust owing lenders more than £25m.", figure: "more than £25m", subject: "lenders", key: "lender",
            attribute: "debt"),
        Row(text: "The regulator fined the broker £1.2m two years ago.", figure: "£1.2m", subject: "fine of broker", key: "broker",
            attribute: "fine"),
        Row(text: "The road will shut while works costing an estimated £3m are carried out.", figure: "an estimated £3m",
            subject: "works", key: "work", attribute: "cost"),
    ]

    @Test(arguments: tied)
    func tiesTheSumToItsNoun(_ row: Row) throws {
        try row.check()
    }

    /// What the rules must leave alone: a participle is no subject, the object of a
    /// preposition is not what a copula speaks of, and "the age of" keeps its owner.
    static let untouched: [Row] = [
        Row(text: "Included will also be $10 billion in cash.", figure: "$10 billion", subject: "cash", key: "cash", attribute: "cost"),
        Row(text: "Mia developed asthma at the age of four months.", figure: "four months", subject: "Mia", key: "mia", attribute: "age"),
    ]

    @Test(arguments: untouched)
    func leavesOtherShapesToTheirRules(_ row: Row) throws {
        try row.check()
    }

    /// "£28m plus £3m": the "plus" adds a second sum; it is no lower bound of the first.
    @Test func plusBeforeASumIsNoBound() throws {
        let claims = ClaimFixtures.claims(["The club agreed £28m plus £3m in add-ons."])
        let first = try #require(claims.first)
        #expect(first.text == "£28m")
        #expect(first.quantity.bound == .exact)
    }

    /// The shares sit "in" a company: the copula's noun is not that company.
    @Test func aPrepositionsObjectIsNotTheCopulasNoun() {
        let claims = ClaimFixtures.claims(["The shares held in Orbis Co. are worth about $9 billion."])
        #expect(claims.allSatisfy { $0.subject != "Orbis Co." })
    }
}
