//! How fast does `Tokenizer::tokens` cut Arabic text, next to a memcpy and
//! to unicode-segmentation's UAX #29 word bounds over the same input; what
//! do folding each word for search and splitting sentences add; and does
//! the time grow linearly with the input?

mod support;

use std::borrow::Cow;
use std::hint::black_box;

use arabic_text::{Normalizer, TokenKind, Tokenizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn throughput(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let search = Normalizer::search();
    for (name, text) in support::inputs() {
        let mut group = c.benchmark_group(format!("tokenize/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > support::MIB / 2 {
            group.sample_size(10);
        }
        let mut bytes = Vec::with_capacity(text.len());
        group.bench_function("memcpy", |b| {
            b.iter(|| support::memcpy(black_box(&text), &mut bytes))
        });
        group.bench_function("uax29-split-word-bound-indices", |b| {
            b.iter(|| black_box(&text).split_word_bound_indices().count())
        });
        group.bench_function("tokens", |b| {
            b.iter(|| tokenizer.tokens(black_box(&text)).count())
        });
        let with_ws = tokenizer.with_whitespace(true);
        group.bench_function("tokens-with-whitespace", |b| {
            b.iter(|| with_ws.tokens(black_box(&text)).count())
        });
        let mut folded: Vec<Cow<str>> = Vec::new();
        group.bench_function("tokens-then-normalize-search", |b| {
            b.iter(|| {
                folded.clear();
                folded.extend(
                    tokenizer
                        .tokens(black_box(&text))
                        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                        .map(|t| t.normalized(&search)),
                );
                folded.len()
            })
        });
        // The same folding appended to one reused buffer: what the
        // allocation of each changed word's `Cow::Owned` costs above.
        let mut buf = String::with_capacity(text.len());
        group.bench_function("tokens-then-normalize-into-one-buffer", |b| {
            b.iter(|| {
                buf.clear();
                for t in tokenizer.tokens(black_box(&text)) {
                    if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                        search.normalize_into(t.text, &mut buf);
                        buf.push(' ');
                    }
                }
                buf.len()
            })
        });
        group.bench_function("sentences", |b| {
            b.iter(|| tokenizer.sentences(black_box(&text)).count())
        });
        group.finish();
    }
}

fn ladder(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let mut group = c.benchmark_group("tokenize-ladder");
    for len in support::LADDER {
        let text = support::repeat_to(support::SAMPLE, len);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if len > support::MIB / 2 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::new("tokens", len), &text, |b, t| {
            b.iter(|| tokenizer.tokens(t).count())
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, ladder);
criterion_main!(benches);
