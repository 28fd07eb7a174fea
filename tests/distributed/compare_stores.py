"""Checks that two claimgraph stores hold the same graph: the same number of articles, entities
and relations, and the same rows in every graph table (the settings table, which records how a
store was made, is left out). Prints the counts; exit status 1 on a difference.

    compare_stores.py REFERENCE OTHER
"""

import sqlite3
import sys

TABLES = ("articles", "entities", "attributions", "relations")  # schema version 3


def rows(path):
    """Every row of each table, sorted; an article's key (which follows the order articles were
    written in) replaced by its id."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ids = dict(db.execute("SELECT key, id FROM articles"))
        out = {"articles": sorted(db.execute("SELECT id, hash, title, outlet, date, url, bytes "
                                             "FROM articles"), key=repr)}
        for t in TABLES[1:]:
            out[t] = sorted(((ids.get(r[0]),) + r[1:] for r in db.execute(f"SELECT * FROM {t}")),
                            key=repr)
        return out
    finally:
        db.close()


def main(reference, other):
    a, b = rows(reference), rows(other)
    counts = lambda r: {t: len(r[t]) for t in ("articles", "entities", "relations")}  # rows
    print(f"{reference}: {counts(a)}")
    print(f"{other}: {counts(b)}")
    different = [t for t in TABLES if a[t] != b[t]]
    if not a["articles"] or not a["relations"]:
        print("the reference store is empty")
        return 1
    if different:
        print(f"the stores differ in: {', '.join(different)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
