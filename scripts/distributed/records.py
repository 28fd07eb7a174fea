"""Article inputs as JSON Lines records that carry the ids a single-process build gives them.

`claimgraph extract -` names a JSON Lines record without an id `stdin:<line>`, whereas
`claimgraph build feed.jsonl` names it `feed:<line>`. A distributed build splits the input
into partitions and pipes each one into `extract -`, so before splitting every record without
an id gets the id the single-process build would give it; that is what makes the graphs of
both routes compare equal. Text files become one record each, with the file's stem as id.

Used by dask_build.py as a module, and by parallel_build.sh as a command:

    records.py prepare WORKDIR INPUTS...

writes WORKDIR/jsonl.list and WORKDIR/text.list (NUL-separated paths): the JSON Lines files to
split (an input itself when every record already has an id, else a copy with ids added in
WORKDIR) and the text files to pass to `claimgraph extract` by name. Exit status 0, 1 when
some input or line was unusable (each reported on standard error), 2 on a usage error.
Only the standard library is used.
"""

import glob
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)


@dataclass
class Record:
    """One article as a JSON Lines record (no newline), and where it came from."""
    data: bytes
    origin: str  # "feed.jsonl:12" or "notes.txt", as claimgraph would name it
    id_added: bool = False  # the input line had no id; `data` carries the default one


@dataclass
class Problem:
    """An unusable input or line, reported as claimgraph reports one."""
    origin: str
    message: str

    def __str__(self):
        return f"claimgraph: {self.origin}: {self.message}"


def _wanted(path):
    return path.suffix.lower() in JSON_LINES_SUFFIXES + TEXT_SUFFIXES + (".csv",)


def _sort_key(path):
    # claimgraph sorts std::filesystem::path objects, which compare name by name.
    return [part.encode("utf-8", "surrogateescape") for part in Path(path).parts]


def expand(inputs):
    """Yields the files the inputs name (files, folders searched recursively, glob patterns) in
    claimgraph's order, and a Problem for each input that names nothing."""
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for root, dirs, files in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found += [os.path.join(root, f) for f in files if not f.startswith(".")]
            found = sorted((f for f in found if _wanted(Path(f)) and os.path.isfile(f)),
                           key=_sort_key)
            if not found:
                yield Problem(given, "holds no .txt, .jsonl or .ndjson files")
            yield from found
        elif os.path.exists(given):
            yield given
        elif any(c in given for c in "*?["):
            matches = sorted(glob.glob(given), key=lambda p: p.encode("utf-8", "surrogateescape"))
            if not matches:
                yield Problem(given, "no files match")
            for match in matches:
                yield from expand([match])
        else:
            yield Problem(given, "no such file or folder")


def is_json_lines(path):
    return Path(path).suffix.lower() in JSON_LINES_SUFFIXES


def _has_id(obj):
    # claimgraph gives a default id when "id" is absent, null or the empty string.
    return obj.get("id") not in (None, "")


def json_lines_records(path):
    """Yields the records of a JSON Lines file with ids added where claimgraph would add them,
    and a Problem for each line that can never be an article. Blank lines are skipped but
    counted, as claimgraph counts them."""
    stem = Path(path).stem
    any_line = False
    with open(path, "rb") as f:
        # Binary mode splits on "\n" only, as claimgraph does; it also drops one "\r".
        for number, line in enumerate(f, start=1):
            line = line.rstrip(b"\n")
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line.strip(b" \t\r"):
                continue
            any_line = True
            origin = f"{path}:{number}"
            if not line.lstrip(b" \t").startswith(b"{"):
                # Not an object, so never an article. It must not reach `extract -`: at the
                # head of a partition it would make claimgraph read the whole partition as one
                # text article (stdin is JSON Lines only when it starts with "{").
                yield Problem(origin, 'is not a JSON object (it does not start with "{")')
                continue
            data = _with_id(line, f"{stem}:{number}")
            yield Record(data, origin, data is not line)
    if not any_line:
        yield Problem(path, "is empty")


def _with_id(line, default_id):
    """The line with `"id": default_id` added when it has no id; otherwise unchanged. The id
    is appended textually so every other byte stays as it was (no re-encoding of the text);
    appended last, it also wins over an "id" of null or "" (the last duplicate key wins in
    claimgraph's JSON parser, as in Python's)."""
    try:
        obj = json.loads(line)
    except ValueError:
        return line  # claimgraph reports it, naming the line
    if not isinstance(obj, dict) or not obj or _has_id(obj):
        return line
    body = line.rstrip(b" \t")
    return body[:-1] + b',"id":' + json.dumps(default_id).encode("ascii") + b"}"


def text_file_record(path):
    """A text file as one record whose id is the file's stem, or a Problem."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return Problem(path, f"is not valid UTF-8 (byte {e.start})")
    record = json.dumps({"id": Path(path).stem, "text": text}, ensure_ascii=True)
    return Record(record.encode("ascii"), path)


def records(inputs):
    """Yields a Record or a Problem for every article the inputs hold, in claimgraph's order."""
    for item in expand(inputs):
        if isinstance(item, Problem):
            yield item
        elif is_json_lines(item):
            yield from json_lines_records(item)
        elif Path(item).suffix.lower() == ".csv":
            yield Problem(item, "CSV is not supported by the distributed build; "
                                "convert it to JSON Lines")
        else:
            # Like claimgraph, a file named outright is text whatever its extension.
            yield text_file_record(item)


def _write_list(path, items):
    with open(path, "wb") as f:
        for item in items:
            f.write(os.fsencode(item) + b"\0")


def prepare(workdir, inputs):
    """Sorts the inputs into JSON Lines files ready to split and text files (see the module
    documentation); returns the exit status."""
    os.makedirs(workdir, exist_ok=True)
    jsonl, texts, status = [], [], 0
    for item in expand(inputs):
        if isinstance(item, Problem):
            print(item, file=sys.stderr)
            status = 1
        elif is_json_lines(item):
            ready, problems = _prepare_json_lines(item, workdir, len(jsonl))
            for problem in problems:
                print(problem, file=sys.stderr)
            status = status or (1 if problems else 0)
            if ready:
                jsonl.append(ready)
        elif Path(item).suffix.lower() == ".csv":
            print(Problem(item, "CSV is not supported by the distributed build; "
                                "convert it to JSON Lines"), file=sys.stderr)
            status = 1
        else:
            texts.append(item)
    _write_list(os.path.join(workdir, "jsonl.list"), jsonl)
    _write_list(os.path.join(workdir, "text.list"), texts)
    return status


def _prepare_json_lines(path, workdir, index):
    """The file itself when it can be split as it is, else a fixed copy in `workdir` (None when
    no line is usable), and the problems found. Streams the file, twice when it needs a copy."""
    problems, fixed, usable = [], False, False
    for item in json_lines_records(path):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            usable = True
            fixed = fixed or item.id_added
    if not problems and not fixed:
        return path, problems
    if not usable:
        return None, problems
    copy = os.path.join(workdir, f"{index:06d}-{Path(path).stem}.jsonl")
    with open(copy, "wb") as f:
        for item in json_lines_records(path):
            if isinstance(item, Record):
                f.write(item.data + b"\n")
    return copy, problems


def main(argv):
    if len(argv) < 3 or argv[0] != "prepare":
        print("usage: records.py prepare WORKDIR INPUTS...", file=sys.stderr)
        return 2
    return prepare(argv[1], argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
