import ClaimKitModel
import ClaimKitText

/// Evidence from the words around a name that the matcher's sequence rules do not see: the
/// company a name keeps ("the Sea Org group", "Halvex shares", "Quill's website"), an
/// apposition that names a kind of organisation ("Norvane, the broadcaster,"), a person's
/// affiliation ("Vell's Ann Lee", "Ann Lee of Vell"), and a list that mixes a name with known
/// organisations ("Halvex, Microsoft and Google").
///
/// It runs once per entry over that entry's mentions, after `NameMatcher`, and only looks at
/// the few tokens next to each untyped or weakly typed mention, so its cost grows with the
/// number of names, not of tokens.
struct ContextEvidence {
    let shared: SharedEntityLexicons
    /// The tables, borrowed from `shared` (no copy).
    var lexicons: EntityLexicons { _read { yield shared.tables } }
    let entry: AnalyzedEntry
    /// The matcher's token strings of this entry (each token's text, made once per entry and token).
    let strings: TokenStrings

    /// Retypes `mentions[from...]` (the mentions of this entry) from their context.
    func apply(to mentions: inout [NameMention], from: Int) {
        guard from < mentions.count else { return }
        let tokens = entry.tokens
        // Token spans of the entry's mentions, found by binary search on the token starts.
        var spans: [(Int, Int)] = []
        spans.reserveCapacity(mentions.count - from)
        // (Each search starts next to the last answer: the matcher emits an entry's names nearly in page
        // order, and a name ends a few tokens after it starts.)
        var hint = 0
        for k in from..<mentions.count {
            let u = firstToken(atOrAfter: mentions[k].range.utf8Start, near: hint)
            let v = firstToken(atOrAfter: mentions[k].range.utf8End, near: u)
            hint = v
            spans.append((u, max(u + 1, min(v, tokens.count))))
        }
        // Cues next to one name first, then lists, which lean on the types the cues gave.
        var overruled: Set<String> = []
        for k in from..<mentions.count
        where isOpen(mentions, k) || opensWithPlaceKeyword(mentions, k)
            || mentions[k].words.count == 1 && mentions[k].hasRule(.personReportingVerb)
        {
            let (u, v) = spans[k - from]
            // "Image: Quillcam.": a credit in running text names a photographer or an agency; a
            // name no rule made a person is an agency (or a user name), as in credit blocks.
            if mentions[k].type == nil, isCredit(u) {
                retype(&mentions[k], .organization, .orgImageCredit)
                continue
            }
            // "signed from Brentford", "Harwick have agreed a fee": the words of a transfer name a club, even
            // where a reporting verb alone made a one-word name a person ("Harwick confirmed the signing").
            if mentions[k].type != .person || mentions[k].words.count == 1 && mentions[k].hasRule(.personReportingVerb),
                transferCue(u, v)
            {
                retype(&mentions[k], .organization, .orgClubContext)
                continue
            }
            // A name-shaped person keeps its reading against a single cue ("a member of Hori Parata's team").
            if mentions[k].type != .person, let rule = organizationCue(u, v) {
                if opensWithPlaceKeyword(mentions, k) { overruled.insert(mentions[k].key) }
                retype(&mentions[k], .organization, rule)
                if rule == .orgAccordingTo { mentions[k].strength = 1 }
            }
        }
        // "analysts at Halvex said": the name after people who work somewhere and "at" employs them, an
        // organisation, whatever a weak reading made of it (a one-word name before "said" is no person here).
        for k in from..<mentions.count where mentions[k].words.count <= 4 && mentions[k].handleWords == nil {
            let (u, _) = spans[k - from]
            let type = mentions[k].type
            guard type == nil || mentions[k].strength <= 1 && (type == .person || mentions[k].hasRule(.placePreposition)),
                u >= 2, isLower(u - 1, "at"), let staff = anyCaseWord(u - 2), lexicons.organizationStaff.contains(staff)
            else { continue }
            retype(&mentions[k], .organization, .orgStaffAt)
        }
        // The other mentions of a keyword-made place that a cue showed to be an organisation.
        if !overruled.isEmpty {
            for k in from..<mentions.count where opensWithPlaceKeyword(mentions, k) && overruled.contains(mentions[k].key) {
                retype(&mentions[k], .organization, .orgContext)
            }
        }
        // "Team Estonia", "Team GB": a national sports team.
        for k in from..<mentions.count where mentions[k].type == .place {
            let (u, _) = spans[k - from]
            guard u >= 1, strings.surfaceIs(u - 1, "Team"), entry.tokens[u - 1].range.utf8End < mentions[k].range.utf8Start
            else { continue }
            let start = entry.tokens[u - 1].range.utf8Start
            var m = mentions[k]
            m.range = TextRange(utf8Start: start, utf8End: m.range.utf8End)
            m.surface = entry.text.entityString(m.range)
            m.words = ["team"] + m.words
            m.canonicalKey = nil
            m.key = NameMention.key(words: m.words, variants: lexicons.variants)
            m.type = .organization
            m.strength = 2
            m.provenance = Provenance(rule: .orgTeam)
            mentions[k] = m
        }
        // "Avanti West Coast says": a place that only a keyword made (its first word in no gazetteer), as
        // the subject of a reporting verb, is the organisation of that name (a gazetteer place that
        // speaks, "Kyiv says", is left to metonymy).
        for k in from..<mentions.count
        where mentions[k].type == .place && mentions[k].hasRule(.placeKeyword) && mentions[k].words.count >= 2 {
            let (u, v) = spans[k - from]
            let first = mentions[k].words[0]
            guard !lexicons.names.contains(first), !lexicons.commonWords.contains(first), isCapitalizedWord(u),
                let verb = lowerWord(v), lexicons.reportingVerbs.contains(verb)
            else { continue }
            retype(&mentions[k], .organization, .orgSpeakingPlaceName)
        }
        // "the British Red Cross", "the German Aerospace Center": a nation's adjective right before an
        // organisation of two words or more, after "the" or opening the sentence, is the first word of its
        // name (a national body, no other nation's branch of a known one).
        // ("The Greek Ministry of Culture": a name of the form "X of Y" keeps the demonym out.)
        for k in from..<mentions.count
        where mentions[k].type == .organization && mentions[k].words.count >= 2
            && !mentions[k].words.contains(where: { $0 == "of" || $0 == "for" })
        {
            let (u, _) = spans[k - from]
            guard u >= 1, entry.tokens[u - 1].kind == .word, isCapitalizedWord(u - 1),
                entry.tokens[u - 1].range.utf8End + 1 == mentions[k].range.utf8Start,
                u < 2 || anyCaseWord(u - 2) == "the" || !isCapitalizedWord(u - 2) && entry.tokens[u - 2].kind != .word
            else { continue }
            let adjective = NameFolding.fold(String(surface(u - 1)))
            guard !adjective.hasSuffix("s"), lexicons.demonyms.contains(adjective) || lexicons.nationAdjectives.contains(adjective),
                k == from || spans[k - 1 - from].1 <= u - 1
            else { continue }
            var m = mentions[k]
            m.range = TextRange(utf8Start: entry.tokens[u - 1].range.utf8Start, utf8End: m.range.utf8End)
            m.surface = entry.text.entityString(m.range)
            m.words = [adjective] + m.words
            m.canonicalKey = nil
            m.key = NameMention.key(words: m.words, variants: lexicons.variants)
            m.provenance = Provenance(rule: .orgNationAdjective, lexicon: m.provenance.lexicon)
            // "the German Aerospace Center (DLR)": the acronym that stood for the shorter name stands for this one.
            if k + 1 < mentions.count, mentions[k + 1].expands == mentions[k].key { mentions[k + 1].expands = m.key }
            mentions[k] = m
        }
        // "the town of X": a place; "Municipality of X": an authority, and X a place.
        let count = mentions.count
        for k in from..<count {
            let (u, v) = spans[k - from]
            if isOpen(mentions, k), u >= 2, isLower(u - 1, "of"), let kind = lowerWord(u - 2),
                lexicons.placeKinds.contains(kind), !mentions[k].words.allSatisfy({ lexicons.commonWords.contains($0) })
            {
                retype(&mentions[k], .place, .placeKindOf)
            } else if mentions[k].type == .organization, mentions[k].hasRule(.orgKeyword),
                mentions[k].words.count >= 3, mentions[k].words.count <= 5, mentions[k].words[1] == "of",
                lexicons.placeKinds.contains(mentions[k].words[0]), v - u == mentions[k].words.count,
                isCapitalizedWord(u + 2)
            {
                mentions.append(place(u + 2, v, from: mentions[k]))
            }
        }
        // "Reporting by Ana Torres in Tierra Amarilla": the name after "in" that ends a credit line is the place
        // the reporter was in, whatever its words would read as alone.
        for k in from..<count where k > from && mentions[k].type != .organization && mentions[k].words.count <= 4 {
            let (u, v) = spans[k - from]
            let (pu, pv) = spans[k - 1 - from]
            guard mentions[k - 1].type == .person, pv == u - 1, isLower(u - 1, "in"), pu >= 1, isLower(pu - 1, "by"),
                v == tokens.count || tokens[v].kind == .newline || strings.surfaceIs(v, ".")
            else { continue }
            retype(&mentions[k], .place, .placeByline)
        }
        // "the MP for Stockton North", "the Stockton South MP": a town and a compass word name a constituency.
        for k in from..<count where mentions[k].type == .place && mentions[k].words.count == 1 {
            let (u, v) = spans[k - from]
            guard v < tokens.count, Self.isCompassWord(surface(v)),
                entry.tokens[v].range.utf8Start == mentions[k].range.utf8End + 1,
                u >= 2 && isLower(u - 1, "for") && strings.surfaceIs(u - 2, "MP") || v + 1 < tokens.count && strings.surfaceIs(v + 1, "MP"),
                k + 1 == count || spans[k + 1 - from].0 > v || spans[k + 1 - from] == (v, v + 1) && mentions[k + 1].type == nil
            else { continue }
            var m = mentions[k]
            m.range = TextRange(utf8Start: m.range.utf8Start, utf8End: tokens[v].range.utf8End)
            m.surface = entry.text.entityString(m.range)
            m.words = m.words + [NameFolding.fold(String(surface(v)))]
            m.canonicalKey = nil
            m.key = NameMention.key(words: m.words, variants: lexicons.variants)
            m.provenance = Provenance(rule: .placeConstituency)
            mentions[k] = m
        }
        for k in from..<count where isOpen(mentions, k) {
            let (u, v) = spans[k - from]
            if affiliation(u, v, k, from, mentions, spans) {
                retype(&mentions[k], .organization, .orgAffiliation)
            }
        }
        for k in from..<count where isOpen(mentions, k) {
            if listedWithOrganization(k, from, mentions, spans) {
                retype(&mentions[k], .organization, .orgCoordination)
            }
        }
        // People: "Vell's Ann Kestrel" (a body's or a place's), then names listed with a person ("Ann Kestrel and Tom Vale").
        for k in from..<count where mentions[k].type == nil && isPersonShaped(mentions, k) {
            let (u, _) = spans[k - from]
            if k > from, u >= 2, entry.tokens[u - 1].kind == .possessive, spans[k - 1 - from].1 == u - 1,
                mentions[k - 1].type != .person
            {
                retypePerson(&mentions[k], .personAffiliation)
            }
        }
        for k in from..<count where mentions[k].type == nil && isPersonShaped(mentions, k) {
            if listedWithPerson(k, from, mentions, spans) { retypePerson(&mentions[k], .personCoordination) }
        }
        // "Environment and Climate Change Canada (ECCC)": the name a bracketed acronym spells (last: it
        // removes mentions, and the passes above index the spans by mention).
        expandBracketedAcronyms(&mentions, from: from)
    }

    /// Two or three words that may be a person's name: a known given name first or a known family
    /// name last, and no word that types a place (a small town's name aside: "Holden") or an organisation.
    // Inlined: the loops call it on elements of an inout array, which would otherwise be copied whole.
    @inline(__always)
    private func isPersonShaped(_ ms: [NameMention], _ k: Int) -> Bool {
        guard ms[k].handleWords == nil, ms[k].words.count >= 2, ms[k].words.count <= 3, let first = ms[k].words.first,
            let last = ms[k].words.last
        else { return false }
        guard lexicons.givenNames.contains(first) || lexicons.familyNames.contains(last) else { return false }
        return ms[k].words.allSatisfy {
            !lexicons.orgHeadKeywords.contains($0) && !lexicons.placeKeywords.contains($0)
                && (lexicons.names[$0].map { $0.rule == .placeCity && $0.population < 100_000 } ?? true)
                && !lexicons.demonyms.contains($0) && !(lexicons.offices.contains($0) || lexicons.officeModifiers.contains($0)) && !lexicons.functionWords.contains($0)
        }
    }

    private func retypePerson(_ m: inout NameMention, _ rule: RuleID) {
        m.type = .person
        m.strength = 2
        m.provenance = Provenance(rule: rule)
        m.gender = lexicons.givenNames[m.words[0]]?.gender
    }

    /// "Ann Kestrel and Tom Vale": a person-shaped name joined by "and" (or a list comma) to a person.
    private func listedWithPerson(_ k: Int, _ from: Int, _ mentions: [NameMention], _ spans: [(Int, Int)]) -> Bool {
        let (u, v) = spans[k - from]
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard b > a, b - a <= 2 else { return false }
            return (a..<b).allSatisfy { strings.surfaceIs($0, ",") || strings.surfaceIs($0, "and") || strings.surfaceIs($0, "or") }
                && (a..<b).contains { strings.surfaceIs($0, "and") || strings.surfaceIs($0, "or") }
        }
        if k + 1 - from < spans.count, isPerson(mentions, k + 1), joined(v, spans[k + 1 - from].0) { return true }
        if k > from, isPerson(mentions, k - 1), joined(spans[k - 1 - from].1, u) { return true }
        return false
    }

    /// Whether a mention is still open to context evidence: untyped, or a person by the
    /// weakest shape-only evidence.
    // Inlined: the loops call it on elements of an inout array, which would otherwise be copied whole.
    @inline(__always)
    private func isOpen(_ ms: [NameMention], _ k: Int) -> Bool {
        guard ms[k].handleWords == nil, ms[k].words.count <= 4 else { return false }
        let type = ms[k].type
        if type == nil { return true }
        // "shares in X": a place preposition is the weakest evidence of all.
        if type == .place && ms[k].strength <= 1 && ms[k].hasRule(.placePreposition) { return true }
        // "Brentford" in a town list: a club by a match's words.
        if type == .place && ms[k].strength <= 1 && ms[k].hasRule(.placeTown) { return true }
        return type == .person && ms[k].strength <= 1
            && (ms[k].hasRule(.personNameShape) || ms[k].hasRule(.personFamilyName))
    }

    /// A place mention over tokens `u..<v`, inside the mention `outer`.
    private func place(_ u: Int, _ v: Int, from outer: NameMention) -> NameMention {
        let tokens = entry.tokens
        let range = TextRange(utf8Start: tokens[u].range.utf8Start, utf8End: min(tokens[v - 1].range.utf8End, outer.range.utf8End))
        let words = Array(outer.words[(outer.words.count - (v - u))...])
        var m = NameMention(
            entry: outer.entry, range: range, surface: entry.text.entityString(range), words: words, type: .place,
            strength: 2, provenance: Provenance(rule: .placeKindOf))
        m.key = NameMention.key(words: words, variants: lexicons.variants)
        return m
    }

    /// "Sea Org", "Lake Bank": a place only because a place keyword opens it, which an
    /// organisation's cue may overrule.
    // Inlined: the loops call it on elements of an inout array, which would otherwise be copied whole.
    @inline(__always)
    private func opensWithPlaceKeyword(_ ms: [NameMention], _ k: Int) -> Bool {
        guard ms[k].type == .place, ms[k].hasRule(.placeKeyword), ms[k].words.count >= 2, ms[k].words[1] != "of",
            let last = ms[k].words.last
        else { return false }
        return lexicons.placeKeywords.contains(ms[k].words[0]) && !lexicons.placeKeywords.contains(last)
    }

    private func retype(_ m: inout NameMention, _ type: EntityType, _ rule: RuleID) {
        m.type = type
        m.strength = 2
        m.provenance = Provenance(rule: rule)
        m.role = nil
        m.gender = nil
    }

    // MARK: Cues next to one name

    /// "the Sea Org group", "Halvex shares", "Quill's website", "shares in Halvex",
    /// "Norvane, the broadcaster,": the rule that makes the name an organisation, if any.
    private func organizationCue(_ u: Int, _ v: Int) -> RuleID? {
        let tokens = entry.tokens
        // After: "X group", "X's website".
        var q = v
        if q < tokens.count, tokens[q].kind == .possessive { q += 1 }
        // "Deloitte's annual review": one adjective may stand between a possessive and the cue.
        if q > v, lowerWord(q).map({ !lexicons.organizationContext.contains($0) }) ?? false,
            let w = lowerWord(q + 1), lexicons.organizationContext.contains(w), w != "group"
        {
            q += 1
        }
        if let w = lowerWord(q), lexicons.organizationContext.contains(w) {
            // "X group stage" is no group; in "Localist group Civic Passion" the word introduces the next name.
            let stop = lowerWord(q + 1).map { lexicons.organizationContextStops.contains($0) } ?? false
            if !stop && !isCapitalizedWord(q + 1) { return .orgContext }
        }
        // Before: "according to X", of a name no rule typed (no given or family name): a firm's, an
        // agency's or a publication's.
        if u >= 2, v == u + 1, isLower(u - 1, "to"), anyCaseWord(u - 2) == "according", entry.tokens[u].kind == .word,
            !isCapitalizedWord(v)
        {
            return .orgAccordingTo
        }
        // Before: "shares in X", "shares of X".
        if u >= 2, let p = lowerWord(u - 1), p == "in" || p == "of", isLower(u - 2, "shares") {
            return .orgContext
        }
        // Before: "joined the X", "members of the X" (a name that ends there: not "the X family").
        var b = u - 1
        if isLower(b, "the") { b -= 1 }
        if let w = lowerWord(b), v < tokens.count, !isCapitalizedWord(v), tokens[v].kind != .possessive,
            !(lowerWord(v).map { lexicons.organizationContextStops.contains($0) } ?? false)
        {
            let joins = b < u - 1 && ["joined", "join", "joins", "joining", "rejoined"].contains(w)
            let member = w == "of" && b >= 1 && (anyCaseWord(b - 1) == "member" || anyCaseWord(b - 1) == "members")
            if joins || member { return .orgContext }
        }
        // Apposition before: "a Cusco agency, Qosqo Andean Treks," "the carrier, Flyway.": an
        // article, up to two words, a kind of body, a comma, then the name and a comma or a stop.
        if u >= 3, v < tokens.count, strings.surfaceIs(u - 1, ","), strings.surfaceIs(v, ",") || strings.surfaceIs(v, "."),
            let w = lowerWord(u - 2), lexicons.organizationDescriptors.contains(w),
            (u - 5...u - 3).contains(where: { k in
                let a = anyCaseWord(k)
                return a == "a" || a == "an" || a == "the"
            })
        {
            return .orgApposition
        }
        // Apposition: "X, the broadcaster," "X, a charity that ...".
        if v + 2 < tokens.count, strings.surfaceIs(v, ","), let article = lowerWord(v + 1),
            article == "the" || article == "a" || article == "an"
        {
            var r = v + 2
            while r < tokens.count && r < v + 5, let w = lowerWord(r) {
                if lexicons.organizationDescriptors.contains(w) || lexicons.organizationApposition.contains(w) {
                    let next = r + 1 < tokens.count ? surface(r + 1) : "."
                    if next == "," || next == "." || next == "that" || next == "which" || next == "based"
                        || next == "said" || next == "in" || next == "of" || next == "for" || next == "whose"
                    {
                        return .orgApposition
                    }
                    return nil
                }
                r += 1
            }
        }
        return nil
    }

    /// The words of a football transfer around the name over tokens `u..<v`: "signed from X", "on loan
    /// from X", "a move to X", "joined X on a ... deal", "X have agreed/signed/rejected ...", "X confirmed
    /// the signing". A club's name takes a plural verb in British usage; a person's never does.
    private func transferCue(_ u: Int, _ v: Int) -> Bool {
        let tokens = entry.tokens
        // Before: "signed from", "signing from", "loan from", "move to", "switch to", "transfer to".
        if u >= 2, let p = lowerWord(u - 1), let q = lowerWord(u - 2) {
            if p == "from" && ["signed", "signing", "loan", "bought", "recruited", "arrived"].contains(q) { return true }
            if p == "to" && ["move", "switch", "transfer", "loaned", "sold"].contains(q) { return true }
        }
        // After: "X have agreed", "X have signed" (a plural verb, then a past participle).
        if v + 1 < tokens.count, isLower(v, "have") || isLower(v, "are") && isLower(v + 1, "interested"),
            let w = lowerWord(v + 1),
            w == "interested" || w.hasSuffix("ed") && w.count > 4 || ["made", "paid", "won", "lost", "bid"].contains(w)
        {
            // "organisers of the Bath Half have moved", "the Smiths have", "Tunisians have": the subject is
            // another noun, a family or a people.
            let word = NameFolding.fold(String(surface(v - 1)))
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            // ("Trump and Putin have discussed": two subjects; "Sunday's Bath Half have moved": an event.)
            let before = u >= 1 ? (anyCaseWord(u - 1) ?? String(surface(u - 1))) : ""
            return v - u <= 3 && !["the", "of", "and", "or", "&", ","].contains(before)
                && (u == 0 || tokens[u - 1].kind != .possessive)
                && !lexicons.demonyms.contains(word) && !lexicons.demonyms.contains(singular)
        }
        // After: "X confirmed the signing", "X announced the transfer".
        if v + 2 < tokens.count, let verb = lowerWord(v),
            Self.transferVerbs.contains(verb),
            let article = lowerWord(v + 1), article == "the" || article == "a" || article == "his" || article == "her",
            let noun = lowerWord(v + 2), Self.transferNouns.contains(noun)
        {
            return true
        }
        return false
    }

    /// The verbs and nouns of "X confirmed the signing" (lists made once: a literal in the test would make
    /// an array per name).
    private static let transferVerbs = ["confirmed", "announced", "completed", "agreed", "finalised", "finalized"]
    private static let transferNouns = ["signing", "transfer", "loan", "fee"]

    /// Whether "Image:", "Photo:", "Photograph:", "Picture:" or "Credit:" opens the name at `u`.
    private func isCredit(_ u: Int) -> Bool {
        guard u >= 2, strings.surfaceIs(u - 1, ":") else { return false }
        let label = surface(u - 2)
        guard label == "Image" || label == "Photo" || label == "Photograph" || label == "Picture" || label == "Credit"
        else { return false }
        return u == 2 || [".", "\n", ")"].contains(surface(u - 3)) || entry.tokens[u - 3].kind == .newline
    }

    // MARK: Affiliation

    /// "Vell's Ann Lee", "Ann Lee of Vell", "Ann Lee of the Vell": an unknown name that a
    /// person belongs to, when it is neither a place nor a person itself.
    private func affiliation(
        _ u: Int, _ v: Int, _ k: Int, _ from: Int, _ mentions: [NameMention], _ spans: [(Int, Int)]
    ) -> Bool {
        // (Every reading below needs the next mention to start one token after this one, or the previous one
        // to end one or two tokens before it: most names have no such neighbour and are answered here.)
        let nextAfterOne = k + 1 - from < spans.count && spans[k + 1 - from].0 == v + 1
        let previousBefore = k > from && (spans[k - 1 - from].1 == u - 1 || spans[k - 1 - from].1 == u - 2)
        guard nextAfterOne || previousBefore else { return false }
        let tokens = entry.tokens
        // "X's P": the next mention starts right after the possessive and is a person.
        if v + 1 < tokens.count, tokens[v].kind == .possessive, k + 1 - from < spans.count,
            spans[k + 1 - from].0 == v + 1, isPerson(mentions, k + 1),
            !(mentions[k].type == .person)
        {
            return true
        }
        // "the Vell's Orbit Museum": a body that owns a known or keyword-made organisation ("the"
        // keeps out people: "Musk's Tesla").
        if u >= 1, anyCaseWord(u - 1) == "the", v + 1 < tokens.count, tokens[v].kind == .possessive,
            k + 1 - from < spans.count,
            spans[k + 1 - from].0 == v + 1, mentions[k].type == nil,
            mentions[k + 1].type == .organization, mentions[k + 1].strength >= 2,
            mentions[k + 1].hasRule(.orgKnown) || mentions[k + 1].hasRule(.orgKeyword),
            !(mentions[k].words.count == 1
                && (lexicons.givenNames.contains(mentions[k].words[0]) || lexicons.familyNames.contains(mentions[k].words[0])))
        {
            return true
        }
        // "P of (the) X": the previous mention ends right before "of".
        guard k > from, u >= 2 else { return false }
        var q = u - 1
        if isLower(q, "the") { q -= 1 }
        // A name-shaped "person" after "of" is a body when "the" or a second word says so ("of Velmar Forward").
        let open = mentions[k].type == nil
            || mentions[k].type == .person && (q < u - 1 || mentions[k].words.count >= 2)
        guard q >= 1, isLower(q, "of"), spans[k - 1 - from].1 == q, isPerson(mentions, k - 1), open,
            v < tokens.count
        else { return false }
        // The name must end there: not "of the Neo Democrats" cut short, "of New People's Party",
        // "of Studio 54", nor a modifier ("of the Social Welfare constituency").
        switch tokens[v].kind {
        case .possessive, .number: return false
        case .word:
            if isCapitalizedWord(v) { return false }
            if let w = lowerWord(v), lexicons.organizationContextStops.contains(w) { return false }
        default: break
        }
        return true
    }

    /// Whether the word is "North", "South", "East", "West" or "Central" (compared in place: no array of the
    /// five made per name).
    private static func isCompassWord(_ s: String) -> Bool {
        s == "North" || s == "South" || s == "East" || s == "West" || s == "Central"
    }

    private func isPerson(_ ms: [NameMention], _ k: Int) -> Bool { ms[k].type == .person && ms[k].strength >= 2 }

    // MARK: Lists

    /// "Halvex, Microsoft and Google": an open name in a list whose neighbour is an organisation.
    private func listedWithOrganization(
        _ k: Int, _ from: Int, _ mentions: [NameMention], _ spans: [(Int, Int)]
    ) -> Bool {
        guard mentions[k].type == nil else { return false }
        // (A list needs a neighbouring name one or two tokens away, after or before: most names have none,
        // and are answered before any lexicon is asked.)
        let (u0, v0) = spans[k - from]
        let nextNear = k + 1 - from < spans.count && spans[k + 1 - from].0 > v0 && spans[k + 1 - from].0 - v0 <= 2
        let previousNear = k > from && u0 > spans[k - 1 - from].1 && u0 - spans[k - 1 - from].1 <= 2
        guard nextNear || previousNear else { return false }
        // "Google and Mohamed": a lone given or family name is more likely a person.
        if mentions[k].words.count == 1, lexicons.givenNames.contains(mentions[k].words[0])
            || lexicons.familyNames.contains(mentions[k].words[0])
        {
            return false
        }
        // "Tang Museum and Art Gallery": common words after a keyword-made name are the rest of that name.
        let allCommon = mentions[k].words.allSatisfy { lexicons.commonWords.contains($0) }
        func isOrganization(_ ms: [NameMention], _ j: Int) -> Bool {
            self.isOrganization(ms, j) && !(allCommon && ms[j].hasRule(.orgKeyword))
        }
        let (u, v) = spans[k - from]
        func isJoin(_ a: Int, _ b: Int) -> Bool {
            // Tokens a..<b between two names: ",", "and", ", and", "or".
            guard b > a, b - a <= 2 else { return false }
            for t in a..<b {
                let s = surface(t)
                if !(s == "," || s == "and" || s == "or") { return false }
            }
            return true
        }
        // A comma alone makes a list only when the list goes on past the neighbour ("X, Microsoft and
        // Google"); "According to Reuters, Smith said" is no list.
        func hasAnd(_ a: Int, _ b: Int) -> Bool { (a..<b).contains { strings.surfaceIs($0, "and") || strings.surfaceIs($0, "or") } }
        if k + 1 - from < spans.count, isOrganization(mentions, k + 1), isJoin(v, spans[k + 1 - from].0) {
            let after = spans[k + 1 - from].1
            if hasAnd(v, spans[k + 1 - from].0) || after < entry.tokens.count && (strings.surfaceIs(after, ",") || strings.surfaceIs(after, "and")) {
                return true
            }
        }
        if k > from, isOrganization(mentions, k - 1), isJoin(spans[k - 1 - from].1, u) {
            let before = spans[k - 1 - from].0
            if hasAnd(spans[k - 1 - from].1, u) || before > 0 && strings.surfaceIs(before - 1, ",") {
                return true
            }
        }
        return false
    }

    /// An organisation by evidence of its own (not by a list or an affiliation, so lists do not chain).
    private func isOrganization(_ ms: [NameMention], _ k: Int) -> Bool {
        ms[k].type == .organization && ms[k].strength >= 2 && !ms[k].hasRule(.orgCoordination)
            && !ms[k].hasRule(.orgAffiliation)
    }

    // MARK: Tokens

    /// The first token starting at or after `offset` (the token count when none does), searched outwards
    /// from token `hint` in steps that double, then by halves between the last two steps: the answer of a
    /// binary search over all tokens, in a few steps when it is near the hint.
    private func firstToken(atOrAfter offset: Int, near hint: Int) -> Int {
        let tokens = entry.tokens
        let n = tokens.count
        let h = min(max(hint, 0), n)
        // The answer lies in lo...hi: every token before lo starts before `offset`, token hi (if any) at or after.
        var lo: Int
        var hi: Int
        var step = 1
        if h < n && tokens[h].range.utf8Start < offset {
            lo = h + 1
            var probe = h + step
            while probe < n && tokens[probe].range.utf8Start < offset {
                lo = probe + 1
                step *= 2
                probe = h + step
            }
            hi = min(probe, n)
        } else {
            hi = h
            var probe = h - step
            while probe >= 0 && tokens[probe].range.utf8Start >= offset {
                hi = probe
                step *= 2
                probe = h - step
            }
            lo = max(probe + 1, 0)
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.utf8Start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token `i` as written (the matcher's string: the same text as slicing the entry).
    private func surface(_ i: Int) -> String { strings.surface(i) }

    private func isCapitalizedWord(_ i: Int) -> Bool {
        guard i >= 0, i < entry.tokens.count, entry.tokens[i].kind == .word else { return false }
        return NameFolding.isCapitalized(surface(i))
    }

    /// The token as a word folded to lower case ("Members" at a sentence start), nil when it is no word.
    private func anyCaseWord(_ i: Int) -> String? {
        guard i >= 0, i < entry.tokens.count, entry.tokens[i].kind == .word else { return nil }
        return surface(i).lowercased()
    }

    /// Whether token `i` is the lower-case ASCII word `word`: `lowerWord(i) == word`, from the token's bytes
    /// (no string read; for such a word, equal bytes and equal strings are the same thing).
    @inline(__always)
    private func isLower(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < entry.tokens.count, entry.tokens[i].kind == .word else { return false }
        return strings.surfaceIs(i, word)
    }

    /// The token as a lower-case word, nil when it is no word or not in lower case.
    private func lowerWord(_ i: Int) -> String? {
        guard i >= 0, i < entry.tokens.count, entry.tokens[i].kind == .word else { return nil }
        let s = surface(i)
        guard NameFolding.isLowercaseWord(s) else { return nil }
        return s
    }
}
