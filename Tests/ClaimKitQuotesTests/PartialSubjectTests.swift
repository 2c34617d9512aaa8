import ClaimKit
import Testing

/// Partial quotes whose speaker is the subject of the clause around them: a body with a
/// bracketed short form before its verb, a reporting clause set off inside the sentence
/// ("and, she liked to say, learned "…""), verbs of accusing or describing ("accused the club
/// of "…"", "called the job "…""), and pronouns in an article about one person that follow
/// the chain of "she" subjects. Positive and negative rows.
@Suite struct PartialSubjectTests {
    typealias Row = AttributionTests.Row
    typealias P = QuoteFixture.Person

    static let nlc = P("Nigeria Labour Congress", .organization, surfaces: ["Nigeria Labour Congress", "NLC"])
    static let rcn = P("Royal College of Nursing", .organization, surfaces: ["Royal College of Nursing", "RCN"])
    static let pfa = P(
        "Professional Footballers' Association", .organization,
        surfaces: ["Professional Footballers' Association", "PFA"])
    static let ribeiro = P("Marta Ribeiro", gender: .female, surfaces: ["Marta Ribeiro", "Ribeiro"])
    static let costa = P("Ana Costa", gender: .female, surfaces: ["Ana Costa", "Costa"])
    static let hale = P("Tom Hale", gender: .male, surfaces: ["Tom Hale", "Hale"])

    // A body's short form in brackets between the subject and a "-s" verb.
    static let bracketed: [Row] = [
        Row(
            "The Nigeria Labour Congress (NLC) says the budget does \"nothing for the worker\".", [nlc],
            [("nothing for the worker", "Nigeria Labour Congress", .quoteReportedPartial)]),
        Row(
            "The Nigeria Labour Congress (NLC) says the budget does \"nothing for the worker\".", [],
            [("nothing for the worker", "Nigeria Labour Congress", .quoteReportedPartial)]),
        Row(
            "The Royal College of Nursing (RCN) said the offer was \"an insult\".", [rcn],
            [("an insult", "Royal College of Nursing", .quoteReportedPartial)]),
        Row(
            "The Royal College of Nursing (RCN) warns the offer is \"an insult\".", [rcn],
            [("an insult", "Royal College of Nursing", .quoteReportedPartial)]),
        // Negative rows: a bracket that is no short form leaves a plural noun a noun.
        Row(
            "After the strike (in Abuja) talks were \"frank\".", [],
            [("frank", nil, .quoteScare)]),
    ]

    // A reporting clause set off inside the sentence, and verbs of accusing or describing.
    static let clauseSubject: [Row] = [
        Row(
            "Marta Ribeiro was born in Lisbon.\n\nIn Paris she worked for the orchestra and, she liked to say, learned \"more from failure than from praise\".",
            [ribeiro],
            [("more from failure than from praise", "Marta Ribeiro", .quoteReportedPartial)]),
        Row(
            "Tom Hale ran the club for 20 years. He once called the job \"the best in the world\".", [hale],
            [("the best in the world", "Tom Hale", .quoteReportedPartial)]),
        Row(
            "In 2003 the players' union, the Professional Footballers' Association (PFA), accused the club of \"treating players like cattle\".",
            [pfa],
            [("treating players like cattle", "Professional Footballers' Association", .quoteReportedPartial)]),
        Row(
            "Not everyone admired her. In 2003 the musicians' union, the Sindicato dos Artistas de Lisboa (SAL), accused her of \"rehearsing players into the ground\".",
            [P("Sindicato dos Artistas de Lisboa", .organization, surfaces: ["Sindicato dos Artistas de Lisboa", "SAL"])],
            [("rehearsing players into the ground", "Sindicato dos Artistas de Lisboa", .quoteReportedPartial)]),
        Row(
            "The Royal College of Nursing (RCN) described the offer as \"an insult\".", [rcn],
            [("an insult", "Royal College of Nursing", .quoteReportedPartial)]),
        Row(
            "Tom Hale dismissed the report as \"nonsense\".", [hale],
            [("nonsense", "Tom Hale", .quoteReportedPartial)]),
        // Negative rows: a passive has no speaker; "liked to" without a speech verb is no cue.
        Row(
            "Tom Hale ran the club. It was once called \"the best job in the world\".", [hale],
            [("the best job in the world", nil, .quoteScare)]),
        Row(
            "The club was accused of \"treating players like cattle\".", [],
            [("treating players like cattle", nil, .quoteScare)]),
        Row(
            "Tom Hale ran the club. He liked to walk to \"the old ground\" on Sundays.", [hale],
            [("the old ground", nil, .quoteScare)]),
    ]

    // Pronouns in an article about one person: a "she" subject continues its own antecedent.
    static let chain: [Row] = [
        Row(
            "Marta Ribeiro, who has died aged 74, led the orchestra for 30 years.\n\nShe studied in Lisbon under Ana Costa, a pianist.\n\n\"An orchestra is not a democracy,\" she told the newspaper Público in 2010.",
            [ribeiro, costa],
            [("An orchestra is not a democracy,", "Marta Ribeiro", .quoteSpeakerAfter)]),
        Row(
            "Marta Ribeiro led the orchestra for 30 years.\n\nIn 1990 she hired Ana Costa as its pianist.\n\nShe later toured Japan.\n\n\"An orchestra is not a democracy,\" she said.",
            [ribeiro, costa],
            [("An orchestra is not a democracy,", "Marta Ribeiro", .quoteSpeakerAfter)]),
        // The same with "he": "he hired Tom Reid" goes on about the "he", not Reid.
        Row(
            "Tom Hale, who ran the club for a decade, has died.\n\nIn 2001 he hired the coach Ian Reid as his deputy.\n\nHe once called the job \"the best in the world\".\n\nKate Lang called him \"impossible to replace\".\n\n\"I never wanted to stop,\" he said in 2012.",
            [hale, P("Ian Reid", gender: .male), P("Kate Lang", gender: .female)],
            [
                ("the best in the world", "Tom Hale", .quoteReportedPartial),
                ("impossible to replace", "Kate Lang", .quoteReportedPartial),
                ("I never wanted to stop,", "Tom Hale", .quoteSpeakerAfter),
            ]),
        // "Costa called her": the object is not Costa, so a later "she" is the object's person.
        Row(
            "Marta Ribeiro made her debut in Berlin in 1991. Ana Costa, the orchestra's manager, called her \"a pioneer\".\n\nIn London she conducted 14 times.\n\n\"An orchestra is not a democracy,\" she told the newspaper Público in 2010.",
            [ribeiro, costa],
            [
                ("a pioneer", "Ana Costa", .quoteReportedPartial),
                ("An orchestra is not a democracy,", "Marta Ribeiro", .quoteSpeakerAfter),
            ]),
        // A name with a short form in brackets is a body's: never a later "she".
        Row(
            "Marta Ribeiro led the orchestra for 30 years. In 2003 the union, the Sindicato dos Artistas de Lisboa (SAL), accused her of \"cruelty\".\n\n\"An orchestra is not a democracy,\" she said.",
            [ribeiro, P("SAL", .organization)],
            [
                ("cruelty", "Sindicato dos Artistas de Lisboa", .quoteReportedPartial),
                ("An orchestra is not a democracy,", "Marta Ribeiro", .quoteSpeakerAfter),
            ]),
        // Negative rows: the nearer woman wins when she is the subject of the sentence before,
        // and "her" before a noun is a possessive, not an object.
        Row(
            "Marta Ribeiro made her debut in 1991. Ana Costa called her sister \"a pioneer\".\n\n\"It was true,\" she said.",
            [ribeiro, costa],
            [("a pioneer", "Ana Costa", .quoteReportedPartial), ("It was true,", "Ana Costa", .quoteSpeakerAfter)]),
        Row(
            "Marta Ribeiro led the orchestra for 30 years.\n\nAna Costa, her deputy, took over in 2010.\n\n\"It was a hard act to follow,\" she said.",
            [ribeiro, costa],
            [("It was a hard act to follow,", "Ana Costa", .quoteSpeakerAfter)]),
        Row(
            "Marta Ribeiro led the orchestra for 30 years.\n\nHer deputy, Ana Costa, took over in 2010.\n\nShe said: \"It was a hard act to follow.\"",
            [ribeiro, costa],
            [("It was a hard act to follow.", "Ana Costa", .quoteSpeakerBefore)]),
    ]

    // The subject before its comma: past a body's unit after a possessive, and past a
    // participle's object set off by commas.
    static let commaSubject: [Row] = [
        Row(
            "The lead author, Dr Mei-Ling Zhou of the University of Sydney's Perkins Centre, said the benefits appeared \"well below 10,000 steps\".",
            [P("Mei-Ling Zhou", gender: .female), P("University of Sydney", .organization), P("Perkins Centre", .organization)],
            [("well below 10,000 steps", "Mei-Ling Zhou", .quoteReportedPartial)]),
        Row(
            "In her closing speech, Amira Siddiqui KC, representing Haddad, told jurors that her client had been \"a junior cog\".",
            [P("Amira Siddiqui", gender: .female), P("Leila Haddad", gender: .female, surfaces: ["Leila Haddad", "Haddad"])],
            [("a junior cog", "Amira Siddiqui", .quoteReportedPartial)]),
        // The entity stage cut the name after its particles: the whole name.
        Row(
            "María de los Ángeles Ruiz, 71, recalled the night the river rose.\n\n\"I have never seen anything like it.",
            [P("Ángeles Ruiz", gender: .female)],
            [("I have never seen anything like it.", "María de los Ángeles Ruiz", .quoteContinuation)]),
        Row(
            "\"We lost everything,\" said Mayor Ángeles Ruiz.", [P("Ángeles Ruiz", gender: .female)],
            [("We lost everything,", "Ángeles Ruiz", .quoteSpeakerAfter)]),
        // Negative row: a role noun before the name still opens the subject.
        Row(
            "Nearby, pensioner Rita Vance, 80, told me the water was \"everywhere\".", [P("Rita Vance", gender: .female)],
            [("everywhere", "Rita Vance", .quoteReportedPartial)]),
    ]

    @Test(arguments: bracketed + clauseSubject + chain + commaSubject)
    func attributes(_ row: Row) {
        row.check()
    }
}
