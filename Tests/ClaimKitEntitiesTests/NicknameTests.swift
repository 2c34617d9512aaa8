import ClaimKitModel
import Testing

/// Name-shape families: `entity.person-nickname`, a nickname in quotation marks between a given
/// and a family name (the mention spans the whole name; the nickname is no part of its key, so
/// the family name alone later merges with it), and `entity.org-camel-case`, a lone word glued
/// from capitalised parts ("MetService"). Sentences are our own.
@Suite struct NicknameTests {
    static let positives: [(String, String?)] = [
        ("[Marco \"Gigi\" Bellandi](person), who runs the hut, said the path was shut.", "entity.person-nickname"),
        ("The climb was led by [Anouk “Noor” de Wit](person) on Sunday.", "entity.person-nickname"),
        ("Rangers thanked [Pieter \"Piet\" van der Berg](person) for his help.", "entity.person-nickname"),
        ("The club's captain, [Kwesi \"Big Man\" Owusu](person), scored twice.", "entity.person-nickname"),
        // entity.org-camel-case: a word glued from capitalised parts, alone, is a brand.
        ("Snow is on the way, [MetService](organization) said.", "entity.org-camel-case"),
        ("[KestrelPay](organization) said the outage was over.", "entity.org-camel-case"),
        // A keyword and "of" inside an organisation's name, then "and": the name goes on.
        ("She lectures at the [Kofi Mensah University of Science and Technology](organization) in Kumasi.", nil),
    ]

    @Test(arguments: positives.indices)
    func positive(_ i: Int) {
        let (marked, rule) = Self.positives[i]
        EntityTesting.expectMarked(marked, rule: rule)
    }

    static let negatives: [(String, [(String, String)])] = [
        // A family name with an inner capital stays a person.
        ("McAllister said the boats were ready.", [("McAllister", "organization")]),
        ("DeShawn said he was tired.", [("DeShawn", "organization")]),
        // A known name after "and" starts a second name.
        ("Staff of the Halden University of Medicine and Oslo met.", [("Halden University of Medicine and Oslo", "organization")]),
        // A currency's country letters glued to its sign name nothing.
        ("The club was fined GH₵500,000 by the league.", [("GH", "any")]),
        // A people's word after "in" is a language, no place.
        ("The island is known in Māori as Rangitoto.", [("Māori", "place")]),
        ("The sign was written in Welsh and English.", [("Welsh", "place")]),
        ("MacDonald said the ferry was late.", [("MacDonald", "organization")]),
        // A quoted title after a word that is no name, or a quotation that is a sentence.
        ("The album \"Blue\" Sessions sold well.", [("album \"Blue\" Sessions", "person")]),
        ("Fans shouted \"Never\" Again and again.", [("Fans shouted \"Never\" Again", "person")]),
        // Quotation marks apart from the nickname ("Tom " Big " Lee") make no nickname.
        ("Tom \" Big \" Lee waved.", [("Tom \" Big \" Lee", "person")]),
    ]

    @Test(arguments: negatives.indices)
    func negative(_ i: Int) {
        let (text, forbidden) = Self.negatives[i]
        EntityTesting.expectAbsent(text, forbidden.map { (surface: $0.0, type: $0.1) })
    }

    /// The family name alone, and the given and family names without the nickname, are the
    /// same person.
    @Test func familyNameMergesIntoTheNicknamedName() {
        let entities = EntityTesting.entities([
            "Marco \"Gigi\" Bellandi, who runs the hut, said the path was shut.",
            "Bellandi said the storm had passed. Marco Bellandi has run the hut for years.",
        ])
        let people = entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.mentions.count == 3)
    }
}
