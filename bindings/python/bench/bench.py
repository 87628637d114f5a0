"""How fast is arabic_text from Python, per line and per batch, beside the
Python tools Arabic NLP users know and beside the cost of crossing the
boundary at all?

    python bench.py [--rounds N] [--lines N] [CORPUS]

CORPUS defaults to $ARABIC_TEXT_CORPUS, else
/work/shared/corpus/text/news-saudinewsnet.txt. Its non-empty lines are the
inputs. Each row times one pass over all of them, calling the function once
per line; rounds interleave the contenders, and the table shows the median
and the best round. MB/s counts UTF-8 input bytes.

Per-line rows are timed in CPU time of the calling thread
(`time.thread_time`), which other processes on a loaded machine do not
inflate; batch rows, which use several threads, in wall-clock time, with the
process's CPU time beside it (CPU/wall near the thread count means the
threads did run in parallel).

- copy floor: `arabic_text._bench.copy_str`, a PyO3 function that borrows
  its `str` as UTF-8 and copies it into a new `str`: what any binding pays.
- CAMeL Tools and PyArabic run the same rules where they have them; their
  outputs are compared with ours line by line.
- Batch rows run one `*_batch` call over all lines, on 1 thread and on all
  cores.

CPython caches a `str`'s UTF-8 form the first time an extension asks for
it; the first (unmeasured) pass fills that cache for every contender alike.
"""

import argparse
import os
import statistics
import sys
import time

import arabic_text
from arabic_text import _bench

try:
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar
except ImportError:  # pragma: no cover - reported in the output
    simple_word_tokenize = None
try:
    from pyarabic import araby
except ImportError:  # pragma: no cover
    araby = None

DEFAULT_CORPUS = "/work/shared/corpus/text/news-saudinewsnet.txt"
TATWEEL = "\u0640"
CAMEL_RULES = ["diacritics", "tatweel", "alef", "alef_maksura"]
PYARABIC_RULES = ["diacritics", "tatweel", "alef"]


def camel_normalize(text):
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    return text.replace(TATWEEL, "")


def pyarabic_normalize(text):
    return araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(text)))


def tokenize_and_read(text):
    """tokenize, then read every token's text, kind and offsets: what a user
    who looks at every token pays."""
    for t in arabic_text.tokenize(text):
        t.text, t.kind, t.start, t.end


def per_line(fn):
    def run(lines):
        for s in lines:
            fn(s)

    return run


def speed(mbps):
    return f"{mbps:.0f}" if mbps >= 100 else f"{mbps:.1f}" if mbps >= 10 else f"{mbps:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lines", type=int, default=0, help="use the first N lines (0: all)")
    parser.add_argument("corpus", nargs="?", default=os.environ.get("ARABIC_TEXT_CORPUS", DEFAULT_CORPUS))
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    if args.lines:
        lines = lines[: args.lines]
    size = sum(len(s.encode("utf-8")) for s in lines)
    threads = os.cpu_count()

    search = arabic_text.Normalizer("search")
    camel_like = arabic_text.Normalizer(ops=CAMEL_RULES)
    pyarabic_like = arabic_text.Normalizer(ops=PYARABIC_RULES)

    rows = [
        ("copy", "copy floor: `_bench.copy_str` (str → UTF-8 → new str)", per_line(_bench.copy_str)),
        ("copy", "copy through UTF-16: `_bench.copy_str_utf16` (normalize's return path)",
         per_line(_bench.copy_str_utf16)),
        ("normalize", "arabic_text `normalize(line)` (search)", per_line(arabic_text.normalize)),
        ("normalize", "arabic_text `Normalizer('search')(line)`", per_line(search)),
        ("normalize", f"arabic_text `Normalizer(ops={CAMEL_RULES})`", per_line(camel_like)),
    ]
    if simple_word_tokenize:
        rows.append(("normalize", "CAMeL Tools `dediac_ar` + `normalize_alef_ar` + `normalize_alef_maksura_ar` + tatweel",
                     per_line(camel_normalize)))
    rows.append(("normalize", f"arabic_text `Normalizer(ops={PYARABIC_RULES})`", per_line(pyarabic_like)))
    if araby:
        rows.append(("normalize", "PyArabic `strip_tashkeel` + `strip_tatweel` + `normalize_alef`",
                     per_line(pyarabic_normalize)))
    rows += [
        ("tokenize", "arabic_text `tokenize(line)` → list[Token]", per_line(arabic_text.tokenize)),
        ("tokenize", "arabic_text `tokenize(line)`, every token's text/kind/start/end read", per_line(tokenize_and_read)),
        ("tokenize", "naive binding: a (text, kind, start, end) tuple per token", per_line(_bench.tokenize_tuples)),
    ]
    if simple_word_tokenize:
        rows.append(("tokenize", "CAMeL Tools `simple_word_tokenize`", per_line(simple_word_tokenize)))
    if araby:
        rows.append(("tokenize", "PyArabic `araby.tokenize`", per_line(araby.tokenize)))
    rows.append(("sentences", "arabic_text `sentences(line)`", per_line(arabic_text.sentences)))
    docs = ["\n\n".join(lines[i : i + 10]) for i in range(0, len(lines), 10)]
    rows.append(("parse", "arabic_text `parse(doc)`, docs of 10 lines",
                 lambda _lines: [arabic_text.parse(d) for d in docs]))
    for name, fn, inputs in [
        ("normalize_batch", arabic_text.normalize_batch, lines),
        ("tokenize_batch", arabic_text.tokenize_batch, lines),
        ("parse_batch", arabic_text.parse_batch, docs),
    ]:
        for n in (1, threads):
            label = f"arabic_text `{name}(all {'docs' if inputs is docs else 'lines'}, threads={n})`"
            rows.append((name, label, lambda _lines, fn=fn, n=n, inputs=inputs: fn(inputs, threads=n)))

    for _, _, fn in rows:  # warm-up: fills every str's UTF-8 cache, loads modules
        fn(lines)
    times = [[] for _ in rows]
    cpu_ratio = [[] for _ in rows]
    cpu_total = [[] for _ in rows]  # process CPU seconds (all threads)
    cpu_main = [[] for _ in rows]  # CPU seconds of the calling thread
    for _ in range(args.rounds):
        for i, (op, _, fn) in enumerate(rows):
            if op.endswith("_batch"):
                start, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
                fn(lines)
                wall = time.perf_counter() - start
                times[i].append(wall)
                cpu_total[i].append(time.process_time() - cpu)
                cpu_main[i].append(time.thread_time() - main)
                cpu_ratio[i].append(cpu_total[i][-1] / wall)
            else:
                start = time.thread_time()
                fn(lines)
                times[i].append(time.thread_time() - start)
    cpu = {label: statistics.median(c) for (_, label, _), c in zip(rows, cpu_ratio) if c}
    total = {label: statistics.median(c) for (_, label, _), c in zip(rows, cpu_total) if c}
    main_cpu = {label: statistics.median(c) for (_, label, _), c in zip(rows, cpu_main) if c}

    load = os.getloadavg()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"(after the run); {len(lines):,} lines, {size:,} bytes; {args.rounds} rounds.\n")
    print("| operation | contender | median MB/s | best MB/s | µs/line (median) | clock |")
    print("|---|---|---:|---:|---:|---|")
    median = {}
    for (op, label, _), t in zip(rows, times):
        med = statistics.median(t)
        median[label] = med
        clock = f"wall, CPU/wall {cpu[label]:.2f}" if label in cpu else "thread CPU"
        print(f"| {op} | {label} | {speed(size / med / 1e6)} | {speed(size / min(t) / 1e6)} "
              f"| {med / len(lines) * 1e6:.2f} | {clock} |")

    def ratio(a, b):
        return median[b] / median[a]

    print("\nRatios (medians):")
    floor = rows[0][1]
    print(f"- normalize(line) / copy floor: {ratio(rows[2][1], floor):.2f}×; "
          f"/ copy through UTF-16: {ratio(rows[2][1], rows[1][1]):.2f}×")
    tok = "arabic_text `tokenize(line)` → list[Token]"
    read = "arabic_text `tokenize(line)`, every token's text/kind/start/end read"
    if simple_word_tokenize:
        camel_tok = "CAMeL Tools `simple_word_tokenize`"
        print(f"- tokenize(line) / CAMeL simple_word_tokenize: {ratio(tok, camel_tok):.1f}× "
              f"(with every token read: {ratio(read, camel_tok):.1f}×)")
        camel_norm = [r[1] for r in rows if r[1].startswith("CAMeL Tools `dediac_ar`")][0]
        print(f"- Normalizer(CAMeL's rules) / CAMeL chain: {ratio(rows[4][1], camel_norm):.1f}×")
    for name in ("normalize_batch", "tokenize_batch", "parse_batch"):
        one, many = [r[1] for r in rows if r[0] == name]
        # On `threads` idle cores the call takes at least the calling thread's
        # CPU time (it alone builds the Python objects) and at least the total
        # CPU time shared out: a load-independent estimate of the speed-up.
        ideal = total[one] / max(main_cpu[many], total[many] / threads)
        print(f"- {name}: threads={threads} / threads=1: {ratio(many, one):.2f}× wall clock "
              f"(CPU/wall {cpu[many]:.2f} vs {cpu[one]:.2f}); CPU time {total[many] / total[one]:.2f}× that of "
              f"threads=1, {1 - main_cpu[many] / total[many]:.0%} of it off the calling thread; "
              f"estimated on {threads} idle cores: {ideal:.2f}×")

    print("\nChecks:")
    bad = sum(1 for s in lines for t in arabic_text.tokenize(s) if s[t.start : t.end] != t.text)
    print(f"- tokens whose line[start:end] != text: {bad}")
    if simple_word_tokenize:
        same = sum(camel_like(s) == camel_normalize(s) for s in lines)
        print(f"- Normalizer(ops={CAMEL_RULES}) equals the CAMeL chain on {same:,} of {len(lines):,} lines")
        same = sum([t.text for t in arabic_text.tokenize(s)] == simple_word_tokenize(s) for s in lines)
        print(f"- token texts equal CAMeL simple_word_tokenize's on {same:,} of {len(lines):,} lines "
              "(the tokenizers differ by design; informative)")
    if araby:
        same = sum(pyarabic_like(s) == pyarabic_normalize(s) for s in lines)
        print(f"- Normalizer(ops={PYARABIC_RULES}) equals the PyArabic chain on {same:,} of {len(lines):,} lines")
    assert arabic_text.normalize_batch(lines) == [arabic_text.normalize(s) for s in lines]
    assert arabic_text.tokenize_batch(lines) == [arabic_text.tokenize(s) for s in lines]
    assert arabic_text.parse_batch(docs[:100]) == [arabic_text.parse(d) for d in docs[:100]]
    print("- batch outputs equal the per-call outputs")


if __name__ == "__main__":
    main()
