import ClaimKitEntities
import ClaimKitModel
import Testing

/// The context rules (`ContextEvidence`): organisations told by the words around an unknown
/// name. Sentences of our own; positive rows must come out as marked, negative rows must not.
@Suite struct ContextEvidenceTests {
    static let positives: [(rule: String, text: String)] = [
        // entity.org-context: a word after the name, or "shares in" before it.
        ("entity.org-context", "He left the [Velmora](organization) organization in 2019."),
        ("entity.org-context", "Traffic to the [Quillon](organization) website doubled overnight."),
        ("entity.org-context", "She quit the [Arkwell Loop](organization) group last spring."),
        ("entity.org-context", "[Brantex](organization) shares fell by a third."),
        ("entity.org-context", "Investors sold shares in [Corvadine](organization) on Monday."),
        ("entity.org-context", "A [Zelvorn](organization) spokesperson declined to comment."),
        ("entity.org-context", "Two [Dravik](organization) reporters were at the hearing."),
        ("entity.org-context", "She joined the [Quennel Circle](organization) at sixteen."),
        ("entity.org-context", "Members of the [Orvane Trust Fellowship](organization) met on Friday."),
        // A place keyword that opens the name gives way to the cue, in every mention of the name.
        ("entity.org-context", "The [Lake Orrin](organization) group said so. Later the [Lake Orrin](organization) added more."),
        ("entity.org-context", "Traffic to [Morvane](organization)'s website doubled."),
        // entity.org-apposition: ", the/a <kind of organisation>".
        ("entity.org-apposition", "The ruling angered [Tessaly](organization), the broadcaster, which appealed."),
        ("entity.org-apposition", "Funding came from [Orrinel](organization), a charity that helps veterans."),
        // ... and before the name: "a <kind of organisation>, NAME,".
        ("entity.org-apposition", "Police detained the manager of a Cusco agency, [Qosqo Andean Treks](organization), on Monday."),
        ("entity.org-apposition", "She flew with the carrier, [Flyway](organization)."),
        // entity.org-affiliation: a person's body.
        ("entity.org-affiliation", "The seat was won by [Brellin Renewal](organization)'s Susan Hardy."),
        ("entity.org-affiliation", "The shuttle left the [Quorvath](organization)'s Orbit Museum for good."),
        ("entity.org-affiliation", "The motion came from Thomas Greene of [Velmar Forward](organization), who spoke first."),
        ("entity.org-affiliation", "Also elected was Karen Doyle of the [Sorvik Renewal](organization)."),
        // entity.org-coordination: listed with a known organisation.
        ("entity.org-coordination", "[Draventis](organization), Microsoft, and Google showed new headsets."),
        ("entity.org-coordination", "Stands from Google and [Quorrel](organization) drew crowds."),
        // entity.image-credit: a credit line in running text.
        ("entity.image-credit", "Boats in the harbour at dawn. Image: [Quillcam](organization)."),
        ("entity.image-credit", "The squad on the pitch before kick-off. Photograph: [Quillcam](organization)."),
        // entity.person-affiliation, entity.person-coordination: person-shaped names by a body or a person.
        ("entity.person-affiliation", "Pro-reform Velbrook's [Dusky Lee](person) kept her seat."),
        ("entity.person-coordination", "Velbrook's Dusky Lee and [Breezy Chow](person) were re-elected."),
        // entity.org-team: "Team" and a country.
        ("entity.org-team", "[Team Norway](organization) had to rebuild their sled overnight."),
        // entity.place-kind-of: a kind of place before "of", or an authority named after its place.
        ("entity.place-kind-of", "Shells fell near the town of [Vellano](place) overnight."),
        ("entity.place-kind-of", "The fine was paid to the Municipality of [Orsenta](place) last year."),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        let (rule, marked) = Self.positives[i]
        EntityTesting.expectMarked(marked, rule: rule)
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
        ("Members of the Orvane family gathered.", ["Orvane"]),
        ("She joined the Tessaly Marsh family for dinner.", ["Tessaly Marsh"]),
        ("The Lake Orrin shore flooded.", ["Lake Orrin"]),
        ("Apple's Safari Window sold well.", ["Safari Window"]),
        ("Ana is a member of Tomas Quell's rescue team.", ["Tomas Quell"]),
        ("Investors cheered Musk's Tesla Motors again.", ["Musk"]),
        ("The team Norway sent was young.", ["Norway", "team Norway"]),
        // A credit that names a person stays a person.
        ("Boats in the harbour at dawn. Image: Sarah Okafor.", ["Sarah Okafor"]),
        // A kind of body, a comma, then a person who speaks: no apposition.
        ("He joined a company, Daniel Smith said.", ["Daniel Smith"]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0, type: "organization") })
    }
}
