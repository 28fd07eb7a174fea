#!/usr/bin/python3
"""The peers of `claimgraph path` on the same graph and pairs: loads the edge list that
build/query_bench wrote (first line: the vertex count; then one "u v" line per link), then
times a shortest path and the 5 best loop-free paths over each pair (python-igraph's
5 best over the first three pairs only: each takes seconds at a million vertices), and the depth-2
neighbourhood of the hub (first line of pairs.txt), printing one line with the peak memory.

Usage: /usr/bin/python3 scripts/benchmarks/peers.py DIR networkx|igraph
"""
import itertools
import resource
import statistics
import sys
import time


def read(folder):
    with open(folder + "/edges.txt") as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    with open(folder + "/pairs.txt") as f:
        hub = int(f.readline())
        pairs = [tuple(map(int, line.split())) for line in f]
    return n, edges, hub, pairs


def median_ms(pairs, query):
    took = []
    for a, b in pairs:
        start = time.perf_counter()
        query(a, b)
        took.append((time.perf_counter() - start) * 1000)
    return statistics.median(took)


def networkx(n, edges, hub, pairs):
    import networkx as nx
    start = time.perf_counter()
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    load = time.perf_counter() - start
    shortest = median_ms(pairs, lambda a, b: nx.shortest_path(g, a, b))
    best5 = median_ms(pairs, lambda a, b: list(itertools.islice(nx.shortest_simple_paths(g, a, b), 5)))
    start = time.perf_counter()
    reached = len(nx.single_source_shortest_path_length(g, hub, cutoff=2))
    ego = (time.perf_counter() - start) * 1000
    return load, shortest, best5, reached, ego


def igraph(n, edges, hub, pairs):
    import igraph as ig
    start = time.perf_counter()
    g = ig.Graph(n=n, edges=edges)
    load = time.perf_counter() - start
    shortest = median_ms(pairs, lambda a, b: g.get_shortest_paths(a, to=b))
    # Its k shortest paths take seconds a pair on a million vertices: three pairs tell.
    best5 = median_ms(pairs[:3], lambda a, b: g.get_k_shortest_paths(a, to=b, k=5))
    start = time.perf_counter()
    reached = len(g.neighborhood(hub, order=2))
    ego = (time.perf_counter() - start) * 1000
    return load, shortest, best5, reached, ego


def main():
    folder, peer = sys.argv[1], sys.argv[2]
    n, edges, hub, pairs = read(folder)
    load, shortest, best5, reached, ego = {"networkx": networkx, "igraph": igraph}[peer](
        n, edges, hub, pairs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peer}: {n} vertices, {len(edges)} links; load {load:.3f} s; median of {len(pairs)} "
          f"pairs: shortest path {shortest:.4f} ms, 5 best {best5:.2f} ms; depth-2 neighbourhood "
          f"of the hub ({reached} entities) {ego:.1f} ms; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
