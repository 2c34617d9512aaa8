/// The answers of `NameMatcher.nameMatch(p, end)` already found in an entry, one per token: the
/// rules ask the same question about the same tokens several times per sequence (the typing,
/// the keyword and the office rules each look for the gazetteer name at a token), and a
/// question whose first word opens a gazetteer name builds one key per word it tries.
///
/// Each token keeps the last `end` it was asked with and its answer (nameMatch is a pure
/// function of the entry's folded words, surfaces and the tables). A class, so that the
/// matcher's non-mutating rules can record answers; one allocation per entry, answers stored
/// only for the tokens that open a name.
final class NameMatchMemo {
    private let ends: UnsafeMutablePointer<Int32>
    private let slots: UnsafeMutablePointer<Int32>
    private var answers: [(Int, EntityLexicons.NameRow)?] = []
    let count: Int

    init(count: Int) {
        self.count = count
        ends = .allocate(capacity: max(count, 1))
        ends.initialize(repeating: -1, count: max(count, 1))
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: -1, count: max(count, 1))
    }

    deinit {
        ends.deallocate()
        slots.deallocate()
    }

    /// The recorded answer at `p` for `end`: `.some(answer)` when known, nil when not asked yet.
    @inline(__always)
    func answer(_ p: Int, _ end: Int) -> (Int, EntityLexicons.NameRow)?? {
        guard ends[p] == Int32(truncatingIfNeeded: end) else { return nil }
        return .some(answers[Int(slots[p])])
    }

    /// Records the answer at `p` for `end` (replacing the one for another end).
    func record(_ p: Int, _ end: Int, _ answer: (Int, EntityLexicons.NameRow)?) {
        if slots[p] < 0 {
            slots[p] = Int32(truncatingIfNeeded: answers.count)
            answers.append(answer)
        } else {
            answers[Int(slots[p])] = answer
        }
        ends[p] = Int32(truncatingIfNeeded: end)
    }
}
