#!/usr/bin/env python3
"""Derives two lexicons from WordNet 3.0 nouns and adjectives:

  data/lexicons/wordnet_places.txt  capitalised instances of places (noun.location, an "@i"
      instance pointer: "Baton Rouge", "Muncie", "Essex"): towns, counties, regions and rivers
      that news names where something happens, never who acts;
  data/lexicons/class_words.txt     capitalised single words that name a kind, not an
      individual (no "@i" pointer): members and adjectives of peoples, faiths and parties
      ("Latino", "Kurdish", "Libertarian", "Muslim"), religions ("Islam"), languages.

Both leave out every word that WordNet also capitalises as an individual person or group
(noun.person, noun.group instances: "Lincoln", "Paris", "Bush"), the given names of
first_names.txt, abbreviations and words of three letters or fewer ("Mrs", "Jr"), titles
(titles.tsv), and every name the hand-made lexicons already know as a country, capital,
outlet, government body or organisation, so that those keep their meaning.
Usage: scripts/lexicons/wordnet_places_classes.py [/usr/share/wordnet] OUT_DIR
"""
import re
import sys
from pathlib import Path

GROUP, LOCATION, PERSON = "14", "15", "18"


def synsets(data_file):
    """Yields (lemmas as written with spaces, lexicographer file, is an instance) per synset."""
    for line in data_file.open(encoding="latin-1"):
        if line.startswith("  "):
            continue  # licence header
        fields = line.split()
        count = int(fields[3], 16)
        words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]).replace("_", " ") for k in range(count)]
        pointers = int(fields[4 + 2 * count])
        symbols = fields[5 + 2 * count: 5 + 2 * count + 4 * pointers: 4]
        yield words, fields[1], "@i" in symbols


def known_names(root):
    """Every name and alias the hand-made lexicons list, lower case."""
    names = set()
    for file in ("countries.tsv", "outlets.tsv", "government_bodies.tsv", "organizations.tsv",
                 "first_names.txt", "titles.tsv"):
        for line in (root / "data/lexicons" / file).open(encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            for column in line.rstrip("\n").split("\t")[:4]:
                names.update(n.strip().lower() for n in column.split("|") if n.strip())
    return names


def capitalised(word):
    return word[:1].isupper() and any(c.islower() for c in word) and word.replace(" ", "").replace(
        "-", "").replace(".", "").replace("'", "").isalpha()


def main():
    wordnet = Path(sys.argv[1])
    out = Path(sys.argv[2])
    root = Path(__file__).resolve().parents[2]
    known = known_names(root)
    individuals, places, classes = set(), set(), set()
    for pos in ("noun", "adj"):
        for words, lexfile, instance in synsets(wordnet / f"data.{pos}"):
            for w in filter(capitalised, words):
                if instance and lexfile in (PERSON, GROUP):
                    individuals.add(w.lower())
                elif instance and lexfile == LOCATION:
                    places.add(w)
                elif not instance and " " not in w and "." not in w and len(w) > 3 \
                        and w != "Miss":
                    classes.add(w)  # not "Mr", "Mrs", "Jr", "Co": honorifics and abbreviations
    places = sorted(p for p in places if p.lower() not in individuals | known)
    classes = sorted(c for c in classes if c.lower() not in individuals | known
                     and c not in places)
    header = "# made by scripts/lexicons/wordnet_places_classes.py from WordNet 3.0; see its docstring.\n"
    (out / "wordnet_places.txt").write_text(
        "# wordnet_places.txt: places WordNet names as instances (towns, counties, regions).\n"
        + header + "\n".join(places) + "\n", encoding="utf-8")
    (out / "class_words.txt").write_text(
        "# class_words.txt: capitalised words that name a kind (peoples, faiths, parties), not one.\n"
        + header + "\n".join(classes) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
