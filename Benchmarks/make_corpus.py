#!/usr/bin/env python3
"""Builds the benchmark corpora from the project's own fixture pages, deterministically.

    python3 Benchmarks/make_corpus.py            # writes Benchmarks/corpus/news-{1,16}MB.txt

Paragraphs (lines) of Fixtures/news/*.txt are drawn in a seeded order, so the same fixtures
always give byte-identical corpora; the benchmarks and `zh-extract bench` read these files.
"""
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent
SIZES = {"news-1MB.txt": 1_000_000, "news-16MB.txt": 16_000_000}


def paragraphs():
    lines = []
    for page in sorted((ROOT / "Fixtures" / "news").glob("*.txt")):
        lines += [line.strip() for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def build(target_bytes, pool, seed=20241122):
    rng = random.Random(seed)
    out, size = [], 0
    while size < target_bytes:
        order = pool[:]
        rng.shuffle(order)
        for line in order:
            encoded = len(line.encode("utf-8")) + 1
            if size + encoded > target_bytes:
                return out
            out.append(line)
            size += encoded
    return out


def main():
    pool = paragraphs()
    folder = ROOT / "Benchmarks" / "corpus"
    folder.mkdir(exist_ok=True)
    for name, size in SIZES.items():
        lines = build(size, pool)
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{folder / name}: {len(lines)} paragraphs from {len(pool)} distinct")


if __name__ == "__main__":
    main()
