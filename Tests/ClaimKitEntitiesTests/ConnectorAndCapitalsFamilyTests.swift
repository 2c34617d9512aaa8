import ClaimKitModel
import Testing

/// Rule families that the held-out pages showed weak (session 12): organisations' names with a
/// field after "on" or after "for ... and" ("Council on Medical Training", "Institute for Fish and
/// Wildlife Health"), "Office of" and a title, a possessive common noun inside a name ("Dead Woman's
/// Pass"), orchestras and theatres of other languages opening a name before "de"
/// ("Orquestra Juvenil de Coimbra"), subheadings in capitals, whose common words are no acronyms
/// ("WHO OWNED THE DAM"), eras and fields in capitals ("190 AD", "AI chips"), and a currency's
/// country letters before a cent sign ("GH¢2.6 million").
/// Positive rows mark each span with the type it must get; negative rows list spans that must not
/// come out with a type ("any": with no type at all).
@Suite struct ConnectorAndCapitalsFamilyTests {
    static let positives: [String] = [
        // "on" after an organisation keyword keeps the name going.
        "The [Council on Medical Training](organization) met on Friday.",
        "A report by the [Commission on Elections](organization) was published.",
        "The [Senate Committee on Appropriations](organization) approved the bill.",
        // "and" after a body's field closes the name.
        "Researchers at the [Institute for Fish and Wildlife Health](organization) said the wolves were healthy.",
        "The [Centre for Ageing and Dementia Research](organization) said funding had ended.",
        // An office named by "Office of" keeps its holder's title.
        "The [Office of the US Trade Representative](organization) said talks would resume.",
        // A possessive common noun inside a place's or an organisation's name.
        "Walkers climb to [Dead Woman's Pass](place) at dawn.",
        "The [Women's Institute](organization) met in the hall.",
        // Orchestras and theatres.
        "She played with the [Orquestra Juvenil de Coimbra](organization) for years.",
        "He sang at the [Teatro Nacional de São Carlos](organization) in 1998.",
        "She joined the [Gulbenkian Orchestra](organization) in 1990.",
    ]

    @Test(arguments: positives)
    func positive(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A day, a month or a known name after "on" is no field of the body.
        ("The Council on Monday approved the plan.", [("Council on Monday", "any")]),
        ("The Committee on Twitter said it would meet.", [("Committee on Twitter", "any")]),
        ("The Commission on January 5 said the vote was fair.", [("Commission on January", "any")]),
        ("It has 1,080 MW at Kariba North Bank on the Zambian side.", [("Kariba North Bank on the Zambian", "any")]),
        // A person, a known name or a second body after "and" is a name of its own.
        ("The Institute for Fish and Dr Ana Reyes said the wolves were healthy.",
         [("Institute for Fish and Dr Ana Reyes", "any"), ("Institute for Fish and Dr", "any")]),
        ("The Centre for Policy Studies and Reuters reported the figure.",
         [("Centre for Policy Studies and Reuters", "any")]),
        ("The Office for National Statistics and Bank of England disagreed.",
         [("Office for National Statistics and Bank", "any"),
          ("Office for National Statistics and Bank of England", "any")]),
        ("The Centre for Ageing and Anna Berg wrote the report.", [("Centre for Ageing and Anna", "any")]),
        // An office after another organisation's name is the title of the person after it.
        ("Museum of Flight CEO Ana Lopes said the hangar was safe.", [("Museum of Flight CEO", "any")]),
        // A known name, a person or a keyword owning the name is a name of its own.
        ("Trump's Justice Department said little.", [("Trump's Justice Department", "any")]),
        ("The Bank's Monetary Policy Committee met.", [("Bank's Monetary Policy Committee", "any")]),
        ("Kenya's Wildlife Service said the herd was safe.", [("Kenya's Wildlife Service", "any")]),
        ("Texas A&M's Aerospace Engineering Department said the test failed.",
         [("&M's Aerospace Engineering Department", "any"), ("M's Aerospace Engineering Department", "any")]),
        ("The Woman's Hour presenter said little.", [("Woman's Hour", "place"), ("Woman's Hour", "organization")]),
        // A subheading in capitals names no organisation by its common words.
        ("WHO OWNED THE DAM", [("DAM", "organization")]),
        ("WHAT THE REPORT FOUND", [("REPORT", "organization"), ("FOUND", "organization")]),
        ("THE KONKAN CHRONICLE | RAIGAD EDITION", [("RAIGAD", "organization")]),
        // Eras and fields in capitals.
        ("The arena was built around 190 AD by local workers.", [("AD", "organization")]),
        ("Shares rose as AI chip demand grew.", [("AI", "organization")]),
        // A currency's country letters.
        ("The club had already paid GH¢2.6 million to the families.", [("GH", "any")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ index: Int) {
        let (text, forbidden) = Self.negatives[index]
        EntityTesting.expectAbsent(text, forbidden)
    }

    /// Capitals in a sentence of lower-case words still name organisations.
    static let keptAcronyms: [String] = [
        "The [NDMA](organization) said the heat would last a week.",
        "Officials at [UNICEF](organization) said cases fell.",
    ]

    @Test(arguments: keptAcronyms)
    func keptAcronym(_ marked: String) {
        EntityTesting.expectMarked(marked)
    }
}
