import ClaimKitModel

extension RuleID {
    /// An organisation's name before its "of" into the one fuller name. Matches: "Supreme Court" into
    /// "Supreme Court of Cassation", "National Museum" into "National Museum of Flight".
    public static let aliasOrganizationOf: RuleID = "alias.organization-of"
}

extension AliasMerger {
    /// "Supreme Court" and "Supreme Court of Cassation": an organisation that ends with an
    /// organisation keyword (or is one: "Church" in a title beside "Church of Scientology") joins the one
    /// organisation on the page named by the same words, then "of" or "for" ("Joint Council" and "Joint
    /// Council for the Welfare of Immigrants").
    /// With two such fuller names ("Court of Appeal", "Court of Session") it joins neither.
    func mergeOrganizationHeadsBeforeOf(_ groups: inout [Group]) {
        var fullerByHead: [String: [Int]] = [:]
        for g in groups.indices where groups[g].alive && groups[g].type == .organization {
            let ws = groups[g].fullWords
            guard ws.count >= 3, let k = ws.firstIndex(where: { $0 == "of" || $0 == "for" }), k >= 1, k + 1 < ws.count
            else { continue }
            fullerByHead[Self.joinedBytes(ws[..<k], spaced: true), default: []].append(g)
        }
        guard !fullerByHead.isEmpty else { return }
        for g in groups.indices where groups[g].alive && groups[g].type == .organization {
            let ws = groups[g].fullWords
            guard !ws.contains("of"), let last = ws.last, lexicons.orgHeadKeywords.contains(last),
                let fuller = fullerByHead[Self.joinedBytes(ws, spaced: true)], fuller.count == 1, fuller[0] != g
            else { continue }
            absorb(&groups, g, fuller[0], .aliasOrganizationOf)
        }
    }
}
