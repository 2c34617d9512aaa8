extension AliasMerger {
    /// Lists of group indexes by word, for the merger's indexes (surnames, given names, initials, first
    /// words...): the same answers as a `WordMap<[Int]>` filled with `append(_:to:)`, cheaper to fill.
    /// A key maps to a slot of `lists`, so that adding to a list probes the table once and appends in place
    /// (no copy of the list out of the table and back); the table is made at the first key, as most of
    /// these indexes stay empty on most pages. A list's first group is stored inline (`Targets`): most keys
    /// name one group, and their lists allocate nothing.
    struct GroupLists {
        private var slots: WordMap<Int>?
        private var lists: [Targets] = []

        init() {}

        /// Whether no key has a list.
        var isEmpty: Bool { lists.isEmpty }

        /// The groups listed under `key`, in the order they were added; nil when none is.
        subscript(key: String) -> Targets? {
            guard let slots, let s = slots[key] else { return nil }
            return lists[s]
        }

        /// Adds group `g` at the end of the list of `key`; true when `key` had no list before.
        @discardableResult
        mutating func append(_ g: Int, to key: String) -> Bool {
            if slots == nil { slots = WordMap() }
            // (One probe of the table: the key's slot, or a new one.)
            let (s, isNew) = slots!.value(for: key, insertingIfAbsent: lists.count)
            if isNew {
                lists.append(Targets(head: g))
            } else {
                lists[s].rest.append(g)
            }
            return isNew
        }
    }

    /// The groups of one key of `GroupLists`, never empty: the first inline, the others in an array made
    /// at the second (an empty array allocates nothing).
    struct Targets: RandomAccessCollection {
        let head: Int
        var rest: [Int] = []

        init(head: Int) { self.head = head }

        var startIndex: Int { 0 }
        var endIndex: Int { rest.count + 1 }
        var count: Int { rest.count + 1 }

        subscript(position: Int) -> Int { position == 0 ? head : rest[position - 1] }
    }
}
