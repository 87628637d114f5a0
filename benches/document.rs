//! How fast does `Document::parse` read articles, next to a `memcpy` of the
//! same bytes, and does its time grow linearly with the input?

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use arabic_text::Document;

const SAMPLE: &str = include_str!("../tests/data/news-article.txt");

/// The article repeated until the text holds at least `bytes` bytes (or the
/// text of `ARABIC_TEXT_CORPUS`, when set, repeated the same way).
fn input(bytes: usize) -> String {
    let base = std::env::var("ARABIC_TEXT_CORPUS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| SAMPLE.to_owned());
    let mut text = String::with_capacity(bytes + base.len());
    while text.len() < bytes {
        text.push_str(&base);
        text.push_str("\n\n");
    }
    text
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("document");
    let text = input(1 << 20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse/sample-1MiB", |b| {
        b.iter(|| Document::parse(black_box(&text)).blocks().len())
    });
    group.bench_function("memcpy/sample-1MiB", |b| {
        b.iter(|| black_box(text.as_bytes().to_vec()))
    });
    for size in [1 << 10, 16 << 10, 256 << 10, 1 << 20] {
        let text = input(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse/ladder", size), &text, |b, t| {
            b.iter(|| Document::parse(black_box(t)).blocks().len())
        });
    }
    // Worst shapes for linear time: one long line, and many short lines.
    let one_line = "كلمة ".repeat(1 << 20);
    group.throughput(Throughput::Bytes(one_line.len() as u64));
    group.bench_function("parse/one-5MiB-line", |b| {
        b.iter(|| Document::parse(black_box(&one_line)).blocks().len())
    });
    let short_lines = "سطر قصير\n".repeat(200_000);
    group.throughput(Throughput::Bytes(short_lines.len() as u64));
    group.bench_function("parse/200k-short-lines", |b| {
        b.iter(|| Document::parse(black_box(&short_lines)).blocks().len())
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
