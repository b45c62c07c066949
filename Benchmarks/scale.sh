#!/usr/bin/env bash
# CLI at scale: peak RSS and wall time of `zh-extract extract` on a 1 GB text file and a 1 GB
# JSONL file built from the benchmark corpus, with --jobs 1 and --jobs 2 (all kinds), and on the
# text file's GB18030 copy (decoded as it streams).
#   bash Benchmarks/scale.sh [SIZE_MB]      (default 1000; INPUTS="jsonl" to run one input kind)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1000}
swift build -c release --product zh-extract >/dev/null
bin="$(swift build -c release --show-bin-path)/zh-extract"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=Benchmarks/corpus/news-16MB.txt
[ -f "$corpus" ] || python3 Benchmarks/make_corpus.py >/dev/null
repeats=$(( (size_mb + 15) / 16 ))
for _ in $(seq "$repeats"); do cat "$corpus"; done > "$work/big.txt"
python3 - "$work/big.txt" "$work/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for number, line in enumerate(src):
        out.write(json.dumps({"id": number, "text": line.rstrip("\n")}, ensure_ascii=False) + "\n")
PY
iconv -f UTF-8 -t GB18030 "$work/big.txt" > "$work/big.gb18030.txt"
kinds=money,date,place,org,percent
for input in ${INPUTS:-text jsonl gb18030}; do
  file="$work/big.txt"; [ "$input" = jsonl ] && file="$work/big.jsonl"; [ "$input" = gb18030 ] && file="$work/big.gb18030.txt"
  mb=$(( $(stat -c %s "$file") / 1000000 ))
  for jobs in 1 2; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" extract --input "${input/gb18030/text}" --kinds "$kinds" --jobs "$jobs" "$file" > "$work/out"
    read -r seconds kilobytes < "$work/time"
    lines=$(wc -l < "$work/out")
    echo "$input ${mb} MB, --jobs $jobs: ${seconds} s, $(python3 -c "print(round($mb/$seconds,1))") MB/s, peak RSS $(( kilobytes / 1024 )) MB, $lines output lines"
  done
done
