#!/usr/bin/env bash
# Scores zh-extract on the gold sets named in .ci/floors.tsv and checks each floor.
# Usage: .ci/score.sh PATH/TO/zh-extract PATH/TO/eval
set -euo pipefail
bin=$1
eval_dir=$2
out=$(mktemp -d)
status=0
declare -A done_sets
while IFS=$'\t' read -r set kind metric floor; do
  case "$set" in ''|'#'*) continue ;; esac
  if [ -z "${done_sets[$set]:-}" ]; then
    ref=()
    "$bin" extract --input jsonl --kinds money,date,place,org,percent,person "$eval_dir/$set.jsonl" >"$out/$set.pred" 2>"$out/$set.err" || true
    python3 "$eval_dir/score.py" "$eval_dir/$set.jsonl" "$out/$set.pred" --types money,date,place,org,percent,person --json >"$out/$set.json"
    python3 "$eval_dir/score.py" "$eval_dir/$set.jsonl" "$out/$set.pred" --types money,date,place,org,percent,person | sed "s/^/[$set] /"
    done_sets[$set]=1
  fi
  got=$(python3 - "$out/$set.json" "$kind" "$metric" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))
kind, metric = sys.argv[2], sys.argv[3]
t = res["types"].get(kind)
if t is None:
    print("nan"); sys.exit()
if metric in ("strict", "relaxed"):
    print(t[metric]["f1"] or 0)
else:  # value accuracy on matches: value_strict / value_relaxed / parts_relaxed ...
    key, mode = metric.split("_")
    v = t.get("value", {}).get(mode, {})
    print(v.get(key + "_acc", v.get(key)) or 0)
PY
)
  if python3 -c "import sys; sys.exit(0 if float('$got') >= float('$floor') else 1)"; then
    echo "PASS $set $kind $metric $got >= $floor"
  else
    echo "FAIL $set $kind $metric $got < $floor"
    status=1
  fi
done < .ci/floors.tsv
exit $status
