import ClaimKitModel

extension RuleID {
    /// A count and the noun it counts. Matches: "378 arrests", "ten officers".
    public static let claimCountedNoun: RuleID = "claim.counted-noun"
    /// A figure used as a modifier of the noun after it. Matches: "a 2.5 hour phone call".
    public static let claimCompoundModifier: RuleID = "claim.compound-modifier"
    /// A measure of the noun after "of". Matches: "three and a half years of war".
    public static let claimMeasureOf: RuleID = "claim.measure-of"
    /// An attribute noun before the figure, its owner before "have"/"with". Matches:
    /// "Tomahawk missiles, which have a range of 2,500km".
    public static let claimAttributeOf: RuleID = "claim.attribute-of"
    /// A measure compared through "as ... as" after the thing measured. Matches: "objects
    /// as small as 2.5m", "temperatures as high as 45C".
    public static let claimAsAdjectiveAs: RuleID = "claim.as-adjective-as"
    /// A verb that ties the figure to its clause's subject. Matches: "the call lasted more
    /// than two hours", "the scheme has cost £140m".
    public static let claimVerbSubject: RuleID = "claim.verb-subject"
    /// A count or sum of a noun named before it. Matches: "put the crowd at nearer 5,000",
    /// "bringing the force's total to 61", "estimates the cost of the damage at about £10m".
    public static let claimCountOf: RuleID = "claim.count-of"
    /// A distance from a place. Matches: "some 2 miles from the town centre".
    public static let claimDistanceFrom: RuleID = "claim.distance-from"
    /// A measure and its size adjective after the noun they describe. Matches: "an ellipse
    /// about 12 km long", "a crater 40 metres deep".
    public static let claimMeasureAfterNoun: RuleID = "claim.measure-after-noun"
    /// Money spent on something. Matches: "£22m on the Bibby Stockholm".
    public static let claimSpentOn: RuleID = "claim.spent-on"
    /// A share: a fraction of something. Matches: "two-thirds of voters".
    public static let claimFractionOf: RuleID = "claim.fraction-of"
    /// "One in N" as a share of 100/N per cent. Matches: "about one in nine of the country's
    /// animals", "one in five card payments".
    public static let claimOneInShare: RuleID = "claim.one-in-share"
    /// A sum with no subject of its own, tied to the last sum of the entry that has one.
    /// Matches: "the initial £140m spent on the scheme, another £100m was paid in April".
    public static let claimSameSum: RuleID = "claim.same-sum"
    /// A part of a count just stated, with its own scope. Matches: "including 40 in
    /// Leeds", "12 of them in Leeds", "nine of those injuries".
    public static let claimSubsetOf: RuleID = "claim.subset-of"
    /// The figure a change started from or reached, about what the figure before it is
    /// about. Matches: "a profit of £76m, up from £61m", "raised its price by 12%, to 450p".
    public static let claimPriorValue: RuleID = "claim.prior-value"
    /// The levels before and after a change of the verb's object: "raise the pension age
    /// from 66 to 67" gives 66 and 67, each the pension age.
    public static let claimChangeFromTo: RuleID = "claim.change-from-to"
    /// An earthquake's magnitude. Matches: "a magnitude 5.8 tremor", "had a magnitude of 5.8".
    public static let claimMagnitude: RuleID = "claim.magnitude"
    /// A percentage of the noun after "of", or of the noun it modifies. Matches: "45% of
    /// cases", "more than a third (32%) of adults", "62% possession", "a 12% lower risk of
    /// stroke".
    public static let claimShareOf: RuleID = "claim.share-of"
    /// The object of a verb that sets or forecasts a level. Matches: "the committee cut Bank
    /// Rate to 3.75%", "economists expect inflation to fall to 2%", "held rates at 4%".
    public static let claimObjectOf: RuleID = "claim.object-of"
    /// A count whose noun the figure leaves out. Matches: "1,214 were diagnosed", "71 of 80
    /// seats", "Labour 14, Conservatives 2" after a count of seats.
    public static let claimElidedNoun: RuleID = "claim.elided-noun"
    /// A sum that is the subject of a passive verb. Matches: "£3.2m had been moved".
    public static let claimMoneyMoved: RuleID = "claim.money-moved"
    /// A count of those present in a place. Matches: "There are 14,820 in the arena".
    public static let claimCountInPlace: RuleID = "claim.count-in-place"
    /// A sum and the lender it comes from. Matches: "€500m from the European Investment Bank".
    public static let claimLentBy: RuleID = "claim.lent-by"
    /// A temperature of the weather's "it". Matches: "It is still 31C in Melbourne".
    public static let claimWeather: RuleID = "claim.weather"
    /// A sum stated as the complement of a copula: the noun before the verb. Matches: "the
    /// fee was €52m", "sources say the fee is €70m", "the agreement is worth $3bn".
    public static let claimCopulaComplement: RuleID = "claim.copula-complement"
    /// The sum an option or clause is set at. Matches: "a loan with an option to buy for
    /// £21m", "a release clause of £60m".
    public static let claimMoneyOption: RuleID = "claim.money-option"
    /// A total with its add-ons. Matches: "rising to £47m with add-ons", "£40m including
    /// bonuses".
    public static let claimMoneyAddOns: RuleID = "claim.money-add-ons"
    /// A record sum with no noun after it. Matches: "signed for a club-record £85m".
    public static let claimRecordSum: RuleID = "claim.record-sum"
    /// The votes for and against in a tally. Matches: "passed by 312 votes to 287", "312
    /// MPs voted for the bill", "the 321 MPs who backed the bill".
    public static let claimVoteTally: RuleID = "claim.vote-tally"
    /// A count of things the sentence names definitely, with what they belong to or do.
    /// Matches: "the seven carriages of the train", "the 40 workers who were trapped".
    public static let claimDefiniteCount: RuleID = "claim.definite-count"
    /// A distance or time of the object of the verb before it, said of a point before or
    /// after something. Matches: "applied the brake about 400 metres before the curve".
    public static let claimObjectAdjunct: RuleID = "claim.object-adjunct"
    /// The time an event came after or before another. Matches: "the first ambulances
    /// arrived about 35 minutes after the crash".
    public static let claimTimeAfterEvent: RuleID = "claim.time-after-event"
    /// A limit set on something. Matches: "trains be limited to 120km/h", "capped at 30%".
    public static let claimLimitOf: RuleID = "claim.limit-of"
    /// A maximum or minimum. Matches: "rules allow a maximum of 12 hours".
    public static let claimMaximumOf: RuleID = "claim.maximum-of"
    /// Time left before an end. Matches: "with 14 minutes to spare", "five hours to go",
    /// "with 10 minutes left".
    public static let claimTimeLeft: RuleID = "claim.time-left"
    /// A measured figure whose subject is the first noun phrase of its clause.
    public static let claimNearestNoun: RuleID = "claim.nearest-noun"
    /// "..., and the maximum draught is 9.5 metres": a measure's subject is the noun phrase
    /// right before its copula (a guess the cross-check does not rely on alone).
    public static let claimCopulaSubject: RuleID = "claim.copula-subject"
    /// "It is 98 km long": the clause's subject is a pronoun; the sentence before names it.
    public static let claimPronounAntecedent: RuleID = "claim.pronoun-antecedent"
}
