#!/usr/bin/env python3
"""Derives data/lexicons/first_name_gender.tsv from PolNeAR train: which courtesy title and
pronoun news gives to people of each first name.

Two kinds of evidence, each counted once per article and person:
  - a courtesy title on the surname of a full name: "Hillary Clinton ... Mrs. Clinton" counts
    female for Hillary when no other first name goes with Clinton in that article;
  - a pronoun right after a speech verb: "Donald Trump said he" counts male for Donald.
A first name of data/lexicons/first_names.txt is written when it has at least MIN_SEEN
observations and MAJORITY of them agree.

Usage: scripts/lexicons/derive_first_name_gender.py ../shared/data/polnear/train/text
"""
import collections
import os
import re
import sys

MIN_SEEN = 2
MAJORITY = 0.9

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIRST_NAMES = os.path.join(ROOT, "data", "lexicons", "first_names.txt")
OUT = os.path.join(ROOT, "data", "lexicons", "first_name_gender.tsv")

SURNAME = r"((?:[a-z]{1,3}[-’'])?[A-Z][a-zA-Z’'-]+)"
FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + SURNAME + r"\b")
COURTESY = re.compile(r"\b(Mr|Mrs|Ms)\.?\s+" + SURNAME)
SAID = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+" + SURNAME +
                  r",?\s+(?:said|says|told\s+\w+|added|argued|claimed|insisted|noted|wrote)"
                  r"\s+(?:that\s+)?(he|she)\b")


def load_first_names():
    with open(FIRST_NAMES, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def article_evidence(text, first_names):
    """The set of (first name, surname, is male) observations of one article."""
    firsts = collections.defaultdict(set)
    for m in FULL_NAME.finditer(text):
        if m.group(1) in first_names:
            firsts[m.group(2)].add(m.group(1))
    seen = set()
    for m in COURTESY.finditer(text):
        names = firsts.get(m.group(2), set())
        if len(names) == 1:
            seen.add((next(iter(names)), m.group(2), m.group(1) == "Mr"))
    for m in SAID.finditer(text):
        if m.group(1) in first_names:
            seen.add((m.group(1), m.group(2), m.group(3) == "he"))
    return seen


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    first_names = load_first_names()
    counts = collections.defaultdict(lambda: [0, 0])
    folder = sys.argv[1]
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            for first, _, male in article_evidence(f.read(), first_names):
                counts[first][0 if male else 1] += 1
    rows = []
    for first, (male, female) in sorted(counts.items()):
        seen = male + female
        if seen >= MIN_SEEN and max(male, female) >= MAJORITY * seen:
            rows.append((first, "male" if male > female else "female", male, female))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# first_name_gender.tsv: the courtesy title and pronoun PolNeAR train gives people of\n")
        out.write("# each first name (scripts/lexicons/derive_first_name_gender.py: at least %d observations,\n"
                  % MIN_SEEN)
        out.write("# %d%% agreeing). Columns: first name<TAB>male or female<TAB>male<TAB>female observations\n"
                  % int(MAJORITY * 100))
        for first, gender, male, female in rows:
            out.write("%s\t%s\t%d\t%d\n" % (first, gender, male, female))
    print("%d first names written to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
