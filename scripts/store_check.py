"""What the store-safety checks share: claimgraph runs, generated articles, and what a store holds.

Used by scripts/kill-trials and tests/store_safety/*.py.
"""

import hashlib
import json
import os
import sqlite3
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Each article's rows (schema version 3: keyed by the article's integer key; aliases and mentions
# are columns of entities).
TABLES = ["entities", "attributions", "relations"]


class Failure(Exception):
    """A trial found the store unsound or incomplete."""


def run(cmd, cwd, check_status=None):
    """Runs a claimgraph command to its end; its exit status and standard error."""
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check_status is not None and r.returncode != check_status:
        raise Failure(f"{' '.join(cmd)}: exit {r.returncode}, wanted {check_status}: {r.stderr[-400:]}")
    return r.returncode, r.stdout, r.stderr


def example_articles():
    """The bundled JSON Lines example articles, as dicts."""
    with open(os.path.join(ROOT, "data", "examples", "newsroom.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, records):
    """Writes records as JSON Lines."""
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


def replicated(copies, changed=False):
    """The example articles `copies` times over with new ids; `changed` alters every third."""
    out = []
    for k in range(copies):
        for i, a in enumerate(example_articles()):
            r = dict(a, id=f"{a['id']}-copy{k}")
            if changed and (k + i) % 3 == 0:
                r["text"] = a["text"] + "\n\nMarcus Hale said the plan had changed."
            out.append(r)
    return out


def connect(path):
    """A connection to a store that never creates one."""
    return sqlite3.connect(f"file:{path}?mode=rw", uri=True)


def has_tables(path):
    """True when the store has any table (a kill before the schema leaves none)."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return False
    db = connect(path)
    try:
        return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        db.close()


def article_digests(path):
    """Every article's hash and rows (each table sorted, the article's key left out: keys follow
    the order articles were written in), digested, by article id."""
    db = connect(path)
    try:
        stored = db.execute("SELECT key, id, hash FROM articles").fetchall()
        keys = {k: i for k, i, _ in stored}
        rows = {i: [h] for _, i, h in stored}
        for table in TABLES:
            cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
            for row in db.execute(f"SELECT * FROM {table} ORDER BY {', '.join(cols)}"):
                if row[0] not in keys:
                    raise Failure(f"{path}: {table} has a row of article key {row[0]!r}, which is not stored")
                rows[keys[row[0]]].append((table,) + row[1:])
        return {a: hashlib.sha256(repr(r).encode()).hexdigest() for a, r in rows.items()}
    finally:
        db.close()


def integrity(path):
    """PRAGMA integrity_check of the store."""
    db = connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def settings(path):
    """The store's settings table, without the generation token: every write draws a new one,
    so two stores with the same content have different tokens."""
    db = connect(path)
    try:
        return dict(db.execute("SELECT key, value FROM settings WHERE key != 'generation'"))
    finally:
        db.close()
