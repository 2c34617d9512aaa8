#!/usr/bin/env bash
# Scores ClaimKit on the pages of Corpus/ that have a hand-made reference
# (Corpus/NAME.gold.json beside Corpus/NAME.txt or Corpus/NAME.html), with the shared scorer.
# The held-out pages were written for this check by helpers who did not read ClaimKit's
# rules; each was blind for its first run only (the first-run scores are in the notes of
# its reference), so now they are regression checks of how the rules generalise.
#
#   scripts/score-held-out.sh            one block of scores per page, then the means
#   scripts/score-held-out.sh --summary  one line per page, then the means
#
# The shared evaluation material is looked for beside this checkout (../shared), or where
# CLAIMKIT_SHARED points.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${CLAIMKIT_SHARED:-../shared}
[ -d "$shared" ] || { [ -d /work/shared ] && shared=/work/shared; }
scorer=$shared/eval/score.py
[ -f "$scorer" ] || { echo "no $scorer: the shared evaluation material is not beside this checkout (set CLAIMKIT_SHARED)" >&2; exit 1; }
summary=false
[ "${1:-}" = "--summary" ] && summary=true
swift build -c release --product claimkit >/dev/null
bin=$(swift build -c release --show-bin-path)/claimkit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for gold in Corpus/*.gold.json; do
  base=${gold%.gold.json}
  page=$base.txt
  [ -f "$page" ] || page=$base.html
  name=$(basename "$base")
  "$bin" extract "$page" --format json > "$work/$name.json"
  # An article's reference has no entries: its quotes and claims match in any entry.
  extra=()
  python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["entries"] == [] else 1)' "$gold" && extra=(--any-entry)
  python3 "$scorer" "$gold" "$work/$name.json" "${extra[@]}" > "$work/$name.score" 2>&1 || true
  if $summary; then
    echo "$name $(grep '^summary:' "$work/$name.score" | sed 's/^summary: //')"
  else
    echo "== $page"
    cat "$work/$name.score"
  fi
  grep '^summary:' "$work/$name.score" | sed "s/^summary:/$name/" >> "$work/all.txt"
done
python3 - "$work/all.txt" "$work" <<'EOF'
import collections, glob, re, sys
found = wanted = false = 0
for path in glob.glob(sys.argv[2] + "/*.score"):
    m = re.search(r"^contradictions\s+(\d+)/(\d+) found, (\d+) false", open(path).read(), re.M)
    if m:
        found, wanted, false = found + int(m[1]), wanted + int(m[2]), false + int(m[3])
scores = collections.defaultdict(list)
for line in open(sys.argv[1]):
    for pair in line.split()[1:]:
        key, value = pair.split("=")
        scores[key].append(float(value))
pages = max(len(v) for v in scores.values())
print(f"mean over {pages} pages: " + " ".join(f"{k}={sum(v) / len(v):.3f}" for k, v in scores.items()
                                             if k not in ("contradictions",)))
print(f"contradictions: {found}/{wanted} found, {false} false")
EOF
