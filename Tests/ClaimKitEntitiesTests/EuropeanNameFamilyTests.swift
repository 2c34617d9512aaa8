import ClaimKitModel
import Testing

/// Rule families that blind pages of Dutch, Italian and German ports and rivers showed weak (session 7):
/// name particles with an apostrophe, public services and companies named in other languages or by an
/// industry word, lower-case local bodies, small towns, districts and bridges. Sentences are our own.
/// Positive rows mark each span with the type it must get; negative rows list spans that must not come
/// out with a type ("any": with no type at all).
@Suite struct EuropeanNameFamilyTests {
    static let positives: [(String, String?)] = [
        // Name particles: Dutch "'t", Italian elided articles in lower case.
        ("The pilot [Pieter van 't Riet](person) watched the tugs.", nil),
        ("\"It held,\" said [Gerrit van ’t Loo](person), a diver.", nil),
        ("The pilot, [Luca dell'Orso](person), said nothing.", "entity.person-given-name"),
        // entity.org-keyword: public services of other languages, industry words ending a company's name.
        ("Firefighters of the [Vigili del Fuoco](organization) arrived.", "entity.org-keyword"),
        ("Volunteers of the [Protezione Civile](organization) helped.", "entity.org-keyword"),
        ("The [Bomberos de Alicante](organization) sent a boat.", "entity.org-keyword"),
        ("The [Sapeurs-pompiers de la Drôme](organization) sent a boat.", "entity.org-keyword"),
        ("Boats of the [Freiwillige Feuerwehr Altdorf](organization) arrived.", "entity.org-keyword"),
        ("Six were rescued by the [Guardia Costiera](organization) on Sunday.", "entity.org-keyword"),
        ("The ship belongs to [Brandvold Coastal Lines](organization), a feeder operator.", "entity.org-keyword"),
        ("[Sandgaard Salvage](organization) was hired to refloat her.", "entity.org-keyword"),
        ("The film was made by [Vellmoor Pictures](organization) last year.", "entity.org-keyword"),
        // entity.org-name-ending: a German or Dutch public body glued into one word.
        ("The [Wasserschutzpolizei](organization) patrolled the river.", "entity.org-name-ending"),
        ("The [Kustwacht](organization) searched the area.", nil),
        // entity.org-lowercase-body and entity.org-authority-of
        ("The [water police](organization) searched the area.", "entity.org-lowercase-body"),
        ("The [fire brigade](organization) stood by all night.", "entity.org-lowercase-body"),
        ("Ships must wait, the [harbour authority](organization) said.", "entity.org-lowercase-body"),
        ("The [prefecture of Treviso](organization) closed the bridge.", "entity.org-authority-of"),
        ("The prefecture of [Treviso](place) closed the bridge.", "entity.place-kind-of"),
        // entity.place-street-opener, entity.place-town
        ("Traffic was diverted over the [Ponte San Martino](place) on Monday.", "entity.place-street-opener"),
        ("Cars were parked along [Via Roma](place) all day.", "entity.place-street-opener"),
        ("The convoy passed [Brunsbüttel](place) at dusk.", "entity.place-town"),
        ("The ship was towed to [Kiel-Holtenau](place) overnight.", "entity.place-town"),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        let (marked, rule) = Self.positives[i]
        EntityTesting.expectMarked(marked, rule: rule)
    }

    static let negatives: [(String, [(String, String)])] = [
        // "'t" splits no name in two, and opens no quotation.
        ("The pilot Pieter van 't Riet watched the tugs.", [("Pieter", "person"), ("Riet", "person")]),
        // An industry word alone, or after a known given name and family name, makes no company.
        ("Lines of trucks waited at the border.", [("Lines", "any")]),
        ("Films were shown all week.", [("Films", "organization")]),
        // A head of another language after a known given name ends a person's name, no organisation's.
        ("The singer Maria Banco performed.", [("Maria Banco", "organization")]),
        ("Ana Armada said she was tired.", [("Ana Armada", "organization")]),
        // "the police" alone, or a service word after no service, makes no body.
        ("The police searched the area.", [("police", "any")]),
        ("The new brigade arrived.", [("new brigade", "any")]),
        // A province or region after a place preposition is the land, not the authority.
        ("Floods hit towns in the province of Treviso.", [("province of Treviso", "organization")]),
        // A street word before an organisation's name or keyword makes no street.
        ("Tickets are sold by Via Rail Canada.", [("Via Rail Canada", "place")]),
        // A town's name that is a known given or family name stays open; a hyphenated pair of a person's
        // names is no district.
        ("The visit of Anna Lindqvist-Berg was short.", [("Anna Lindqvist-Berg", "place"), ("Lindqvist-Berg", "place")]),
        // Lower-case articles that are prepositions ("nell'", "sull'") open no surname.
        ("The boat sank nell'Adige yesterday.", [("nell'Adige", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }

    // MARK: aliases

    /// A lower-case elided surname alone before a reporting verb merges into the full name.
    @Test func elidedSurnameMergesIntoFullName() {
        let entities = EntityTesting.entities([
            "The pilot, Luca dell'Orso, said nothing. \"It was late,\" dell'Orso said."
        ])
        let person = entities.first { $0.type == .person && $0.name == "Luca dell'Orso" }
        #expect(person?.mentions.contains { $0.text == "dell'Orso" } == true, "\(entities.map(\.name))")
    }
}
