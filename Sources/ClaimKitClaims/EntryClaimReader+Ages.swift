import ClaimKitQuantities
import ClaimKitModel
import ClaimKitText

extension RuleID {
    /// A person's age set beside their name or role between commas or brackets. Matches:
    /// "Chief Jane Doe, 44, said", "the fire chief, 44, said", "Jane Doe (44)", "Ms Patel,
    /// who is 58,".
    public static let claimAgeApposition: RuleID = "claim.age-apposition"
}

extension EntryClaimReader {
    /// Lower-case words that may stand before a name or alone as a person: "fire chief Jane
    /// Doe, 44", "the fisherman, 51": the claim lexicon's people nouns and the speaker nouns.
    func isPersonNoun(_ w: String) -> Bool {
        if words.peopleNouns.contains(w) || words.personNouns.contains(w) { return true }
        // "fisherman", "batter", "rancher", "shopper", "cyclist": nouns of a person by their
        // ending (a long word only, so "other", "order", "number" are not).
        guard w.count >= 5, w.allSatisfy({ $0.isLetter }) else { return false }
        if Self.notPersonNouns.contains(w) { return false }
        return w.hasSuffix("man") || w.hasSuffix("woman") || w.hasSuffix("ist") || (w.hasSuffix("er") && !w.hasSuffix("ier"))
    }

    /// Words in -er, -man, -ist that name no person.
    static let notPersonNouns: TokenWordSet = [
        "number", "quarter", "border", "corner", "center", "centre", "letter", "matter", "order", "under", "after", "other",
        "water", "weather", "winter", "summer", "hunger", "danger", "power", "tower", "river", "chapter", "paper", "member",
        "register", "sooner", "later", "never", "however", "whether", "together", "either", "neither", "rather", "further",
        "timer", "total", "german", "roman", "human", "shaman", "list", "christmas",
    ]

    /// "Chief Jane Doe, 44, said", "the fire chief, 44, said", "Jane Doe (44)", "Ms Patel,
    /// who is 58,": a bare whole number from 1 to 120 set off by commas or brackets right
    /// after a person's name or a noun for a person is their age. The subject is the name
    /// with the role noun before it, or the role noun's phrase.
    ///
    /// A number after a place ("In Leeds, 44, ..."), a day, a month or another number (a
    /// list "12, 44, 52") is no age.
    func personAge(_ f: Found, into claim: inout Claim) -> Bool {
        let s = f.sentence
        let q = f.quantity
        guard q.unit == "count", q.upper == nil, q.bound == .exact, f.end - f.first == 1,
            q.value >= 1, q.value <= 120, q.value == q.value.rounded(),
            entry.tokens[f.first].kind == .number, f.first - 2 >= s.lowerBound
        else { return false }
        // The words around the figure asked by their bytes (`eq`, as the strings compare):
        // no string made for the many counts that are no age.
        let open = f.first - 1
        func close(_ word: StaticString) -> Bool { f.end < entry.tokens.count && lower.eq(f.end, word) }
        let bracketed = lower.eq(open, "(")
        var nameEnd: Int
        if lower.eq(open, ",") {
            // "Doe, 44, said", "Doe, 44." at the end of a sentence, "Doe, 44; ..."
            guard close(",") || close(";") || close(")") || (close(".") && f.end + 1 >= s.upperBound) else { return false }
            nameEnd = f.first - 1
        } else if bracketed {
            guard close(")") else { return false }
            nameEnd = f.first - 1
        } else if lower.eq(open, "is") || lower.eq(open, "was"), f.first - 3 >= s.lowerBound, lower.eq(f.first - 2, "who"), lower.eq(f.first - 3, ",") {
            // "Ms Patel, who is 58, said"
            guard close(",") || close(";") || close(")") || close(".") else { return false }
            nameEnd = f.first - 3
        } else {
            return false
        }
        // The name or role noun: the words before the comma or bracket.
        let last = nameEnd - 1
        guard last >= s.lowerBound, isWord(last), !isFunction(last), !lower.in(last, Self.dayWords),
            !lower.in(last, Self.months), !lower.in(last, Self.sentenceAdverbs), !lower.ends(last, "ly")
        else { return false }
        var start = last
        if isCap(last) {
            // A name: its capitalised words, with the particles inside it ("María de los
            // Ángeles Ruiz").
            while start - 1 >= s.lowerBound {
                if isCap(start - 1), !isFunction(start - 1) {
                    start -= 1
                    continue
                }
                var p = start - 1
                while p >= s.lowerBound, lower.in(p, Self.nameParticles), !isCap(p) { p -= 1 }
                guard p < start - 1, p >= s.lowerBound, isCap(p), !isFunction(p) else { break }
                start = p
            }
            // "In Leeds, 44": a place after a preposition is no person; a lone capitalised
            // word that opens the sentence must be a surname, not a sentence adverb.
            if start - 1 >= s.lowerBound, lower.in(start - 1, Self.placePrepositions) {
                return false
            }
            let name = PlaceNames.lowercased(slice(start..<nameEnd))
            if words.places.contains(name) || words.countries.contains(name) {
                return false
            }
            // "fire chief Jane Doe": the role noun and one word before it.
            if start - 1 >= s.lowerBound, isWord(start - 1), !isCap(start - 1), isPersonNoun(lower[start - 1]) {
                start -= 1
                if start - 1 >= s.lowerBound, isWord(start - 1), !isFunction(start - 1), !lower.in(start - 1, Self.verbStops),
                    !lower.in(start - 1, Self.reportVerbs)
                {
                    start -= 1
                }
            }
        } else {
            // "the fire chief, 44": a noun for a person after a determiner, with its modifiers.
            guard isPersonNoun(lower[last]) else { return false }
            while start - 1 >= s.lowerBound, isWord(start - 1), !isFunction(start - 1), last - start < 3,
                !lower.in(start - 1, Self.verbStops), !lower.in(start - 1, Self.reportVerbs)
            {
                start -= 1
            }
            guard start - 1 >= s.lowerBound, (lower.eq(start - 1, "the") || lower.eq(start - 1, "a") || lower.eq(start - 1, "an") || lower.eq(start - 1, "his") || lower.eq(start - 1, "her") || lower.eq(start - 1, "their") || lower.eq(start - 1, "our"))
                || entry.tokens[start - 1].kind == .possessive
            else { return false }
        }
        // "Mr Okafor (52)", "the pilot (47)": a bracket holds an age only after a courtesy
        // title or a noun for a person ("Arsenal (52)" is a club's points).
        if bracketed, !Self.courtesyTitles.contains(lower[start].replacingOccurrences(of: ".", with: "")), isCap(last) && !(isWord(start) && !isCap(start) && isPersonNoun(lower[start])) {
            return false
        }
        var age = q
        age.unit = "yr"
        age.si = units.si(value: q.value, unit: "yr")
        var subject = Subject(text: slice(start..<nameEnd), head: lower[last], tokens: start..<nameEnd)
        // One person's age: by the whole name or role ("chief jane doe", "fire chief"), so
        // two people's ages on a page (a couple of one surname) are never one figure stated
        // twice.
        subject.key = "age of " + PlaceNames.lowercased(slice(start..<nameEnd))
        fill(&claim, for: f, quantity: age, subject: subject, attribute: "age", rule: .claimAgeApposition)
        if claim.subjectID == nil { claim.subjectID = personID(in: start..<nameEnd) }
        return true
    }

    /// The entity of the name inside an age's subject: "Fire chief Jane Doe" is the entity
    /// "Jane Doe", "Chief Doe" the entity whose alias is "Chief Doe" or "Doe". The longest
    /// capitalised tail of the subject that names an entity wins, so "Thomas Sam" and "Manju
    /// Sam" stay two people. The cross-check groups ages by this entity.
    func personID(in tokens: Range<Int>) -> EntityID? {
        for i in tokens where isCap(i) && !isFunction(i) {
            if let id = names.id(lowering: text.slice(TextRange(utf8Start: entry.tokens[i].range.utf8Start, utf8End: entry.tokens[tokens.upperBound - 1].range.utf8End))) { return id }
        }
        return nil
    }

    /// "44-year-old Jane Doe was named": an age written before a name is the age of the
    /// name after it.
    func ageBeforeName(_ f: Found) -> Subject? {
        let s = f.sentence
        guard f.quantity.unit == "yr", f.quantity.text.lowercased().hasSuffix("old"), f.end < s.upperBound, isCap(f.end), !isFunction(f.end)
        else { return nil }
        var end = f.end
        while end < s.upperBound, isCap(end) && !isFunction(end) || (lower.in(end, Self.nameParticles) && end + 1 < s.upperBound && isCap(end + 1)) {
            end += 1
        }
        var subject = Subject(text: slice(f.end..<end), head: lower[end - 1], tokens: f.end..<end)
        subject.key = "age of " + subject.text.lowercased()
        return subject
    }

    /// Courtesy titles before a name: "Mr Okafor (52)".
    static let courtesyTitles: TokenWordSet = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"]

    /// Prepositions before a place: "In Leeds, 44, ..." ("by" and "with" take people).
    static let placePrepositions: TokenWordSet = [
        "in", "at", "from", "to", "near", "into", "across", "outside", "on", "for", "of", "towards", "toward", "around",
    ]

    /// Lower-case words inside a name: "de", "van", "bin".
    static let nameParticles: TokenWordSet = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "los", "las", "van", "von", "der", "den",
        "ter", "bin", "ibn", "al", "el", "ap", "y",
    ]
}
