import ClaimKitModel

/// The rules of the entity stage. Each ID names the evidence that typed a mention or
/// merged two names; JSON output and tests carry them.
extension RuleID {
    // MARK: Typing: people

    /// A byline's name line. Matches: the "Freya Scott-Turner" line above "Live reporter".
    public static let entityByline: RuleID = "entity.byline"
    /// A title or office before the name. Matches: "Prime Minister [Yulia Svyrydenko]", "spokesman [Dmitry Peskov]".
    public static let personTitle: RuleID = "entity.person-title"
    /// "Lady" or "Lord" before a given name alone: the courtesy style belongs to the name. Matches:
    /// "[Lady Kathrin]", "[Lord Edmund]" ("Lady Hale", before a family name, is read as before).
    public static let personCourtesyTitle: RuleID = "entity.person-courtesy-title"
    /// A known given name opens the name. Matches: "[Karoline Leavitt]".
    public static let personGivenName: RuleID = "entity.person-given-name"
    /// A known family name closes a name of two or three unknown words. Matches: "[Jo Brennan]".
    public static let personFamilyName: RuleID = "entity.person-family-name"
    /// An apposition after the name names an office. Matches: "[Ann Lee], the health minister,".
    public static let personApposition: RuleID = "entity.person-apposition"
    /// A person-shaped name after an organisation's possessive. Matches: "Vell's [Ann Kestrel]".
    public static let personAffiliation: RuleID = "entity.person-affiliation"
    /// A person-shaped name joined by "and" to a person. Matches: "Ann Lee and [Tom Kestrel]".
    public static let personCoordination: RuleID = "entity.person-coordination"
    /// The name is the subject of a reporting verb. Matches: "[Thune] said", "says [Ushakov]".
    public static let personReportingVerb: RuleID = "entity.person-reporting-verb"
    /// A lone name before "administration". Matches: "the [Obama] administration".
    public static let personAdministration: RuleID = "entity.person-administration"
    /// Two or three capitalised words that are no common words and in no gazetteer, inside a
    /// sentence (weak). Matches: "[Dries Mertens]".
    public static let personNameShape: RuleID = "entity.person-name-shape"
    /// One word glued from capitalised parts, alone as the subject of a reporting verb, is a
    /// company or service, not a person. Matches:
    /// "[MetService] said", "[PayPal] said".
    public static let orgCamelCase: RuleID = "entity.org-camel-case"
    /// A patronymic connector ("bin", "binti", "ibn") between capitalised words, at a sentence's
    /// start too. Matches: "[Siti Aminah binti Yusof] said".
    public static let personPatronymic: RuleID = "entity.person-patronymic"
    /// A nickname in quotation marks between a given and a family name. Matches:
    /// "[Reto "Tschögg" Casanova]", "[Jose “Pepe” dela Cruz]".
    public static let personNickname: RuleID = "entity.person-nickname"
    /// An age in commas or brackets after one to three name-shaped words (a mononym too). Matches:
    /// "[Sutrisno], 52, a fisherman", "[Nur Aisyah], 34, lost her home", "[Wayan] (47)".
    public static let personAge: RuleID = "entity.person-age"
    /// Initials, then one or two name-shaped words. Matches: "[K.C. Maurer]", "[J. R. Ashby]".
    public static let personInitials: RuleID = "entity.person-initials"
    /// A handle that spells a person's name. Matches: "[@AndriyYermak]".
    public static let personHandle: RuleID = "entity.person-handle"
    /// Letters after the name (an office, honour, legal rank or degree) end it and show a person.
    /// Matches: "[Ann Lee] MP", "[Tom Ashby] KC", "Dr [Raj Patel] OBE".
    public static let personPostNominal: RuleID = "entity.person-post-nominal"

    // MARK: Typing: neither

    /// A weather word before a given name: the name of a storm, no person. Matches: "[Storm Ciara]",
    /// "[Hurricane Katrina]" (typed `other`).
    public static let weatherEvent: RuleID = "entity.weather-event"

    // MARK: Typing: places

    /// A country name, short form or code. Matches: "[Hungary]", "[US]", "[Britain]".
    public static let placeCountry: RuleID = "entity.place-country"
    /// A country subdivision (state, province, oblast). Matches: "[Alaska]".
    public static let placeSubdivision: RuleID = "entity.place-subdivision"
    /// A city of the GeoNames gazetteer. Matches: "[Budapest]", "[Kiev]".
    public static let placeCity: RuleID = "entity.place-city"
    /// A region, continent or sea. Matches: "[Middle East]", "[Gaza]".
    public static let placeRegion: RuleID = "entity.place-region"
    /// A place keyword ends or opens the name. Matches: "[Red Square]", "[Lake Geneva]".
    public static let placeKeyword: RuleID = "entity.place-keyword"
    /// A kind of place, then "of", before the name; or an authority named "Kind of X" (X is a place
    /// too). Matches: "the town of [Vellano]", "Municipality of [Vellano]".
    public static let placeKindOf: RuleID = "entity.place-kind-of"
    /// An unknown name after a place preposition. Matches: "in [Avdiivka]", "near [Labuan Bajo]" (two or
    /// three words, none a known given or family name).
    public static let placePreposition: RuleID = "entity.place-preposition"
    /// A place where a reporter was, after "in" at the end of a credit line. Matches: "Reporting by Ana
    /// Torres in [Tierra Amarilla]".
    public static let placeByline: RuleID = "entity.place-byline"
    /// A town and a compass word after "MP for" or before "MP": a constituency. Matches: "the MP for
    /// [Stockton North]", "the [Stockton South] MP".
    public static let placeConstituency: RuleID = "entity.place-constituency"

    /// A compass word, or "Upper", "Lower", "Greater", before a gazetteer place: one region. Matches:
    /// "[South Sulawesi]", "[North Maluku]", "[Upper Austria]" (not "South" and "Sulawesi").
    public static let placeCompass: RuleID = "entity.place-compass"
    /// A German or Dutch town's particle between capitalised words: one place. Matches: "[Ried im Innkreis]",
    /// "[Halle an der Saale]", "[Bergen op Zoom]" (not "I am Sam").
    public static let placeNameParticle: RuleID = "entity.place-name-particle"
    /// A road's word, then its number. Matches: "[Highway 5]", "[Route 66]", "[Interstate 95]".
    public static let placeRoadNumber: RuleID = "entity.place-road-number"

    /// A lower-case landform or airport word right after a name: the place, word included. Matches:
    /// "the [Korean peninsula]", "[Kelowna airport]", "the [Okanagan valley]".
    public static let placeLandformWord: RuleID = "entity.place-landform-word"

    /// One unknown word with a place-name ending of another language (Icelandic "-fjörður", "-vík",
    /// "-höfn"), or with Icelandic letters after a place preposition. Matches: "[Ísafjörður]",
    /// "from [Þorlákshöfn]".
    public static let placeNameEnding: RuleID = "entity.place-name-ending"
    /// A street, square or bridge word of another language opens the name, with no particle after it.
    /// Matches: "[Via Roma]", "the [Ponte Santa Giustina]", "[Rua Augusta]".
    public static let placeStreetOpener: RuleID = "entity.place-street-opener"
    /// One unknown word that is a small European town of the gazetteer (places/towns.tsv), or a known place
    /// and a district's name joined by a hyphen. Matches: "passed [Brunsbüttel]", "[Kiel-Holtenau]".
    public static let placeTown: RuleID = "entity.place-town"

    /// A name before a street word of another language, as written in an address, and a house number:
    /// a street (type other), no person. Matches: "[Tisza Lajos krt.] 12", "[Petőfi u.] 3".
    public static let streetAddress: RuleID = "entity.street-address"
    /// A name right after a lower-case vessel word: a ship (type other), no person. Matches: "the patrol
    /// ship [Marinero Fuentealba]", "the ferry [Sinar Bangun]".
    public static let vesselName: RuleID = "entity.vessel-name"

    // MARK: Typing: organisations

    /// A lower-case public body named by a nation's adjective or a field: the references list these
    /// ("Chilean navy", "mining ministry"). Matches: "the [Indonesian navy]", "the [transport ministry]",
    /// "the [health department]".
    public static let orgLowercaseBody: RuleID = "entity.org-lowercase-body"
    /// A lower-case local authority before "of" and a known place. Matches: "the [prefecture of Treviso]",
    /// "the [municipality of Lagos]" (not "in the province of Treviso", the land).
    public static let orgAuthorityOf: RuleID = "entity.org-authority-of"

    /// After "the", a name of two words or more then a lower-case facility word, with one or two lower-case words
    /// between at most. Matches: "the [Siti Hasmah hospital]", "the [Aurora Metale] gold-processing plant".
    public static let orgFacilityHead: RuleID = "entity.org-facility-head"
    /// An ordinal, an armed service's adjective and a command's word. Matches: "the [Third Naval Zone]",
    /// "the [Second Military District]".
    public static let orgMilitaryCommand: RuleID = "entity.org-military-command"

    /// A company's legal form of another language opens the name. Matches: "[PT Pelabuhan Indonesia Timur]",
    /// "[JSC Ukrainian Railways]" (suffixes such as "Tbk", "SE" are `entity.org-suffix`).
    public static let orgLegalPrefix: RuleID = "entity.org-legal-prefix"
    /// One word glued from a field or service word and a place's letters or name. Matches: "[DriveBC]",
    /// "[WorkSafeBC]", "[ServiceOntario]".
    public static let orgGluedPlace: RuleID = "entity.org-glued-place"
    /// A regional district or municipality: a local government. Matches: "[Thompson-Nicola Regional District]".
    public static let orgLocalGovernment: RuleID = "entity.org-local-government"

    /// A known organisation or speaking seat of power. Matches: "[Reuters]", "the [Kremlin]".
    public static let orgKnown: RuleID = "entity.org-known"
    /// An organisation keyword ends the name, or opens it before "of". Matches: "[National Police Chiefs' Council]".
    public static let orgKeyword: RuleID = "entity.org-keyword"
    /// The name owns an office only organisations hold. Matches: "[Ofcom]'s chief executive".
    public static let orgOffice: RuleID = "entity.org-office"
    /// A company's legal suffix ends the name. Matches: "[Acme Holdings Ltd]".
    public static let orgSuffix: RuleID = "entity.org-suffix"
    /// One unknown word glued from a stem and a company's word, no given or family name. Matches:
    /// "[Arianespace] said", "[Quillsoft] said".
    public static let orgNameEnding: RuleID = "entity.org-name-ending"
    /// A lower-case kind of organisation just before the name. Matches: "state broadcaster [TV Perú]".
    public static let orgDescriptor: RuleID = "entity.org-descriptor"
    /// A town, then a club word, or any name then a word that names only clubs.
    /// Matches: "[Bristol Rovers]", "[Exeter City]", "[Everton FC]", "[Harwick Rovers]".
    public static let orgClub: RuleID = "entity.org-club"
    /// A club named by the words of a transfer around it. Matches: "signed from [Brentford]",
    /// "a move to [Valdora]", "[Harwick] have agreed a fee", "[Harwick] confirmed the signing".
    public static let orgClubContext: RuleID = "entity.org-club-context"
    /// A name no rule typed after "according to": a firm's, an agency's or a publication's, weakly (a
    /// person's surname alone on a page that names the person in full joins the person).
    /// Matches: "according to [Deloitte]".
    public static let orgAccordingTo: RuleID = "entity.org-according-to"
    /// Two names joined by an ampersand. Matches: "[Pennick & Rowe]".
    public static let orgAmpersand: RuleID = "entity.org-ampersand"
    /// A field of public work, or an organisation keyword, before a nation's name.
    /// Matches: "[Sport England]", "[Arts Council England]", "[Transport Scotland]".
    public static let orgNationBody: RuleID = "entity.org-nation-body"
    /// A sports club shown by a score between two names or a player's or manager's word after it; a
    /// place's name too. Matches: "[Hibs] 2-1 [Hearts]", "[Aberdeen] manager", "[Celtic] striker".
    public static let orgSportsClub: RuleID = "entity.org-sports-club"
    /// Name-shaped words before an organisation's one-word short name: another organisation.
    /// Matches: "[Neo Democrats]" (not the "Democrats" of the Democratic Party).
    public static let orgExtendedName: RuleID = "entity.org-extended-name"
    /// A capital "The" inside a sentence before an unknown name: a publication's, a band's or another
    /// organisation's title. Matches: "published in The [Lancet Public Health]", "a song by The [Beatles]".
    public static let orgCapitalThe: RuleID = "entity.org-capital-the"
    /// An unknown acronym. Matches: "the [NPCC]".
    public static let orgAcronym: RuleID = "entity.org-acronym"
    /// The capitalised words (an "and" or "of" inside) whose initials a bracketed acronym after them spells,
    /// a nation's adjective too. Matches: "[Environment and Climate Change Canada] (ECCC)", "the [Australian
    /// Institute of Marine Science] (AIMS)".
    public static let orgAcronymExpansion: RuleID = "entity.org-acronym-expansion"
    /// A lower-case word after the name that only organisations take, or "shares in" before it.
    /// Matches: "the [Sea Org] group", "[Halvex] shares", "[Quill]'s website", "shares in [Halvex]".
    public static let orgContext: RuleID = "entity.org-context"
    /// People who work somewhere, then "at", before the name (organizations/context-words.tsv, use
    /// staff). Matches: "analysts at [Halvex] said", "researchers at [Quillsoft]".
    public static let orgStaffAt: RuleID = "entity.org-staff-at"
    /// A nation's adjective right before an organisation's name is part of it. Matches: "the [British Red
    /// Cross]", "the [German Aerospace Center]" (not "US" before "State Department": a country's name).
    public static let orgNationAdjective: RuleID = "entity.org-nation-adjective"
    /// A place made by a keyword alone (its first word in no gazetteer) that speaks is an organisation.
    /// Matches: "[Avanti West Coast] says", "[Vellmouth Harbour] said" (not "Kyiv says": a gazetteer place).
    public static let orgSpeakingPlaceName: RuleID = "entity.org-speaking-place-name"
    /// A district named for a public service it runs is the authority. Matches: "[Vellmouth Unified School
    /// District]", "[Metropolitan Water District]" (not "Lake District", a place).
    public static let orgServiceDistrict: RuleID = "entity.org-service-district"
    /// An apposition naming a kind of organisation. Matches: "[Norvane], the broadcaster, said".
    public static let orgApposition: RuleID = "entity.org-apposition"
    /// An unknown name a person belongs to. Matches: "[Vell]'s Ann Lee", "Ann Lee of the [Vell Alliance]".
    public static let orgAffiliation: RuleID = "entity.org-affiliation"
    /// An unknown name listed with an organisation. Matches: "[Halvex], Microsoft and Google".
    public static let orgCoordination: RuleID = "entity.org-coordination"
    /// "Team" before a country's name: a national sports team. Matches: "[Team Norway]".
    public static let orgTeam: RuleID = "entity.org-team"
    /// The holder of a copyright line whose first word is no known given name: a publisher or an agency.
    /// Matches: "© [Donau-Kurier Verlag] 2026" (not "© Jane Smith").
    public static let orgCopyright: RuleID = "entity.org-copyright"
    /// An image credit: an agency or a photographer. Matches: "Image source, [Reuters]".
    public static let orgImageCredit: RuleID = "entity.image-credit"

    // MARK: Merging

    /// The same name, written alike once case, "the" and possessives are set aside.
    public static let aliasSameName: RuleID = "alias.same-name"
    /// The same name with and without diacritics. Matches: "Orban" into "Orbán".
    public static let aliasDiacritics: RuleID = "alias.diacritics"
    /// A transliteration variant. Matches: "Sergei Lavrov" into "Sergey Lavrov", "Kiev" into "Kyiv".
    public static let aliasTransliteration: RuleID = "alias.transliteration"
    /// A surname alone into the one full name of the same type. Matches: "Rubio" into "Marco Rubio".
    public static let aliasSurname: RuleID = "alias.surname"
    /// A given name alone into the one full name it opens. Matches: "Karoline" into "Karoline Leavitt".
    public static let aliasGivenName: RuleID = "alias.given-name"
    /// A shorter form of a longer name. Matches: "Bernd Debusmann" into "Bernd Debusmann Jr".
    public static let aliasShorterForm: RuleID = "alias.shorter-form"
    /// The same name with hyphens or spaces between its syllables. Matches: "Kim Jong-un" and
    /// "Kim Jong Un", "Moon Jae-in" and "Moon Jae In".
    public static let aliasSyllables: RuleID = "alias.syllables"
    /// "Faith Rotich" into "Faith Chepkoech Rotich": given and family name, without the middle name.
    public static let aliasMiddleName: RuleID = "alias.middle-name"
    /// A club named by one word in a club's context into the club's full name. Matches: "Rovers"
    /// ("Rovers manager") into "Bristol Rovers", "Exeter" ("Exeter boss") into "Exeter City".
    public static let aliasClubName: RuleID = "alias.club-name"
    /// A person's initials in brackets after the name. Matches: "MBS" into "Mohammed bin Salman".
    public static let aliasInitials: RuleID = "alias.initials"
    /// An acronym into its expansion. Matches: "NPCC" into "National Police Chiefs' Council".
    public static let aliasAcronym: RuleID = "alias.acronym"
    /// A lexicon row names both forms. Matches: "EU" into "European Union", "US" into "United States".
    public static let aliasLexicon: RuleID = "alias.lexicon"
    /// An organisation's first word alone. Matches: "BBC" into "BBC News".
    public static let aliasOrgHead: RuleID = "alias.org-head"
    /// A handle into the name it spells. Matches: "@AndriyYermak" into "Andriy Yermak".
    public static let aliasHandle: RuleID = "alias.handle"
    /// A place with a state or district code, or "City", after it. Matches: "Washington DC" with
    /// "Washington", "Taipei City" with "Taipei".
    public static let aliasPlaceQualifier: RuleID = "alias.place-qualifier"
}

extension RuleID {
    /// `==`, with the UTF-8 counts compared first: rule IDs are ASCII (where equal strings have
    /// equal bytes), and most pairs differ in length, which needs no call to compare the strings.
    @inline(__always)
    func isSame(_ other: RuleID) -> Bool {
        rawValue.utf8.count == other.rawValue.utf8.count && self == other
    }
}
