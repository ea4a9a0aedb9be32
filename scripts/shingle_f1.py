#!/usr/bin/env python3
"""Shingle F1 of cleaned articles against expected main text (a generic evaluation helper).

usage: shingle_f1.py PAGES_DIR GOLD_DIR OUTPUT_DIR
  PAGES_DIR   the raw pages (*.txt), used for two reference baselines
  GOLD_DIR    expected main text per page, same file name
  OUTPUT_DIR  one JSON document per page named <page>.json with "standfirst" and "paragraphs"
              (the shape of `lede clean --format json`)
Prints per-page F1/precision/recall of 5-word shingles, plus the scores of doing nothing and of
keeping lines of 5+ words that end in punctuation.
"""
import glob
import json
import os
import re
import sys
from collections import Counter


def shingles(text, k=5):
    words = re.findall(r"\w+", text.lower())
    if len(words) < k:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + k]) for i in range(len(words) - k + 1))


def f1(predicted, expected):
    p, g = shingles(predicted), shingles(expected)
    if not p or not g:
        return 0.0, 0.0, 0.0
    overlap = sum((p & g).values())
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return (0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)), precision, recall


def main(pages, gold, output):
    scores, baseline, nothing = [], [], []
    for path in sorted(glob.glob(os.path.join(pages, "*.txt"))):
        name = os.path.basename(path)
        expected = open(os.path.join(gold, name), encoding="utf-8").read()
        doc = json.load(open(os.path.join(output, name + ".json"), encoding="utf-8"))
        predicted = "\n".join(([doc["standfirst"]] if doc.get("standfirst") else []) + doc.get("paragraphs", []))
        raw = open(path, encoding="utf-8").read()
        simple = "\n".join(l for l in raw.split("\n") if len(l.split()) >= 5 and l.strip()[-1:] in ".!?\"”'’")
        score = f1(predicted, expected)
        scores.append(score[0])
        baseline.append(f1(simple, expected)[0])
        nothing.append(f1(raw, expected)[0])
        print(f"{name:32s} F1 {score[0]:.3f}  P {score[1]:.3f}  R {score[2]:.3f}")
    n = max(1, len(scores))
    print(f"mean F1 {sum(scores) / n:.3f}   keep-punctuated-lines {sum(baseline) / n:.3f}   do-nothing {sum(nothing) / n:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
