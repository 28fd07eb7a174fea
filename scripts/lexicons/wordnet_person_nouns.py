#!/usr/bin/env python3
"""Derives data/lexicons/person_nouns.txt from WordNet 3.0: lower-case single-word nouns whose
most frequent sense names a kind of person (lexicographer file noun.person): "supporter",
"aide", "voter", "critic". A capitalised name just before one of them only modifies it ("a
Trump supporter"), so the name says nothing about being a company.

Usage: scripts/lexicons/wordnet_person_nouns.py [/usr/share/wordnet] OUT_FILE
"""
import sys
from pathlib import Path

PERSON = "18"


def first_sense_files(wordnet):
    """Yields (lemma, lexicographer file of its most frequent noun sense)."""
    offsets = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointer_count = fields[0], int(fields[3])
        first_offset = fields[4 + pointer_count + 2]
        offsets[lemma] = first_offset
    data = (wordnet / "data.noun").read_bytes()
    for lemma, offset in offsets.items():
        start = int(offset)
        line = data[start:data.index(b"\n", start)].decode("latin-1")
        yield lemma, line.split()[1]


def main():
    args = sys.argv[1:]
    wordnet = Path(args[0] if len(args) == 2 else "/usr/share/wordnet")
    out = Path(args[-1])
    words = sorted(lemma for lemma, lexfile in first_sense_files(wordnet)
                   if lexfile == PERSON and lemma.isalpha() and lemma.islower() and len(lemma) > 2)
    with out.open("w", encoding="utf-8") as f:
        f.write("# person_nouns.txt: nouns whose most frequent WordNet 3.0 sense is a kind of person\n")
        f.write("# (noun.person), one lower-case word per line; made by scripts/lexicons/wordnet_person_nouns.py.\n")
        for w in words:
            f.write(w + "\n")
    print(f"{len(words)} words written to {out}")


if __name__ == "__main__":
    main()
