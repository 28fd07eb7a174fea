#!/usr/bin/python3
"""Builds a claimgraph store on Dask distributed: `claimgraph extract` as the map step, one
task per partition of the articles, and `claimgraph merge` as the reduce step.

    dask_build.py INPUTS... -o STORE [--scheduler tcp://host:8786] [--workers N]
                  [--partition-mb MB] [--claimgraph PATH] [--parts-dir DIR] [-q]

INPUTS are whatever `claimgraph build` reads (text files, JSON Lines, CSV, folders, globs).
`claimgraph articles` reads them here, naming every bad input or line on standard error, and
writes each article as a JSON Lines record with the id a single-process build gives it. The
records are cut into partitions of about --partition-mb (default 8) MB; each partition is piped
into `claimgraph extract -` on a worker, its records are written to a part file as soon as the
task completes, and at the end `claimgraph merge` reads the parts in partition order into STORE.

Without --scheduler a local cluster of --workers (default 2) single-threaded worker processes
runs the tasks. With --scheduler the tasks run on that cluster: every worker needs the
claimgraph binary at the --claimgraph path (checked on each worker before any task runs). This
machine reads the inputs and sends them to the workers, so they need no shared file system.

Exit status, as claimgraph's: 0 success; 1 some inputs or lines were unusable (each named) and
the rest is in STORE; 2 usage error; 4 a partition failed (its number and claimgraph's error
are printed; no store is written, the parts are kept) or the cluster cannot be reached.
"""

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 4


def extract_partition(claimgraph, data):
    """The map step, run on a worker: the partition's records through `claimgraph extract -`.
    Returns (exit status, standard output, standard error)."""
    done = subprocess.run([claimgraph, "extract", "-"], input=data, capture_output=True)
    return done.returncode, done.stdout, done.stderr


def partitions(records, limit):
    """Cuts the lines of `records` into lists of whole lines of about `limit` bytes."""
    lines, size = [], 0
    for line in records:
        lines.append(line)
        size += len(line)
        if size >= limit:
            yield lines
            lines, size = [], 0
    if lines:
        yield lines


class MapStep:
    """Submits partitions, keeps a bounded number in flight (so inputs of any size stream) and
    writes each part as its task completes."""

    def __init__(self, client, claimgraph, parts_dir):
        from distributed import as_completed
        self.client, self.claimgraph, self.parts_dir = client, claimgraph, parts_dir
        self.pending = as_completed()
        self.in_flight = 2 * max(1, len(client.scheduler_info()["workers"]))
        self.run_id = uuid.uuid4().hex[:8]  # task keys unique on a cluster shared with others
        self.lines_of = {}  # task key -> (partition index, number of lines)
        self.failures = []
        self.count = 0

    def submit(self, lines):
        index, self.count = self.count, self.count + 1
        # Scattered first, so the data goes straight to a worker, not through the scheduler.
        data = self.client.scatter(b"".join(lines), hash=False)
        future = self.client.submit(extract_partition, self.claimgraph, data, pure=False,
                                    key=f"claimgraph-extract-{self.run_id}-{index:06d}")
        self.lines_of[future.key] = (index, len(lines))
        self.pending.add(future)
        while self.pending.count() >= self.in_flight:
            self.collect(next(self.pending))

    def finish(self):
        for future in self.pending:
            self.collect(future)

    def collect(self, future):
        index, lines = self.lines_of.pop(future.key)
        try:
            status, out, err = future.result()
        except Exception as e:  # the task itself failed: a worker lost for good, no binary...
            status, out, err = -1, b"", f"the task raised {type(e).__name__}: {e}".encode()
        # Every record is a valid article (`articles` checked it), so each must come back.
        returned = out.count(b"\n")
        if status != EXIT_OK or returned != lines:
            self.failures.append(index)
            print(f"dask_build: partition {index} ({lines} articles) failed with status "
                  f"{status}, {returned} records out: "
                  f"{err.decode('utf-8', 'replace').strip()}", file=sys.stderr)
            return
        path = os.path.join(self.parts_dir, f"part-{index:06d}.jsonl")
        with open(path + ".tmp", "wb") as f:  # renamed when whole, so a part is never cut short
            f.write(out)
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
                   help="text, JSON Lines or CSV files, folders or glob patterns")
    p.add_argument("-o", "--output", required=True, metavar="STORE",
                   help="the graph store (SQLite) to create or update")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a running scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="worker processes of the local cluster (default 2)")
    p.add_argument("--partition-mb", type=float, default=8.0, metavar="MB",
                   help="partition size in MB of article records (default 8)")
    p.add_argument("--claimgraph", default=default_claimgraph(), metavar="PATH",
                   help="the claimgraph binary, at this path on every worker")
    p.add_argument("--parts-dir", metavar="DIR",
                   help="keep the part files here (default: a temporary folder, removed after "
                        "a successful merge)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary lines")
    args = p.parse_args(argv)
    if args.workers < 1 or args.partition_mb <= 0:
        p.error("--workers and --partition-mb must be positive")
    args.claimgraph = os.path.abspath(args.claimgraph)
    if not os.access(args.claimgraph, os.X_OK):
        p.error(f"{args.claimgraph} is no executable claimgraph binary (use --claimgraph)")
    if args.parts_dir:
        os.makedirs(args.parts_dir, exist_ok=True)
        if os.listdir(args.parts_dir):  # merge would read whatever else is there
            p.error(f"--parts-dir {args.parts_dir} is not empty")
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


def run_map(client, args, parts_dir):
    """Streams `claimgraph articles` into partitions on the workers; returns the map step and
    the exit status of `articles` (1 when it named bad inputs)."""
    missing = sorted(w for w, ok in client.run(os.access, args.claimgraph, os.X_OK).items()
                     if not ok)
    if missing:
        raise RuntimeError(f"{args.claimgraph} is missing on workers {', '.join(missing)}")
    step = MapStep(client, args.claimgraph, parts_dir)
    reader = subprocess.Popen([args.claimgraph, "articles", *args.inputs], stdout=subprocess.PIPE)
    for lines in partitions(reader.stdout, int(args.partition_mb * 1024 * 1024)):
        step.submit(lines)
    step.finish()
    return step, reader.wait()


def main(argv):
    args = parse_args(argv)
    started = time.monotonic()
    parts_dir = args.parts_dir or tempfile.mkdtemp(prefix="claimgraph-parts-")
    try:
        client, cluster = connect(args)
    except OSError as e:  # no scheduler at that address, or no local ports
        print(f"dask_build: cannot start or reach the cluster: {e}", file=sys.stderr)
        return EXIT_FAILED
    try:
        workers = len(client.scheduler_info()["workers"])
        step, read_status = run_map(client, args, parts_dir)
    except RuntimeError as e:
        print(f"dask_build: {e}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    mapped = time.monotonic()
    if read_status not in (EXIT_OK, EXIT_INPUTS_FAILED) or step.failures:
        print(f"dask_build: reading the inputs ended with status {read_status}, "
              f"{len(step.failures)} of {step.count} partitions failed; no store written; "
              f"the parts are in {parts_dir}", file=sys.stderr)
        return EXIT_FAILED

    if step.count == 0:
        print("dask_build: no article could be read; no store written", file=sys.stderr)
        return EXIT_INPUTS_FAILED
    # The reduce step: the folder lists the parts in partition order (zero-padded names).
    merged = subprocess.run([args.claimgraph, "merge", parts_dir, "-o", args.output] +
                            (["-q"] if args.quiet else []))
    if merged.returncode != EXIT_OK:
        print(f"dask_build: claimgraph merge exited with status {merged.returncode}; the parts "
              f"are in {parts_dir}", file=sys.stderr)
        return merged.returncode
    if not args.parts_dir:
        shutil.rmtree(parts_dir)
    if not args.quiet:
        print(f"dask_build: {step.count} partitions on {workers} workers; map "
              f"{mapped - started:.1f} s (with cluster start), merge "
              f"{time.monotonic() - mapped:.1f} s", file=sys.stderr)
    return read_status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
