import ClaimKitModel
import Testing

/// Places written inside another word, after an abbreviation, after a harbour's word or in a dateline
/// (session 12): "Ohio-based Brightwater Brands", "Ringaskiddy, Co Cork", "Port Klang", "Tin Can Island
/// Port", "LAGOS – Officers said".
/// Positive rows mark each span with the type it must get; negative rows list spans that must not
/// come out with a type ("any": with no type at all).
@Suite struct PlaceCompoundFamilyTests {
    static let positives: [String] = [
        // A known place before "-based" or "-headquartered".
        "The firm was bought by [Ohio]-based [Brightwater Brands Inc](organization) last year.",
        "A [Lagos]-based analyst said the budget was late.",
        "The [Texas]-headquartered group said it would appeal.",
        // A county after "Co" or "Co.".
        "The tablets are made at its plant in Ringaskiddy, [Co Cork](place).",
        "Another plant is in [Co. Antrim](place), officials said.",
        // A dateline's place in capitals.
        "[LAGOS](place) – Officers of the customs service seized two containers.",
        "[ROTTERDAM](place) - The hospital group said its systems were down.",
        // A harbour's word opening or ending a place's name.
        "They were bound for Haiphong through a transhipment in [Port Klang](place), Malaysia.",
        "Customs officers seized the scales at [Tin Can Island Port](place) on Monday.",
        "The storm reached [Port Isabel](place) before dawn.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        // (A bare "[Ohio]" is marked as a place.)
        EntityTesting.expectMarked(marked.replacingOccurrences(of: "]-", with: "](place)-"))
    }

    static let negatives: [(String, [(String, String)])] = [
        // No place before another tail, nor in an unknown word, nor before a nationality.
        ("The Iranian-born author spoke on Monday.", [("Iranian", "any")]),
        ("A Kestrelby-based firm said it would appeal.", [("Kestrelby", "any")]),
        ("The state-run broadcaster said little.", [("state", "any")]),
        ("The London-born singer returned home.", [("London", "place")]),
        // The last word of a longer place's name before "-based" names no place alone.
        ("Tyler Besecker, president of Mercer Island-based Dana F. Besecker Co, spoke.", [("Island", "any")]),
        // Capitals that open no dateline, or name no place.
        ("NASA - the agency said the launch was delayed.", [("NASA", "place")]),
        ("The report said: LAGOS – the city – was calm.", [("LAGOS", "place")]),
        // "Co" ending a company's name, or before no known place.
        ("Shares in Smith & Co rose on Monday.", [("Co", "place")]),
        ("Fenwick Co Kestrelby said profits rose.", [("Co Kestrelby", "place")]),
        // The harbour's word alone, and a port's authority.
        ("The Port said ships were waiting.", [("Port", "place")]),
        ("The Port of Tema Authority said ships were waiting.", [("Tema", "organization")]),
        ("Tin Can Island Port Command officers seized the scales.", [("Island", "place")]),
        // "Port of" a town is the town's port, read as the town (by the town's own rows).
        ("The stoppage at the Port of Santos is in its third day.", [("Port of Santos", "place")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ index: Int) {
        let (text, forbidden) = Self.negatives[index]
        EntityTesting.expectAbsent(text, forbidden)
    }
}
