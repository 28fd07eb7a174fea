#!/usr/bin/python3
"""A disk that fills up mid-build (issue 13, store safety).

    disk_full_test.py CLAIMGRAPH

Two methods, each run when it is available:
- tmpfs: a 2 MiB tmpfs (`mount -t tmpfs`, needs root) takes a build of 1,200 articles (about
  5 MB). The build must fail with one line naming the store and exit 4; the store must open
  read-only and pass PRAGMA integrity_check; `render -o` over a drawing already on the full disk
  must fail the same way and leave the old drawing whole; after `mount -o remount` with room,
  a re-run must complete the store to exactly what an uninterrupted build holds.
- fsize: RLIMIT_FSIZE (with SIGXFSZ ignored, so writes fail with EFBIG) at limits from 8 KiB up,
  so the write fails at every stage of a build (creating the file, its schema, the first
  articles); after each, the same checks, and a re-run without the limit completes the store.
Exit status 0 when all checks passed, 1 when one failed, 77 when no method was available.
"""

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from store_check import ROOT, Failure, article_digests, has_tables, integrity, replicated, run, write_jsonl  # noqa: E402


def claimgraph_lines(err):
    """The lines of standard error that claimgraph wrote (a sanitizer may add its own)."""
    return [line for line in err.splitlines() if line.startswith("claimgraph")]


def expect_failed_write(status, err, name):
    """A failed write: exit 4 and one line naming the file."""
    lines = claimgraph_lines(err)
    if status != 4 or len(lines) != 1 or name not in lines[0]:
        raise Failure(f"wanted exit 4 and one line naming {name}; got exit {status}: {err!r}")
    print(f"ok: exit 4: {lines[0]}")


def expect_sound(cg, work, store):
    """The store opens read-only (`stats`) and passes integrity_check; or it was never made."""
    if not has_tables(store):
        return
    run([cg, "stats", store, "--tsv"], work, 0)
    if (answer := integrity(store)) != "ok":
        raise Failure(f"{store}: integrity_check: {answer}")


def expect_completed(cg, work, command, store, ref):
    """A re-run with room completes the store to exactly the reference's rows."""
    run([cg, *command, "-o", store, "-q"], work, 0)
    if integrity(store) != "ok" or article_digests(store) != article_digests(ref):
        raise Failure(f"{store}: the re-run did not complete it to the reference")


def build_limited(cg, work, inputs, store, limit):
    """Builds with every file the process writes bounded to `limit` bytes."""

    def bound():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG from write(), not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = subprocess.run([cg, "build", *inputs, "-o", store, "-q"], cwd=work, capture_output=True, text=True,
                       preexec_fn=bound)
    return r.returncode, r.stderr


def fsize_sweep(cg, work):
    """RLIMIT_FSIZE at limits from 8 KiB: every stage of a build fails once, and recovers."""
    ref = os.path.join(work, "ref-small.db")
    failed = 0
    for limit in [8 << 10, *range(24 << 10, 200 << 10, 8 << 10), 1 << 20]:
        inputs = ["small.jsonl"] if limit < (1 << 20) else ["big.jsonl"]
        store = os.path.join(work, f"fsize-{limit}.db")
        status, err = build_limited(cg, work, inputs, store, limit)
        if status != 0:
            expect_failed_write(status, err, store)
            failed += 1
        expect_sound(cg, work, store)
        expect_completed(cg, work, ["build", *inputs], store,
                         ref if inputs == ["small.jsonl"] else os.path.join(work, "ref-big.db"))
    if failed == 0:
        raise Failure("no limit made the build fail: the sweep proves nothing")
    print(f"ok: fsize: {failed} builds failed at a file size limit; every store sound and completed")


def mount_tmpfs(path, size):
    """Mounts a tmpfs of `size` at `path`; False when this machine does not allow it."""
    os.makedirs(path, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path], capture_output=True)
    return r.returncode == 0


def tmpfs_case(cg, work):
    """A 2 MiB tmpfs fills up mid-build; then it grows and a re-run completes the store."""
    disk = os.path.join(work, "disk")
    if not mount_tmpfs(disk, "2m"):
        print("skip: tmpfs: mount -t tmpfs is not permitted here")
        return False
    try:
        tmpfs_checks(cg, work, disk)
    finally:
        subprocess.run(["umount", disk])
    return True


def tmpfs_checks(cg, work, disk):
    """The checks on a mounted tmpfs `disk`."""
    drawing = os.path.join(disk, "graph.svg")
    with open(drawing, "w") as f:
        f.write("<svg>the previous drawing</svg>\n")
    store = os.path.join(disk, "graph.db")
    r = subprocess.run([cg, "build", "big.jsonl", "-o", store, "-q"], cwd=work, capture_output=True, text=True)
    expect_failed_write(r.returncode, r.stderr, store)
    expect_sound(cg, work, store)
    r = subprocess.run([cg, "render", "ref-small.db", "-o", drawing], cwd=work, capture_output=True, text=True)
    expect_failed_write(r.returncode, r.stderr, drawing)
    with open(drawing) as f:
        if f.read() != "<svg>the previous drawing</svg>\n":
            raise Failure(f"{drawing}: a failed render changed the previous drawing")
    if left := [name for name in os.listdir(disk) if not name.startswith("graph.")]:
        raise Failure(f"{disk}: a failed write left files behind: {left}")
    subprocess.run(["mount", "-o", "remount,size=64m", disk], check=True)
    expect_completed(cg, work, ["build", "big.jsonl"], store, os.path.join(work, "ref-big.db"))
    print("ok: tmpfs: the full disk failed the build and the render cleanly; a re-run completed the store")


def main():
    cg = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="claimgraph-disk-full.")
    shutil.copy(os.path.join(ROOT, "data", "examples", "newsroom.jsonl"), os.path.join(work, "small.jsonl"))
    write_jsonl(os.path.join(work, "big.jsonl"), replicated(60))
    try:
        run([cg, "build", "big.jsonl", "-o", "ref-big.db", "-q"], work, 0)
        run([cg, "build", "small.jsonl", "-o", "ref-small.db", "-q"], work, 0)
        mounted = tmpfs_case(cg, work)
        fsize_sweep(cg, work)
        print(f"disk full: methods used: {'tmpfs and ' if mounted else ''}RLIMIT_FSIZE")
    except Failure as e:
        print(f"FAIL: {e}\nkept: {work}", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
