/// The answers of `NameMatcher.nameMatch(p, end)` already found in an entry, one per token: the
/// rules ask the same question about the same tokens several times per sequence (the typing,
/// the keyword and the office rules each look for the gazetteer name at a token), and a
/// question whose first word opens a gazetteer name builds one key per word it tries.
///
/// Each token keeps the last `end` it was asked with and its answer (nameMatch is a pure
/// function of the entry's folded words, surfaces and the tables). A class, so that the
/// matcher's non-mutating rules can record answers; one allocation per entry, answers stored
/// only for the tokens asked about. Memory: 4 bytes per token (the index of its answer; the
/// `end` is kept with the answer).
final class NameMatchMemo {
    private let slots: UnsafeMutablePointer<Int32>
    private var answers: [(end: Int32, answer: (Int, EntityLexicons.NameRow)?)] = []
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: -1, count: max(count, 1))
    }

    deinit {
        slots.deallocate()
    }

    /// The recorded answer at `p` for `end`: `.some(answer)` when known, nil when not asked yet.
    @inline(__always)
    func answer(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)?? {
        let slot = slots[p]
        guard slot >= 0 else { return nil }
        let recorded = answers[Int(slot)]
        guard recorded.end == Int32(truncatingIfNeeded: end) else { return nil }
        return .some(recorded.answer)
    }

    /// Records the answer at `p` for `end` (replacing the one for another end).
    func record(_ p: Int, _ end: Int, _ answer: (Int, EntityLexicons.NameRow)?) {
        if slots[p] < 0 {
            slots[p] = Int32(truncatingIfNeeded: answers.count)
            answers.append((Int32(truncatingIfNeeded: end), answer))
        } else {
            answers[Int(slots[p])] = (Int32(truncatingIfNeeded: end), answer)
        }
    }
}
