"""Helpers shared by the tests: the repository root and the Rust examples."""

import functools
import json
import os
import subprocess

import pytest

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SAMPLE = os.path.join(REPO, "tests", "data", "news-article.txt")


@functools.lru_cache(maxsize=None)
def rust_example(name, *args):
    """stdout of `cargo run --example NAME -- ARGS` from the repository root
    (the debug build that `cargo test` already made)."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--example", name, "--", *args],
        cwd=REPO, capture_output=True, check=True,
    )
    return result.stdout.decode("utf-8")


def to_index(text):
    """A function from byte offsets of `text`'s UTF-8 to indices of `text`."""
    starts = {}
    byte = 0
    for i, ch in enumerate(text):
        starts[byte] = i
        byte += len(ch.encode("utf-8"))
    starts[byte] = len(text)
    return starts.__getitem__


def rust_tokens(path):
    """The `tokenize` example's tokens of the file at `path`, per line, with
    offsets turned into indices of the line (a str)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    base, per_line = [], []
    offset = 0
    for line in lines:
        base.append(offset)
        offset += len(line.encode("utf-8")) + 1
        per_line.append([])
    line_no = 0
    for record in rust_example("tokenize", path).splitlines():
        t = json.loads(record)
        while line_no + 1 < len(base) and base[line_no + 1] <= t["start"]:
            line_no += 1
        index = to_index(lines[line_no])
        per_line[line_no].append(
            (t["text"], t["kind"], index(t["start"] - base[line_no]), index(t["end"] - base[line_no]))
        )
    return dict(zip(lines, per_line))


def rust_structure(path):
    """The `extract` example's JSON of the file at `path`, spans turned into
    indices of the file's text."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    index = to_index(text)
    doc = json.loads(rust_example("extract", path))
    for block in doc["blocks"]:
        block["span"] = [index(block["span"][0]), index(block["span"][1])]
    return doc


@pytest.fixture(scope="session")
def sample_text():
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()
