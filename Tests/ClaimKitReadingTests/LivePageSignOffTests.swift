import ClaimKitModel
@testable import ClaimKitReading
import Testing

/// Writers named at the end of an entry ("(jh)" with the page's key to initials, "– AP"),
/// and "Name, Role" lines. Our own short pages.
@Suite struct LivePageSignOffTests {
    /// Entry headers: `index|title|published|labels|byline name/role` per entry.
    @Test(arguments: [
        // initials after the last paragraph, named by the key at the foot of the page
        (
            page(
                "Flood live", "", "10:40", "River peaks", "", "The Ouse peaked overnight. (jh)", "", "10:05",
                "Barrier holds", "", "Engineers said it held. (tm)", "", "09:30", "Clean-up begins", "",
                "Volunteers cleared mud. (jh/tm)", "", "Reporting by Jane Hill (jh) and Tom Marsh (tm)."),
            "1|River peaks|10:40||Jane Hill/ ¶ 2|Barrier holds|10:05||Tom Marsh/ ¶ 3|Clean-up begins|09:30||Jane Hill and Tom Marsh/"
        ),
        // the key above the entries; capitals and a particle
        (
            page(
                "Flood live", "", "With Ana de Souza (AdS) and Marc Lind (ML)", "", "10:40", "River peaks", "",
                "The Ouse peaked overnight. (AdS)", "", "10:05", "Barrier holds", "", "Engineers said it held. (ML)", "",
                "09:30", "Clean-up begins", "", "Volunteers cleared mud."),
            "1|River peaks|10:40||Ana de Souza/ ¶ 2|Barrier holds|10:05||Marc Lind/ ¶ 3|Clean-up begins|09:30||"
        ),
        // without a key, initials name nobody
        (
            page(
                "Flood live", "", "10:40", "River peaks", "", "The Ouse peaked overnight. (jh)", "", "10:05",
                "Barrier holds", "", "Engineers said it held. (tm)"),
            "1|River peaks|10:40|| ¶ 2|Barrier holds|10:05||"
        ),
        // an agency after a dash or in brackets
        (
            page(
                "Quake live", "", "10:40", "Aftershock felt", "", "Buildings shook in the capital. – AP", "", "10:05",
                "Airport reopens", "", "Flights resumed at noon. (Reuters)", "", "09:30", "Schools shut", "",
                "Classes were cancelled, said the mayor – Smith"),
            "1|Aftershock felt|10:40||AP/ ¶ 2|Airport reopens|10:05||Reuters/ ¶ 3|Schools shut|09:30||"
        ),
        // "Name, Role" under the title or as the entry's last line
        (
            page(
                "Hurricane live", "", "7:30 p.m. EST · Storm makes landfall", "Marco Lind, Weather correspondent", "",
                "Nadia came ashore near Naples.", "", "6.45pm EST · Curfew announced", "",
                "The county imposed a curfew.", "Ana Ruiz, Reporter", "", "5:02 PM EST · Shelters fill up", "",
                "Officials said 14 shelters were full.", "New York, United States"),
            "1|Storm makes landfall|19:30 EST||Marco Lind/Weather correspondent ¶ 2|Curfew announced|18:45 EST||Ana Ruiz/Reporter ¶ 3|Shelters fill up|17:02 EST||"
        ),
    ])
    func bylines(text: String, expected: String) {
        #expect(headers(text) == expected)
    }

    /// The sign-off forms on their own.
    @Test(arguments: [
        ("It held. (jh)", "initials:jh"), ("It held. (JH/TM)", "initials:jh,tm"), ("It held. – AP", "agency:AP"),
        ("It held. — Reuters", "agency:Reuters"), ("It held (AFP)", "-"), ("It held. (AFP)", "agency:AFP"),
        ("It held (pictured)", "-"), ("It held. (14:32)", "-"), ("It held. – Smith", "-"), ("It held - AP said", "-"),
        ("Talks (UN)", "-"),
    ])
    func signOffMarks(text: String, expected: String) {
        let mark = LivePageSignOff.mark(atEndOf: Substring(text))
        let shown: String
        switch mark {
        case .initials(let letters): shown = "initials:" + letters.joined(separator: ",")
        case .agency(let name): shown = "agency:" + name
        case nil: shown = "-"
        }
        #expect(shown == expected)
    }
}
