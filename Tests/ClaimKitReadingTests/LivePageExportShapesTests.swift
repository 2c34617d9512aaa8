import ClaimKitModel
@testable import ClaimKitReading
import Testing

/// Live pages in the shapes of other exports: Markdown-like text ("### Title" over an
/// emphasised meta line), news-ticker lines ("+++ 23:40 +++ Title +++"), and times whose
/// zone is named in words ("17:25 Brussels time").
@Suite struct LivePageExportShapesTests {
    /// Entry headers: `index|title|published|labels|byline name/role` per entry.
    @Test(arguments: [
        // Markdown: page title and an italic note before the entries, rules between them;
        // time, label and writer; time and writer; time and label.
        (
            page(
                "# Bridge closure: live", "", "_Exported from SomeDesk for The Ledger · all times Eastern (ET) · latest first_",
                "", "---", "", "### Council votes to reopen", "", "*4:35 p.m. ET · Key development · Jane Example-Doe*", "",
                "The council voted 7-2.", "", "---", "", "### Engineers sign off", "*1:10 p.m. ET · Marco Testa*", "",
                "The firm said repairs were done.", "", "---", "", "### Bridge closed", "", "*7:05 a.m. ET · Breaking*", "",
                "Inspectors found a crack."),
            "1|Council votes to reopen|16:35 ET|Key development|Jane Example-Doe/ ¶ 2|Engineers sign off|13:10 ET||Marco Testa/"
                + " ¶ 3|Bridge closed|07:05 ET|Breaking|"
        ),
        // Markdown: "##" headings, underscores, a 24-hour time alone, a "By" writer, no rules
        (
            page(
                "## Polls close", "_21:00 CET_", "", "Counting starts.", "", "## Turnout up", "_19:30 CET | By Ana Ruiz_", "",
                "Turnout is at 61%."),
            "1|Polls close|21:00 CET|| ¶ 2|Turnout up|19:30 CET||Ana Ruiz/"
        ),
        // Ticker lines: time and title, time, label and title; intro before them. The key
        // names "(km)" as Karl Muster; "Jana Example" has no initials "jh", so "(jh)" names nobody.
        (
            page(
                "Hochwasser: der Liveticker", "", "Times are CET. Reporters: Jana Example (jh), Karl Muster (km).", "",
                "+++ 23:40 +++ Pegel in Krems sinkt +++", "", "Der Pegel ist gesunken. (jh)", "",
                "+++ 21:15 +++ Damm bei Melk gesichert +++", "", "Sandsäcke halten. (km)", "",
                "+++ 19:20 +++ BREAKING +++ Weststrecke gesperrt +++", "", "Die ÖBB sperren die Strecke. (jh)"),
            "1|Pegel in Krems sinkt|23:40|| ¶ 2|Damm bei Melk gesichert|21:15||Karl Muster/ ¶ 3|Weststrecke gesperrt|19:20|Breaking|"
        ),
        // Ticker lines with a label in mixed case, and with the first paragraph in a field
        (
            page(
                "+++ 23:40 Uhr +++ Eilmeldung +++ Regierung tritt zurück +++", "", "Der Kanzler hat den Rücktritt erklärt.",
                "", "+++ 22.15 +++ Krisensitzung im Kanzleramt +++ Die Minister sind seit dem Abend versammelt.", "",
                "Mehr dazu in Kürze."),
            "1|Regierung tritt zurück|23:40|Eilmeldung| ¶ 2|Krisensitzung im Kanzleramt|22:15||"
        ),
        // Times with a zone in words, alone on their line over the title
        (
            page(
                "17:25 Brussels time", "Leaders agree on the budget", "", "The leaders agreed.", "", "16:40 Brussels time",
                "Hungary lifts its veto", "", "Hungary will not block it.", "", "15:05 Brussels time", "Talks resume", "",
                "The summit resumed."),
            "1|Leaders agree on the budget|17:25 Brussels time|| ¶ 2|Hungary lifts its veto|16:40 Brussels time||"
                + " ¶ 3|Talks resume|15:05 Brussels time||"
        ),
        (
            page(
                "09:10 local time - Rescue boats sent", "", "Boats left the port.", "", "08:45 local time - Ferry adrift", "",
                "The ferry lost power."),
            "1|Rescue boats sent|09:10 local time|| ¶ 2|Ferry adrift|08:45 local time||"
        ),
        (
            page("21:45 ART", "Oficialismo reconoce", "", "El ministro habló.", "", "20:10 ART", "Primeros datos", "", "Datos."),
            "1|Oficialismo reconoce|21:45 ART|| ¶ 2|Primeros datos|20:10 ART||"
        ),
    ])
    func entryHeaders(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// Pages that only look like these exports stay one entry.
    @Test(arguments: [
        // a Markdown article with section heads but no times
        page(
            "# How the bridge was built", "", "_By Jane Doe_", "", "### The design", "", "*A steel arch*", "",
            "The arch spans 300 metres.", "", "### The build", "", "Work took four years.", "", "### The cost", "",
            "It cost $2bn."),
        // a timeline inside a Markdown article: times in the text, not under headings
        page(
            "# The night of the flood", "", "### Timeline", "", "*21:00* Rain starts.", "", "*23:40* The river breaks its banks.",
            "", "### Aftermath", "", "Hundreds were moved."),
        // a timeline inside an article, its times with a zone in words
        page(
            "The ferry sank in calm water, the inquiry found.", "", "09:10 local time: The ferry leaves port.",
            "09:40 local time: The engine fails.", "10:05 local time: The crew sends a distress call.", "",
            "The report blames the operator."),
        // "+++" lines that are no ticker: no time first
        page(
            "+++ Eilmeldung +++", "", "Die Regierung tritt zurück.", "", "+++ UPDATE +++ Neue Zahlen +++", "",
            "Die Zahlen steigen."),
        // a single ticker line is not enough
        page("Liveticker", "", "+++ 23:40 +++ Pegel sinkt +++", "", "Der Pegel ist gesunken."),
        // a time and a phrase that is no zone
        page(
            "09:10 Police time the crossing.", "", "Body a.", "", "08:45 Officers timed the run.", "", "Body b."),
    ])
    func notTakenForEntries(text: String) {
        #expect(headers(text) == "1|-|-||")
    }

    /// Zone phrases after a time: where they end, or nil.
    @Test(arguments: [
        ("17:25 Brussels time", "17:25 Brussels time", ""), ("09:10 local time", "09:10 local time", ""),
        ("21:00 Mexico City time: Quake felt", "21:00 Mexico City time", "Quake felt"),
        ("8:15 p.m. Eastern Time", "20:15 Eastern Time", ""), ("19:30 ART", "19:30 ART", ""),
        ("10:00 Big Ben time capsule", "10:00", "Big Ben time capsule"),
        ("10:00 Tea time at the palace", "10:00", "Tea time at the palace"),
    ] as [(String, String?, String?)])
    func zonePhrases(line: String, published: String?, rest: String?) {
        let clock = LivePageClockShapes.clockStart(Substring(line))
        #expect(clock.map { String($0.published) } == published)
        #expect(clock.map { String($0.rest) } == rest)
    }

    /// The blocks of a ticker entry whose line holds its first paragraph.
    @Test func tickerLeadIsTheFirstParagraph() {
        let text = page(
            "+++ 22.15 +++ Krisensitzung im Kanzleramt +++ Die Minister sind seit dem Abend versammelt.", "",
            "Mehr dazu in Kürze.", "", "+++ 21.05 +++ Kanzler schweigt +++", "", "Kein Kommentar.")
        #expect(
            blocks(text)
                == "title:Krisensitzung im Kanzleramt ¶ paragraph:Die Minister sind seit dem Abend versammelt. ¶ paragraph:Mehr dazu in Kürze.")
    }

    /// Meta lines of Markdown exports.
    @Test(arguments: [
        ("*4:35 p.m. ET · Key development · Jane Example-Doe*", "16:35 ET|Key development|Jane Example-Doe"),
        ("*7:05 a.m. ET · Breaking*", "07:05 ET|Breaking|"), ("_1:10 p.m. ET · Marco Testa_", "13:10 ET||Marco Testa"),
        ("**09:30**", "09:30||"), ("*A steel arch*", "-"), ("*4:35 p.m. ET · the council met at noon to vote*", "-"),
        ("4:35 p.m. ET · Breaking", "-"),
    ])
    func metaLines(line: String, expected: String) {
        let meta = LivePageMarkdownEntryFinder.meta(Substring(line))
        let said = meta.map { "\($0.published)|\($0.labels.joined(separator: ","))|\($0.writers.joined(separator: ","))" }
        #expect(said ?? "-" == expected)
    }
}
