import ClaimKit
import ClaimKitTestSupport
import Testing

/// Subjects read around a figure that follows its noun or a clause: a measure and its size
/// adjective after the noun, a plural after a hyphenated modifier, a relative clause before
/// a verb of measure, a verb after a pronoun or an agent's place, "for a total of", a
/// distance kept away from something. Our own sentences, none from a page.
struct ClaimPostposedSubjectTests {
    typealias Row = ClaimExtractorTests.Row

    static let rows: [Row] = [
        // A measure and its size adjective after the noun: the noun, for both measures.
        Row(text: "The wreck lies inside the search box, a rectangle about 8 km long and 2 km wide.", figure: "about 8 km",
            subject: "rectangle", key: "rectangle", attribute: "length"),
        Row(text: "The wreck lies inside the search box, a rectangle about 8 km long and 2 km wide.", figure: "2 km",
            subject: "rectangle", key: "rectangle", attribute: "width"),
        Row(text: "Engineers poured a slab 2 metres thick over the shaft.", figure: "2 metres", subject: "slab", key: "slab",
            attribute: "distance"),
        Row(text: "Volunteers put up a fence 2 m high around the nests.", figure: "2 m", subject: "fence", key: "fence",
            attribute: "height"),
        // A plural noun after a hyphenated modifier is no verb.
        Row(text: "Deep-water temperatures around the atoll stayed 2 degrees Celsius above normal.", figure: "2 degrees Celsius",
            subject: "Deep-water temperatures", key: "deep-water", attribute: "temperature"),
        // The noun a relative clause describes, not the last noun of the clause.
        Row(text: "The meteor that crossed the valley probably weighed about 3 tonnes.", figure: "about 3 tonnes", subject: "meteor",
            key: "meteor", attribute: "weight"),
        // A past tense ends the object after an agent; a pronoun and its verb are no subject.
        Row(text: "A research crew of 12 biologists tagged more than 300 turtles over 9 days.", figure: "over 9 days",
            subject: "research crew", key: "crew", attribute: "duration"),
        Row(text: "The satellite was launched on Friday. It reached orbit at about 8 km per second.", figure: "about 8 km per second",
            subject: "satellite", key: "satellite", attribute: "speed"),
        // "Researchers at X followed Y": the object of the verb after the agent's place.
        Row(text: "Scientists at the University of Leeds followed volunteers for 5 years.", figure: "5 years", subject: "volunteers",
            key: "volunteer", attribute: "duration"),
        // "for a total of": the clause's subject, not the total.
        Row(text: "Officers said tear gas had been used three times, for a total of about 20 minutes.", figure: "about 20 minutes",
            subject: "tear gas", key: "gas", attribute: "duration"),
        // A distance kept away from something: that thing.
        Row(text: "Please keep at least 20 metres away from the fallen pylon.", figure: "at least 20 metres", subject: "fallen pylon",
            key: "pylon", attribute: "distance"),
    ]

    @Test(arguments: rows)
    func subjectIsRead(_ row: Row) throws {
        try row.check()
    }

    /// Shapes the rules above must leave alone: a "that" opening a clause of its own, an
    /// age of the counted noun after an agent's "of".
    static let negativeRows: [Row] = [
        Row(text: "Given that the total debt of the region stands at nearly $16bn, the council is cautious.", figure: "nearly $16bn",
            subject: "total debt of the region", key: "debt", attribute: "cost"),
        Row(text: "A survey of 1,200 pupils aged 11 to 14 years was published.", figure: "11 to 14 years", subject: "pupils",
            key: "pupil", attribute: "age"),
    ]

    @Test(arguments: negativeRows)
    func otherShapesKeepTheirSubject(_ row: Row) throws {
        try row.check()
    }
}
