import ClaimKit
import Foundation
import Testing

/// Finding the subject of a cue past what stands between it and its verb: a role noun with
/// a name in apposition, ages and relative clauses, a bracketed acronym, a definite noun
/// standing for an organisation named before, a name longer than the entity mention inside
/// it. Positive and negative rows; all sentences invented for these tests.
@Suite struct SubjectTests {
    typealias P = QuoteFixture.Person
    typealias Row = AttributionTests.Row

    static let okafor = P("Nia Okafor", gender: .female, surfaces: ["Nia Okafor", "Okafor"])
    static let brandt = P("Felix Brandt", gender: .male, surfaces: ["Felix Brandt", "Brandt"])
    static let quill = P("Wendy Quill", gender: .female, surfaces: ["Wendy Quill", "Quill"])
    static let tarn = P("Hugo Tarn", gender: .male, surfaces: ["Hugo Tarn", "Tarn"])
    static let exeter = P("University of Exeter", .organization)
    static let exeterCity = P("Exeter", .place)
    static let ofwat = P("OFR", .organization)
    static let sky = P("Sky News", .organization)
    static let rivers = P("Rivers Commission", .organization)
    static let lakes = P("Lakes Authority", .organization)

    // A role noun with a name set off by commas: the name speaks, not the role or its body.
    static let apposition: [Row] = [
        Row(
            "The study's senior author, Dr Nia Okafor of the University of Exeter, said the drop was \u{201C}far steeper than modelled\u{201D}.",
            [okafor, exeter, exeterCity], [("far steeper than modelled", "Nia Okafor", .quoteReportedPartial)]),
        Row(
            "Dr Nia Okafor of the University of Exeter said the drop was \u{201C}steep\u{201D}.",
            [okafor, exeter, exeterCity], [("steep", "Nia Okafor", .quoteReportedPartial)]),
        Row(
            "The brewer's finance director, Felix Brandt, said margins were \u{201C}under pressure\u{201D}.",
            [brandt], [("under pressure", "Felix Brandt", .quoteReportedPartial)]),
        Row(
            "\u{201C}We expect better,\u{201D} said the OFR's head of enforcement, Felix Brandt.",
            [brandt, ofwat], [("We expect better,", "Felix Brandt", .quoteSpeakerAfter)]),
        // Negative: a possessor with no name after its role stays the speaker; a body's report
        // "published by" a university is no person.
        Row(
            "\u{201C}We expect better,\u{201D} said the OFR's head of enforcement.", [ofwat],
            [("We expect better,", "OFR", .quoteSpeakerAfter)]),
        Row(
            "The paper, published by the University of Exeter, said the drop was \u{201C}steep\u{201D}.",
            [exeter, exeterCity], [("steep", nil, .quoteScare)]),
    ]

    // Ages, places and relative clauses between the name and the verb are passed over.
    static let heavySubjects: [Row] = [
        Row(
            "Outside the tribunal, Wendy Quill, 67, who lost \u{00A3}38,000 of her pension, said: \u{201C}I want the truth.\u{201D}",
            [quill], [("I want the truth.", "Wendy Quill", .quoteSpeakerBefore)]),
        Row(
            "Wendy Quill, 67, of Harrogate, who ran the shop for 30 years, said it was \u{201C}the end of an era\u{201D}.",
            [quill, P("Harrogate", .place)], [("the end of an era", "Wendy Quill", .quoteReportedPartial)]),
        Row(
            "At the depot, driver Hugo Tarn, 52, told Sky News he had waited \u{201C}since five this morning\u{201D}.",
            [tarn, sky], [("since five this morning", "Hugo Tarn", .quoteReportedPartial)]),
        Row(
            "Retired nurse Wendy Quill told Sky News she had given up \u{201C}after two hours in the queue\u{201D}.",
            [quill, sky], [("after two hours in the queue", "Wendy Quill", .quoteReportedPartial)]),
        Row(
            "Among those queuing was Wendy Quill, 67, who said: \u{201C}We came at dawn.\u{201D}", [quill],
            [("We came at dawn.", "Wendy Quill", .quoteSpeakerBefore)]),
        // Negative: a bare number before "who" has no name behind it.
        Row(
            "The queue grew to 300, who said the wait was \u{201C}absurd\u{201D}.", [],
            [("absurd", nil, .quoteScare)]),
        Row(
            "Wendy Quill \u{2013} who ran the shop for 30 years \u{2013} said the closure was \u{201C}cruel\u{201D}.", [quill],
            [("cruel", "Wendy Quill", .quoteReportedPartial)]),
        // Negative: a dash before a capitalised clause is no aside.
        Row(
            "Wendy Quill left early \u{2013} Tarn said the closure was \u{201C}cruel\u{201D}.", [quill, tarn],
            [("cruel", "Hugo Tarn", .quoteReportedPartial)]),
        // Negative: a name after a preposition in the apposition is not its subject; a
        // relative clause about a thing keeps its title in marks from the cue before it.
        Row(
            "Tarn's daughter, a friend of Wendy Quill, said the queue was \u{201C}endless\u{201D}.",
            [tarn, quill], [("endless", nil, .quoteScare)]),
        Row(
            "Her son, the drummer Hugo Tarn, wrote the music, which includes a cover of \u{201C}Blue Moon Rising\u{201D}.",
            [tarn], [("Blue Moon Rising", nil, .quoteTitle)]),
        Row(
            "Tarn wrote the report, which called the plan \u{201C}unworkable\u{201D}.", [tarn],
            [("unworkable", nil, .quoteScare)]),
    ]

    // A bracketed acronym or aside between the subject and the verb.
    static let brackets: [Row] = [
        Row(
            "The Lakes Authority (LA) said it was \u{201C}working with partners\u{201D}.", [lakes],
            [("working with partners", "Lakes Authority", .quoteReportedPartial)]),
        // Typed as a place by the entity stage, it still speaks as the subject of "said".
        Row(
            "The Northern Flood Centre (NFC) said it was \u{201C}monitoring levels\u{201D}.",
            [P("Northern Flood Centre", .place)], [("monitoring levels", "Northern Flood Centre", .quoteReportedPartial)]),
        Row(
            "Hugo Tarn (pictured) said the deal was \u{201C}done\u{201D}.", [tarn],
            [("done", "Hugo Tarn", .quoteReportedPartial)]),
        // Negative: a bracket holding a quote is someone's words, not an aside.
        Row(
            "The motion (\u{201C}a disgrace\u{201D}) said nothing new.", [],
            [("a disgrace", nil, .quoteScare)]),
    ]

    // A definite noun standing for an organisation named before by that head word.
    static let bodyReference: [Row] = [
        Row(
            "The Rivers Commission published its figures on Monday. A spokesperson for the commission said the survey was \u{201C}on track\u{201D}.",
            [rivers], [("on track", "Rivers Commission", .quoteReportedPartial)]),
        Row(
            "The Lakes Authority closed two paths. The authority said the banks were \u{201C}unstable\u{201D}.",
            [lakes], [("unstable", "Lakes Authority", .quoteReportedPartial)]),
        Row(
            "Students at the University of Exeter protested. The university said the fees were \u{201C}fair\u{201D}.",
            [exeter, exeterCity], [("fair", "University of Exeter", .quoteReportedPartial)]),
        Row(
            "The Rivers Commission met. \u{201C}The survey is on track,\u{201D} said a spokeswoman for the commission.",
            [rivers], [("The survey is on track,", "Rivers Commission", .quoteSpeakerAfter)]),
        Row(
            "The Lakes Authority closed two paths. The regulator said the banks were \u{201C}unstable\u{201D}.",
            [lakes, rivers], [("unstable", "Lakes Authority", .quoteReportedPartial)]),
        Row(
            "\u{201C}We are on track,\u{201D} the Rivers Commission said.\n\nThe Lakes Authority closed two paths. The regulator said the banks were \u{201C}unstable\u{201D}.",
            [lakes, rivers],
            [("We are on track,", "Rivers Commission", .quoteSpeakerAfter), ("unstable", "Lakes Authority", .quoteReportedPartial)]),
        Row(
            "Officers from Kent Police attended. A spokesperson for the force said inquiries were \u{201C}ongoing\u{201D}.",
            [P("Kent Police", .organization)], [("ongoing", "Kent Police", .quoteReportedPartial)]),
        // Negative: a quote whose own cue names no one found does not go to the speaker before.
        Row(
            "Tarn said the team was \u{201C}hurting\u{201D}.\n\n\u{201C}We are devastated,\u{201D} said the family of the driver.",
            [tarn], [("hurting", "Hugo Tarn", .quoteReportedPartial), ("We are devastated,", nil, .quoteUnattributed)]),
        Row(
            "The Lakes Authority fined the firm. The watchdog said the breach was \u{201C}serious\u{201D}.",
            [lakes], [("serious", "Lakes Authority", .quoteReportedPartial)]),
        Row(
            "The Lakes Authority fined the firm. \u{201C}The breach was serious,\u{201D} the watchdog says.",
            [lakes], [("The breach was serious,", "Lakes Authority", .quoteSpeakerAfter)]),
        // Negative: "the watchdog" with no organisation in the sentence before.
        Row(
            "Tarn left early.\n\nThe watchdog said the breach was \u{201C}serious\u{201D}.",
            [tarn], [("serious", nil, .quoteScare)]),
        // Negative: no organisation with that head word named, or a head that is not a speaker.
        Row(
            "A spokesperson for the commission said the survey was \u{201C}on track\u{201D}.", [],
            [("on track", nil, .quoteScare)]),
        Row(
            "The Lakes Authority closed two paths. A spokesperson for the commission said it was \u{201C}unsafe\u{201D}.",
            [lakes], [("unsafe", nil, .quoteScare)]),
        Row(
            "The Rivers Commission met. The chair of the commission said the survey was \u{201C}on track\u{201D}.",
            [rivers], [("on track", nil, .quoteScare)]),
        // A body noun modified by its name: the name.
        Row(
            "The Unison union said it was \u{201C}appalled\u{201D}.", [],
            [("appalled", "Unison", .quoteReportedPartial)]),
        // Negative: a place before the body noun is not the body's name.
        Row(
            "The Exeter council said it was \u{201C}appalled\u{201D}.", [exeterCity],
            [("appalled", "Exeter council", .quoteReportedPartial)]),
    ]

    // A speaker's name longer than the entity mention inside it.
    static let longerName: [Row] = [
        Row(
            "A spokesperson for Power Networks South West said crews were \u{201C}on site\u{201D}.",
            [P("South West", .place)], [("on site", "Power Networks South West", .quoteReportedPartial)]),
        Row(
            "Power Networks South West said crews were \u{201C}on site\u{201D}.",
            [P("South West", .place)], [("on site", "Power Networks South West", .quoteReportedPartial)]),
        // A body's name joined by "for" or "of", with no entity for it.
        Row(
            "A spokeswoman for the Office for Canal Safety said locks would be \u{201C}closed\u{201D}.", [],
            [("closed", "Office for Canal Safety", .quoteReportedPartial)]),
        Row(
            "\u{201C}Locks will close,\u{201D} said a spokeswoman for the Office for Canal Safety.", [],
            [("Locks will close,", "Office for Canal Safety", .quoteSpeakerAfter)]),
        // Negative: a person before "of the" body keeps the body out of the name.
        Row(
            "Jo Park of the Office for Canal Safety said locks would be \u{201C}closed\u{201D}.", [GeneralisationTests.park],
            [("closed", "Jo Park", .quoteReportedPartial)]),
        // Negative: an adverb before a place is not part of its name.
        Row(
            "Meanwhile Kyiv said the talks were \u{201C}useless\u{201D}.", [AttributionTests.kyiv],
            [("useless", "Kyiv", .quoteReportedPartial)]),
        Row(
            "Instead Kyiv said the talks were \u{201C}useless\u{201D}.", [AttributionTests.kyiv],
            [("useless", "Kyiv", .quoteReportedPartial)]),
        Row(
            "Separately Kyiv said the talks were \u{201C}useless\u{201D}.", [AttributionTests.kyiv],
            [("useless", "Kyiv", .quoteReportedPartial)]),
    ]

    @Test(arguments: apposition + heavySubjects + brackets + bodyReference + longerName)
    func attributes(_ row: Row) {
        row.check()
    }

    /// The body-reference speaker carries its own resolution rule.
    @Test func aBodyReferenceIsMarked() {
        let quotes = QuoteFixture.quotes(
            "The Rivers Commission met. A spokesperson for the commission said the survey was \u{201C}on track\u{201D}.",
            people: [Self.rivers])
        #expect(quotes.first?.speakerRule == .speakerBodyReference)
    }
}
