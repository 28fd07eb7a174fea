#!/usr/bin/env python3
"""Derives data/lexicons/company_heads.txt from WordNet 3.0: the one-word nouns for a
company - every lemma of company.n.01 ("an institution created to conduct business"),
business.n.01 ("a commercial or industrial enterprise") and bank (the financial institution)
and of all their hyponyms ("firm", "manufacturer", "automaker", "carrier", "utility").

A name these words stand beside is a company's, not a person's: "drugmaker Allergan",
"a supplement maker called Mannatech", "Nucor steel company". Words that also name a kind of
word whose most frequent sense (index.noun lists senses by frequency) is one of these is marked
"usual" ("company", "firm"); the others "rare" ("chain", "newspaper", "house"): those name a
company only after "the" and a name ("the Gannett newspaper chain").
Usage: scripts/lexicons/wordnet_company_heads.py [/usr/share/wordnet] > data/lexicons/company_heads.tsv
"""
import sys
from pathlib import Path

from wordnet_data import synsets

ROOTS = ["08058098", "08061042", "08420278"]  # company, business concern, bank


def read_nouns(path):
    """Maps synset offset to (lemmas, lexicographer file, hyponym offsets)."""
    return {s.offset: ([l.lower() for l in s.lemmas], s.lexfile,
                       [o for symbol, o, _ in s.pointers if symbol == "~"])
            for s in synsets(path)}


def first_senses(path):
    """Maps each one-word noun to the offset of its most frequent sense."""
    first = {}
    for line in path.open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        synsets = int(f[2])
        first[f[0]] = f[-synsets]
    return first


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    nouns = read_nouns(root / "data.noun")
    first = first_senses(root / "index.noun")
    closure, todo = set(), list(ROOTS)
    while todo:
        offset = todo.pop()
        closure.add(offset)
        todo.extend(nouns[offset][2])
    words = {w for o in closure for w in nouns[o][0] if w.isalpha()}
    print("# company_heads.tsv: one-word WordNet 3.0 nouns for a company (company.n.01,")
    print("# business.n.01, bank and their hyponyms); made by scripts/lexicons/wordnet_company_heads.py.")
    print("# Columns: word<TAB>usual (its most frequent sense is a company) or rare (another sense).")
    for w in sorted(words):
        print(f"{w}\t{'usual' if first.get(w) in closure else 'rare'}")


if __name__ == "__main__":
    main()
