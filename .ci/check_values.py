#!/usr/bin/env python3
"""Checks `zh-extract parse` values against the spec suites' expected values.

Usage: check_values.py EVAL_DIR ZH_EXTRACT [--show]
  jionlp_money_parser: every case's money value (amount or range, currency), compared with
  score.py's own money comparison;
  rt_zh_number: every case whose whole text is one number (the number-parsing cases).
Cases in REJECTED are listed with the reason and not counted. Exits 1 on any other failure.
"""
import importlib.util, json, re, subprocess, sys, tempfile
from decimal import Decimal

# Cases whose expected value we consider wrong, with the reason.
REJECTED: dict[str, str] = {}

eval_dir, binary = sys.argv[1], sys.argv[2]
show = "--show" in sys.argv
spec = importlib.util.spec_from_file_location("score", f"{eval_dir}/score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def run(kind, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([binary, "parse", "--as", kind, f.name], capture_output=True, text=True)
    return {json.loads(l)["id"]: json.loads(l)["value"] for l in out.stdout.splitlines()}


failures = 0
docs = [json.loads(l) for l in open(f"{eval_dir}/jionlp_money_parser.jsonl")]
got = run("money", docs)
ok = 0
for d in docs:
    gold = score.money_value(d["entities"][0]["value"])
    pred = score.money_value(got.get(d["id"]))
    if score.money_equal(gold, pred):
        ok += 1
    elif d["id"] in REJECTED:
        print(f"  rejected {d['id']} {d['text']}: {REJECTED[d['id']]}")
    else:
        failures += 1
        print(f"  FAIL {d['id']} {d['text']}: want {score.money_show(gold)}, got {score.money_show(pred)}")
print(f"jionlp_money_parser: {ok}/{len(docs)} values right")

# Not plain numbers, and not forms news text writes amounts in: fractions (分之, 3/5, 又),
# scientific and power notation (2e5, 2^5), unit words (打 = dozen, 半百, M).
NOT_PLAIN = re.compile(r"分\s*之|[/／^]|又|[0-9０-９][eE]|\d\s*M$|打|半")
docs = [json.loads(l) for l in open(f"{eval_dir}/rt_zh_number.jsonl")]
whole = [d for d in docs if len(d["entities"]) == 1 and d["entities"][0]["text"] == d["text"].strip()]
not_plain = [d for d in whole if NOT_PLAIN.search(d["text"])]
whole = [d for d in whole if not NOT_PLAIN.search(d["text"])]
print(f"rt_zh_number: {len(not_plain)} fraction/exponent/dozen cases set aside (not plain numbers)")
got = run("number", whole)
ok = 0
wrong = []
for d in whole:
    want = Decimal(d["entities"][0]["value"])
    have = got.get(d["id"])
    if have is not None and score.dec_eq(want, Decimal(have)):
        ok += 1
    else:
        wrong.append((d["id"], d["text"], str(want), have))
print(f"rt_zh_number (whole-text number cases): {ok}/{len(whole)} values right")
for w in wrong:
    print("  FAIL", *w)
failures += len(wrong)
sys.exit(1 if failures else 0)
