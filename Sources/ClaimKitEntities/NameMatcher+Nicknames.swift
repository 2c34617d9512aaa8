import ClaimKitModel

/// A nickname in quotation marks between a person's given and family names:
/// `Reto "Tschögg" Casanova`, `Jose “Pepe” dela Cruz`, `Johannes "Hannes" van der Merwe`.
extension NameMatcher {
    /// The end (exclusive) of a name at token `i` written `Given "Nick" Family`, or nil. The
    /// given name is known or name-shaped; the nickname is one or two words, the first
    /// capitalised, with the quotation marks glued to it; the family name is one or two
    /// capitalised words after at most two particles ("van der", "dela"). All in one block.
    func nicknamedNameEnd(_ i: Int) -> (end: Int, familyStart: Int)? {
        let tokens = entry.tokens
        let open = i + 1
        guard open + 3 < tokens.count, tokens[i].kind == .word, capitalized[i], !isAllCapsAt(i),
            tokens[open].kind == .openingQuote || tokens[open].kind == .ambiguousQuote,
            has(i, .givenNames) || isNameShaped(i)
        else { return nil }
        let block = blockOf[i]
        // The nickname: glued to its opening mark, capitalised, one or two words.
        let nick = open + 1
        guard tokens[nick].kind == .word, capitalized[nick], blockOf[nick] == block,
            tokens[nick].range.utf8Start == tokens[open].range.utf8End,
            tokens[open].range.utf8Start > tokens[i].range.utf8End
        else { return nil }
        var close = nick + 1
        if close < tokens.count, tokens[close].kind == .word, capitalized[close] { close += 1 }
        guard close < tokens.count, tokens[close].kind == .closingQuote || tokens[close].kind == .ambiguousQuote,
            tokens[close].range.utf8Start == tokens[close - 1].range.utf8End
        else { return nil }
        // The family name, after its particles.
        var k = close + 1
        var particles = 0
        while k < tokens.count, particles < 2, blockOf[k] == block, tokens[k].kind == .word, !capitalized[k],
            isParticleWord(k)
        {
            particles += 1
            k += 1
        }
        let familyStart = close + 1
        var end = k
        while end < tokens.count, end - k < 2, blockOf[end] == block, tokens[end].kind == .word, capitalized[end],
            !isAllCapsAt(end), !has(end, .nonNames), !has(end, .functionWords), isAlphabeticWord(end)
        {
            end += 1
        }
        guard end > k, tokens[familyStart].range.utf8Start > tokens[close].range.utf8End else { return nil }
        return (end, familyStart)
    }

    /// Adds the person of `nicknamedNameEnd`: the mention spans the whole name, nickname
    /// included; its words and key are the given and family names, so that "Casanova" and
    /// "Reto Casanova" elsewhere merge with it.
    func addNicknamedPerson(_ i: Int, end: Int, familyStart: Int) {
        addPerson(i, end, rule: .personNickname, strength: 2, source: nil, role: nil, gender: nil)
        guard let k = mentions.indices.last, mentions[k].range.utf8Start == entry.tokens[i].range.utf8Start,
            mentions[k].provenance.rule.isSame(.personNickname)
        else { return }
        let kept = [i] + Array(familyStart..<end)
        mentions[k].words = kept.map { folded[$0] }
        mentions[k].key = kept.map { keyWord($0, folded[$0]) }.joined(separator: " ")
    }
}

extension NameMatcher {
    /// Whether a token of `r` is a patronymic connector: "bin", "binti", "bint", "ibn".
    func hasPatronymic(_ r: Range<Int>) -> Bool {
        for k in r where !capitalized[k] {
            if surfaceIs(k, "bin") || surfaceIs(k, "binti") || surfaceIs(k, "bint") || surfaceIs(k, "ibn") { return true }
        }
        return false
    }
}
