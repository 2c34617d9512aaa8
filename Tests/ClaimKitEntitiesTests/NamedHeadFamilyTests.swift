import ClaimKitModel
import Testing

/// Rule families that blind pages showed weak (session 10): Vietnamese place names whose last word is
/// also an English article, names before a lower-case street, river or facility word, number words
/// opening a sequence, streets of addresses, ships after a vessel's word, and military commands.
/// Positive rows mark each span with the type it must get; negative rows list spans that must not
/// come out with a type ("any": with no type at all).
@Suite struct NamedHeadFamilyTests {
    static let positives: [String] = [
        // A gazetteer name ending in a function word ("An") keeps it; diacritics fold.
        "Officials in [Hội An](place) said the river was rising.",
        "Tourists returned to [Hoi An](place) on Friday.",
        "Flights to [Đà Nẵng](place) resumed.",
        // entity.place-landform-word: a street or river word after a name, a person's name too.
        "Crowds gathered on [Trần Phú street](place) near the [Thu Bồn river](place).",
        "Water covered [Bach Dang road](place) by noon.",
        // entity.org-facility-head: "the", a name, then a facility or firm word.
        "Workers at the [Aurora Metale](organization) gold-processing plant walked out.",
        "She was taken to the [Siti Hasmah hospital](organization) on Monday.",
        "Managers of the [Kestrel Varga](organization) copper smelter said little.",
        // entity.org-military-command
        "He commands the [Third Naval Zone](organization) from the port.",
        "Troops of the [Second Military District](organization) moved north.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    static let negatives: [(String, [(String, String)])] = [
        ("Officials in Hội An said the river was rising.", [("Hội", "any")]),
        ("Tourists returned to Hoi An on Friday.", [("Hoi", "any")]),
        ("An official said the road was shut.", [("An", "any")]),
        ("Crowds gathered on Trần Phú street near the Thu Bồn river.", [("Trần Phú", "person"), ("Thu Bồn", "person")]),
        ("Police met Tran Phu on the street.", [("Tran Phu", "place"), ("Tran Phu street", "any")]),
        ("Workers at the Aurora Metale gold-processing plant walked out.", [("Aurora Metale", "person")]),
        ("She was taken to the Siti Hasmah hospital on Monday.", [("Siti Hasmah", "person")]),
        ("Analysts said the Trump company was in talks.", [("Trump company", "organization")]),
        // A person's name before "administration" or "government" names no organisation.
        ("Officials in the Trump administration declined to comment.", [("Trump", "organization"), ("Trump administration", "any")]),
        ("Critics of the Macron government marched.", [("Macron", "organization"), ("Macron government", "any")]),
        ("Staff at the Bordeaux plant were sent home.", [("Bordeaux plant", "any")]),
        ("He was treated at the Bordeaux hospital.", [("Bordeaux hospital", "organization")]),
        ("The Dutch hospital group said it would cut jobs.", [("Dutch hospital", "organization")]),
        // A number word opens no name.
        ("Two Navy helicopters took part in the search.", [("Two Navy", "any")]),
        ("Three Kestrel Varga staff were hurt.", [("Three Kestrel Varga", "any")]),
        // entity.street-address
        ("Write to us at Tisza Lajos krt. 12, 6720 Szeged.", [("Tisza Lajos", "person")]),
        ("The office is at Petőfi Sándor u. 3 in the centre.", [("Petőfi Sándor", "person")]),
        // entity.vessel-name
        ("Later the patrol ship Marinero Fuentealba came alongside.", [("Marinero Fuentealba", "person")]),
        ("Survivors were taken aboard the ferry Sinar Bangun overnight.", [("Sinar Bangun", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ index: Int) {
        let (text, forbidden) = Self.negatives[index]
        EntityTesting.expectAbsent(text, forbidden)
    }

    /// A vessel's word does not hide a person after a possessive or an office.
    static let keptPeople: [String] = [
        "The ship's captain, [Juan Perez](person), said the sea was calm.",
        "The ferry operator [Ana Lopes](person) said boats would sail.",
        "Police met [Tran Phu](person) on the street.",
    ]

    @Test(arguments: keptPeople)
    func keptPerson(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }
}
