#!/usr/bin/env python3
"""Builds Lexicons/organizations/wordnet-organizations.tsv: names of agencies, international bodies,
parties, armed and militant groups, police and intelligence services, central banks, churches,
academies and universities from WordNet's noun.group (and noun.artifact, for universities).

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 scripts/make-wordnet-organizations.py /tmp/wn/usr/share/wordnet/data.noun > Lexicons/organizations/wordnet-organizations.tsv

Kept: capitalised lemmas of the synsets below "organization" and "terrorist organization" in
lexicographer file 14 (noun.group), and of the instances of "university" and "college" in file 06.
Whole kinds that are no organisation a news page names as one are left out (religions, sects,
dynasties, historic alliances, industries, generic units). A synset's first kept lemma is the
name, the others its aliases (acronyms and other names: "FBI", "Hezbollah"). Left out as a name
or alias: a one-word lemma that is also an ordinary word (a lemma of another WordNet synset, or a
word of Lexicons/cues/common-words.tsv), a given or family name of Lexicons/people, an acronym of
fewer than three letters or one Lexicons/cues/non-names.tsv says names no organisation; and a name
with a place inside (a country, subdivision, continent or city of 100,000 people: "University of Texas",
"Bank of England"), which the keyword rules find with the place named inside it, or one of ordinary words
ending on an organisation keyword ("National Security Council"), which they find too. The entity
stage loads these rows after every other gazetteer and skips a name those already know.
"""
import os
import sys

from wordnet_data import read_synsets

ROOTS = {"organization", "terrorist_organization"}
ARTIFACT_KINDS = {"university", "college"}
# Kinds (hypernyms) whose whole subtree is left out.
EXCLUDED_KINDS = {
    "religion", "sect", "Buddhism", "Judaism", "Hinduism", "Orthodox_Judaism", "cult", "religious_movement",
    "Protestant_denomination", "Baptist_denomination", "Methodist_denomination", "denomination",
    "state", "Reich", "political_unit", "city_state", "host", "film_industry", "market",
    "school", "church_school", "academic_department", "intensive_care_unit", "team", "duet",
    "rock_group", "expedition", "federal_government", "company", "savings_bank",
    "Department_of_State", "committee", "blue", "grey", "dynasty", "royalty", "Inquisition", "order",
    "Augustinian_order", "confederation", "league", "hit_squad", "underground", "Lateran_Council",
    "ecumenical_council", "investment_company", "Protestant_Church", "Economic_and_Social_Council_commission",
}
# Kinds kept as a whole though an ancestor's kind is excluded: none; and single synsets left out
# by their first lemma (generic or historic, not a body news names today).
EXCLUDED_SYNSETS = {"Christian_church", "NGO", "nongovernmental_organization", "Porte", "Court_of_Saint_James's", "Allies",
    "Central_Powers", "Axis", "Russian_agency", "Capital", "Dominion", "MP", "Mutawa'een", "Sparrow_Unit", "Greek_chorus", "Ltd.", "Trojan_horse", "A-team", "JV", "ICU", "PAC"}

# Names and aliases too generic to stand for one body ("Air Force", "Post Office", "High Commission")
# or that name a country ("USA").
EXCLUDED_NAMES = {
    "USA", "Post Office", "Air Force", "Marine Corps", "Foreign Service", "Security Service", "Special Forces",
    "High Commission", "Intelligence Community", "Patent Office", "Technology Administration", "Federal Judiciary",
    "Army Intelligence", "Home Loan Bank", "Federal Reserve Bank", "Islamic Jihad", "Islamic Group",
    "Islamic Community", "Islamic Unity", "Storm Troops", "Common Market", "Government Printing Office",
}
# Kinds whose synsets list translations and descriptions of a group's name among its lemmas
# ("Party of God", "Former Armed Forces"): their multi-word aliases must share a telling word with the name.
GROUP_KINDS = {"terrorist_organization", "guerrilla_force", "paramilitary", "mujahidin"}
GENERIC_WORDS = {
    "islamic", "army", "party", "front", "liberation", "revolutionary", "organization", "organisation", "movement",
    "group", "people's", "national", "united", "popular", "democratic", "international", "islam", "jihad", "forces",
    "force", "brigades", "brigade", "council", "association", "al", "of", "the", "for", "and",
}


def other_words(folder, kept):
    """Lower-cased lemmas of every synset not kept, of all four parts of speech."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(f"{folder}/data.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            parts = line.split()
            if pos == "noun" and parts[0] in kept:
                continue
            n = int(parts[3], 16)
            for i in range(n):
                words.add(parts[4 + 2 * i].split("(")[0].replace("_", " ").lower())
    return words


def place_names(repo, common):
    """Lower-cased names of countries, continents, subdivisions and cities of 100,000 people; a
    subdivision's or city's name that is also an ordinary word ("Central", "Orange") left out."""
    names = set()
    for file in ("countries.tsv", "abbreviations.tsv", "continents.tsv", "subdivisions.tsv", "cities.tsv"):
        with open(os.path.join(repo, "Lexicons", "places", file), encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                if header is None:
                    header = fields
                    continue
                if "population" in header and int(fields[header.index("population")] or 0) < 100_000:
                    continue
                name = fields[0].lower()
                if file in ("subdivisions.tsv", "cities.tsv") and name in common:
                    continue
                names.add(name)
    return names


def has_place(name, places):
    words = name.lower().split(" ")
    return any(" ".join(words[i:j]) in places for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def lexicon_words(repo, file):
    words = set()
    path = os.path.join(repo, "Lexicons", file)
    with open(path, encoding="utf-8") as f:
        header = False
        for line in f:
            if line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            words.add(line.split("\t")[0].strip().lower())
    return words


def main(path):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    synsets = read_synsets(path)
    children = {}
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        for sym, t in pointers:
            if sym in ("@", "@i"):
                children.setdefault(t, []).append(offset)
    kept = {}  # offset -> kind
    roots = [o for o, (lf, lemmas, _) in synsets.items() if lf == "14" and lemmas[0] in ROOTS]
    stack = [(r, synsets[r][1][0]) for r in roots]
    while stack:
        offset, kind = stack.pop()
        for c in children.get(offset, []):
            lexfile, lemmas, _ = synsets[c]
            if c in kept or lexfile != "14" or lemmas[0] in EXCLUDED_KINDS:
                continue
            kept[c] = kind
            stack.append((c, lemmas[0]))
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        if lexfile == "06":
            kinds = [synsets[t][1][0] for sym, t in pointers if sym == "@i" and t in synsets]
            if any(k in ARTIFACT_KINDS for k in kinds):
                kept[offset] = kinds[0]
    other = other_words(path.rsplit("/", 1)[0], set(kept))
    common = lexicon_words(repo, "cues/common-words.tsv")
    people = set()
    for file in ("given-names.tsv", "given-names-international.tsv", "family-names.tsv",
                 "family-names-international.tsv"):
        people |= lexicon_words(repo, "people/" + file)
    non_names = lexicon_words(repo, "cues/non-names.tsv")
    places = place_names(repo, common)
    keywords = lexicon_words(repo, "organizations/keywords.tsv")

    def generic(name):
        """"National Security Council", "Salvation Army": ordinary words ending on an organisation
        keyword, a name many countries' bodies share, which the keyword rules find anyway."""
        words = [w.lower() for w in name.split(" ") if w.lower() not in ("of", "the", "and", "for", "on")]
        return len(words) >= 2 and words[-1] in keywords and all(w in common for w in words)

    def usable(name):
        if not name[:1].isupper() or any(c.isdigit() for c in name):
            return False
        if " " in name:
            # "United States intelligence agency": a kind, not a name.
            return name.split(" ")[-1][:1].isupper()
        low = name.lower()
        if name.replace(".", "").isupper():
            return len(name.replace(".", "")) >= 3 and low not in common and low not in non_names
        return len(name) >= 4 and low not in other and low not in common and low not in people

    rows = {}
    for offset, kind in kept.items():
        lemmas = synsets[offset][1]
        if lemmas[0] in EXCLUDED_SYNSETS:
            continue
        # A body whose name holds a place ("University of Texas", "United States Navy") is left
        # to the keyword rules, which name the place inside it too.
        first = lemmas[0].split("(")[0].replace("_", " ")
        if has_place(first, places) or "U. S." in first:
            continue
        names = []
        for lemma in lemmas:
            name = lemma.split("(")[0].replace("_", " ")
            if usable(name) and name not in names and name not in EXCLUDED_NAMES and not has_place(name, places) \
                    and not generic(name):
                names.append(name)
        if names and kind in GROUP_KINDS:
            telling = {w.lower() for w in names[0].split(" ")} - GENERIC_WORDS - common
            names = names[:1] + [n for n in names[1:] if " " not in n or telling & {w.lower() for w in n.split(" ")}]
        if not names or names[0] in rows:
            continue
        rows[names[0]] = (kind.replace("_", " "), [n for n in names[1:] if n not in rows])
    # An alias that names two synsets ("SS") is nobody's.
    counts = {}
    for name, (_, aliases) in rows.items():
        for n in [name] + aliases:
            counts[n.lower()] = counts.get(n.lower(), 0) + 1
    print("# source: WordNet 3.0 (Debian wordnet-base 1:3.0-37, dict/data.noun: synsets below \"organization\" and")
    print("#   \"terrorist organization\" in noun.group, instances of university and college in noun.artifact;")
    print("#   names that are also other words or people's names left out)")
    print("# licence: WordNet 3.0 licence (permissive; copyright Princeton University, notice kept: see Lexicons/README.md)")
    print("# generated by scripts/make-wordnet-organizations.py; do not edit by hand")
    print("# kind: the WordNet hypernym; aliases: the synset's other names, separated by \";\"")
    print("name\tkind\taliases")
    for name in sorted(rows):
        kind, aliases = rows[name]
        if counts[name.lower()] > 1:
            continue
        aliases = [a for a in aliases if counts[a.lower()] == 1]
        print(f"{name}\t{kind}\t{';'.join(aliases)}")


if __name__ == "__main__":
    main(sys.argv[1])
