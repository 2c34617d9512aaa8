/// The shape tests of a page's lines, each run at most once per line: the clock entry
/// finder asks the same questions of the same lines (is it title-shaped, a label, a day
/// header, a byline?) from several rules, and every rule after the first reads the answer.
///
/// One word per line: for each test a bit "known" and a bit "answer". Only tests of a
/// whole line's content are kept (a title after a split-off label is tested afresh).
final class LineShapeMemo {
    /// The tests kept, each a bit pair of a line's word.
    enum Test: UInt16 {
        case titleShaped = 0
        case labelLine = 1
        case dayHeader = 2
        case byline = 3
        case markerOrBullet = 4
    }

    private var bits: [UInt16]

    init(lineCount: Int) {
        bits = Array(repeating: 0, count: lineCount)
    }

    /// The answer of `test` for line `k`, computed by `compute` the first time only.
    @inline(__always)
    func answer(_ test: Test, _ k: Int, _ compute: () -> Bool) -> Bool {
        let known: UInt16 = 1 << (test.rawValue &* 2)
        let word = bits[k]
        if word & known != 0 { return word & (known << 1) != 0 }
        let result = compute()
        bits[k] = word | known | (result ? known << 1 : 0)
        return result
    }
}
