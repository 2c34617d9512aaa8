#!/usr/bin/env bash
# Scores ClaimKit on the pages of Corpus/ that have a hand-made reference
# (Corpus/NAME.gold.json), with the shared scorer. The held-out pages were written for
# this check: no rule or lexicon was built from them, so they show how the rules
# generalise beyond the BBC page.
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
[ -f "$scorer" ] || { echo "no $scorer: the shared evaluation material is not beside this checkout" >&2; exit 1; }
swift build -c release >/dev/null
for gold in Corpus/*.gold.json; do
  page=${gold%.gold.json}.txt
  out=$(mktemp)
  .build/release/claimkit extract "$page" --format json > "$out"
  echo "== $page"
  python3 "$scorer" "$gold" "$out" || true
  rm -f "$out"
done
