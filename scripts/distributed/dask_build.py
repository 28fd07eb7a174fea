#!/usr/bin/python3
"""Builds a claimgraph store on Dask distributed: `claimgraph extract` as the map step, one
task per partition of the input, and `claimgraph merge` as the reduce step.

    dask_build.py INPUTS... -o STORE [--scheduler tcp://host:8786] [--workers N]
                  [--partition-mb MB] [--claimgraph PATH] [--parts-dir DIR] [-q]

INPUTS are JSON Lines files (*.jsonl, *.ndjson), text files (*.txt, one article each), folders
of them and glob patterns, read in the order `claimgraph build` reads them. Records without an
id get the one `claimgraph build` would give them (`<file stem>:<line>`), so both routes give
the same graph. The records are cut into partitions of whole lines of about --partition-mb
(default 8) MB; each partition is piped into `claimgraph extract -` on a worker, its JSON Lines
are written to a part file as soon as it completes, and at the end `claimgraph merge` reads the
parts in partition order into STORE.

Without --scheduler a local cluster of --workers (default 2) single-threaded worker processes
runs the tasks. With --scheduler the tasks run on that cluster: every worker needs the
claimgraph binary at the --claimgraph path (checked on each worker before any task runs), as
does this machine, which reads the inputs, sends them to the workers (so they need no shared
file system) and runs the merge.

Exit status, as claimgraph's: 0 success; 1 some inputs or lines were unusable (each named on
standard error) and the rest is in STORE; 2 usage error; 4 a partition failed (its number,
lines and claimgraph's error are printed; no store is written, the parts are kept).
"""

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import records  # noqa: E402  (lives next to this script)

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 4


def extract_partition(claimgraph, data):
    """The map step, run on a worker: the partition's JSON Lines through `claimgraph extract -`.
    Returns (exit status, standard output, standard error). Defined in this script, so Dask
    sends it to the workers by value; it needs nothing but the claimgraph binary there."""
    done = subprocess.run([claimgraph, "extract", "-"], input=data, capture_output=True)
    return done.returncode, done.stdout, done.stderr


class Partition:
    """Whole records sent to one task, with where each came from, to name bad lines."""

    def __init__(self, index):
        self.index = index
        self.lines = []
        self.origins = []
        self.size = 0

    def add(self, record):
        self.lines.append(record.data)
        self.origins.append(record.origin)
        self.size += len(record.data) + 1

    def data(self):
        return b"".join(line + b"\n" for line in self.lines)

    def span(self):
        first, last = self.origins[0], self.origins[-1]
        return first if first == last else f"{first} .. {last}"


def partitions(inputs, limit, problems):
    """Cuts the records of the inputs into partitions of about `limit` bytes, in input order;
    appends every unusable input or line to `problems` (and reports it at once)."""
    current = Partition(0)
    for item in records.records(inputs):
        if isinstance(item, records.Problem):
            print(item, file=sys.stderr)
            problems.append(item)
            continue
        current.add(item)
        if current.size >= limit:
            yield current
            current = Partition(current.index + 1)
    if current.lines:
        yield current


STDIN_LINE = re.compile(rb"^claimgraph: <stdin>:(\d+): (.*)$")


class Outcome:
    """What the map step made of one partition."""

    def __init__(self, partition, status, out, err):
        self.partition, self.status, self.out = partition, status, out
        self.bad_lines = 0
        self.messages = []  # claimgraph's stderr, lines renamed to the input they came from
        self.failure = None
        for line in err.decode("utf-8", "replace").encode().splitlines():
            match = STDIN_LINE.match(line)
            if match and 1 <= int(match[1]) <= len(partition.origins):
                origin = partition.origins[int(match[1]) - 1]
                self.messages.append(f"claimgraph: {origin}: {match[2].decode()}")
                self.bad_lines += 1
            elif line.strip():
                self.messages.append(line.decode())
        articles = out.count(b"\n")
        if status not in (EXIT_OK, EXIT_INPUTS_FAILED):
            self.failure = f"claimgraph extract exited with status {status}"
        elif articles + self.bad_lines != len(partition.lines):
            # Every line is an article or a reported error; anything else would lose lines.
            self.failure = (f"{len(partition.lines)} lines in, {articles} articles and "
                            f"{self.bad_lines} reported bad lines out")

    def report_failure(self):
        p = self.partition
        print(f"dask_build: partition {p.index} ({len(p.lines)} lines, {p.span()}) failed: "
              f"{self.failure}", file=sys.stderr)
        for message in self.messages:
            print(f"  {message}", file=sys.stderr)


def write_part(parts_dir, outcome):
    """Writes a partition's JSON Lines as part-<index>.jsonl (atomically, so a part file is
    always whole); a partition without articles writes none."""
    if not outcome.out:
        return
    path = os.path.join(parts_dir, f"part-{outcome.partition.index:06d}.jsonl")
    with open(path + ".tmp", "wb") as f:
        f.write(outcome.out)
    os.replace(path + ".tmp", path)


def default_claimgraph():
    repo_build = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build",
                              "claimgraph")
    return os.environ.get("CLAIMGRAPH") or shutil.which("claimgraph") or repo_build


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Build a claimgraph store on Dask: extract partitions on the workers "
                    "(map), then merge the parts (reduce).")
    p.add_argument("inputs", nargs="+", metavar="INPUTS",
                   help="JSON Lines files, text files, folders or glob patterns")
    p.add_argument("-o", "--output", required=True, metavar="STORE",
                   help="the graph store (SQLite) to create or update")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a running scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="worker processes of the local cluster (default 2)")
    p.add_argument("--partition-mb", type=float, default=8.0, metavar="MB",
                   help="partition size in MB of JSON Lines (default 8)")
    p.add_argument("--claimgraph", default=default_claimgraph(), metavar="PATH",
                   help="the claimgraph binary, at this path on every worker")
    p.add_argument("--parts-dir", metavar="DIR",
                   help="keep the part files here (default: a temporary folder, removed after "
                        "a successful merge)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary lines")
    args = p.parse_args(argv)
    if args.workers < 1 or args.partition_mb <= 0:
        p.error("--workers and --partition-mb must be positive")
    args.claimgraph = os.path.abspath(args.claimgraph)
    return args


def connect(args):
    """A client of the given scheduler, or of a new local cluster."""
    from distributed import Client, LocalCluster
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def check_workers(client, claimgraph):
    """Names the workers on which the claimgraph binary is missing; empty when all have it."""
    found = client.run(os.access, claimgraph, os.X_OK)
    return sorted(worker for worker, ok in found.items() if not ok)


def run_map(client, args, parts_dir, problems):
    """Submits one task per partition, writing each part as its task completes. Keeps a bounded
    number of partitions in flight, so the inputs stream however large they are."""
    from distributed import as_completed
    in_flight_limit = 2 * max(1, len(client.scheduler_info()["workers"]))
    pending = as_completed()
    partitions_of = {}
    failures, count = [], 0
    run_id = uuid.uuid4().hex[:8]  # task keys unique on a cluster shared with other runs

    def collect(future):
        partition = partitions_of.pop(future.key)
        try:
            outcome = Outcome(partition, *future.result())
        except Exception as e:  # the task itself failed: worker lost for good, binary gone...
            outcome = Outcome(partition, -1, b"", b"")
            outcome.failure = f"the task raised {type(e).__name__}: {e}"
        if outcome.failure:
            failures.append(outcome)
            outcome.report_failure()
            return
        for message in outcome.messages:
            print(message, file=sys.stderr)
        if outcome.bad_lines or outcome.status == EXIT_INPUTS_FAILED:
            problems.extend(outcome.messages or [f"partition {partition.index}: status 1"])
        write_part(parts_dir, outcome)

    limit = int(args.partition_mb * 1024 * 1024)
    for partition in partitions(args.inputs, limit, problems):
        count += 1
        # Scattered first, so the data goes straight to a worker instead of through the
        # scheduler inside the task.
        data = client.scatter(partition.data(), hash=False)
        future = client.submit(extract_partition, args.claimgraph, data, pure=False,
                               key=f"claimgraph-extract-{run_id}-{partition.index:06d}")
        partitions_of[future.key] = partition
        pending.add(future)
        while pending.count() >= in_flight_limit:
            collect(next(pending))
    for future in pending:
        collect(future)
    return count, failures


def check_parts_dir(path):
    """Makes sure the parts folder holds nothing `claimgraph merge` would read but our parts."""
    os.makedirs(path, exist_ok=True)
    if os.listdir(path):
        print(f"dask_build: --parts-dir {path} is not empty", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def main(argv):
    args = parse_args(argv)
    # The merge runs here, so the binary is needed here too, not only on the workers.
    if not os.access(args.claimgraph, os.X_OK):
        print(f"dask_build: {args.claimgraph} is no executable claimgraph binary "
              "(use --claimgraph)", file=sys.stderr)
        return EXIT_USAGE
    if args.parts_dir:
        check_parts_dir(args.parts_dir)

    started = time.monotonic()
    try:
        client, cluster = connect(args)
    except OSError as e:  # no scheduler at that address, or no local ports
        print(f"dask_build: cannot start or reach the cluster: {e}", file=sys.stderr)
        return EXIT_FAILED
    try:
        missing = check_workers(client, args.claimgraph)
        if missing:
            print(f"dask_build: {args.claimgraph} is missing on workers {', '.join(missing)}",
                  file=sys.stderr)
            return EXIT_FAILED
        parts_dir = args.parts_dir or tempfile.mkdtemp(prefix="claimgraph-parts-")
        workers = len(client.scheduler_info()["workers"])
        problems = []
        count, failures = run_map(client, args, parts_dir, problems)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    mapped = time.monotonic()

    if failures:
        print(f"dask_build: {len(failures)} of {count} partitions failed; no store written; "
              f"the parts of the others are in {parts_dir}", file=sys.stderr)
        return EXIT_FAILED
    status = EXIT_INPUTS_FAILED if problems else EXIT_OK
    if not os.listdir(parts_dir):
        print("dask_build: no article could be read; no store written", file=sys.stderr)
        return EXIT_INPUTS_FAILED

    # The reduce step: the folder lists the parts in partition order (zero-padded names).
    merge = [args.claimgraph, "merge", parts_dir, "-o", args.output]
    merged = subprocess.run(merge + (["-q"] if args.quiet else []))
    if merged.returncode not in (EXIT_OK, EXIT_INPUTS_FAILED):
        print(f"dask_build: claimgraph merge exited with status {merged.returncode}; the parts "
              f"are in {parts_dir}", file=sys.stderr)
        return merged.returncode
    status = max(status, merged.returncode)
    if merged.returncode != EXIT_OK:
        print(f"dask_build: the parts are kept in {parts_dir}", file=sys.stderr)
    elif not args.parts_dir:
        shutil.rmtree(parts_dir)
    if not args.quiet:
        print(f"dask_build: {count} partitions on {workers} workers; map {mapped - started:.1f} s "
              f"(with cluster start), merge {time.monotonic() - mapped:.1f} s; "
              f"{len(problems)} unusable inputs or lines", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
