//! How fast does `Document::parse` read articles, and `Document::to_json`
//! write them, next to a `memcpy` of the same bytes, and does the parse
//! time grow linearly with the input?

mod support;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use arabic_text::Document;

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("document");
    for (name, text) in support::inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| Document::parse(black_box(&text)).blocks().len())
        });
        // Writing the parsed document as JSON, by the bytes of its text.
        let doc = Document::parse(&text);
        group.bench_function(format!("to_json/{name}"), |b| {
            b.iter(|| black_box(&doc).to_json().len())
        });
        let mut bytes = Vec::with_capacity(text.len());
        group.bench_function(format!("memcpy/{name}"), |b| {
            b.iter(|| support::memcpy(black_box(&text), &mut bytes))
        });
    }
    for size in support::LADDER {
        let text = support::repeat_to(support::SAMPLE, size);
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
