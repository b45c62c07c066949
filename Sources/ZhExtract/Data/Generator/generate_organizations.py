#!/usr/bin/env python3
"""Writes the organization tables of ZhExtract from pinned public data.

Inputs:
  - organizations-*.tsv next to this script: hand-curated facts (name, kind), sources in
    each file's header.
  - jieba 0.42.1 (MIT), `jieba/dict.txt`: words tagged `nt` (organizations), kept when their
    suffix gives a kind and their stem is a name, not a generic word (公安局, 国家队 are dropped);
    and frequent function words, verbs, adverbs, pronouns and time words, which stop the
    leftward walk that finds where an organization's name begins.

Outputs (committed, so builds need neither network nor Python):
  ../Organizations.swift    BundledData.organizations   "name<TAB>kind" lines
  ../OrgBoundaryWords.swift BundledData.orgBoundaryWords one word a line
  ../OrgCommonWords.swift   BundledData.orgCommonWords     one word a line
  ../OrgClubs.swift         BundledData.placeNamedClubs    one name a line (clubs-named-for-places.tsv)

Usage: pip download --no-deps jieba==0.42.1 && tar xzf jieba-0.42.1.tar.gz
       python3 generate_organizations.py jieba-0.42.1/jieba/dict.txt
"""
import glob
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"government", "party", "company", "education", "research", "media", "finance", "association", "other"}

# Suffix → kind, longest suffix first; used only to classify jieba's `nt` words.
SUFFIX_KINDS = [
    ("人民政府", "government"), ("政府", "government"), ("管委会", "government"), ("委员会", "government"),
    ("人民法院", "government"), ("法院", "government"), ("检察院", "government"), ("办公室", "government"),
    ("办公厅", "government"), ("常委会", "government"), ("政协", "government"), ("人大", "government"),
    ("议会", "government"), ("议院", "government"), ("国会", "government"), ("总署", "government"),
    ("公署", "government"), ("总局", "government"), ("局", "government"), ("厅", "government"),
    ("部", "government"), ("署", "government"), ("委", "government"), ("办", "government"),
    ("党委", "party"), ("省委", "party"), ("市委", "party"), ("县委", "party"), ("区委", "party"),
    ("纪委", "party"), ("党", "party"), ("团中央", "party"), ("党中央", "party"),
    ("有限公司", "company"), ("公司", "company"), ("集团", "company"), ("厂", "company"),
    ("银行", "finance"), ("证券", "finance"), ("保险", "finance"), ("交易所", "finance"), ("基金", "finance"),
    ("党校", "education"), ("大学", "education"), ("学院", "education"), ("中学", "education"),
    ("小学", "education"), ("学校", "education"), ("附中", "education"), ("研究生院", "education"),
    ("研究院", "research"), ("研究所", "research"), ("研究中心", "research"), ("研究室", "research"),
    ("实验室", "research"), ("科学院", "research"), ("工程院", "research"),
    ("日报", "media"), ("晚报", "media"), ("早报", "media"), ("报社", "media"), ("通讯社", "media"),
    ("电视台", "media"), ("电台", "media"), ("出版社", "media"), ("杂志社", "media"), ("新闻社", "media"),
    ("协会", "association"), ("学会", "association"), ("商会", "association"), ("联合会", "association"),
    ("基金会", "association"), ("联盟", "association"), ("俱乐部", "association"), ("组织", "association"),
    ("理事会", "association"), ("总会", "association"), ("研究会", "association"), ("促进会", "association"),
    ("医院", "other"), ("博物馆", "other"), ("图书馆", "other"), ("剧院", "other"), ("艺术团", "other"),
    ("歌舞团", "other"), ("军区", "other"), ("舰队", "other"), ("部队", "other"), ("队", "other"),
]

# `nt` words that are generic mentions (jieba tags 上市 as a place name).
NOT_ORGS = {"上市公司", "非上市公司", "母公司", "子公司", "分公司", "总公司", "合资公司", "股份公司", "有限公司",
            "四大部", "五国部", "市政局", "行政局", "镇党委", "团党委", "中央常委"}

# Endings of `nt` words that are places, parts or generic nouns, not organizations.
NOT_ORG_ENDINGS = ("音乐厅", "餐厅", "大厅", "展厅", "客厅", "舞厅", "特区政府", "人大常委会", "总部", "西部", "东部", "南部", "北部", "中部", "内部", "全部", "干部", "局部", "军队", "部队", "工业",
                   "格局", "棋局", "大办", "代办", "工部")

# Verbs and time words that jieba tags so but that sit inside modern bodies' names, not before
# them (同翔高新城片区指挥部, 华大智惠龙江未来实验室): they do not stop the leftward walk.
NAME_WORDS = {"高新", "未来"}

# Jieba tags of words that never sit inside an organization's name, before its form.
BOUNDARY_TAGS = {"v", "p", "c", "d", "r", "t", "u", "f", "q", "ad", "y", "e", "o", "m", "mq", "rr", "rz", "vd", "df"}
# Jieba tags of common nouns, verbs and modifiers: a stem made only of such words is generic
# (电话|公司, 上市|公司, 出版|集团), one with a name in it is not (宝武|集团, 北京|大学).
COMMON_TAGS = {"n", "vn", "v", "a", "an", "b", "ad", "d", "l", "i", "z", "f", "m", "q", "r", "t", "s"}
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"}


PLACE_GENERIC_SUFFIXES = {"公司", "大学", "学校", "中学", "小学", "学院", "医院", "工厂", "集团", "队"}

# Kinds whose names are often made of common words (古籍出版社), as in the recognizer.
LENIENT_KINDS = {"media", "association", "research", "education", "party"}


def generic_stem(stem, lexicon):
    """True when `stem` splits, longest word first, into common words only (上市, 电话)."""
    offset = 0
    while offset < len(stem):
        for length in range(min(4, len(stem) - offset), 1, -1):
            word = stem[offset : offset + length]
            if word in lexicon and lexicon[word][1] in COMMON_TAGS and lexicon[word][0] >= 300:
                offset += length
                break
        else:
            return False
    return True


def curated():
    rows = {}
    for path in sorted(glob.glob(os.path.join(HERE, "organizations-*.tsv"))):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, kind = line.split("\t")
            assert kind in KINDS, (path, line)
            rows.setdefault(name, kind)
    return rows


def classify(word):
    for suffix, kind in SUFFIX_KINDS:
        if word.endswith(suffix):
            return suffix, kind
    return None, None


def main(dict_path):
    lexicon = {}
    for line in open(dict_path, encoding="utf-8"):
        word, freq, tag = line.split()
        lexicon[word] = (int(freq), tag)
    rows = curated()
    names = dict(rows)
    for word, (freq, tag) in lexicon.items():
        if tag != "nt" or word in names or len(word) < 3 or word in NOT_ORGS:
            continue
        suffix, kind = classify(word)
        if kind is None or any(c in word for c in "和与及、") or word.endswith(NOT_ORG_ENDINGS):
            continue
        stem = word[: -len(suffix)]
        # A generic stem (公安|局, 国家|队, 理工|学院) makes a generic mention, not a name.
        if not stem or (stem in lexicon and lexicon[stem][1] not in NAME_TAGS and len(stem) <= 2):
            continue
        # A place and a generic form is no name: 美国公司, 中国大学 (but 美国政府 names a body).
        if stem in lexicon and lexicon[stem][1] == "ns" and suffix in PLACE_GENERIC_SUFFIXES:
            continue
        if kind not in LENIENT_KINDS and generic_stem(stem, lexicon):
            continue
        if stem in ("人民", "国家", "中央", "地方", "人民军", "民主", "各级", "有关", "联合", "临时", "全国", "省", "市", "县", "区"):
            continue
        names[word] = kind
    org_text = "".join(names)
    boundary = []
    for word, (freq, tag) in lexicon.items():
        # 驻华, 驻港 sit inside embassies' names (瑞士驻华大使馆).
        if (tag in BOUNDARY_TAGS and 2 <= len(word) <= 4 and freq >= 200 and word not in names and word[0] != "驻"
                and word not in NAME_WORDS):
            # Words seen inside organization names (联合国, 发展银行) must not stop the walk.
            if org_text.count(word) >= 2:
                continue
            boundary.append(word)
    boundary.sort()
    common = sorted(
        word for word, (freq, tag) in lexicon.items()
        if tag in COMMON_TAGS and 2 <= len(word) <= 4 and freq >= 300 and word not in names and word not in boundary)
    source = hashlib.sha256(open(dict_path, "rb").read()).hexdigest()[:16]
    header = (
        "// Generated by Data/Generator/generate_organizations.py: do not edit.\n"
        f"// Sources: hand-curated organizations-*.tsv; jieba 0.42.1 dict.txt (MIT, sha256 {source}…).\n"
    )
    with open(os.path.join(OUT, "Organizations.swift"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("extension BundledData {\n")
        out.write(f"  /// Known organizations, \"name<TAB>kind\" lines ({len(names)}).\n")
        out.write("  static let organizations = #\"\"\"\n")
        for name in sorted(names):
            out.write(f"{name}\t{names[name]}\n")
        out.write("\"\"\"#\n}\n")
    with open(os.path.join(OUT, "OrgBoundaryWords.swift"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("extension BundledData {\n")
        out.write(f"  /// Words that end an organization's name on its left: verbs, function and time words ({len(boundary)}).\n")
        out.write("  static let orgBoundaryWords = #\"\"\"\n")
        for word in boundary:
            out.write(word + "\n")
        out.write("\"\"\"#\n}\n")
    with open(os.path.join(OUT, "OrgCommonWords.swift"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("extension BundledData {\n")
        out.write(f"  /// Common nouns, verbs and modifiers: stems made only of them are generic ({len(common)}).\n")
        out.write("  static let orgCommonWords = #\"\"\"\n")
        for word in common:
            out.write(word + "\n")
        out.write("\"\"\"#\n}\n")
    clubs = [line.strip() for line in open(os.path.join(HERE, "clubs-named-for-places.tsv"), encoding="utf-8")
             if line.strip() and not line.startswith("#")]
    with open(os.path.join(OUT, "OrgClubs.swift"), "w", encoding="utf-8") as out:
        out.write(header.replace("Sources: hand-curated organizations-*.tsv; jieba 0.42.1 dict.txt (MIT, sha256 " + source + "…).",
                                 "Source: hand-curated clubs-named-for-places.tsv."))
        out.write("extension BundledData {\n")
        out.write(f"  /// Clubs named for their city, organizations in sports news only ({len(clubs)}).\n")
        out.write("  static let placeNamedClubs = #\"\"\"\n")
        for name in clubs:
            out.write(name + "\n")
        out.write("\"\"\"#\n}\n")
    print(f"{len(rows)} curated, {len(names)} organizations, {len(boundary)} boundary words")


if __name__ == "__main__":
    main(sys.argv[1])
