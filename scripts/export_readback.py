#!/usr/bin/python3
"""Reads back what `claimgraph export` wrote, as the tools that take each format would.

    scripts/export_readback.py FORMAT PATH     # graphml, gexf, json: networkx; csv, cypher: parsers

prints `nodes N edges M relations K`. GraphML, GEXF and node-link JSON go through networkx
(Debian's python3-networkx, so /usr/bin/python3); CSV through the csv module with the header
rules of `neo4j-admin database import` (PATH is the folder or prefix given to -o); Cypher through
a port of cypher-shell's statement splitter and a parser of Cypher literals. read(FORMAT, PATH)
returns the graph as {"nodes": {id: {field: value}}, "edges": [{"source", "target", "kind",
"claims": [{field: value}]}]}, which tests/export/readback_test.py compares across formats.
"""

import csv
import json
import os
import re
import sys


def _nx():
    import networkx  # imported late: the CSV and Cypher readers need nothing beyond Python

    return networkx


def _edge_items(graph):
    if graph.is_multigraph():
        return [(u, v, d) for u, v, _, d in graph.edges(keys=True, data=True)]
    return list(graph.edges(data=True))


def _from_networkx(graph, label=None):
    nodes = {}
    for node, data in graph.nodes(data=True):
        fields = dict(data)
        if isinstance(fields.get("aliases"), str):  # JSON text in GraphML and GEXF
            fields["aliases"] = json.loads(fields["aliases"])
        if label and label in fields and "name" not in fields:
            fields["name"] = fields[label]
        nodes[node] = fields
    edges = []
    for u, v, data in _edge_items(graph):
        claims = data["evidence"]
        if isinstance(claims, str):
            claims = json.loads(claims)
        edges.append({"source": u, "target": v, "kind": data["kind"], "claims": claims,
                      "data": data})
    return {"nodes": nodes, "edges": edges}


def read_graphml(path):
    return _from_networkx(_nx().read_graphml(path))


def read_gexf(path):
    return _from_networkx(_nx().read_gexf(path), label="label")


def read_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return _from_networkx(_nx().node_link_graph(data))


# neo4j-admin's header: name:type, with the special columns :ID, :LABEL, :START_ID, :END_ID, :TYPE.
def _typed(header, value):
    name, _, kind = header.partition(":")
    if value == "":
        return name, None  # an empty field is no property
    if kind in ("int", "long"):
        return name, int(value)
    if kind in ("float", "double"):
        return name, float(value)
    if kind.endswith("[]"):
        return name, value.split(";")
    return name, value


def _csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def csv_paths(output):
    if output.endswith("/") or os.path.isdir(output):
        return {p: os.path.join(output, p + ".csv") for p in ("nodes", "edges", "claims")}
    prefix = output[:-4] if output.endswith(".csv") else output
    return {p: f"{prefix}-{p}.csv" for p in ("nodes", "edges", "claims")}


def read_csv(output):
    paths = csv_paths(output)
    header, rows = _csv_rows(paths["nodes"])
    assert header[:2] == ["id:ID", ":LABEL"], header
    nodes = {}
    for row in rows:
        assert len(row) == len(header), row
        fields = dict(_typed(h, v) for h, v in zip(header[2:], row[2:]))
        assert row[1].startswith("Entity;"), row[1]
        nodes[row[0]] = {k: v for k, v in fields.items() if v is not None}
    edges, by_id = [], {}
    header, rows = _csv_rows(paths["edges"])
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "id"], header
    for row in rows:
        assert len(row) == len(header), row
        data = {k: v for k, v in (_typed(h, x) for h, x in zip(header[3:], row[3:])) if v is not None}
        assert row[2] == data["kind"].upper(), row
        by_id[data["id"]] = {"source": row[0], "target": row[1], "kind": data["kind"],
                             "claims": [], "data": data}
        edges.append(by_id[data["id"]])
    header, rows = _csv_rows(paths["claims"])
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"], header
    for row in rows:
        assert len(row) == len(header) and row[2] == "CLAIM", row
        claim = {k: v for k, v in (_typed(h, x) for h, x in zip(header[3:], row[3:])) if v is not None}
        claim.update(source=row[0], target=row[1])
        by_id[claim["edge"]]["claims"].append(claim)
    return {"nodes": nodes, "edges": edges}


def cypher_statements(text):
    """Splits a script as cypher-shell does: ';' outside quotes and comments ends a statement,
    a backslash escapes the next character, a line starting with ':' is a shell command."""
    statements, current, delimiter = [], "", None
    for line in text.splitlines(keepends=True):
        if not current.strip() and re.match(r"^\s*:.+\s*$", line):
            statements.append(line.strip())
            continue
        prev, skip = "", False
        for c in line:
            current += c
            prev, cur = (current[-2] if len(current) > 1 else ""), c
            if skip:
                skip = False
                continue
            if delimiter in ("\n", "*/"):
                if (delimiter == "\n" and cur == "\n") or (delimiter == "*/" and prev + cur == "*/"):
                    delimiter = None
                continue
            if c == "\\":
                skip = True
                continue
            if delimiter:
                if cur == delimiter:
                    delimiter = None
                continue
            if c == ";":
                statements.append(current.strip())
                current = ""
                continue
            if prev + cur == "//":
                delimiter = "\n"
            elif prev + cur == "/*":
                delimiter = "*/"
            elif c in "'\"`":
                delimiter = c
    assert not current.strip() and delimiter is None, (current, delimiter)
    return statements


_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


class _Literals:
    """A parser of the Cypher literals the export writes: strings, numbers, lists and maps."""

    def __init__(self, text, at):
        self.text, self.at = text, at

    def skip(self):
        while self.text[self.at] == " ":
            self.at += 1

    def expect(self, token):
        self.skip()
        assert self.text.startswith(token, self.at), (token, self.text[self.at:self.at + 40])
        self.at += len(token)

    def string(self):
        self.expect("'")
        out = []
        while self.text[self.at] != "'":
            c = self.text[self.at]
            if c == "\\":
                e = self.text[self.at + 1]
                if e == "u":
                    out.append(chr(int(self.text[self.at + 2:self.at + 6], 16)))
                    self.at += 6
                    continue
                out.append(_ESCAPES[e])
                self.at += 2
                continue
            assert c not in "\n\r", "a raw line break inside a string"
            out.append(c)
            self.at += 1
        self.at += 1
        return "".join(out)

    def value(self):
        self.skip()
        c = self.text[self.at]
        if c == "'":
            return self.string()
        if c == "[":
            self.at += 1
            items = []
            while True:
                self.skip()
                if self.text[self.at] == "]":
                    self.at += 1
                    return items
                if items:
                    self.expect(",")
                items.append(self.value())
        m = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE]-?[0-9]+)?").match(self.text, self.at)
        assert m, self.text[self.at:self.at + 40]
        self.at = m.end()
        return float(m.group()) if m.group(1) or m.group(2) else int(m.group())

    def map(self):
        self.expect("{")
        out = {}
        while True:
            self.skip()
            if self.text[self.at] == "}":
                self.at += 1
                return out
            if out:
                self.expect(",")
                self.skip()
            m = re.compile(r"[A-Za-z_][A-Za-z_0-9]*").match(self.text, self.at)
            assert m, self.text[self.at:self.at + 40]
            self.at = m.end()
            self.expect(":")
            out[m.group()] = self.value()


_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'")
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?"
_MAP = r"\{[a-z_]+: (?:S|\[(?:S(?:, S)*)?\]|N)(?:, [a-z_]+: (?:S|\[(?:S(?:, S)*)?\]|N))*\}"
_NODE = re.compile(r"CREATE \(:Entity:(Person|Campaign|Government|Outlet|Organization|Group) "
                   + _MAP + r"\);")
_RELATIONSHIP = re.compile(r"MATCH \(a:Entity \{id: S\}\), \(b:Entity \{id: S\}\) CREATE "
                           r"\(a\)-\[:(CONTACT|DENIAL|REPORTED_BY|AFFILIATION|CLAIM) " + _MAP
                           + r"\]->\(b\);")


def shape(statement):
    """The statement with every string literal as S and every number as N: what is left is
    the code, which must be one of the two forms the export writes."""
    return re.sub(r"(?<=: )" + _NUMBER + r"(?=[,}])", "N", _LITERAL.sub("S", statement))


def read_cypher(path):
    with open(path, encoding="utf-8") as f:
        # cypher-shell sends a comment with the statement after it; the server skips it.
        statements = [re.sub(r"^(//[^\n]*\n)+", "", s) for s in cypher_statements(f.read())]
    assert statements[0].startswith("CREATE CONSTRAINT claimgraph_entity_id"), statements[0]
    nodes, edges, by_id, open_transaction = {}, [], {}, False
    for s in statements[1:]:
        if s in (":begin", ":commit"):
            assert open_transaction == (s == ":commit"), s
            open_transaction = s == ":begin"
            continue
        assert open_transaction, "a statement outside a transaction"
        if _NODE.fullmatch(shape(s)):
            props = _Literals(s, s.index("{")).map()
            nodes[props.pop("id")] = props
            continue
        m = _RELATIONSHIP.fullmatch(shape(s))
        assert m, ("not a statement the export writes", s)
        p = _Literals(s, s.index("{"))
        a, b = p.map()["id"], None
        p.at = s.index("{", p.at)
        b = p.map()["id"]
        p.at = s.index("{", s.index("[:", p.at))
        props = p.map()
        if m.group(1) == "CLAIM":
            props.update(source=a, target=b)
            by_id[props["edge"]]["claims"].append(props)
        else:
            by_id[props["id"]] = {"source": a, "target": b, "kind": props["kind"], "claims": [],
                                  "data": props}
            edges.append(by_id[props["id"]])
    assert not open_transaction, "the last transaction is not committed"
    return {"nodes": nodes, "edges": edges}


READERS = {"graphml": read_graphml, "gexf": read_gexf, "json": read_json, "csv": read_csv,
           "cypher": read_cypher}


def read(fmt, path):
    return READERS[fmt](path)


def counts(graph):
    return (len(graph["nodes"]), len(graph["edges"]), sum(len(e["claims"]) for e in graph["edges"]))


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        sys.exit("usage: export_readback.py graphml|gexf|json|csv|cypher PATH")
    n, m, k = counts(read(sys.argv[1], sys.argv[2]))
    print(f"nodes {n} edges {m} relations {k}")


if __name__ == "__main__":
    main()
