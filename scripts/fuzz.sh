#!/usr/bin/env bash
# Fuzzes one of ClaimKit's readers or parsers with libFuzzer for a bounded time.
#   scripts/fuzz.sh [text-reader|html-reader|page-reader|tokenizer|quantities|pipeline] [SECONDS]
# Crashes are written to .build-fuzz/crashes/; keep each as a regression test. The corpus
# each target grows is kept in .build-fuzz/corpus/TARGET and reused by the next run.
# Every target is built with address sanitizer; a crash, a failed precondition, an ASan
# report, a timeout (-timeout=20 s per input) or running out of memory (-rss_limit_mb) is a finding.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-text-reader}
seconds=${2:-60}
scripts/bootstrap.sh
swift build -c release --scratch-path .build-fuzz --product claimkit-fuzz --toolset Fuzz/toolset.json >/dev/null
bin=$(swift build -c release --scratch-path .build-fuzz --toolset Fuzz/toolset.json --show-bin-path)/claimkit-fuzz
mkdir -p .build-fuzz/corpus/$target .build-fuzz/crashes
seed=.build-fuzz/corpus/$target
max_len=65536
case $target in
  html-reader|page-reader)
    printf '<html><body><article><h1>T</h1><p>Orbán says "ready".</p></article></body></html>' > $seed/seed.html
    cp Tests/ClaimKitReadingHTMLTests/Fixtures/*.html $seed/ ;;
  tokenizer|quantities) max_len=4096; cp Corpus/*.txt $seed/ ;;
  *) cp Corpus/*.txt $seed/ ;;
esac
# detect_leaks=0 (flag and ASAN_OPTIONS): the regexes and tables built once per process are reported as leaks
# when the run ends (an empty "crash" file); they are no findings.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} CLAIMKIT_FUZZ=$target "$bin" -max_total_time="$seconds" -max_len=$max_len -timeout=20 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/crashes/$target- \
  -detect_leaks=0 -print_final_stats=1 "$seed"
