#!/usr/bin/env python3
"""Derives data/lexicons/wordnet_organizations.tsv from WordNet 3.0: the named organisations
WordNet knows (synsets under organization.n.01 whose lemmas are proper names: "al-Qaeda",
"Federal Deposit Insurance Corporation", "Hamas", "Interpol"), with their other names as
aliases ("FDIC") and a kind: government for agencies, departments, legislatures, courts,
intelligence services and armed forces ("a unit of government"), else organization.

A name these words give is an organisation even without a suffix ("al-Qaeda" is no person, the
"FDIC" no company), and its aliases are one entity with it. Left out: religions and their
denominations (not actors here), and one-word names that are also ordinary words of English
("Base" for al-Qaeda, "Commerce", "CORE"), stop words, first names or places ("Washington" for
the US government, "Hollywood", "Wall Street"), since those would make organisations of other
capitalised words; and every synset that names an entity the hand-made lexicons already know
("Federal Reserve System", "United States Army"): theirs is the entity.
Initials are kept only where news writes them: in capitals in PolNeAR's training articles.
Usage: scripts/lexicons/wordnet_organizations.py [/usr/share/wordnet] [data/lexicons]
         [../shared/data/polnear/train/text] > data/lexicons/wordnet_organizations.tsv
"""
import re
import sys
from pathlib import Path

from wordnet_data import synsets

ORGANIZATION = "08008335"
TERRORIST = "08392137"  # terrorist organization: under political movement, not organization
GOVERNMENT = {
    "08050678",  # government, authorities, regime
    "08337324",  # government agency, bureau
    "08338847",  # independent agency
    "08123167",  # executive department
    "08163273",  # legislature
    "08329453",  # court, tribunal
    "08339454",  # intelligence service
    "08348815",  # law enforcement agency
    "08199025",  # armed forces
    "08198137",  # military service
}
RELIGION = {"08081668", "08146782", "08149781"}  # organized religion, denomination, sect


def read_nouns(path):
    """Maps synset offset to (lemmas as written, hypernym offsets, lexicographer file)."""
    return {s.offset: ([l.replace("_", " ") for l in s.lemmas],
                       [o for symbol, o, _ in s.pointers if symbol in ("@", "@i")], s.lexfile)
            for s in synsets(path)}


def ancestors(nouns, offset):
    """Every hypernym above a synset."""
    seen, todo = set(), [offset]
    while todo:
        for h in nouns[todo.pop()][1]:
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return seen


def lower_lemmas(root):
    """Every WordNet lemma of any part of speech that some sense writes in lower case: the
    ordinary words ("base", "commerce"; not "hamas", which WordNet only capitalises)."""
    return {lemma for pos in ("noun", "verb", "adj", "adv")
            for s in synsets(root / f"data.{pos}") for lemma in s.lemmas if lemma == lemma.lower()}


def key(name):
    """A name compared without case and dots: "U.S. Army" is "us army"."""
    return name.lower().replace(".", "").replace("  ", " ")


def curated_names(lexicons):
    """Every name and alias of the hand-made lexicons of outlets, bodies, organisations and
    countries: an entity they know is theirs, however WordNet names it."""
    names = set()
    for file in ("outlets.tsv", "government_bodies.tsv", "organizations.tsv", "countries.tsv"):
        for line in (lexicons / file).open(encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            for field in line.rstrip("\n").split("\t"):
                names.update(key(n) for n in field.split("|") if n.strip())
    return names


def capitals_in_news(folder):
    """Every word PolNeAR's training articles write in capitals ("NATO", "FDIC"): initials that
    news uses. Others ("HUA" of Harkat ul-Ansar) are left out, as a capitalised name ("Hua
    Chunying") would match them."""
    words = set()
    for path in Path(folder).glob("*"):
        words.update(re.findall(r"\b[A-Z][A-Z.&-]*[A-Z]\b\.?", path.read_text(errors="replace")))
    return words


def is_initials(name):
    """"FDIC", "U.S.A.": capitals (and dots) only."""
    return re.fullmatch(r"[A-Z][A-Z.&-]*", name) is not None


def word_list(path):
    """The lower-case entries of a one-column lexicon."""
    return {l.strip().lower() for l in path.open(encoding="utf-8")
            if l.strip() and not l.startswith("#")}


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lexicons = Path(sys.argv[2] if len(sys.argv) > 2 else "data/lexicons")
    news = capitals_in_news(sys.argv[3] if len(sys.argv) > 3 else "../shared/data/polnear/train/text")
    nouns = read_nouns(root / "data.noun")
    ordinary = lower_lemmas(root) | word_list(lexicons / "stop_caps.txt") | \
        word_list(lexicons / "first_names.txt") | word_list(lexicons / "places.txt") | \
        word_list(lexicons / "wordnet_places.txt")

    def usable(name):
        # A proper name has a capital ("al-Qaeda" too); initials need three letters ("SA").
        if not any(c.isupper() for c in name):
            return False
        if is_initials(name):
            return name in news
        if " " in name:  # "SWAT team", "Catholic school": a kind, not a name
            return any(c.isupper() for c in name.rsplit(" ", 1)[1])
        if "-" in name:
            return True
        word = name.lower().replace(".", "")
        plural_of_ordinary = word.endswith("s") and word[:-1] in ordinary  # "Marshals"
        return len(word) >= 3 and word not in ordinary and not plural_of_ordinary

    rows = {}
    # A place's name stands for who acts there ("Wall Street", "Washington"), not for one body.
    places = {key(n) for lemmas, _, lexfile in nouns.values() if lexfile == "15" for n in lemmas}
    places |= word_list(lexicons / "places.txt") | word_list(lexicons / "wordnet_places.txt")
    curated = curated_names(lexicons)
    for offset, (lemmas, _, _) in nouns.items():
        if not any(c.isupper() for c in lemmas[0]):
            continue
        above = ancestors(nouns, offset)
        if not above & {ORGANIZATION, TERRORIST} or above & RELIGION:
            continue
        if any(key(n) in curated for n in lemmas):
            continue
        names = [n for n in lemmas if usable(n) and key(n) not in places]
        if not names:
            continue
        kind = "government" if above & GOVERNMENT else "organization"
        # "al-Qaeda" is also written "al Qaeda" and, opening a sentence or a name, "Al Qaeda".
        for n in list(names):
            if re.match(r"(al|el)-[A-Z]", n):
                names += [n[:2] + " " + n[3:], n[0].upper() + n[1] + " " + n[3:]]
        rows.setdefault(names[0], (names[1:], kind))
    print("# wordnet_organizations.tsv: named organisations of WordNet 3.0 (under organization.n.01,")
    print("# no religions); made by scripts/lexicons/wordnet_organizations.py.")
    print("# Columns: canonical<TAB>aliases (|-separated)<TAB>kind (government or organization)")
    for name in sorted(rows):
        aliases, kind = rows[name]
        print(f"{name}\t{'|'.join(aliases)}\t{kind}")


if __name__ == "__main__":
    main()
