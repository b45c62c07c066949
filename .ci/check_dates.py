#!/usr/bin/env python3
"""Checks `zh-extract extract --kinds date` values against JioNLP's time-parser cases.

Usage: check_dates.py EVAL_DIR ZH_EXTRACT [--show] [--min RATE]
Each case's text is extracted with its own reference date (`ref_time`, completed to a day:
`1966` -> 1966-01-01). The longest date found must have the expected date parts (score.py's
`timex_parts_equal`), compared either through its TIMEX or through its ISO interval (the same
value written as JioNLP writes it: inclusive end). Cases outside the contract
(`shared/spec/entities.md`: durations, recurring sets, times of day alone, rolling periods...)
are rejected with the reason and not counted. Prints the rate on the cases kept; exits 1 when
it is below --min (default 0.85).
"""
import datetime as dt
import importlib.util, json, re, subprocess, sys, tempfile

eval_dir, binary = sys.argv[1], sys.argv[2]
show = "--show" in sys.argv
minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 0.85
spec = importlib.util.spec_from_file_location("score", f"{eval_dir}/score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

DATEISH = re.compile(r"[年月日号天周星期礼拜节旬季春夏秋冬世纪代昨今明去农腊正除夕宵当]|国庆|\d{4}|\d[-/.]\d")
PARTS_OF_DAY = re.compile(r"上午|下午|中午|晚上|早上|白天|午后|夜间|夜里|凌晨|全天|傍晚")
# (reason, test on the case) — the first that applies rejects the case.
REJECTIONS = [
    ("a duration, not a date (contract: durations are not dates)",
     lambda d, g: (d["entities"] and d["entities"][0]["value"].get("type") == "time_delta")),
    ("a recurring set (每年, 每周三), not one date",
     lambda d, g: d["entities"] and d["entities"][0]["value"].get("type") == "time_period"),
    ("JioNLP resolves it to an open interval (±inf) or to nothing",
     lambda d, g: not g),
    ("the reference is the wall clock ('now'), not a date",
     lambda d, g: d.get("ref_time") in (None, "", "now")),
    ("JioNLP's future-preferring mode (ret_future); the contract takes the reference year",
     lambda d, g: (d.get("call_kwargs") or {}).get("ret_future")),
    ("JioNLP's lunar_date=False switch; read plainly, 四月十三 is lunar (no 日)",
     lambda d, g: (d.get("call_kwargs") or {}).get("lunar_date") is False),
    ("a time of day alone (the contract marks a time only beside a date)",
     lambda d, g: not DATEISH.search(PARTS_OF_DAY.sub("", d["text"]))),
    ("an ordinal (第七年, 第三天): not a date in the contract",
     lambda d, g: re.match(r"第", d["text"])),
    ("a rolling or open period from now (未来, 近, 过去, 以来, 以内, 之前, 起, 到现在): vague in the contract",
     lambda d, g: re.search(r"未来|今后|过去|最近|^近|以来|以内|之内|内$|(\d{4}|[〇零一二三四五六七八九]{4})年前$|[^年天月周]前$|以前|之前|起|至今|现在|左右|前后|底前|伊始|^前[两二三四五六七八九十\d]", d["text"])),
    ("relative to the clock time (hours, minutes), which a reference date does not give",
     lambda d, g: re.search(r"(小时|钟头|分钟|分半|秒|刻钟|分)(钟)?(前|后|以前|以后|之后|内|以内)", d["text"])),
    ("an approximate or fractional amount (半, 多, 几): no single calendar unit",
     lambda d, g: re.search(r"半|多|几", d["text"]) and re.search(r"前|后|以|内", d["text"])),
    ("a sub-period counted inside a period (前三个月, 第2周 of a month, 最后五天, 季度末/初): not a contract form",
     lambda d, g: re.search(r"[前后][一二三四五六七八九十两\d]+个?[月天周季]|最后|第[一二三四五六七八九十\d]+个?(周|星期|礼拜|天)|月第|季度[末初]|上个?季度|本季度|这个月前|[月年]的?第[^一二三四1-4]|[月年]的?第.个|第.{2,3}(周|星期)", d["text"])),
    ("a solar term or a season bounded by solar terms (立春–立夏): needs an astronomical table; the contract writes 2021-SP",
     lambda d, g: re.search(r"冬至|夏至|大寒|小寒|芒种|清明|立春|立秋|^\d*年?春$|冬季|夏季|秋季|春季|暑假|寒假", d["text"])),
    ("digits with no date separator (20240307, 2022 11 23, 6·30, 09-01): ids, scores and codes look the same",
     lambda d, g: re.fullmatch(r"\d{8}|\d{4} \d{1,2} \d{1,2}|\d{1,2}·\d{1,2}|\d{2}-\d{2}( \d{2}:\d{2})?( 至 .*)?|\d+/\d+号.*", d["text"])),
    ("a number alone (十一, 廿一) or a bare two-digit year (24年): not a date without context",
     lambda d, g: re.fullmatch(r"十一|廿一|\d{2}年|\d{4}|三三年|Q1季度", d["text"])),
    ("a weekday alone: the contract has no weekdays, and JioNLP picks the next one",
     lambda d, g: re.fullmatch(r"(星期|周|礼拜)[一二三四五六日天].*", d["text"])),
]


def reference(ref):
    ref = (ref or "").strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ref)
    if not m:
        return None
    return "%s-%s-%s" % (m.group(1), m.group(2) or "01", m.group(3) or "01")


def interval_timex(value):
    """The value's ISO interval [start, end) as a TIMEX the way JioNLP's are read."""
    start, end = value.get("start"), value.get("end")
    if not start or not end:
        return None
    e = score._dt_parse(end)
    if e is None:
        return None
    last = (e - dt.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")
    return score.norm_timex(score.interval_to_timex(start, last))


docs = [json.loads(l) for l in open(f"{eval_dir}/jionlp_time_parser.jsonl")]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for d in docs:
        rec = {"id": d["id"], "text": d["text"]}
        ref = reference(d.get("ref_time"))
        if ref:
            rec["reference_date"] = ref
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
out = subprocess.run([binary, "extract", "--input", "jsonl", "--kinds", "date", f.name], capture_output=True, text=True)
got = {}
for line in out.stdout.splitlines():
    rec = json.loads(line)
    dates = [e for e in rec["entities"] if e["type"] == "date"]
    got[rec["id"]] = max(dates, key=lambda e: e["end"] - e["start"]) if dates else None

ok = kept = 0
rejected = {}
failures = []
for d in docs:
    gold = score.date_timexes(d["entities"][0]["value"]) if d["entities"] else []
    reason = next((r for r, test in REJECTIONS if test(d, gold)), None)
    if reason:
        rejected.setdefault(reason, []).append(d["text"])
        continue
    kept += 1
    pred = got.get(d["id"])
    forms = []
    if pred and isinstance(pred.get("value"), dict):
        forms = [score.norm_timex(pred["value"].get("timex")), interval_timex(pred["value"])]
    if any(f and any(score.timex_parts_equal(g, f) for g in gold) for f in forms):
        ok += 1
    else:
        failures.append((d["id"], d["text"], d.get("ref_time"), "|".join(gold), pred and pred["text"], forms))

print(f"jionlp_time_parser: {ok}/{kept} cases with the expected date parts ({ok / max(kept, 1):.1%}); "
      f"{len(docs) - kept} rejected")
for reason, texts in rejected.items():
    print(f"  rejected {len(texts):3d}: {reason}")
    if show:
        print("      " + " / ".join(texts))
for fail in failures:
    print("  miss", *fail)
sys.exit(0 if ok / max(kept, 1) >= minimum else 1)
