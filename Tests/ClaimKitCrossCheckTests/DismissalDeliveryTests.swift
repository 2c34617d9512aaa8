import ClaimKit
import ClaimKitTestSupport
import Testing

/// The speed of the one delivery that dismissed a batter, stated two ways, contradicts
/// ("the ball that bowled him was 148.6 km/h" against "the 141.6km/h yorker that bowled
/// Smith"); two batters, a bowler's other balls and one speed stated twice do not.
/// Sentences written for these tests.
struct DismissalDeliveryTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "a pronoun and a name", bodies: [
            "Smith was gone for 12. The ball that bowled him was 148.6 km/h.",
            "It was the 141.6km/h yorker that bowled Smith that turned the match.",
        ], contradictions: 1, reason: "the delivery that dismissed Smith, speed: 141.6km/h in entry 2 (18:00) vs 148.6 km/h in entry 1 (20:00); one ball has one speed"),
        Row(name: "a definite delivery in a quote", bodies: [
            "The ball that bowled Perera was clocked at 148.6km/h.",
            "\"The 141.6km/h yorker was the best ball I have faced,\" the coach said.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "a definite delivery and no dismissal ball", bodies: [
            "The 148.6km/h bouncer hit the helmet.",
            "\"The 141.6km/h yorker was the best ball I have faced,\" the coach said.",
        ], contradictions: 0),
        Row(name: "two batters", bodies: [
            "The 148.6km/h yorker that bowled Smith turned the match.",
            "The 141.6km/h delivery that bowled Jones was slower.",
        ], contradictions: 0),
        Row(name: "one speed stated twice", bodies: [
            "The ball that bowled him was 148.6 km/h.",
            "It was the 148.6km/h yorker that bowled Smith.",
        ], contradictions: 0),
        Row(name: "other balls of the spell", bodies: [
            "His fastest ball of the day was 151 km/h.",
            "It was the 141.6km/h yorker that bowled Smith.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func contradictsOnlyOneDeliverysTwoSpeeds(_ row: Row) throws {
        try row.check(rule: .crossCheckDismissalDelivery, entries: nil, everyOfRule: true)
    }
}
