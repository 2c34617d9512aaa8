#!/usr/bin/env python3
"""Scores ClaimKit's entities on gum-news twice: against the shared reference as it is, and
against the same reference with only the corrections of docs/gum-news-reference-corrections.json
applied (in memory: the shared reference is read-only and stays untouched).

    scripts/score-gum-corrected.py                      builds nothing; runs .build/release/claimkit
    scripts/score-gum-corrected.py --bin PATH           another claimkit binary
    scripts/score-gum-corrected.py --pred DIR           outputs already made (NAME.json per page)
    scripts/score-gum-corrected.py --per-doc            one line per page too
    scripts/score-gum-corrected.py --notes              prints docs/gum-news-reference-notes.md

Every correction must find its reference entry (or, for 'add', find none), and its evidence must
be a quotation of the page: the script stops otherwise, so the notes cannot drift from the pages.
The shared material is looked for beside this checkout (../shared), or where CLAIMKIT_SHARED points.
"""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORRECTIONS = ROOT / "docs" / "gum-news-reference-corrections.json"


def shared_dir():
    for d in (os.environ.get("CLAIMKIT_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if d and (Path(d) / "eval" / "score.py").exists():
            return Path(d)
    sys.exit("no shared evaluation material: set CLAIMKIT_SHARED")


SHARED = shared_dir()
GUM = SHARED / "eval" / "gum-news"
sys.path.insert(0, str(SHARED / "eval"))
import score  # noqa: E402

SECTIONS = (("people", "person"), ("places", "place"), ("organizations", "organization"))


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def find(entries, name):
    return next((e for e in entries if e["name"] == name), None)


def apply(gold, fixes, text):
    """The reference with `fixes` applied; raises ValueError when one does not fit the page."""
    gold = copy.deepcopy(gold)
    page = squash(text)
    for f in fixes:
        if squash(f["evidence"]) not in page:
            raise ValueError(f"evidence not on the page: {f['evidence']!r}")
        entries = gold[f["section"]]
        e = find(entries, f["name"])
        op = f["op"]
        if op == "add":
            keys = {score.name_key(f["name"])}
            if any(keys & score.keys_of(x) for x in entries):
                raise ValueError(f"add: {f['name']!r} is already in {f['section']}")
            entries.append({"name": f["name"], "aliases": list(f.get("aliases", []))})
            continue
        if e is None:
            raise ValueError(f"{op}: no {f['section']} entry named {f['name']!r}")
        if op == "remove":
            entries.remove(e)
        elif op == "rename":
            e["name"] = f["to"]
        elif op == "add-alias":
            e["aliases"].append(f["alias"])
        elif op == "split-alias":
            if f["alias"] not in e["aliases"]:
                raise ValueError(f"split-alias: {f['alias']!r} is no alias of {f['name']!r}")
            e["aliases"].remove(f["alias"])
            entries.append({"name": f["alias"], "aliases": []})
        else:
            raise ValueError(f"unknown op {op!r}")
    return gold


def extract(binary, out):
    for page in sorted(GUM.glob("*.txt")):
        with open(out / f"{page.stem}.json", "w") as fh:
            subprocess.run([binary, "extract", str(page), "--format", "json"], stdout=fh,
                           stderr=subprocess.DEVNULL, check=False)


def tally(pred_dir, corrections, per_doc):
    totals = {"plain": {k: [0, 0, 0] for k, _ in SECTIONS}, "corrected": {k: [0, 0, 0] for k, _ in SECTIONS}}
    score.ANY_ENTRY = True
    for g in sorted(GUM.glob("*.gold.json")):
        name = g.name[: -len(".gold.json")]
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = (GUM / f"{name}.txt").read_text(encoding="utf-8")
        fixed = apply(gold, corrections.get(name, []), text)
        try:
            pred = json.loads((pred_dir / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pred = {"entities": []}
        row = []
        for label, ref in (("plain", gold), ("corrected", fixed)):
            cells = []
            for k, t in SECTIONS:
                r = score.score_entities(ref, pred, t, k)
                for i, key in enumerate(("tp", "fp", "fn")):
                    totals[label][k][i] += r[key]
                cells.append(f"{k[:3]} {r['f1']:.2f}")
            row.append(" ".join(cells))
        if per_doc:
            print(f"{name:<24} plain {row[0]}   corrected {row[1]}")
    for label in ("plain", "corrected"):
        parts = []
        for k, _ in SECTIONS:
            tp, fp, fn = totals[label][k]
            parts.append(f"{k}={score.prf(tp, fp, fn)[2]:.3f} (tp {tp} fp {fp} fn {fn})")
        print(f"{label:<10} " + "  ".join(parts))


def notes(corrections):
    out = [
        "# gum-news: reference entries we judge wrong",
        "",
        "The gum-news entity references (`../shared/eval/gum-news/*.gold.json`) are derived automatically",
        "from the GUM corpus's annotation, and their README says to expect noise. This file lists, per page,",
        "each reference entry that a careful annotator would call wrong, with the page's own words. It is",
        "generated from `docs/gum-news-reference-corrections.json` by `scripts/score-gum-corrected.py --notes`;",
        "the same script scores ClaimKit against the plain reference and against the reference with only",
        "these corrections applied (the shared reference itself is never edited).",
        "",
        "Left alone on purpose (debatable, not clearly wrong): countries typed as organisations where they",
        "act (North Korea; the national football teams), museums typed as places, image credits that are",
        "user names, 'Marilyn' for Warhol's pictures of Marilyn Monroe, religions listed as organisations",
        "(Wicca), the odd extra words in a name whose aliases hold the right form ('States Hamdullah Mohib').",
        "",
        "| kind | meaning |",
        "|---|---|",
        "| omitted | a name the page gives that the reference leaves out (added) |",
        "| conjunction | two names joined by 'and' listed as one entry (removed; each is listed on its own) |",
        "| duplicate | the same referent listed twice (the copy is removed) |",
        "| nested | a name that occurs only inside a longer name of something else (removed) |",
        "| truncated | the page's name cut short (renamed, or the page's form added as an alias) |",
        "| wrong-merge | two referents as one entry (split, or removed with its parts added) |",
        "| wrong-type | not a person/place/organisation of that section (removed) |",
        "| misspelt | the page's own second spelling of a listed name (added as an alias) |",
        "",
    ]
    for doc, fixes in sorted(corrections.items()):
        out.append(f"## {doc}")
        out.append("")
        out.append("| section | entry | correction | kind | the page says |")
        out.append("|---|---|---|---|---|")
        for f in fixes:
            op = f["op"]
            change = {"add": "add" + (f" (aliases {', '.join(f['aliases'])})" if f.get("aliases") else ""),
                      "remove": "remove", "rename": f"rename to '{f.get('to')}'",
                      "add-alias": f"add alias '{f.get('alias')}'",
                      "split-alias": f"alias '{f.get('alias')}' becomes its own entry"}[op]
            why = f" ({f['why']})" if f.get("why") else ""
            quote = f["evidence"].replace("|", "\\|")
            out.append(f"| {f['section']} | {f['name']} | {change}{why} | {f['kind']} | \"{quote}\" |")
        out.append("")
    counts = {}
    for fixes in corrections.values():
        for f in fixes:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    out.append("Totals: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ".")
    return "\n".join(out) + "\n"


def main(argv):
    corrections = json.loads(CORRECTIONS.read_text(encoding="utf-8"))["documents"]
    if "--notes" in argv:
        sys.stdout.write(notes(corrections))
        return 0
    per_doc = "--per-doc" in argv
    if "--pred" in argv:
        tally(Path(argv[argv.index("--pred") + 1]), corrections, per_doc)
        return 0
    binary = argv[argv.index("--bin") + 1] if "--bin" in argv else str(ROOT / ".build" / "release" / "claimkit")
    if not Path(binary).exists():
        sys.exit(f"no {binary}: swift build -c release first, or give --bin/--pred")
    with tempfile.TemporaryDirectory() as tmp:
        extract(binary, Path(tmp))
        tally(Path(tmp), corrections, per_doc)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
