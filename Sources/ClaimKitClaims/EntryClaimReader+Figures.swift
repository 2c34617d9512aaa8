import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

/// Figures read by their own small rules: magnitudes, parts of a count, increments.
extension EntryClaimReader {
    static let subsetPronouns: TokenWordSet = ["them", "those", "these", "whom", "which"]

    /// Whether the figure modifies the noun after it: "48-hour strike", "2,500km range".
    func isCompound(_ f: Found) -> Bool {
        guard f.end < f.sentence.upperBound, isWord(f.end), !isFunction(f.end), !lower.in(f.end, Self.verbStops) else {
            return false
        }
        return f.quantity.text.contains("-") || !lower.ends(f.end - 1, "s")
    }

    /// "3 more people", "two further arrests": a count that adds to a total.
    func incrementAfter(_ f: Found) -> Bool {
        f.end + 1 < f.sentence.upperBound && (lower.eq(f.end, "more") || lower.eq(f.end, "further") || lower.eq(f.end, "extra") || lower.eq(f.end, "additional")) && isWord(f.end + 1)
            && !isFunction(f.end + 1)
    }

    /// "a magnitude 5.8 tremor", "the tremor had a magnitude of 5.8", "rated the tremor at
    /// magnitude 5.8", "a 5.8-magnitude tremor": the magnitude of the thing named.
    @inline(__always) func magnitudeClaim(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        var cue: Int?
        var k = f.first - 1
        if k >= s.lowerBound, lower.eq(k, "of") { k -= 1 }
        if k >= s.lowerBound, lower.eq(k, "magnitude") { cue = k }
        var after = f.end
        // "a 5.8-magnitude tremor"; not "magnitude 5.8 - far weaker than ...".
        if after + 1 < s.upperBound, entry.tokens[after].kind == .dash || lower.eq(after, "-"), lower.eq(after + 1, "magnitude") { after += 1 }
        if cue == nil, after < s.upperBound, lower.eq(after, "magnitude") { cue = after; after += 1 }
        guard let cue else { return false }
        var quantity = f.quantity
        quantity.unit = "magnitude"
        quantity.si = SIValue(value: quantity.value, unit: "magnitude")
        // The noun after the figure ("magnitude 5.8 tremor"), else the nearest noun before
        // the cue that a determiner opens ("the tremor had ...", "rated the tremor at ...").
        var subject: Subject?
        if after < s.upperBound, isWord(after), !isFunction(after), !lower.in(after, Self.verbStops) {
            subject = nounPhrase(from: after, in: s)
        }
        if subject == nil {
            var b = min(cue, f.first) - 1
            while b > s.lowerBound, b > cue - 10 {
                if isWord(b), !isFunction(b), !isCap(b), (lower.eq(b - 1, "the") || lower.eq(b - 1, "a") || lower.eq(b - 1, "an") || lower.eq(b - 1, "this") || lower.eq(b - 1, "that") || lower.eq(b - 1, "its")) {
                    subject = Subject(text: slice(b..<(b + 1)), head: lower[b], tokens: b..<(b + 1))
                    break
                }
                // A headline: "Tremor was magnitude 5.8".
                if b - 1 == s.lowerBound, isWord(b - 1), !isFunction(b - 1), lower.in(b, Self.verbStops) {
                    subject = Subject(text: slice((b - 1)..<b), head: lower[b - 1], tokens: (b - 1)..<b)
                    break
                }
                b -= 1
            }
        }
        fill(&claim, for: f, quantity: quantity, subject: subject, attribute: "magnitude", rule: .claimMagnitude)
        return true
    }

    /// "nine of those injuries": a part of a count named by the noun after "of those".
    @inline(__always) func subsetClaim(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        guard f.end + 2 < s.upperBound, lower.eq(f.end, "of"), lower.in(f.end + 1, Self.subsetPronouns) || lower.eq(f.end + 1, "the"),
            f.quantity.value >= 1, let np = nounPhrase(from: f.end + 2, in: s), !Self.notCounted.contains(np.head)
        else { return false }
        fill(&claim, for: f, quantity: f.quantity, subject: np, attribute: "count", rule: .claimSubsetOf)
        return true
    }

    /// "... arrested, including 40 in Leeds", "..., 12 of them in Leeds": a part of the
    /// count the sentence stated just before, in a narrower scope.
    func subsetOfPrevious(_ f: Found, _ previous: Claim, into claim: inout Claim) -> Bool {
        guard previous.attribute == "count", previous.quantity.unit == "count", f.quantity.unit == "count",
            f.quantity.value >= 1, f.quantity.value == f.quantity.value.rounded(),
            let first = tokenSpan(previous.range)?.0, f.sentence.contains(first), f.quantity.value < previous.quantity.value
        else { return false }
        let s = f.sentence
        let before = f.first - 1
        let including = before >= s.lowerBound && (lower.eq(before, "including") || lower.eq(before, "includes") || lower.eq(before, "include"))
        let ofThem = f.end + 1 < s.upperBound && lower.eq(f.end, "of") && lower.in(f.end + 1, Self.subsetPronouns)
        guard including || ofThem else { return false }
        claim = previous
        claim.quantity = f.quantity
        claim.si = f.quantity.si
        claim.range = f.quantity.range
        claim.text = f.quantity.text
        claim.alternatives = []
        claim.scope = scope(f) ?? "part of " + (previous.scope ?? "total")
        claim.source = source(f) ?? previous.source
        claim.rule = .claimSubsetOf
        return true
    }

    /// "profit of £76m, up from £61m", "12 dead, up from 9 earlier": the figure before the
    /// change, about what the sentence's figure before it is about.
    func priorValue(_ f: Found, _ previous: Claim, into claim: inout Claim) -> Bool {
        let s = f.sentence
        let before = f.first - 1
        // "raised its price by 12%, to 540p": the level the change reached.
        if previous.attribute == "change", before - 1 >= s.lowerBound, lower.eq(before, "to"), lower.eq(before - 1, ","),
            let first = tokenSpan(previous.range)?.0, s.contains(first), first < f.first, let key = previous.subject.split(separator: " ").last
        {
            claim = previous
            let dimension = self.dimension(of: f.quantity.unit) ?? "count"
            claim.quantity = f.quantity
            claim.si = dimension == "money" ? nil : f.quantity.si
            claim.range = f.quantity.range
            claim.text = f.quantity.text
            claim.alternatives = []
            claim.attribute = words.cues[key.lowercased()]?.first { !$0.after && $0.dimension == dimension }?.attribute
                ?? Self.defaultAttribute[dimension] ?? dimension
            claim.rule = .claimPriorValue
            return true
        }
        guard before - 1 >= s.lowerBound, lower.eq(before, "from"),
            (lower.eq(before - 1, "up") || lower.eq(before - 1, "down") || lower.eq(before - 1, "rising") || lower.eq(before - 1, "falling") || lower.eq(before - 1, "risen") || lower.eq(before - 1, "fallen") || lower.eq(before - 1, "rose") || lower.eq(before - 1, "fell") || lower.eq(before - 1, "compared")),
            let first = tokenSpan(previous.range)?.0, s.contains(first), first < f.first,
            self.dimension(of: previous.quantity.unit) == self.dimension(of: f.quantity.unit)
                || previous.quantity.unit == f.quantity.unit
        else { return false }
        claim = previous
        claim.quantity = f.quantity
        claim.si = previous.si == nil ? nil : f.quantity.si
        claim.range = f.quantity.range
        claim.text = f.quantity.text
        claim.alternatives = []
        claim.rule = .claimPriorValue
        return true
    }

    /// "raise the pension age from 66 to 67", "cut the limit from 40 to 30mph": a range
    /// after a verb of change is two levels of the verb's object, not an uncertain figure.
    func changeFromTo(_ f: Found) -> [Claim]? {
        let s = f.sentence
        let q = f.quantity
        guard q.bound == .range, let upper = q.upper, q.text.lowercased().hasPrefix("from"), f.first > s.lowerBound else { return nil }
        let from = f.first
        guard let verb = (max(s.lowerBound, from - 8)..<from).reversed().first(where: {
            lower.in($0, Self.objectVerbs) || lower.in($0, Self.changeVerbs)
        }),
            var object = nounPhrase(endingBefore: from, in: s), object.tokens.lowerBound > verb
        else { return nil }
        object = resolved(object)
        let dimension = self.dimension(of: q.unit) ?? "count"
        let attribute = words.cues[object.head]?.first { !$0.after && ($0.dimension == dimension || $0.dimension == "*") }?.attribute
            ?? Self.defaultAttribute[dimension] ?? dimension
        var before = q
        before.upper = nil
        before.bound = .exact
        before.si = q.si.map { SIValue(value: $0.value, unit: $0.unit) }
        var after = before
        after.value = upper
        if let si = q.si, let top = si.upper { after.si = SIValue(value: top, unit: si.unit) }
        return [before, after].map { makeClaim(f, quantity: $0, subject: object, attribute: attribute, rule: .claimChangeFromTo) }
    }
}
