#!/usr/bin/env bash
# Large robustness inputs that are too big for the test suite, run through the release
# `claimkit extract` one at a time, each with its time and peak memory:
#
#   scripts/stress.sh [NAME...]        # all cases, or only the named ones
#
# Cases: empty, million-entries, paragraph-200mb, nested-html, invalid-utf8, nul-bytes,
# cyrillic, arabic, unterminated-quote, digits-400, batch-2000, batch-20000, sigint.
# A case passes when claimkit exits 0 (1 for the empty page, with its one-line reason), the
# output is whole JSON lines, and for the batches (N JSONL documents, --jobs 2, document
# N/2 with empty text) exactly N-1 results, in input order, the failing one reported on
# standard error by its id, exit status 1. batch-2000 is there to compare peak memory with
# batch-20000 (it must stay flat). sigint sends SIGINT to the batch-20000 run after
# ${SIGINT_AFTER:-3} s: exit status 130, whole lines only, the first documents in order.
# Inputs are generated into .build/stress (several hundred MB; removed with --clean).
# SCALE=0.1 scripts/stress.sh ... makes the million-entry page and the 200 MB paragraph a
# tenth as big (the full sizes need several GB of memory; check the time grows linearly).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --clean ]; then rm -rf .build/stress; exit 0; fi
swift build -c release --product claimkit >/dev/null
bin=$(swift build -c release --show-bin-path)/claimkit
# Inputs are kept between runs, in a folder named for this script's contents: a changed generator
# makes new inputs instead of reusing those of an older one.
dir=.build/stress/$(sha1sum scripts/stress.sh | cut -c1-12)
mkdir -p "$dir"
cases=${*:-empty million-entries paragraph-200mb nested-html invalid-utf8 nul-bytes cyrillic arabic unterminated-quote digits-400 batch-2000 batch-20000 sigint}
failed=0

make_input() {
  local name=$1 file=$dir/$1${SCALE:+-x$SCALE}.$2
  [ -s "$file" ] || [ "$name" = empty ] && [ -e "$file" ] && { echo "$file"; return; }
  case $name in
    empty) : > "$file" ;;
    million-entries) python3 - "$file" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    import os
    for i in range(1, int(1_000_000 * float(os.environ.get("SCALE", "1"))) + 1):
        f.write(f"  {i}. Update number {i} from the summitpublished at {i % 24}:{i % 60:02d} BST\n\n")
        f.write(f"    Officials said {i % 900 + 100} people attended, about {i % 50} more than \"last time\".\n\n")
PY
    ;;
    paragraph-200mb) python3 - "$file" <<'PY'
import sys
words = ('Putin told Trump on Monday that "the talks were useful" and that 2,500 km was about '
         '1,550 miles, while Zelensky said the war had cost more than $140bn. ').encode()
import os
with open(sys.argv[1], "wb") as f:
    n = 0
    while n < 200_000_000 * float(os.environ.get("SCALE", "1")):
        f.write(words); n += len(words)
    f.write(b"\n")
PY
    ;;
    nested-html) python3 - "$file" <<'PY'
import sys
depth = 10_000
with open(sys.argv[1], "w") as f:
    f.write("<!DOCTYPE html><html><head><title>Deep</title></head><body><article><h1>Deep page</h1>")
    f.write("<div>" * depth + '<p>Putin said "we are ready" after 2,500 km.</p>' + "</div>" * depth)
    f.write("<p>Orbán said the summit would take two hours.</p></article></body></html>")
PY
    ;;
    invalid-utf8) python3 - "$file" <<'PY'
import random, sys
random.seed(7)
base = open("Corpus/bbc-live-trump-putin-call.txt", "rb").read()
out = bytearray()
for i, b in enumerate(base):
    out.append(b)
    if i % 97 == 0: out.append(random.choice([0x80, 0xC3, 0xE2, 0xFF, 0xF0, 0xC0]))
open(sys.argv[1], "wb").write(bytes(out))
PY
    ;;
    nul-bytes) python3 - "$file" <<'PY'
import sys
base = open("Corpus/bbc-live-trump-putin-call.txt", "rb").read()
open(sys.argv[1], "wb").write(base.replace(b" the ", b" the\x00 ").replace(b"\n\n", b"\n\x00\n"))
PY
    ;;
    cyrillic) python3 - "$file" <<'PY'
import sys
para = ('Президент Владимир Путин заявил, что «переговоры были полезными», а расстояние составляет 2 500 км. '
        'Министр сказал: "Мы готовы". Около 1 000 человек пришли на площадь.\n\n')
open(sys.argv[1], "w").write("Переговоры в Будапеште\n\n" + para * 2000)
PY
    ;;
    arabic) python3 - "$file" <<'PY'
import sys
para = ('قال الرئيس فلاديمير بوتين إن "المحادثات كانت مفيدة" وإن المسافة تبلغ 2500 كيلومتر. '
        'وتجمع نحو ١٠٠٠ شخص في الساحة، بحسب الشرطة.\n\n')
open(sys.argv[1], "w").write("محادثات في بودابست\n\n" + para * 2000)
PY
    ;;
    unterminated-quote) python3 - "$file" <<'PY'
import sys
body = "".join(f'Paragraph {i}: Putin said the talks lasted two hours and 1,{i % 1000:03d} people came.\n\n' for i in range(200_000))
open(sys.argv[1], "w").write('"This quote never closes and the page goes on\n\n' + body)
PY
    ;;
    digits-400) python3 - "$file" <<'PY'
import sys
n = "9" * 400
open(sys.argv[1], "w").write(
    f"A page of huge numbers\n\nThe debt was {n} dollars, or {n}.{n} km, about {'1' * 400} people, "
    f"£{'4' * 400}bn and {'7' * 200},{'000,' * 60}000 tonnes.\n")
PY
    ;;
    batch-2000|batch-20000) python3 - "$file" "${name#batch-}" <<'PY'
import json, sys
count = int(sys.argv[2])
pages = [open(p).read() for p in ["Corpus/bbc-live-trump-putin-call.txt", "Corpus/reader-article.txt",
                                  "Corpus/reader-live-gmt-labels.txt", "Corpus/reader-live-one-entry.txt"]]
with open(sys.argv[1], "w") as f:
    for i in range(count):
        page = pages[i % len(pages)]
        if i == count // 2:
            f.write(json.dumps({"id": f"doc-{i}", "text": " \n "}) + "\n")  # fails: the input is empty
        elif i % 5 == 0:
            f.write(json.dumps({"id": f"doc-{i}", "html": "<html><body><article><h1>Page %d</h1>%s</article></body></html>"
                                % (i, "".join(f"<p>{p}</p>" for p in page.split("\n\n")[:40]))}) + "\n")
        else:
            f.write(json.dumps({"id": f"doc-{i}", "text": page.replace("Trump", f"Trump{i % 7}")}) + "\n")
PY
    ;;
  esac
  echo "$file"
}

for name in $cases; do
  ext=txt; [ $name = nested-html ] && ext=html
  case $name in batch-*|sigint) ext=jsonl ;; esac
  input=$(make_input ${name/sigint/batch-20000} $ext)
  out=$dir/$name${SCALE:+-x$SCALE}.out
  args=(extract "$input" --format jsonl)
  case $name in batch-*|sigint) args+=(--jobs 2) ;; esac
  run=("$bin"); [ $name = sigint ] && run=(timeout --preserve-status -s INT "${SIGINT_AFTER:-3}" "$bin")
  set +e
  /usr/bin/time -f "%e s %M KiB" -o "$dir/$name.time" "${run[@]}" "${args[@]}" > "$out" 2> "$dir/$name.err"
  status=$?
  set -e
  expected=0
  case $name in empty|batch-*) expected=1 ;; sigint) expected=130 ;; esac
  verdict=ok
  [ $status -eq $expected ] || verdict="FAILED (exit $status)"
  if ! python3 - "$out" "$name" "$dir/$name.err" <<'PY'
import json, os, sys
if os.path.getsize(sys.argv[1]) > 500_000_000:
    # Too big to parse here (the 200 MB paragraph gives about 1.9 GB of JSON): one whole line.
    with open(sys.argv[1], "rb") as f:
        f.seek(-1, 2)
        assert f.read(1) == b"\n", "output does not end with a whole line"
    sys.exit(0)
lines = open(sys.argv[1], "rb").read().split(b"\n")
assert lines[-1] == b"", "output does not end with a whole line"
docs = [json.loads(l) for l in lines[:-1]]
name, err = sys.argv[2], open(sys.argv[3]).read()
if name.startswith("batch-"):
    count = int(name[6:])
    names = [d["source"]["name"] for d in docs]
    assert names == [f"doc-{i}" for i in range(count) if i != count // 2], f"{len(names)} results, not the {count - 1} in input order"
    assert f"record doc-{count // 2}: the input is empty" in err, "the failing document is not reported by its id"
    assert f"{count} documents, 1 failed" in err, "no summary line"
if name == "sigint":
    names = [d["source"]["name"] for d in docs]
    assert 0 < len(names) < 20_000 and names == [f"doc-{i}" for i in range(len(names))], f"{len(names)} results"
    assert "(interrupted)" in err, "no summary of the interrupted run"
    print(f"  sigint: {len(names)} whole lines before the interrupt", file=sys.stderr)
PY
  then verdict="FAILED (output)"; fi
  [ "$verdict" = ok ] || failed=1
  printf '%-20s %8s MB  %-28s %s  %s\n' $name $(( $(stat -c %s "$input") / 1000000 )) "$(tail -1 $dir/$name.time)" "$verdict" \
    "$(tail -1 $dir/$name.err | cut -c1-80)"
done
exit $failed
