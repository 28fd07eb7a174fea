#!/usr/bin/python3
"""`claimgraph export` read back by the tools that take each format (issue 14).

    readback_test.py networkx|parsers CLAIMGRAPH SOURCE_DIR

Builds data/examples/newsroom.jsonl into a store and merges tests/export/hostile.jsonl (names,
ids, quotes, evidence and URLs written to break out of GraphML, GEXF, JSON, CSV and Cypher)
into another, exports both in every format and reads each back: networkx (read_graphml,
read_gexf, node_link_graph) in the mode `networkx`, exit status 77 (skipped) when
python3-networkx is absent; the csv module and a Cypher parser (scripts/export_readback.py) in
the mode `parsers`. Each read-back graph must have the entities `claimgraph entities
--min-degree 1` lists, the relations `claimgraph stats` counts, one edge per (source, target,
kind) of those relations, the same fields as the JSON export (read with the json module), and
every hostile name, quote and URL exactly as written. Filtered (--kind) and focused (--focus)
exports must match `stats` and `neighbors`. Works in a scratch folder, removed on success and
kept (and named) on failure.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

mode, claimgraph, source = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
sys.path.insert(0, os.path.join(source, "scripts"))
import export_readback  # noqa: E402

if mode == "networkx":
    try:
        import networkx  # noqa: F401
    except ImportError:
        print("SKIP: python3-networkx is not installed")
        sys.exit(77)
    FORMATS = {"graphml": "out.graphml", "gexf": "out.gexf", "json": "out.json"}
elif mode == "parsers":
    FORMATS = {"csv": "csv/", "cypher": "out.cypher"}
else:
    sys.exit(f"unknown mode {mode}")

HOSTILE_NAMES = [
    '"><script>alert(1)</script>',
    "'}) DETACH DELETE n //",
    'Line\nbreak, "comma"; semi ]]> a -> b; c [label=x]',
]
HOSTILE_ID = "organization:lines\"<x>']]>"
HOSTILE_EVIDENCE = "]]> ' \" \\ \\u0027 \n said, \"><script>alert(1)</script>"
HOSTILE_URL = "https://example.org/?q=\"><script>alert(1)</script>&x=']]>"
HOSTILE_TITLE = ']]> <b>title</b>, "quoted"'
FULLWIDTH_SEMICOLON = "\uff1b"


def run(*args):
    result = subprocess.run([claimgraph, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: claimgraph {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def export(fmt, target, *options):
    err = run("export", "news.db", "hostile.db", "--format", fmt, "-o", target, *options).stderr
    # "claimgraph export: 28 entities, 42 edges (104 relations) to ..."
    words = err.split()
    return int(words[2]), int(words[4]), int(words[6].strip("("))


def edge_keys(graph):
    """The (source, target, kind) of each raw relation, a contact's ends in either order."""
    keys = set()
    for edge in graph["edges"]:
        for claim in edge["claims"]:
            ends = (claim["source"], claim["target"])
            if claim["kind"] == "contact":
                ends = tuple(sorted(ends))
            keys.add((*ends, claim["kind"]))
    return keys


def normal(graph, csv=False):
    """The graph with empty values filled in and lists as tuples, to compare across formats."""
    def aliases(fields):
        items = fields.get("aliases") or []
        return tuple(a.replace(";", FULLWIDTH_SEMICOLON) if csv else a for a in items)

    nodes = {i: (f["name"], f["kind"], aliases(f), f["articles"], f["mentions"], f["relations"])
             for i, f in graph["nodes"].items()}
    edges = set()
    for e in graph["edges"]:
        claims = tuple((c["source"], c["target"], c["kind"], c["stance"], c.get("evidence", ""),
                        c.get("cue", ""), c.get("claimant", ""), c.get("publisher", ""),
                        c.get("url", ""), c.get("title", ""), c["evidence_start"],
                        c["confidence"]) for c in e["claims"])
        data = e["data"]
        edges.add((e["source"], e["target"], e["kind"], int(data["weight"]), data["articles"],
                   data["outlets"], tuple(data["stances"] if isinstance(data["stances"], list)
                                          else json.loads(data["stances"])), claims))
    return nodes, edges


def reference():
    """The JSON export read with the json module alone: the fields every format must hold."""
    with open("reference.json", encoding="utf-8") as f:
        data = json.load(f)
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = [{"source": l["source"], "target": l["target"], "kind": l["kind"],
              "claims": l["evidence"], "data": l} for l in data["links"]]
    return {"nodes": nodes, "edges": edges}


def check_hostile(fmt, graph):
    names = {f["name"] for f in graph["nodes"].values()}
    for name in HOSTILE_NAMES:
        check(name in names, f"{fmt}: the name {name!r} did not come back")
    check(HOSTILE_ID in graph["nodes"], f"{fmt}: the id {HOSTILE_ID!r} did not come back")
    claims = [c for e in graph["edges"] for c in e["claims"]]
    hostile = [c for c in claims if c.get("evidence") == HOSTILE_EVIDENCE]
    check(len(hostile) == 1, f"{fmt}: the hostile evidence did not come back once")
    check(hostile[0]["url"] == HOSTILE_URL and hostile[0]["title"] == HOSTILE_TITLE,
          f"{fmt}: the hostile URL or title changed: {hostile[0]}")
    check(hostile[0]["claimant"] == HOSTILE_ID, f"{fmt}: the claimant changed")


def main():
    scratch = tempfile.mkdtemp(prefix="claimgraph-export-test.")
    os.chdir(scratch)
    run("build", os.path.join(source, "data/examples/newsroom.jsonl"), "-o", "news.db", "-q")
    run("merge", os.path.join(source, "tests/export/hostile.jsonl"), "-o", "hostile.db", "-q")
    stats = run("stats", "news.db", "hostile.db", "--tsv").stdout.splitlines()
    header, total = stats[0].split("\t"), stats[-1].split("\t")
    relations = int(total[header.index("relations")])
    contacts = int(total[header.index("contact")])
    entities = len(run("entities", "news.db", "hostile.db", "--min-degree", "1",
                       "--json").stdout.splitlines())
    ego = json.loads(run("neighbors", "news.db", "hostile.db", "Elena Varga", "--json").stdout)
    counts = export("json", "reference.json")
    check(counts[0] == entities and counts[2] == relations, f"json: counts {counts}")
    for fmt, target in FORMATS.items():
        counts = export(fmt, target)
        graph = export_readback.read(fmt, target)
        n, m, k = export_readback.counts(graph)
        print(f"{fmt}: nodes {n} edges {m} relations {k}")
        check((n, m, k) == counts, f"{fmt}: read back {(n, m, k)}, export said {counts}")
        check(n == entities, f"{fmt}: {n} nodes, `entities --min-degree 1` lists {entities}")
        check(k == relations, f"{fmt}: {k} relations, `stats` counts {relations}")
        check(m == len(edge_keys(graph)), f"{fmt}: {m} edges for {len(edge_keys(graph))} keys")
        check(normal(graph, csv=fmt == "csv") == normal(reference(), csv=fmt == "csv"),
              f"{fmt}: the fields differ from the JSON export's")
        check_hostile(fmt, graph)
        counts = export(fmt, "kind-" + target, "--kind", "contact")
        k = export_readback.counts(export_readback.read(fmt, "kind-" + target))[2]
        check(k == contacts == counts[2], f"{fmt} --kind contact: {k}, `stats` {contacts}")
        export(fmt, "focus-" + target, "--focus", "Elena Varga")
        n = export_readback.counts(export_readback.read(fmt, "focus-" + target))[0]
        check(n == len(ego["entities"]), f"{fmt} --focus: {n}, `neighbors` {len(ego['entities'])}")
    os.chdir("/")
    shutil.rmtree(scratch)
    print("ok")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        sys.exit(f"FAIL: {e} (kept: {os.getcwd()})")
