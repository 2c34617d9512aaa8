#!/usr/bin/env python3
"""Writes Lexicons/people/given-names-international.tsv (and family-names-international.tsv) from the
hand-written lists scripts/international-given-names.hand.tsv and scripts/international-family-names.hand.tsv.

Hand rows: name, gender (male/female/unknown; family rows leave it empty), region, flag. A row is left out
when its name
  - is already in the census list (people/given-names.tsv or people/family-names.tsv: nothing to add),
  - is a lower-case word of the dictionary (cues/common-words.tsv, SCOWL), as written or without its marks
    ("Said", "Hind", "Sultan"),
  - is a place or an organisation the lexicons know (any row of places/*.tsv, organizations/known.tsv and
    its aliases, cues/non-names.tsv), or the first word of a longer known place ("Abu Dhabi", "Kuala Lumpur"),
unless its flag is `keep` (rows curated before these lists were made, and names that are overwhelmingly
names). Flag `drop`: left out because the measured pages showed a place or an organisation read as a person
("Kerem Shalom", the crossing; "Neo Democrats", the party). Names with and without diacritics are rows of their own ("Yıldırım", "Yildirim").

    python3 scripts/make-international-given-names.py
"""
import glob
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "Lexicons")

SPECIAL = {"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
           "ð": "d", "þ": "th", "ħ": "h", "’": "'"}


def fold(s):
    """Lower case without marks, as NameFolding.fold compares names."""
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower().replace(".", "")


def rows(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out[1:]  # header


def keys_of(path):
    return {fold(r[0]) for r in rows(path) if r and r[0]}


def exclusions():
    common = set()
    for r in rows(os.path.join(LEX, "cues", "common-words.tsv")):
        common.add(r[0])
        common.add(fold(r[0]))
    places, openers = set(), set()
    for path in glob.glob(os.path.join(LEX, "places", "*.tsv")):
        lex = rows(path)
        header = open(path, encoding="utf-8").read().split("\n")
        cols = [l for l in header if l and not l.startswith("#")][0].split("\t")
        for r in lex:
            names = [r[0]]
            if "canonical" in cols and len(r) > cols.index("canonical"):
                names.append(r[cols.index("canonical")])
            for n in names:
                if not n:
                    continue
                words = n.split()
                if len(words) == 1:
                    places.add(fold(n))
                elif words[0][:1].isupper():
                    openers.add(fold(words[0]))
    orgs = set()
    path = os.path.join(LEX, "organizations", "known.tsv")
    header = [l for l in open(path, encoding="utf-8").read().split("\n") if l and not l.startswith("#")][0].split("\t")
    for r in rows(path):
        orgs.add(fold(r[0]))
        if "aliases" in header and len(r) > header.index("aliases"):
            for a in r[header.index("aliases")].split(";"):
                if a:
                    orgs.add(fold(a))
    orgs |= keys_of(os.path.join(LEX, "cues", "non-names.tsv"))
    return common, places, openers, orgs


def build(hand, census, out, header_lines, columns):
    common, places, openers, orgs = exclusions()
    known = keys_of(os.path.join(LEX, "people", census))
    kept, why = {}, {}
    for r in rows(os.path.join(HERE, hand)):
        name, gender = r[0], (r[1] if len(r) > 1 else "")
        flag = r[3] if len(r) > 3 else ""
        k = fold(name)
        reason = None
        if flag == "drop":
            reason = "dropped"
        elif flag != "keep":
            if k in known:
                reason = "census"
            elif name.lower() in common or k in common:
                reason = "word"
            elif k in places:
                reason = "place"
            elif k in orgs:
                reason = "org"
            elif k in openers:
                reason = "place-opener"
        if reason:
            why.setdefault(reason, []).append(name)
            continue
        if name in kept and kept[name] != gender:
            gender = "unknown"
        kept[name] = gender
    with open(os.path.join(LEX, "people", out), "w", encoding="utf-8") as f:
        for line in header_lines:
            f.write(f"# {line}\n")
        f.write("\t".join(columns) + "\n")
        for name in sorted(kept):
            f.write("\t".join([name, kept[name]][: len(columns)]) + "\n")
    print(f"people/{out}: {len(kept)} rows; left out: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(why.items())))
    return why


def main():
    build(
        "international-given-names.hand.tsv", "given-names.tsv", "given-names-international.tsv",
        [
            "source: hand-curated from general knowledge of naming across regions (scripts/international-given-names.hand.tsv)",
            "licence: the project's own (no third-party list used)",
            "Given names common outside the United States (the census list of given-names.tsv is US-centric);",
            "several transliterations of a name, with and without diacritics, are rows of their own.",
            "generated by scripts/make-international-given-names.py from scripts/international-given-names.hand.tsv",
            "(leaves out census names, dictionary words, known places and organisations); edit the hand list, not this file",
            "gender: male, female or unknown",
        ],
        ["name", "gender"])
    if os.path.exists(os.path.join(HERE, "international-family-names.hand.tsv")):
        build(
            "international-family-names.hand.tsv", "family-names.tsv", "family-names-international.tsv",
            [
                "source: hand-curated from general knowledge of naming across regions (scripts/international-family-names.hand.tsv)",
                "licence: the project's own (no third-party list used)",
                "Family names common outside the United States (family-names.tsv is the US census list);",
                "several transliterations, with and without diacritics, are rows of their own.",
                "generated by scripts/make-international-given-names.py from scripts/international-family-names.hand.tsv",
                "(leaves out census names, dictionary words, known places and organisations); edit the hand list, not this file",
            ],
            ["name"])


if __name__ == "__main__":
    main()
