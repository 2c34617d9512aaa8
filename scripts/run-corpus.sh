#!/usr/bin/env bash
# The main job on Corpus/, from a fresh machine: installs what is missing, builds the
# release binary, extracts every page of Corpus/ into out/<page>.json (the JSON contract)
# and prints each page's inconsistent figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
swift build -c release
mkdir -p out
status=0
while IFS= read -r -d '' page; do
  name=$(basename "$page"); name=${name%.*}
  .build/release/claimkit extract "$page" --format json > "out/$name.json" || status=1
  echo "wrote out/$name.json" >&2
done < <(find Corpus -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | sort -z)
exit $status
