import ClaimKit
import ClaimKitTestSupport
import Testing

/// One runner's finishing time, one named thing's fixed measure, one person's rating, one
/// harbour's speed limit and one prize fund, each stated two ways in two entries,
/// contradict; two runners, a split, a margin, two zones and a share of the fund do not.
/// Sentences written for these tests.
struct RaceAndMeasureTests {
    typealias Row = ContradictionRow

    static let rows: [Row] = [
        Row(name: "one runner, two finishing times", bodies: [
            "Tomas Berg won in 2:06:41, beating the course record by 49 seconds.",
            "Berg finished in 2:07:41, officials said.",
        ], contradictions: 1),
        Row(name: "one peak, two heights", bodies: [
            "The climbers set off for the 2,153-metre peak of Mount Tavern.",
            "The summit of Mount Tavern, at 2,135 metres, was clear.",
        ], contradictions: 1),
        Row(name: "one ship, two lengths", bodies: [
            "The 86-metre barque Stella Ward left the quay at noon.",
            "The Stella Ward is 68 metres long.",
        ], contradictions: 1),
        Row(name: "one player, two ratings", bodies: [
            "Olga Varen, rated 2791, drew her game.",
            "Varen, who has an Elo rating of 2719, lost in the final round.",
        ], contradictions: 1),
        Row(name: "one harbour, two speed limits", bodies: [
            "A speed limit of 5 knots applies in the harbour.",
            "The 8-knot limit in the harbour is rarely enforced.",
        ], contradictions: 1),
        Row(name: "one named harbour, two speed limits", bodies: [
            "A speed limit of 6 knots applies inside the Kestrel harbour.",
            "The port has set a speed limit of 9 knots in Kestrel for the regatta.",
        ], contradictions: 1),
        Row(name: "one prize fund, two sums", bodies: [
            "The $2.5 million prize fund is the biggest yet.",
            "The winner takes $500,000 of a $3.5m prize fund.",
        ], contradictions: 1),
        Row(name: "one tower, two floor counts", bodies: [
            "The Harlow Tower has 48 floors and a roof garden.",
            "The 52-storey Harlow Tower opened in 2009.",
        ], contradictions: 1),
        Row(name: "one arena, two capacities", bodies: [
            "The Varda Arena has a capacity of 18,000.",
            "The 21,000-capacity Varda Arena was full.",
        ], contradictions: 1),
        // Negative rows.
        Row(name: "two towers' floors", bodies: [
            "The Harlow Tower has 48 floors.",
            "The 52-storey Orrin Tower opened in 2009.",
        ], contradictions: 0),
        Row(name: "a crowd is not the capacity", bodies: [
            "The Varda Arena has a capacity of 18,000.",
            "A crowd of 21,000 filled the Varda Arena.",
        ], contradictions: 0),
        Row(name: "two runners' times", bodies: [
            "Tomas Berg won in 2:06:41.",
            "Lena Ostrova finished in 2:21:08.",
        ], contradictions: 0),
        Row(name: "a split and the finish", bodies: [
            "Berg finished in 2:06:41.",
            "Berg reached halfway in 1:03:12.",
        ], contradictions: 0),
        Row(name: "a margin and the finish", bodies: [
            "Berg won by 49 seconds.",
            "Berg won by 72 seconds in the earlier race.",
        ], contradictions: 0),
        Row(name: "two peaks", bodies: [
            "The 2,153-metre peak of Mount Tavern was clear.",
            "The 1,850-metre peak of Mount Orrin was in cloud.",
        ], contradictions: 0),
        Row(name: "two named harbours' speed limits", bodies: [
            "A speed limit of 6 knots applies inside the Kestrel harbour.",
            "The port has set a speed limit of 9 knots in Marlow harbour for the regatta.",
        ], contradictions: 0),
        Row(name: "two zones' speed limits", bodies: [
            "A speed limit of 5 knots applies in the harbour.",
            "An 8-knot limit applies on the river.",
        ], contradictions: 0),
        Row(name: "the winner's share is not the fund", bodies: [
            "The winner takes $500,000 of the prize fund.",
            "The $2.5 million prize fund is the biggest yet.",
        ], contradictions: 0),
        Row(name: "the same height twice", bodies: [
            "The 2,153-metre peak of Mount Tavern was clear.",
            "Mount Tavern, at 2,153 metres, is the highest in the range.",
        ], contradictions: 0),
    ]

    @Test(arguments: rows)
    func checks(_ row: Row) throws {
        try row.check(rule: row.name.contains("prize") ? .crossCheckFixedSum : .crossCheckDisjoint)
    }
}
