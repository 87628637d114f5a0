"""How fast do the Python tools most Arabic NLP users come from process the
same text the Rust peers benchmark reads?

    python peers.py [--rounds N] [--check] [FILE ...]

With no FILE it reads the bundled sample article repeated to 1 MiB, as the
Rust benchmark does. For each file it times, over N rounds with the
contenders interleaved, the median MB/s (millions of UTF-8 input bytes per
second) of:

- CAMeL Tools: dediac_ar + normalize_alef_ar + normalize_alef_maksura_ar +
  tatweel removal; simple_word_tokenize.
- PyArabic: strip_tashkeel + strip_tatweel + normalize_alef; araby.tokenize.

--check also runs arabic-text's `normalize` example with the rules
diacritics,tatweel,alef,alef_maksura on the file (through cargo, from the
repository root) and reports how many lines differ from CAMeL Tools' output.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar
from pyarabic import araby

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SAMPLE = os.path.join(REPO, "tests", "data", "news-article.txt")
MIB = 1 << 20
TATWEEL = "\u0640"


def repeat_to(text, size):
    """The text repeated, a blank line between copies, cut to `size` UTF-8
    bytes at a char boundary: the same input the Rust benchmark builds."""
    data = bytearray()
    piece = (text + "\n\n").encode("utf-8")
    while len(data) < size:
        data += piece
    cut = min(size, len(data))
    while cut < len(data) and (data[cut] & 0xC0) == 0x80:
        cut -= 1
    return bytes(data[:cut]).decode("utf-8")


def camel_normalize(text):
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    return text.replace(TATWEEL, "")


def pyarabic_normalize(text):
    return araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(text)))


CONTENDERS = [
    ("normalize", "CAMeL Tools `dediac_ar` + `normalize_alef_ar` + `normalize_alef_maksura_ar` + tatweel",
     camel_normalize),
    ("normalize", "PyArabic `strip_tashkeel` + `strip_tatweel` + `normalize_alef`", pyarabic_normalize),
    ("tokenize", "CAMeL Tools `simple_word_tokenize`", simple_word_tokenize),
    ("tokenize", "PyArabic `araby.tokenize`", araby.tokenize),
]


def measure(text, rounds):
    size = len(text.encode("utf-8"))
    samples = [[] for _ in CONTENDERS]
    for _ in range(rounds):
        for i, (_, _, fn) in enumerate(CONTENDERS):
            start = time.perf_counter()
            fn(text)
            samples[i].append(size / (time.perf_counter() - start) / 1e6)
    return samples


def speed(mbps):
    if mbps >= 100:
        return f"{mbps:.0f}"
    if mbps >= 10:
        return f"{mbps:.1f}"
    return f"{mbps:.2f}"


def check(path, text):
    """Lines where CAMeL Tools' folding and arabic-text's differ."""
    rust = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "normalize", "--",
         "--ops", "diacritics,tatweel,alef,alef_maksura", path],
        cwd=REPO, check=True, capture_output=True,
    ).stdout.decode("utf-8")
    ours, theirs = rust.splitlines(), camel_normalize(text).splitlines()
    if len(ours) != len(theirs):
        return f"{len(ours)} lines from arabic-text, {len(theirs)} from CAMeL Tools"
    differing = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
    if not differing:
        return f"all {len(ours):,} lines identical"
    return f"{len(differing):,} of {len(ours):,} lines differ, first line {differing[0] + 1}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be positive")

    inputs = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            inputs.append((os.path.basename(path), path, f.read()))
    if not inputs:
        with open(SAMPLE, encoding="utf-8") as f:
            inputs.append(("tests/data/news-article.txt, repeated to 1 MiB", None, repeat_to(f.read(), MIB)))

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs.\n")
    for name, path, text in inputs:
        size = len(text.encode("utf-8"))
        print(f"## {name}\n")
        print(f"{size:,} bytes. Median of {args.rounds} rounds, contenders interleaved in each round.\n")
        print("| operation | contender | median MB/s | min–max MB/s |")
        print("|---|---|---:|---:|")
        for (op, label, _), s in zip(CONTENDERS, measure(text, args.rounds)):
            print(f"| {op} | {label} | {speed(statistics.median(s))} | {speed(min(s))}–{speed(max(s))} |")
        print()
        if args.check and path is not None:
            print(f"Check: arabic-text `diacritics,tatweel,alef,alef_maksura` vs CAMeL Tools: {check(path, text)}.\n")


if __name__ == "__main__":
    main()
