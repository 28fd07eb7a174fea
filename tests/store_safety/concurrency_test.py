#!/usr/bin/python3
"""Readers during a build, and two builds on one store (issue 13, store safety).

    concurrency_test.py CLAIMGRAPH [COPIES]

1. A build reading a pipe stops between transactions while it waits for input, with the store
   open for writing: `stats`, `path`, `render` and `extract` on the store must succeed and see
   exactly the articles committed so far; a second build on the store completes meanwhile.
2. Readers race a build of COPIES (default 100) copies of the 20 example articles (one
   extraction thread, so articles are committed in input order): every `stats` and `path` must succeed, and every `stats` must see whole
   transactions: N articles with exactly the relations of the first N, N never falling.
3. Two builds started together on one new store: each completes (or refuses with one line
   naming the store), and the store is then exactly what one build makes.
4. A store whose write lock another process holds: `build` and `merge` wait, then refuse with
   one line naming the store, exit 4, and the store is left as it was.
5. `serve` while a build writes: a server started before the build keeps answering the store it
   loaded; servers started over and over during the build each load a whole-transaction
   snapshot (N articles with the relations of the first N, N never falling) and answer a path;
   the build completes as it would alone.
No assertion depends on timing: whatever the interleaving, the same checks hold.
"""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from store_check import ROOT, Failure, article_digests, integrity, replicated, run, write_jsonl  # noqa: E402

NAMES = ["Elena Varga", "Marcus Hale"]  # connected in the example articles


def stats_totals(cg, work, store):
    """`stats STORE --tsv`, which must succeed: its total articles and relations."""
    out = run([cg, "stats", store, "--tsv"], work, 0)[1]
    total = [line for line in out.splitlines() if line.startswith("total\t")][0].split("\t")
    return int(total[1]), int(total[2])


def sql_count(store, table):
    """Rows of `table`, read through SQLite as another reader would."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def wait_for(condition, what):
    """Polls until `condition()` holds; fails after two minutes (a hang, not a slow run)."""
    deadline = time.monotonic() + 120
    while not condition():
        if time.monotonic() > deadline:
            raise Failure(f"gave up waiting for {what}")
        time.sleep(0.05)


def expect_same(store, ref):
    """The store is sound and holds exactly the reference's rows."""
    if integrity(store) != "ok" or article_digests(store) != article_digests(ref):
        raise Failure(f"{store}: does not hold what {ref} holds")


def paused_build(cg, work, lines):
    """Phase 1: readers and a second build while a build waits between transactions."""
    store = os.path.join(work, "paused.db")
    build = subprocess.Popen([cg, "build", "-", "-o", store, "-q", "-j", "1"], cwd=work, stdin=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    build.stdin.write("".join(lines[:128]))  # two whole transactions of 64
    build.stdin.flush()
    wait_for(lambda: os.path.exists(store) and sql_count(store, "articles") == 128, "128 articles")
    if stats_totals(cg, work, store) != (128, sql_count(store, "relations")):
        raise Failure("stats during a build does not see the committed articles")
    run([cg, "path", store, *NAMES], work, 0)
    run([cg, "render", store, "--format", "dot"], work, 0)
    run([cg, "extract", store], work, 0)
    run([cg, "build", "more.jsonl", "-o", store, "-q"], work, 0)  # while the first has it open
    build.stdin.write("".join(lines[128:]))
    build.stdin.close()
    if build.wait() != 0:
        raise Failure(f"the paused build exited {build.returncode}")
    expect_same(store, os.path.join(work, "ref-both.db"))
    print("ok: readers and a second build while a build waits between transactions")


def prefix_relations(ref, ids):
    """Relations of the first n articles of `ids`, for every n."""
    db = sqlite3.connect(f"file:{ref}?mode=ro", uri=True)
    per = dict(db.execute("SELECT a.id, count(*) FROM relations r JOIN articles a ON a.key = r.article "
                          "GROUP BY a.id"))
    db.close()
    sums = [0]
    for i in ids:
        sums.append(sums[-1] + per.get(i, 0))
    return sums


def racing_readers(cg, work, ids):
    """Phase 2: readers run over and over while a build writes; every one sees a snapshot."""
    store = os.path.join(work, "race.db")
    run([cg, "build", "more.jsonl", "-o", store, "-q"], work, 0)
    base = stats_totals(cg, work, store)
    sums = prefix_relations(os.path.join(work, "ref-big.db"), ids)
    build = subprocess.Popen([cg, "build", "big.jsonl", "-o", store, "-q", "-j", "1"], cwd=work,
                             stderr=subprocess.DEVNULL)
    seen, during, last = 0, 0, 0
    while True:
        alive = build.poll() is None
        articles, relations = stats_totals(cg, work, store)
        n = articles - base[0]
        if n < last or n > len(ids) or relations != base[1] + sums[n]:
            raise Failure(f"a reader saw {articles} articles and {relations} relations: not a snapshot")
        run([cg, "path", store, *NAMES], work, 0)
        last, seen, during = n, seen + 1, during + alive
        if not alive:
            break
    if build.returncode != 0:
        raise Failure(f"the build under readers exited {build.returncode}")
    print(f"ok: {seen} reader rounds (stats and path), {during} of them while the build ran")


def two_builds(cg, work):
    """Phase 3: two builds started together on one new store."""
    store = os.path.join(work, "two.db")
    procs = [subprocess.Popen([cg, "build", "big.jsonl", "-o", store, "-q"], cwd=work, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    results = [(p.wait(), p.stderr.read()) for p in procs]
    for status, err in results:
        if status == 4 and "another process is writing this store" in err and store in err:
            continue  # refused, clearly: the other one wrote
        if status != 0:
            raise Failure(f"one of two builds exited {status}: {err!r}")
    run([cg, "build", "big.jsonl", "-o", store, "-q"], work, 0)
    expect_same(store, os.path.join(work, "ref-big.db"))
    print(f"ok: two builds at once exited {[s for s, _ in results]}; the store is whole")


def locked_store(cg, work):
    """Phase 4: the write lock held by another process: refused with one line, store unchanged."""
    store = os.path.join(work, "locked.db")
    shutil.copy(os.path.join(work, "ref-big.db"), store)
    before = article_digests(store)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for command in (["build", "more.jsonl"], ["merge", "ref-more.db"]):
            status, _, err = run([cg, *command, "-o", store, "-q"], work)
            lines = [line for line in err.splitlines() if line.startswith("claimgraph")]
            if status != 4 or len(lines) != 1 or f"{store}: another process is writing this store" not in lines[0]:
                raise Failure(f"{command[0]} on a locked store: exit {status}: {err!r}")
            print(f"ok: {lines[0]}")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    if integrity(store) != "ok" or article_digests(store) != before:
        raise Failure(f"{store}: changed by a refused write")


class Server:
    """`claimgraph serve STORE --port 0`, up once it prints its address; stopped with SIGINT."""

    def __init__(self, cg, work, store):
        self.proc = subprocess.Popen([cg, "serve", store, "--port", "0"], cwd=work, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        found = re.search(r"on (http://127\.0\.0\.1:\d+)$", line.strip())
        if not found:
            self.proc.kill()
            raise Failure(f"serve did not start: {line!r} {self.proc.stderr.read()!r}")
        self.url = found.group(1)

    def get(self, path, **params):
        """The JSON answer to GET path?params, which must be 200."""
        query = urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(f"{self.url}{path}?{query}", timeout=60) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            raise Failure(f"serve {path} {params}: HTTP {e.code} {e.read()!r}")

    def stop(self):
        self.proc.send_signal(signal.SIGINT)
        if self.proc.wait(timeout=60) != 0:
            raise Failure(f"serve exited {self.proc.returncode}: {self.proc.stderr.read()!r}")


def served_path(server):
    """A path between the two names, asked by id as the explorer asks."""
    ids = [server.get("/api/search", q=name)["results"][0]["id"] for name in NAMES]
    server.get("/api/path", **{"from": ids[0], "to": ids[1]})


def served_during_build(cg, work, ids):
    """Phase 5: servers load and answer while a build writes; each sees whole transactions."""
    store = os.path.join(work, "served.db")
    run([cg, "build", "more.jsonl", "-o", store, "-q"], work, 0)
    sums = prefix_relations(os.path.join(work, "ref-big.db"), ids)
    first = Server(cg, work, store)
    base = first.get("/api/stats")
    if (base["articles"], base["relations"]) != stats_totals(cg, work, store):
        raise Failure(f"serve's stats {base} differ from the CLI's")
    build = subprocess.Popen([cg, "build", "big.jsonl", "-o", store, "-q", "-j", "1"], cwd=work,
                             stderr=subprocess.DEVNULL)
    started, during, last = 0, 0, 0
    while True:
        alive = build.poll() is None
        if first.get("/api/stats") != base:
            raise Failure("a running server's answers changed under a build")
        server = Server(cg, work, store)
        stats = server.get("/api/stats")
        n = stats["articles"] - base["articles"]
        if n < last or n > len(ids) or stats["relations"] != base["relations"] + sums[n]:
            raise Failure(f"a server loaded {stats['articles']} articles, {stats['relations']} relations: "
                          "not a snapshot")
        served_path(server)
        server.stop()
        last, started, during = n, started + 1, during + alive
        if not alive:
            break
    served_path(first)
    first.stop()
    if build.returncode != 0:
        raise Failure(f"the build under servers exited {build.returncode}")
    if integrity(store) != "ok":
        raise Failure(f"{store}: not sound after a build under servers")
    print(f"ok: {started} servers started and queried, {during} of them while the build ran; "
          "one server answered throughout")


def setup(cg, work, copies):
    """The articles and the reference stores; the input lines and ids of big.jsonl."""
    records = replicated(copies)
    write_jsonl(os.path.join(work, "big.jsonl"), records)
    shutil.copy(os.path.join(ROOT, "data", "examples", "newsroom.jsonl"), os.path.join(work, "more.jsonl"))
    run([cg, "build", "big.jsonl", "-o", "ref-big.db", "-q"], work, 0)
    run([cg, "build", "more.jsonl", "-o", "ref-more.db", "-q"], work, 0)
    run([cg, "build", "big.jsonl", "more.jsonl", "-o", "ref-both.db", "-q"], work, 0)
    with open(os.path.join(work, "big.jsonl"), encoding="utf-8") as f:
        return f.readlines(), [r["id"] for r in records]


def main():
    cg = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="claimgraph-concurrency.")
    try:
        lines, ids = setup(cg, work, int(sys.argv[2]) if len(sys.argv) > 2 else 100)
        paused_build(cg, work, lines)
        racing_readers(cg, work, ids)
        two_builds(cg, work)
        locked_store(cg, work)
        served_during_build(cg, work, ids)
    except Failure as e:
        print(f"FAIL: {e}\nkept: {work}", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
