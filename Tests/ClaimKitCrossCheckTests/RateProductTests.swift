import ClaimKit
import ClaimKitTestSupport
import Testing

/// A rate, its period and their total in one sentence contradict when they do not multiply
/// out ("40 kg a minute for 25 minutes, releasing roughly 3 tonnes"); a product that agrees,
/// a top speed, a yearly rate, figures of two sentences and an open bound do not.
/// Sentences written for these tests.
struct RateProductTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a leak rate times its minutes against the mass released", bodies: [
            "The pipe leaked at about 40 kg a minute for 25 minutes before it was sealed, releasing roughly 3 tonnes of brine, the agency said.",
        ], contradictions: 1),
        Row(name: "a price per kilogram times the weight against the value", bodies: [
            "Saffron sells at an estimated US$900 a kilogram, putting the value of the 2.1-tonne shipment at about US$6.4 million.",
        ], contradictions: 1),
        Row(name: "a speed against the distance and the minutes written in words", bodies: [
            "The glider drifted about 30 km in 50 minutes, at about 15 km/h, before it landed in a field.",
        ], contradictions: 1),
        Row(name: "a density times the area against the count in all", bodies: [
            "The swarm covers about 40 square kilometres, officials said, at a density of about 20 million locusts per square kilometre, some 90 million insects in all.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a product that agrees", bodies: [
            "The pipe leaked at about 40 kg a minute for 25 minutes before it was sealed, releasing roughly 1 tonne of brine, the agency said.",
        ], contradictions: 0),
        Row(name: "a top speed is no running rate", bodies: [
            "The train covered 300 km in 2 hours, with top speeds of 320 km/h on the new line.",
        ], contradictions: 0),
        Row(name: "a yearly rate beside a total of other years", bodies: [
            "The firm earns $5m a year and has traded for 10 years, raising $20m in all from investors.",
        ], contradictions: 0),
        Row(name: "the total in another sentence", bodies: [
            "The pipe leaked at about 40 kg a minute for 25 minutes. Workers later pumped roughly 3 tonnes of brine out of the pit.",
        ], contradictions: 0),
        Row(name: "a rate per hectare that rounds its own figures", bodies: [
            "Crews sprayed 11,000 litres of pesticide over 4,200 hectares, roughly 2.5 litres a hectare.",
        ], contradictions: 0),
        Row(name: "a speed that is an open bound", bodies: [
            "He climbed the final 13.2km in 41 minutes at just over 19km/h.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyARateThatDoesNotMultiplyOut(_ row: Row) throws {
        try row.check(rule: .crossCheckRateProduct, entries: [1], published: ["20:00"], everyOfRule: true)
    }
}
