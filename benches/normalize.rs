//! How fast is `Normalizer::normalize` next to a memcpy and a plain `chars()`
//! loop over the same text, does its time grow linearly, and what does the
//! borrowed path cost on text that is already normalized?

mod naive;
mod support;

use std::hint::black_box;

use arabic_text::{NormalizeOptions, Normalizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn throughput(c: &mut Criterion) {
    let search = Normalizer::search();
    let light = Normalizer::light();
    let diacritics = Normalizer::new(NormalizeOptions::NONE.diacritics(true));
    for (name, text) in support::inputs() {
        let mut group = c.benchmark_group(format!("normalize/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut bytes = Vec::with_capacity(text.len());
        group.bench_function("memcpy", |b| {
            b.iter(|| support::memcpy(black_box(&text), &mut bytes))
        });
        let mut folded = String::with_capacity(text.len());
        group.bench_function("chars-loop-search", |b| {
            b.iter(|| {
                folded.clear();
                naive::search_fold(black_box(&text), &mut folded);
                folded.len()
            })
        });
        group.bench_function("search", |b| {
            b.iter(|| search.normalize(black_box(&text)).len())
        });
        let mut buf = String::with_capacity(text.len());
        group.bench_function("search-into-reused-buffer", |b| {
            b.iter(|| {
                buf.clear();
                search.normalize_into(black_box(&text), &mut buf);
                buf.len()
            })
        });
        group.bench_function("light", |b| {
            b.iter(|| light.normalize(black_box(&text)).len())
        });
        group.bench_function("diacritics-only", |b| {
            b.iter(|| diacritics.normalize(black_box(&text)).len())
        });
        group.bench_function("search-with-offsets", |b| {
            b.iter(|| search.normalize_with_offsets(black_box(&text)).0.len())
        });
        // What validating the output as UTF-8 would add, had the scanner not
        // built it valid by construction (see src/normalize/scan.rs).
        let out = search.normalize(&text).into_owned().into_bytes();
        group.bench_function("std-from-utf8-of-output", |b| {
            b.iter(|| std::str::from_utf8(black_box(&out)).map(str::len))
        });
        group.finish();
    }
}

fn already_normalized(c: &mut Criterion) {
    let search = Normalizer::search();
    for (name, text) in support::inputs() {
        let clean = search.normalize(&text).into_owned();
        let mut group = c.benchmark_group(format!("normalize-clean/{name}"));
        group.throughput(Throughput::Bytes(clean.len() as u64));
        let mut bytes = Vec::with_capacity(clean.len());
        group.bench_function("memcpy", |b| {
            b.iter(|| support::memcpy(black_box(&clean), &mut bytes))
        });
        group.bench_function("search-borrowed", |b| {
            b.iter(|| search.normalize(black_box(&clean)).len())
        });
        group.bench_function("is-normalized", |b| {
            b.iter(|| search.is_normalized(black_box(&clean)))
        });
        group.finish();
    }
}

fn ladder(c: &mut Criterion) {
    let search = Normalizer::search();
    let mut group = c.benchmark_group("normalize-ladder");
    for len in support::LADDER {
        let text = support::repeat_to(support::SAMPLE, len);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("search", len), &text, |b, t| {
            b.iter(|| search.normalize(t).len())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = throughput, already_normalized, ladder
}
criterion_main!(benches);
