import ClaimKitModel
import Testing

/// Rule families that unseen pages showed weak (session 11): newspapers' and publishers' titles, time
/// zones after clock times, acronyms in brackets that spell the name before them, towns with a particle,
/// "Upper"/"Lower" regions, capitalised particles inside people's names, and utilities' and transit
/// bodies' names. Positive rows mark each span with the type it must get; negative rows list spans
/// that must not come out with a type ("any": with no type at all).
@Suite struct UnseenPageFamilyTests {
    static let positives: [String] = [
        // Newspapers' and publishers' heads (organizations/keywords.tsv, position press).
        "The [St. Lawrence Ledger](organization) reported that water kept rising.",
        "[Donau-Kurier Verlag](organization) printed the notice.",
        "The story ran in the [Hartford Courant](organization) first.",
        "The [Süddeutsche Zeitung](organization) reported it.",
        // A copyright line's holder.
        "© [Kestrelmark Medien](organization) 2026",
        // A head after a known given name ends a person's name.
        "[Heath Ledger](person) said the film was hard.",
        // Acronyms in brackets: the name they spell, its nation's adjective and its "and" kept.
        "[Environment and Climate Change Canada](organization) (ECCC) issued a warning.",
        "Scientists at the [Australian Institute of Marine Science](organization) (AIMS) said so.",
        // Towns with a particle, regions with "Upper" or "Lower", Quebec's regions.
        "Water reached [Ried im Innkreis](place) on Monday.",
        "The river rose in [Halle an der Saale](place) overnight.",
        "Officials in [Upper Austria](place) said the danger was over.",
        "Farms in [Montérégie](place) were flooded.",
        "Roads in [Styria](place) were closed.",
        // A common word opening an unknown place after "in".
        "Divers in [Raja Ampat](place) found bleached coral.",
        // Capitalised particles inside a person's name.
        "\"We lost everything,\" said [Joris Van den Broeck](person), a farmer.",
        // Utilities and transit bodies.
        "[Hydro Ottawa](organization) said 12,000 customers were without power.",
        "[OC Transpo](organization) has pulled its buses from two routes.",
        "[Hydro-Québec](organization) reported 30,000 outages.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    static let negatives: [(String, [(String, String)])] = [
        ("The St. Lawrence Ledger reported it.", [("Lawrence Ledger", "person"), ("St. Lawrence Ledger", "person")]),
        ("© Donau-Kurier Verlag 2026", [("Donau-Kurier Verlag", "person")]),
        ("Katie Courier said the plan was sound.", [("Katie Courier", "organization")]),
        ("Photo: © Jane Smith 2024", [("Jane Smith", "organization")]),
        // Time zones after clock times; the same letters elsewhere are read as usual.
        ("Updated 09:40 WIT", [("WIT", "any")]),
        ("At 19:30 ART, officials confirmed the figures.", [("ART", "any")]),
        ("The meeting starts at 7pm EAT on Friday.", [("EAT", "any")]),
        // Acronyms: no person's initials made an organisation's name.
        ("John Fitzgerald Kennedy (JFK) was shot in Dallas.", [("John Fitzgerald Kennedy", "organization")]),
        ("Environment and Climate Change Canada (ECCC) issued a warning.", [("Climate Change Canada", "any")]),
        ("Scientists at the Australian Institute of Marine Science (AIMS) said so.", [("Institute of Marine Science", "any")]),
        // No town's particle in "I am" or after a name in capitals.
        ("Yes, I am Spartacus, he said.", [("I am Spartacus", "any")]),
        ("Officials in Upper Austria said so.", [("Austria", "place")]),
        ("The farmer Joris Van den Broeck said so.", [("Joris Van", "any"), ("Broeck", "any")]),
        ("Divers in Raja Ampat found coral.", [("Raja Ampat", "person")]),
        // A hyphen after an organisation's word and no place: no organisation.
        ("Hydro-power plants were shut.", [("Hydro-power", "organization")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }

    /// An acronym in brackets stands for the name before it, and a later bare acronym merges into it.
    @Test(arguments: [
        (["The German Aerospace Center (DLR) released images.", "A DLR spokeswoman said the images were new."],
         "German Aerospace Center", "DLR"),
        (["Environment and Climate Change Canada (ECCC) issued a warning.", "An ECCC meteorologist said so."],
         "Environment and Climate Change Canada", "ECCC"),
        (["\"We lost everything,\" said Joris Van den Broeck, a farmer.", "Van den Broeck said his fields were lost."],
         "Joris Van den Broeck", "Van den Broeck"),
    ])
    func merges(_ paragraphs: [String], _ name: String, _ alias: String) {
        let entities = EntityTesting.entities(paragraphs)
        let matching = entities.filter { $0.name == name }
        #expect(matching.count == 1, "one \(name) in \(entities.map { "\($0.name) \($0.aliases)" })")
        #expect(matching.first?.aliases.contains(alias) == true, "\(alias) in \(matching.first?.aliases ?? [])")
        #expect(!entities.contains { $0.name == alias }, "no separate \(alias)")
    }
}
