import ClaimKitEntities
import ClaimKitModel
import Testing

/// The context rules (`ContextEvidence`): organisations told by the words around an unknown
/// name. Sentences of our own; positive rows must come out as marked, negative rows must not.
@Suite struct ContextEvidenceTests {
    static let positives: [(rule: String, text: String)] = [
        // entity.org-context: a word after the name, or "shares in" before it.
        ("entity.org-context", "He left the [Velmora] organization in 2019."),
        ("entity.org-context", "Traffic to the [Quillon] website doubled overnight."),
        ("entity.org-context", "She quit the [Arkwell Loop] group last spring."),
        ("entity.org-context", "[Brantex] shares fell by a third."),
        ("entity.org-context", "Investors sold shares in [Corvadine] on Monday."),
        ("entity.org-context", "A [Zelvorn] spokesperson declined to comment."),
        ("entity.org-context", "Two [Dravik] reporters were at the hearing."),
        ("entity.org-context", "The visit ended at [Morvane]'s headquarters."),
        // entity.org-apposition: ", the/a <kind of organisation>".
        ("entity.org-apposition", "The ruling angered [Tessaly], the broadcaster, which appealed."),
        ("entity.org-apposition", "Funding came from [Orrinel], a charity that helps veterans."),
        // entity.org-affiliation: a person's body.
        ("entity.org-affiliation", "The seat was won by [Brellin Renewal]'s Susan Hardy."),
        ("entity.org-affiliation", "The motion came from Thomas Greene of [Velmar Forward], who spoke first."),
        ("entity.org-affiliation", "Also elected was Karen Doyle of the [Sorvik Alliance Front]."),
        // entity.org-coordination: listed with a known organisation.
        ("entity.org-coordination", "[Draventis], Microsoft, and Google showed new headsets."),
        ("entity.org-coordination", "Stands from Google and [Quorrel] drew crowds."),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        let (rule, marked) = Self.positives[i]
        let (text, spans) = EntityTesting.unmark(marked)
        let entities = EntityTesting.entities([text])
        for (surface, _) in spans {
            let hit = entities.first { e in
                e.type == .organization && e.mentions.contains { $0.text == surface }
            }
            #expect(hit != nil, "\(surface) as organization in: \(text)\nfound: \(entities.map { "\($0.type.rawValue):\($0.name)" })")
            #expect(
                hit?.mentions.contains { $0.provenance.rule.rawValue == rule } == true,
                "\(surface) by \(rule): \(hit?.mentions.map(\.provenance.rule.rawValue) ?? [])")
        }
    }

    /// Text, and names that must not come out as organisations.
    static let negatives: [(String, [String])] = [
        // The word introduces the next name, or is no organisation word there.
        ("Radical group Brellin Front held a rally.", ["Radical"]),
        ("Tessaly reached the group stage for the first time.", ["Tessaly"]),
        // An apposition naming no organisation.
        ("The ruling angered Tessaly, a group leader in the region.", ["Tessaly"]),
        // Affiliation: a name cut short, a modifier, a number after it, a place.
        ("Anna Brook of the Coastal Fisheries constituency won.", ["Coastal Fisheries"]),
        ("Tom Reyes of Hall 9 was there.", ["Hall"]),
        ("Lucy Marsh of Toronto spoke first.", ["Toronto"]),
        // Lists: a clause after a comma, a lone given name, common words finishing a keyword name.
        ("According to Reuters, Delvanne said it would close.", ["Delvanne"]),
        ("The call came from Google and Mohamed answered.", ["Mohamed"]),
        ("It hangs in the Orwell Teaching Museum and Art Gallery today.", ["Art Gallery"]),
        ("The Orwell, Rye and Ness area flooded.", ["Rye"]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        let entities = EntityTesting.entities([text])
        for surface in forbidden {
            let hit = entities.first { e in e.type == .organization && e.mentions.contains { $0.text == surface } }
            #expect(hit == nil, "\(surface) must not be an organization in: \(text)")
        }
    }
}
