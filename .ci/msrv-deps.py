#!/usr/bin/env python3
"""Checks the MSRV against the lockfile.

Every package that building the library can compile (its normal and build
dependencies, transitively, with every feature on, on every platform) must
declare a `rust-version` no higher than the library's own. Dev dependencies
are left out: they build the tests and benches, not what a dependent
compiles. A package that declares no `rust-version` is listed, not judged.

Prints one row per package and exits 1 if any needs a newer compiler.
"""

import json
import subprocess
import sys

ROOT = "arabic-text"


def version(v):
    """`1.70` or `1.70.0` as a comparable tuple (1, 70, 0)."""
    parts = [int(p) for p in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--all-features"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p for p in meta["packages"] if p["name"] == ROOT and p["source"] is None)
    ours = root["rust_version"]

    # Walk the graph from the library through normal and build edges only.
    reached, todo = set(), [root["id"]]
    while todo:
        for dep in nodes[todo.pop()]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if kinds - {"dev"} and dep["pkg"] not in reached:
                reached.add(dep["pkg"])
                todo.append(dep["pkg"])

    rows = sorted((packages[i]["name"], packages[i]["version"], packages[i]["rust_version"]) for i in reached)
    too_new = [r for r in rows if r[2] and version(r[2]) > version(ours)]
    width = max(len(r[0]) for r in rows)
    print(f"{ROOT} declares rust-version {ours}; its normal and build dependencies:")
    print(f"  {'package':<{width}}  {'version':<10}  rust-version")
    for name, ver, rv in rows:
        mark = "  TOO NEW" if (name, ver, rv) in too_new else ""
        print(f"  {name:<{width}}  {ver:<10}  {rv or '(none)'}{mark}")
    undeclared = sum(1 for r in rows if not r[2])
    print(f"{len(rows)} packages, {undeclared} without a rust-version, {len(too_new)} newer than {ours}")
    if too_new:
        print("resolve with `cargo update` (the fallback resolver in .cargo/config.toml)"
              " or raise rust-version", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
