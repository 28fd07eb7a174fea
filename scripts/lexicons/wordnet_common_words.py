#!/usr/bin/env python3
"""Derives data/lexicons/common_words.txt from WordNet 3.0: single words that WordNet lists in
lower case (nouns, adjectives, adverbs) and never capitalised as a person, place or group
(noun.person, noun.location, noun.group: "Bush", "Greenland"), minus known first names, and
only words seen in the SemCor sense-tagged corpus (index.* tagsense_cnt > 0), so that rare
words that are mostly surnames in news ("trump", "sessions") stay out. A capitalised word
from this list is an ordinary word, not evidence of a person's name, unless other evidence
says so (a first name, a title, a full name the article gives).
Usage: scripts/lexicons/wordnet_common_words.py [/usr/share/wordnet] > data/lexicons/common_words.txt
"""
import re
import sys
from pathlib import Path


NAMING_FILES = {"14", "15", "18"}  # noun.group, noun.location, noun.person


def lemmas(data_file):
    """Yields (lemma as written, lexicographer file) for each single-word lemma of a data file."""
    for line in data_file.open(encoding="latin-1"):
        if line.startswith("  "):
            continue  # licence header
        fields = line.split()
        count = int(fields[3], 16)
        for k in range(count):
            word = re.sub(r"\(.*\)$", "", fields[4 + 2 * k])
            if "_" not in word and word.isalpha():
                yield word, fields[1]


def tagged(index_file):
    """The single-word lemmas of an index file that SemCor tags at least once."""
    out = set()
    for line in index_file.open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        if "_" not in fields[0] and int(fields[5 + pointers]) > 0:
            out.add(fields[0])
    return out


def main():
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    root = Path(__file__).resolve().parents[2]
    first_names = {w.strip().lower() for w in (root / "data/lexicons/first_names.txt").open()
                   if w.strip() and not w.startswith("#")}
    lower, capitalised, seen = set(), set(), set()
    for pos in ("noun", "adj", "adv"):
        seen |= tagged(wordnet / f"index.{pos}")
        for word, lexfile in lemmas(wordnet / f"data.{pos}"):
            if word.islower():
                lower.add(word)
            elif pos == "noun" and lexfile in NAMING_FILES:
                capitalised.add(word.lower())
    common = sorted((lower & seen) - capitalised - first_names)
    print("# common_words.txt: lower-case WordNet 3.0 nouns, adjectives and adverbs never capitalised")
    print("# as a person, place or group there, tagged in SemCor, minus first_names.txt;")
    print("# made by scripts/lexicons/wordnet_common_words.py.")
    print("# Capitalised, they are no evidence of a person's name on their own.")
    print("\n".join(common))


if __name__ == "__main__":
    main()
