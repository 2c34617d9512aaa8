import ClaimKitModel

extension RuleID {
    /// A company's name without its legal suffix into the one name with it. Matches: "Kestrel Lines"
    /// into "Kestrel Lines plc", "Brandvold Shipping" into "Brandvold Shipping AS".
    public static let aliasLegalSuffix: RuleID = "alias.legal-suffix"
}

extension AliasMerger {
    /// "Kestrel Lines" beside "Kestrel Lines plc": an organisation whose words are those of another
    /// organisation less a last legal suffix joins it (when only one such fuller name is on the page).
    func mergeLegalSuffixes(_ groups: inout [Group]) {
        var fullerByStem: [[String]: [Int]] = [:]
        for h in groups.indices where groups[h].alive && groups[h].type == .organization {
            let ws = groups[h].fullWords
            guard ws.count >= 3, let last = ws.last, lexicons.legalSuffixes.contains(last) else { continue }
            fullerByStem[Array(ws.dropLast()), default: []].append(h)
        }
        guard !fullerByStem.isEmpty else { return }
        for g in groups.indices where groups[g].alive && groups[g].type == .organization {
            if let fuller = fullerByStem[groups[g].fullWords], fuller.count == 1 {
                absorb(&groups, g, fuller[0], .aliasLegalSuffix)
            }
        }
    }
}
