#!/usr/bin/env bash
# Throughput, scaling and memory of the `arabic-text` command on documents
# made from a news corpus. Not run by CI: it needs the corpus and a few
# minutes. Nothing it makes is kept in the repository (it all goes to $WORK).
#
#   cli/bench/run.sh [CORPUS_FILE]
#
# CORPUS_FILE defaults to $ARABIC_TEXT_CORPUS, then to
# ../shared/corpus/text/news-saudinewsnet.txt beside the repository. Blocks
# of the corpus separated by blank lines are paired (title + body) into
# articles; DOCS files (default 20000) cycle through them, and a JSON Lines
# file of JSONL_MB megabytes (default 1024) repeats them as {"id","text"}.
#
# It prints, for `extract` and `tokenize` over the directory, the wall time
# and MB/s with --jobs 1 and --jobs 2 (the median and the best of REPEAT
# runs, default 11, the two taking turns) and their ratio (the median of the
# ratios of each pair of runs, and the ratios of the medians and of the
# best runs), checks that the
# two outputs are byte for byte the same, then the peak RSS of `extract
# --jsonl` on the JSON Lines file. The load average is printed before each
# command: the machine may be shared, and a run under load is worth
# repeating.
#
# Beside the speed-up it prints the machine's own: each turn also runs two
# `--jobs 1` processes side by side, each over the whole directory, and
# twice the time of one alone over the time of the two is what two cores
# give two programs that share nothing. On a virtual machine whose cores
# are shared with others it is often well under 2, and no thread pool can
# beat it.
set -euo pipefail
cd "$(dirname "$0")/../.."

CORPUS=${1:-${ARABIC_TEXT_CORPUS:-../shared/corpus/text/news-saudinewsnet.txt}}
WORK=${WORK:-${TMPDIR:-/tmp}/arabic-text-cli-bench}
DOCS=${DOCS:-20000}
JSONL_MB=${JSONL_MB:-1024}
REPEAT=${REPEAT:-11}

CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1} cargo build --release -q -p arabic-text-cli
BIN=$PWD/target/release/arabic-text
mkdir -p "$WORK"

if [ ! -f "$WORK/docs/.done-$DOCS" ]; then
    echo "making $DOCS documents in $WORK/docs"
    rm -rf "$WORK/docs"
    mkdir -p "$WORK/docs"
    awk -v n="$DOCS" -v dir="$WORK/docs" 'BEGIN { RS = "" }
        { block[count++] = $0 }
        END {
            articles = int(count / 2)
            for (k = 0; k < n; k++) {
                a = k % articles
                sub_dir = sprintf("%s/%03d", dir, int(k / 1000))
                if (k % 1000 == 0) system("mkdir -p " sub_dir)
                file = sprintf("%s/%05d.txt", sub_dir, k)
                printf "%s\n\n%s\n", block[2 * a], block[2 * a + 1] > file
                close(file)
            }
        }' "$CORPUS"
    touch "$WORK/docs/.done-$DOCS"
fi

if [ ! -f "$WORK/big-$JSONL_MB.jsonl" ]; then
    echo "making a ${JSONL_MB} MB JSON Lines file"
    python3 - "$CORPUS" "$WORK/big-$JSONL_MB.jsonl" "$JSONL_MB" <<'EOF'
import json, sys
corpus, path, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
blocks = [b.strip("\n") for b in open(corpus, encoding="utf-8").read().split("\n\n") if b.strip()]
articles = [blocks[i] + "\n\n" + blocks[i + 1] + "\n" for i in range(0, len(blocks) - 1, 2)]
lines = [json.dumps({"id": i, "source": "news", "text": a}, ensure_ascii=False) + "\n"
         for i, a in enumerate(articles)]
size, k = 0, 0
with open(path + ".tmp", "w", encoding="utf-8") as out:
    while size < mb << 20:
        line = lines[k % len(lines)]
        out.write(line)
        size += len(line.encode("utf-8"))
        k += 1
import os
os.rename(path + ".tmp", path)
EOF
fi

input_mb=$(du -sm --apparent-size "$WORK/docs" | cut -f1)
echo "documents: $(find "$WORK/docs" -name '*.txt' | wc -l) files, ${input_mb} MB"

# The wall seconds of one run of a command, to the microsecond, its output
# thrown away (so that the disk, shared with others, is not measured).
seconds() {
    local start end
    start=$EPOCHREALTIME
    "$@" >/dev/null
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }'
}

# Runs the command twice at once and waits for both.
side_by_side() {
    "$@" >/dev/null &
    "$@" >/dev/null
    wait
}

# The median of the numbers in $1, and their range.
median_of() {
    echo "$1" | tr ' ' '\n' | grep . | sort -g |
        awk '{ t[NR] = $1 } END { printf "%.2f (%.2f to %.2f)", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[1], t[NR] }'
}

for cmd in extract tokenize; do
    echo
    echo "== $cmd over $DOCS files ($REPEAT runs each, --jobs 1 and 2 taking turns)"
    echo "   load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    declare -A runs=()
    pairs=""
    machine=""
    for _ in $(seq "$REPEAT"); do
        for jobs in 1 2; do
            took[$jobs]=$(seconds "$BIN" "$cmd" -q --jobs "$jobs" --glob '*.txt' "$WORK/docs")
            runs[$jobs]+="${took[$jobs]} "
        done
        # The two runs of a pair ran side by side in time, under the same
        # load: their ratio is steadier than a ratio of runs far apart.
        pairs+="$(awk -v a="${took[1]}" -v b="${took[2]}" 'BEGIN { printf "%.6f", a / b }') "
        both=$(seconds side_by_side "$BIN" "$cmd" -q --jobs 1 --glob '*.txt' "$WORK/docs")
        machine+="$(awk -v a="${took[1]}" -v b="$both" 'BEGIN { printf "%.6f", 2 * a / b }') "
    done
    # The median of the runs, and the best: a lone run may be lucky (a core
    # alone runs at a higher clock than two together).
    declare -A median=() best=()
    for jobs in 1 2; do
        read -r median[$jobs] best[$jobs] < <(echo "${runs[$jobs]}" | tr ' ' '\n' | grep . | sort -g |
            awk '{ t[NR] = $1 } END { printf "%s %s\n", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[1] }')
        awk -v s="${median[$jobs]}" -v b="${best[$jobs]}" -v mb="$input_mb" -v j="$jobs" -v n="$DOCS" \
            'BEGIN { printf "   --jobs %d: median %6.3f s  %6.1f MB/s  %7.0f docs/s   (best %6.3f s)\n", j, s, mb / s, n / s, b }'
    done
    pair=$(median_of "$pairs")
    awk -v a="${median[1]}" -v b="${median[2]}" -v c="${best[1]}" -v d="${best[2]}" -v p="$pair" \
        'BEGIN { printf "   speed-up --jobs 2 / --jobs 1: %sx, the median of the pairs'"'"' ratios; %.2fx of the medians, %.2fx of the best runs\n", p, a / b, c / d }'
    echo "   the machine's own, two --jobs 1 processes side by side: $(median_of "$machine")x, the median of the turns"
    for jobs in 1 2; do
        "$BIN" "$cmd" -q --jobs "$jobs" --glob '*.txt' "$WORK/docs" >"$WORK/$cmd.$jobs.jsonl"
    done
    if cmp -s "$WORK/$cmd.1.jsonl" "$WORK/$cmd.2.jsonl"; then
        echo "   output of --jobs 2 identical to --jobs 1 ($(wc -l <"$WORK/$cmd.1.jsonl") records)"
    else
        echo "   OUTPUT DIFFERS between --jobs 1 and --jobs 2" >&2
        exit 1
    fi
done

echo
echo "== same results as the example binaries on 200 documents"
CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1} cargo build --release -q --example normalize --example tokenize --example extract
EX=$PWD/target/release/examples
rm -rf "$WORK/same" && mkdir -p "$WORK/same/in"
find "$WORK/docs/000" -name '*.txt' | sort | sed -n 1,200p | xargs cp -t "$WORK/same/in"
"$BIN" normalize -q -o "$WORK/same/normalize" "$WORK/same/in"
"$BIN" tokenize -q -o "$WORK/same/tokenize" "$WORK/same/in"
"$BIN" sentences -q -o "$WORK/same/sentences" "$WORK/same/in"
"$BIN" extract -q -o "$WORK/same/extract" "$WORK/same/in"
"$BIN" extract -q --format markdown -o "$WORK/same/markdown" "$WORK/same/in"
differ=0
for f in "$WORK"/same/in/*.txt; do
    b=$(basename "$f" .txt)
    cmp -s <("$EX/normalize" "$f") "$WORK/same/normalize/$b.txt" || { echo "   normalize differs: $f"; differ=1; }
    cmp -s <("$EX/tokenize" "$f") "$WORK/same/tokenize/$b.jsonl" || { echo "   tokenize differs: $f"; differ=1; }
    cmp -s <("$EX/tokenize" --sentences "$f") "$WORK/same/sentences/$b.jsonl" || { echo "   sentences differs: $f"; differ=1; }
    cmp -s <("$EX/extract" "$f") "$WORK/same/extract/$b.json" || { echo "   extract differs: $f"; differ=1; }
    cmp -s <("$EX/extract" --format markdown "$f") "$WORK/same/markdown/$b.md" || { echo "   markdown differs: $f"; differ=1; }
done
[ "$differ" = 0 ] && echo "   normalize, tokenize, sentences, extract (json, markdown): identical"

echo
echo "== extract --jsonl text on $(du -m --apparent-size "$WORK/big-$JSONL_MB.jsonl" | cut -f1) MB of JSON Lines (all cores)"
echo "   load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$BIN" extract -q --jsonl text "$WORK/big-$JSONL_MB.jsonl" \
    2>"$WORK/time-v" >/dev/null
grep -E 'Elapsed|Maximum resident' "$WORK/time-v" | sed 's/^\s*/   /'
rss_kb=$(awk -F': ' '/Maximum resident/ { print $2 }' "$WORK/time-v")
echo "   peak RSS: $((rss_kb / 1024)) MB (target < 100 MB)"
