//! Does the time stay linear on the inputs of `tests/adversarial.rs`? Each
//! shape is built at 10 KiB, 100 KiB and 1 MiB: a tenfold input should take
//! about ten times as long, for every entry point. Runs of short lines
//! (verse, indented text pasted from a PDF, lines of numbers) are built at
//! 1,000, 4,000 and 16,000 lines for the document parser.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use arabic_text::{Document, Normalizer, Tokenizer};

#[path = "../tests/support/shapes.rs"]
mod shapes;
use shapes::{answer_rows, number_lines, short_lines};

/// `unit` repeated up to `bytes` bytes (at least once).
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

/// A table of three rows, its cells joined by single spaces, with as many
/// columns as fit in `bytes`: the shape that makes column inference work.
fn wide_table(bytes: usize) -> String {
    let columns = (bytes / 3 / "قيمة12345 ".len()).max(1);
    let row = |tag: &str| {
        (0..columns)
            .map(|i| format!("{tag}{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        "الجدول التالي:\n\n{}\n{}\n{}\n",
        row("عمود"),
        row("قيمة"),
        row("رقم")
    )
}

/// Bytes from a fixed xorshift sequence, read as `--lossy` reads them.
fn random_lossy(bytes: usize) -> String {
    let mut state = 0x5EED_AB1Cu64;
    let raw: Vec<u8> = (0..bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    String::from_utf8_lossy(&raw).into_owned()
}

/// The shapes, by name, built at `bytes` bytes.
fn shapes(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("no-space-line", repeat("الـعـربـيـةُ", bytes)),
        (
            "marks-on-one-letter",
            format!("ب{}", repeat("\u{064E}", bytes)),
        ),
        ("empty-bullet-lines", repeat("• \n", bytes)),
        ("bullet-items", repeat("• بند\n", bytes)),
        ("wide-table", wide_table(bytes)),
        ("random-lossy", random_lossy(bytes)),
        ("clause-lines", repeat("كلمة أخرى هنا،\n", bytes)),
    ]
}

fn ladders(c: &mut Criterion) {
    let search = Normalizer::search();
    let tokenizer = Tokenizer::new().with_whitespace(true);
    for size in [10 << 10, 100 << 10, 1000 << 10] {
        for (name, text) in shapes(size) {
            let mut group = c.benchmark_group(name);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("normalize", size), &text, |b, t| {
                b.iter(|| search.normalize(black_box(t)).len())
            });
            group.bench_with_input(
                BenchmarkId::new("normalize_with_offsets", size),
                &text,
                |b, t| b.iter(|| search.normalize_with_offsets(black_box(t)).1.output_len()),
            );
            group.bench_with_input(BenchmarkId::new("tokens", size), &text, |b, t| {
                b.iter(|| tokenizer.tokens(black_box(t)).count())
            });
            group.bench_with_input(BenchmarkId::new("sentences", size), &text, |b, t| {
                b.iter(|| arabic_text::sentences(black_box(t)).count())
            });
            group.bench_with_input(BenchmarkId::new("parse", size), &text, |b, t| {
                b.iter(|| Document::parse(black_box(t)).blocks().len())
            });
            group.finish();
        }
    }
}

/// Runs of short lines that once made every line rescan the run after it.
fn short_line_runs(c: &mut Criterion) {
    let mut group = c.benchmark_group("short-line-runs");
    for lines in [1_000, 4_000, 16_000] {
        let shapes = [
            ("two-space-indent", short_lines(lines, "  ")),
            ("tab-indent", short_lines(lines, "\t")),
            ("numbers", number_lines(lines, "")),
            ("indented-numbers", number_lines(lines, "  ")),
            ("rule-rows", "| --- | --- |\n".repeat(lines)),
            ("answer-rows", answer_rows(lines)),
        ];
        for (name, text) in shapes {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, lines), &text, |b, t| {
                b.iter(|| Document::parse(black_box(t)).blocks().len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, ladders, short_line_runs);
criterion_main!(benches);
