#!/usr/bin/env python3
"""Builds Lexicons/places/wordnet-places.tsv: English names of regions, seas, straits,
islands, rivers, mountains and cities from WordNet's noun.location and noun.object files.

GeoNames (cities.tsv) and ISO 3166-2 (subdivisions.tsv) give places under their local or
official names ("Makkah", "Lombardia"); news writes the English ones ("Mecca", "Lombardy"),
and names regions and waters those lists lack ("the Solent", "Pacific Northwest").
WordNet tells a place by its instance hypernym ("Lombardy" is an instance of "Italian region").

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 scripts/make-wordnet-places.py /tmp/wn/usr/share/wordnet/data.noun > Lexicons/places/wordnet-places.tsv

Kept: capitalised lemmas of instance synsets (pointer "@i") in lexicographer files 15
(noun.location) and 17 (noun.object) whose hypernym is a kind of place on Earth (stars,
planets, zodiac signs, streets and buildings left out). The entity stage loads the rows after
every other gazetteer, so a name those already know keeps their row.
"""
import sys

# Hypernyms that are no place a news page locates things in.
EXCLUDED_KINDS = {
    "constellation", "star", "binary_star", "giant_star", "supergiant", "asterism", "terrestrial_planet",
    "Jovian_planet", "superior_planet", "inferior_planet", "outer_planet", "asteroid", "minor_planet",
    "satellite", "Galilean_satellite", "sign_of_the_zodiac", "lunar_crater", "soil_horizon", "street",
    "avenue", "public_square", "monument", "gate", "wall", "amusement_park", "retreat", "path", "bunch",
    "part", "section", "site", "zone", "area", "frontier", "boundary", "boundary_line", "state_line",
    "prime_meridian", "tropic", "polar_circle", "pole", "Temperate_Zone", "Frigid_Zone", "climatic_zone",
    "belt", "fault", "trade_route", "battlefield", "watering_place", "vicinity", "mandate",
}


def other_words(folder):
    """Lower-cased lemmas of every synset outside noun.location and noun.object, of all four
    parts of speech: a place name that is also one of them ("Red", "Republican", "Canadian",
    "Churchill") is left out; "Mecca" ("a mecca for artists", itself a location sense) stays."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(f"{folder}/data.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            parts = line.split()
            if pos == "noun" and parts[1] in ("15", "17"):
                continue
            n = int(parts[3], 16)
            for i in range(n):
                words.add(parts[4 + 2 * i].split("(")[0].replace("_", " ").lower())
    return words


def main(path):
    other = other_words(path.rsplit("/", 1)[0])
    synsets = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        offset, lexfile = parts[0], parts[1]
        n = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        pointers = [(parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]) for i in range(int(parts[k]))]
        synsets[offset] = (lexfile, lemmas, pointers)
    def above(offset, seen):
        """The lemmas of every hypernym above a synset ("celestial_body" above "Polaris")."""
        out = set()
        for sym, t in synsets[offset][2]:
            if sym in ("@", "@i") and t in synsets and t not in seen:
                seen.add(t)
                out.add(synsets[t][1][0])
                out |= above(t, seen)
        return out

    rows = {}
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        if lexfile not in ("15", "17"):
            continue
        targets = [t for sym, t in pointers if sym == "@i" and t in synsets]
        kinds = [synsets[t][1][0] for t in targets if synsets[t][1][0] not in EXCLUDED_KINDS]
        if not kinds or "celestial_body" in above(offset, set()):
            continue
        # A class ("city", "Italian region") names the kind; an instance ("Riyadh", a slip of the
        # data) does not.
        classes = [synsets[t][1][0] for t in targets
                   if synsets[t][1][0] in kinds and not any(sym == "@i" for sym, _ in synsets[t][2])]
        kind = classes[0] if classes else "place"
        for lemma in lemmas:
            name = lemma.split("(")[0].replace("_", " ")
            if not name[:1].isupper() or any(c.isdigit() for c in name) or len(name) < 3:
                continue
            if name.lower() in other:
                continue
            rows.setdefault(name, kind.replace("_", " ").lower())
    print("# source: WordNet 3.0 (Debian wordnet-base 1:3.0-37, dict/data.noun: instances in noun.location and")
    print("#   noun.object whose hypernym is a kind of place on Earth; names that are also other words or people left out)")
    print("# licence: WordNet 3.0 licence (permissive; copyright Princeton University, notice kept: see Lexicons/README.md)")
    print("# generated by scripts/make-wordnet-places.py; do not edit by hand")
    print("# kind: the WordNet hypernym the name is an instance of")
    print("name\tkind")
    for name in sorted(rows):
        print(f"{name}\t{rows[name]}")


if __name__ == "__main__":
    main(sys.argv[1])
