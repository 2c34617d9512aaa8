import ClaimKitModel

extension RuleID {
    /// A public service named by its lower-case word alone into the one fuller name ending with it.
    /// Matches: "coastguard" ("the coastguard") into "Indonesian coastguard".
    public static let aliasLowercaseBody: RuleID = "alias.lowercase-body"
}

extension AliasMerger {
    /// "the coastguard" beside "the Indonesian coastguard": an organisation named by one lower-case
    /// service word joins the one organisation on the page whose name ends with that word; with two
    /// ("Indonesian coastguard", "Malaysian coastguard") it joins neither.
    func mergeLowercaseBodies(_ groups: inout [Group]) {
        for g in groups.indices where groups[g].alive && groups[g].type == .organization {
            let ws = groups[g].fullWords
            guard ws.count == 1, NameMatcher.serviceWords.contains(ws[0]) else { continue }
            let fuller = groups.indices.filter { h in
                h != g && groups[h].alive && groups[h].type == .organization && groups[h].fullWords.count >= 2
                    && groups[h].fullWords.last == ws[0]
            }
            if fuller.count == 1 { absorb(&groups, g, fuller[0], .aliasLowercaseBody) }
        }
    }
}
