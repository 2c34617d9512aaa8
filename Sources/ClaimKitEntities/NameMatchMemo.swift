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
    /// Token index + 1 per slot (0 empty), and the index of its answer in `answers`.
    private var keys: [Int32] = []
    private var slots: [Int32] = []
    private var mask = -1
    private var answers: [(end: Int32, answer: (Int, EntityLexicons.NameRow)?)] = []
    let count: Int

    init(count: Int) {
        self.count = count
    }

    /// The slot of token `p` in `keys` (its own, or the empty one where it would go).
    @inline(__always)
    private func slot(_ p: Int) -> Int {
        var s = (p &* 0x9E37_79B9) &>> 7 & mask
        let key = Int32(truncatingIfNeeded: p &+ 1)
        while true {
            let k = keys[s]
            if k == key || k == 0 { return s }
            s = (s &+ 1) & mask
        }
    }

    /// The recorded answer at `p` for `end`: `.some(answer)` when known, nil when not asked yet.
    @inline(__always)
    func answer(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)?? {
        guard mask >= 0 else { return nil }
        let s = slot(p)
        guard keys[s] != 0 else { return nil }
        let recorded = answers[Int(slots[s])]
        guard recorded.end == Int32(truncatingIfNeeded: end) else { return nil }
        return .some(recorded.answer)
    }

    /// Records the answer at `p` for `end` (replacing the one for another end).
    func record(_ p: Int, _ end: Int, _ answer: (Int, EntityLexicons.NameRow)?) {
        if mask < 0 || (answers.count + 1) * 2 > mask + 1 { grow() }
        let s = slot(p)
        if keys[s] == 0 {
            keys[s] = Int32(truncatingIfNeeded: p &+ 1)
            slots[s] = Int32(truncatingIfNeeded: answers.count)
            answers.append((Int32(truncatingIfNeeded: end), answer))
        } else {
            answers[Int(slots[s])] = (Int32(truncatingIfNeeded: end), answer)
        }
    }

    /// Doubles the table (16 slots at first) and puts the recorded tokens back.
    private func grow() {
        let oldKeys = keys
        let oldSlots = slots
        let capacity = max(16, (mask + 1) * 2)
        keys = [Int32](repeating: 0, count: capacity)
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            let s = slot(Int(oldKeys[i]) - 1)
            keys[s] = oldKeys[i]
            slots[s] = oldSlots[i]
        }
    }
}
