import ClaimKitModel

extension RuleID {
    /// A company's name without its legal suffix into the one name with it. Matches: "Kestrel Lines"
    /// into "Kestrel Lines plc", "Brandvold Shipping" into "Brandvold Shipping AS".
    public static let aliasLegalSuffix: RuleID = "alias.legal-suffix"
}

extension AliasMerger {
    /// "Kestrel Lines" beside "Kestrel Lines plc", "Ashanti Royals" beside "Ashanti Royals FC": a
    /// name whose words are those of an organisation less a last legal suffix or a club's
    /// abbreviation ("FC", "AFC") joins it, when only one such fuller name is on the page. The
    /// shorter name may have read as a person's ("Ashanti Royals" after a known given name) or
    /// as nothing yet; a person's name of one word stays apart.
    func mergeLegalSuffixes(_ groups: inout [Group]) {
        var fullerByStem: [[String]: [Int]] = [:]
        for h in groups.indices where groups[h].alive && groups[h].type == .organization {
            let ws = groups[h].fullWords
            guard ws.count >= 3, let last = ws.last,
                lexicons.legalSuffixes.contains(last) || (last.utf8.count <= 3 && lexicons.clubWords[last] != nil)
            else { continue }
            fullerByStem[Array(ws.dropLast()), default: []].append(h)
        }
        guard !fullerByStem.isEmpty else { return }
        for g in groups.indices where groups[g].alive
            && (groups[g].type == .organization || groups[g].type == nil
                || groups[g].type == .person && groups[g].fullWords.count >= 2)
        {
            if let fuller = fullerByStem[groups[g].fullWords], fuller.count == 1 {
                absorb(&groups, g, fuller[0], .aliasLegalSuffix)
            }
        }
    }
}
