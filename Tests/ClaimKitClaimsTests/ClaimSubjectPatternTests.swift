import ClaimKit
import ClaimKitTestSupport
import Testing

/// The subject is the thing a figure measures, never the agent that reports or sets it, a
/// fronted phrase, an adverb or a verb; shares, counts whose noun stands elsewhere, index
/// levels and money moved get subjects of their own. Sentences written for these tests.
struct ClaimSubjectPatternTests {
    typealias Row = ClaimExtractorTests.Row

    static let subjects: [Row] = [
        // Indexes whose names hold a number, and their levels in points.
        Row(text: "The Stoxx 600 closed 0.8% higher at 5,521.3 points.", figure: "0.8%", subject: "Stoxx 600", key: "stoxx",
            attribute: "change"),
        Row(text: "The Stoxx 600 closed 0.8% higher at 5,521.3 points.", figure: "5,521.3", subject: "Stoxx 600", key: "stoxx",
            attribute: "level"),
        Row(text: "The S&P 500 fell 1.2% on Friday.", figure: "1.2%", subject: "S&P 500", key: "s", attribute: "change"),
        // Shares in a company: the shares, keyed by the company.
        Row(text: "Shares in Corvane Holdings jumped 14% after the results.", figure: "14%", subject: "Shares in Corvane Holdings",
            key: "corvane", attribute: "change"),
        // A sum a verb names: the fine, the value.
        Row(text: "The watchdog fined the bank £14.5m.", figure: "£14.5m", subject: "fine of bank", key: "bank", attribute: "fine"),
        // Shares: the group after "of", the noun modified, the risk and what it is of.
        Row(text: "The virus was found in 37% of samples.", figure: "37%", subject: "samples", key: "sample", attribute: "share"),
        Row(text: "About 45% of voters backed the plan.", figure: "About 45%", subject: "voters", key: "voter", attribute: "share"),
        Row(text: "Around a fifth (21%) of households are in arrears.", figure: "21%", subject: "households", key: "household",
            attribute: "share"),
        Row(text: "Rovers had 58% possession in the first half.", figure: "58%", subject: "possession", key: "possession",
            attribute: "share"),
        Row(text: "Women who slept seven hours a night had a 22% lower risk of heart disease.", figure: "22%",
            subject: "risk of heart disease", key: "risk", attribute: "change"),
        Row(text: "People who drank coffee daily were 18% less likely to develop gout.", figure: "18%",
            subject: "likely to develop gout", key: "gout", attribute: "change"),
        Row(text: "Telvora said 65% of its servers were offline for 9 hours.", figure: "65%", subject: "servers", key: "server",
            attribute: "share"),
        Row(text: "Telvora said 65% of its servers were offline for 9 hours.", figure: "9 hours", subject: "servers (offline)", key: "server",
            attribute: "duration"),
        Row(text: "Firms can be fined up to £8m or 2% of global turnover.", figure: "2%", subject: "fine of Firms (share of turnover)",
            key: "firm", attribute: "share"),
        Row(text: "Turnout was 61% in the city.", figure: "61%", subject: "Turnout", key: "turnout", attribute: "turnout"),
        // The object of a verb that sets or forecasts a level, not the agent.
        Row(text: "The central bank cut its main rate to 2.25%.", figure: "2.25%", subject: "main rate", key: "rate", attribute: "rate"),
        Row(text: "The committee held Bank Rate at 4%.", figure: "4%", subject: "Bank Rate", key: "bank", attribute: "rate"),
        Row(text: "Analysts expect inflation to fall to 2.4% next year.", figure: "2.4%", subject: "inflation", key: "inflation",
            attribute: "inflation"),
        Row(text: "Economists had expected unemployment to rise to 5.1%.", figure: "5.1%", subject: "unemployment",
            key: "unemployment", attribute: "unemployment"),
        Row(text: "Scientists tracked participants for 25 years.", figure: "25 years", subject: "participants", key: "participant",
            attribute: "duration"),
        // Fronted phrases, passives of money, measure verbs in the future.
        Row(text: "Under questioning, she admitted that £1.8m had been transferred to a trust.", figure: "£1.8m",
            subject: "money transferred", key: "money", attribute: "cost"),
        Row(text: "The heatwave is expected to last five days.", figure: "five days", subject: "heatwave", key: "heatwave",
            attribute: "duration"),
        Row(text: "Daytime highs will reach 28C.", figure: "28C", subject: "Daytime highs", key: "daytime", attribute: "temperature"),
        // Plural nouns a verb follows, data sizes, money in a noun, sentences, money taken.
        Row(text: "Overnight lows are forecast at 2C.", figure: "2C", subject: "Overnight lows", key: "overnight",
            attribute: "temperature"),
        Row(text: "Halden shares closed 6% lower at 412p.", figure: "6%", subject: "Halden shares", key: "halden", attribute: "change"),
        Row(text: "The hackers stole 1.2TB of customer data.", figure: "1.2TB", subject: "customer data", key: "data", attribute: "size"),
        Row(text: "She was ordered to pay £12,500 in compensation.", figure: "£12,500", subject: "compensation", key: "compensation",
            attribute: "cost"),
        Row(text: "He was banned from driving for 18 months.", figure: "18 months", subject: "banned from driving", key: "banned",
            attribute: "sentence"),
        Row(text: "The trial heard that Mr Dale took £48,000 from the charity.", figure: "£48,000", subject: "money from the charity",
            key: "money", attribute: "cost"),
        // States a duration measures; shares of a named whole.
        Row(text: "The boy spent nearly 11 hours trapped under the rubble.", figure: "nearly 11 hours", subject: "trapped",
            key: "trapped", attribute: "duration"),
        Row(text: "The standoff has left federal agencies shuttered for eight days.", figure: "eight days",
            subject: "federal agencies shuttered", key: "agency", attribute: "duration"),
        Row(text: "Tourism brings in 15 percent of gross domestic product in the region.", figure: "15 percent",
            subject: "gross domestic product", key: "product", attribute: "share"),
        // Counts whose noun stands elsewhere.
        Row(text: "With 71 of 80 seats declared, the coalition leads.", figure: "71", subject: "seats", key: "seat", attribute: "count"),
        Row(text: "The chain will close 85 of its 900 branches.", figure: "900", subject: "branches", key: "branch", attribute: "count"),
        Row(text: "The Liberals won 12 seats, the Greens 4.", figure: "4", subject: "Greens seats", key: "seat", attribute: "count"),
        Row(text: "With 60 of 80 seats declared, the totals are: Labour 31, Conservatives 17, Greens 8.", figure: "17",
            subject: "Conservatives seats", key: "seat", attribute: "count"),
        Row(text: "The count took place at 16 count centres across the country.", figure: "16", subject: "count centres",
            key: "centre", attribute: "count"),
        Row(text: "She won 12,345 votes, a majority of 2,104.", figure: "2,104", subject: "majority", key: "majority", attribute: "count"),
        Row(text: "The hospital waiting list stands at 7.4 million.", figure: "7.4 million", subject: "hospital waiting list",
            key: "list", attribute: "count"),
        Row(text: "Waiting lists rose by 12,000 to 7.6 million.", figure: "12,000", subject: "Waiting lists", key: "waiting",
            attribute: "change"),
        Row(text: "The death toll has risen to 214.", figure: "214", subject: "death toll", key: "toll", attribute: "count"),
        Row(text: "Participants were followed for an average of 11 years.", figure: "11 years", subject: "Participants (followed)",
            key: "participant", attribute: "duration"),
        Row(text: "One in four patients waited more than 18 weeks.", figure: "more than 18 weeks", subject: "patients (waited)",
            key: "patient", attribute: "duration"),
        Row(text: "Last year 2,310 were diagnosed with the condition.", figure: "2,310", subject: "diagnosed with the condition",
            key: "diagnosed", attribute: "count"),
        Row(text: "There are 3.4 million registered voters in the region.", figure: "3.4 million", subject: "registered voters",
            key: "voter", attribute: "count"),
        Row(text: "There are 2.1m registered voters.", figure: "2.1m", subject: "registered voters", key: "voter", attribute: "count"),
        Row(text: "Adults who walked 6,000 steps a day were studied.", figure: "6,000", subject: "steps", key: "step", attribute: "count"),
    ]

    @Test(arguments: subjects)
    func findsSubject(_ row: Row) throws {
        try row.check()
    }

    struct NotRow: CustomStringConvertible, Sendable {
        let text: String
        let figure: String
        /// A subject the figure must not get.
        let not: String
        var description: String { text }
    }

    /// Agents, fronted phrases, adverbs and verbs are never the subject.
    static let wrongSubjects: [NotRow] = [
        NotRow(text: "The committee raised interest rates to 4.5%.", figure: "4.5%", not: "committee"),
        NotRow(text: "Analysts expect inflation to fall to 2.4% next year.", figure: "2.4%", not: "Analysts expect inflation"),
        NotRow(text: "Under cross-examination, the accountant accepted that £2.4m had been moved.", figure: "£2.4m", not: "cross-examination"),
        NotRow(text: "Outside the tribunal, protesters waited for six hours.", figure: "six hours", not: "Outside the tribunal"),
        NotRow(text: "Domestically, sales rose 3%.", figure: "3%", not: "Domestically"),
        NotRow(text: "The S&P 500 fell 1.2% on Friday.", figure: "1.2%", not: "S&P 500 fell"),
        NotRow(text: "Researchers followed 900 patients for 12 years.", figure: "12 years", not: "Researchers"),
        NotRow(text: "The regulator fined the bank £14.5m. Separately, a £3m payment was made.", figure: "£3m", not: "bank"),
        NotRow(text: "Jurors were told the company lost £3.1m in 2023.", figure: "£3.1m", not: "company lost"),
        NotRow(text: "The judge jailed him for six years.", figure: "six years", not: "judge"),
        NotRow(text: "The leader said on Monday that the strike had lasted for nine days.", figure: "nine days", not: "leader"),
    ]

    @Test(arguments: wrongSubjects)
    func avoidsSubject(_ row: NotRow) throws {
        let claims = ClaimFixtures.claims([row.text])
        let claim = try #require(claims.first { $0.text == row.figure }, "no claim \(row.figure) in \(claims.map(\.text))")
        #expect(claim.subject != row.not)
        #expect(!claim.subject.isEmpty)
    }

    /// Ordinals, numbers in names and list positions: no claims.
    /// Checked by `ClaimExtractorTests.makesNoClaim` with the other suites' rows.
    static let nonClaims: [String] = [
        "The jury began a third day of deliberations.",
        "It was the fourth day of the strike.",
        "The FTSE 250 index closed higher.",
        "Shares in the Stoxx 600 group edged up.",
        "The storm reached Highway 61 north of the city.",
        "Sweden, Belgium and England win three points.",
        "Police found Glock 19 pistols.",
        "England 2, Scotland 1.",
    ]

    /// Temperatures, speeds and sizes keep the page's unit; lengths and durations carry SI.
    @Test func siValuesOnlyForLengthsDurationsCountsAndShares() throws {
        let claims = ClaimFixtures.claims(["Gusts of 60mph hit the coast, the bridge is 1,200m long and it was 28C."])
        let speed = try #require(claims.first { $0.text == "60mph" })
        let length = try #require(claims.first { $0.text == "1,200m" })
        let temperature = try #require(claims.first { $0.text == "28C" })
        #expect(speed.si == nil)
        #expect(temperature.si == nil)
        #expect(length.si?.unit == "m")
        #expect(temperature.quantity.si != nil)
    }
}
