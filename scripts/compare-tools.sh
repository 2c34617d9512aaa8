#!/usr/bin/env bash
# Times ClaimKit and libxml2's own parser (xmllint) on exactly the same inputs, one core each:
#   scripts/compare-tools.sh [MEGABYTES] [HTML_CORPUS_DIR]
# The benchmark writes its generated inputs (and, with a corpus folder, the real HTML pages
# it repeated) under a temporary folder; xmllint --html --noout then parses every HTML file
# there, and `claimkit extract` runs on the same files as a user would run it (one process,
# a folder of files, --jobs 1, so its lexicon loading and set-up are counted too). Prints
# MB/s for each. Tools that are not installed are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-3}
corpus=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product claimkit-benchmark >/dev/null
swift build -c release --product claimkit >/dev/null
bin=$(swift build -c release --show-bin-path)
args=(--megabytes "$megabytes" --save-inputs "$work")
[ -n "$corpus" ] && args+=(--html-corpus "$corpus")
"$bin/claimkit-benchmark" "${args[@]}"

rate() { # BYTES SECONDS
  python3 -c "import sys; b, s = float(sys.argv[1]), float(sys.argv[2]); print(f'{b / 1e6 / s:8.2f} MB/s ({b / 1e6:.1f} MB in {s:.2f} s)' if s > 0 else f'too fast to time ({b / 1e6:.1f} MB in under 0.01 s): use more megabytes')" "$1" "$2"
}
cpu_seconds() { # command...: prints user+sys seconds of the command
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  awk '{ print $1 + $2 }' "$work/time"
}

echo
echo "same inputs, whole processes (CPU seconds: user + system):"
for kind in text html real-html; do
  dir="$work/$kind"
  [ -d "$dir" ] || continue
  bytes=$(cat "$dir"/* | wc -c)
  echo "$kind ($(ls "$dir" | wc -l) files):"
  echo "  claimkit extract --jobs 1:  $(rate "$bytes" "$(cpu_seconds "$bin/claimkit" extract "$dir" --jobs 1)")"
  if [ "$kind" != text ] && command -v xmllint >/dev/null; then
    echo "  xmllint --html --noout:     $(rate "$bytes" "$(cpu_seconds sh -c "xmllint --html --noout $dir/* 2>/dev/null")")"
  fi
done
