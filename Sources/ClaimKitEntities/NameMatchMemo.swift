/// The answers of `NameMatcher.nameMatch(p, end)` already found in an entry, one per token: the
/// rules ask the same question about the same tokens several times per sequence (the typing,
/// the keyword and the office rules each look for the gazetteer name at a token), and a
/// question whose first word opens a gazetteer name builds one key per word it tries.
///
/// Each token keeps the last `end` it was asked with and its answer (nameMatch is a pure
/// function of the entry's folded words, surfaces and the tables). A class, so that the
/// matcher's non-mutating rules can record answers; answers stored only for the tokens asked
/// about. Memory (issue 7): only the tokens that open a gazetteer name are ever asked, so the
/// token-to-answer index is a small open-addressing table of those tokens (it was 4 bytes for
/// every token of the entry: 180 MB for a 200 MB paragraph).
final class NameMatchMemo {
    /// Per slot: token index + 1 in the high 32 bits (0 empty), the index of its answer in
    /// `answers` in the low 32. (Raw memory read without exclusivity checks: an array property of
    /// a class was retained and checked at each probe, which cost more than the probe.)
    @exclusivity(unchecked) private var table: UnsafeMutablePointer<UInt64>?
    @exclusivity(unchecked) private var mask = -1
    @exclusivity(unchecked) private var answers: [(end: Int32, answer: (Int, EntityLexicons.NameRow)?)] = []
    @exclusivity(unchecked) private(set) var count: Int

    init(count: Int) {
        self.count = count
    }

    /// Forgets every answer (the next entry's, with `count` tokens): the table and the answers'
    /// storage are kept and emptied (`TokenBufferPool` lends one memo to a document's entries in turn).
    func reset(count: Int) {
        self.count = count
        if let table { table.update(repeating: 0, count: mask + 1) }
        answers.removeAll(keepingCapacity: true)
    }

    deinit { table?.deallocate() }

    /// The slot of token `p` in `table` (its own, or the empty one where it would go).
    @inline(__always)
    private static func slot(_ p: Int, _ table: UnsafeMutablePointer<UInt64>, _ mask: Int) -> Int {
        var s = (p &* 0x9E37_79B9) &>> 7 & mask
        let key = UInt64(truncatingIfNeeded: p &+ 1)
        while true {
            let k = table[s] &>> 32
            if k == key || k == 0 { return s }
            s = (s &+ 1) & mask
        }
    }

    /// The recorded answer at `p` for `end`: `.some(answer)` when known, nil when not asked yet.
    @inline(__always)
    func answer(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)?? {
        guard let table else { return nil }
        let entry = table[NameMatchMemo.slot(p, table, mask)]
        guard entry != 0 else { return nil }
        let recorded = answers[Int(entry & 0xFFFF_FFFF)]
        guard recorded.end == Int32(truncatingIfNeeded: end) else { return nil }
        return .some(recorded.answer)
    }

    /// Records the answer at `p` for `end` (replacing the one for another end).
    func record(_ p: Int, _ end: Int, _ answer: (Int, EntityLexicons.NameRow)?) {
        if table == nil || (answers.count + 1) * 2 > mask + 1 { grow() }
        let table = self.table!
        let s = NameMatchMemo.slot(p, table, mask)
        if table[s] == 0 {
            table[s] = UInt64(truncatingIfNeeded: p &+ 1) << 32 | UInt64(answers.count)
            answers.append((Int32(truncatingIfNeeded: end), answer))
        } else {
            answers[Int(table[s] & 0xFFFF_FFFF)] = (Int32(truncatingIfNeeded: end), answer)
        }
    }

    /// Doubles the table (16 slots at first) and puts the recorded tokens back.
    private func grow() {
        let oldCapacity = mask + 1
        let capacity = max(16, oldCapacity * 2)
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grown.initialize(repeating: 0, count: capacity)
        let newMask = capacity - 1
        if let old = table {
            for i in 0..<oldCapacity where old[i] != 0 {
                grown[NameMatchMemo.slot(Int(old[i] &>> 32) - 1, grown, newMask)] = old[i]
            }
            old.deallocate()
        }
        table = grown
        mask = newMask
    }
}
