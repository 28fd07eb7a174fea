"""Reads WordNet 3.0's data.<pos> files (one synset per line) for the lexicon scripts."""
import re
from collections import namedtuple

# lemmas as written (an adjective's "(a)" marker dropped); pointers as (symbol, offset, pos).
Synset = namedtuple("Synset", "offset lexfile lemmas pointers")


def synsets(path):
    """Every synset of a data file, in file order."""
    for line in path.open(encoding="latin-1"):
        if line.startswith("  "):
            continue  # licence header
        f = line.split()
        n = int(f[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]) for k in range(n)]
        count = int(f[4 + 2 * n])
        pointers = [tuple(f[5 + 2 * n + 4 * i:8 + 2 * n + 4 * i]) for i in range(count)]
        yield Synset(f[0], f[1], lemmas, pointers)
