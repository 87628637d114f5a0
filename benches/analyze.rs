//! How fast does `Analyzer::terms` turn Arabic text into search terms
//! (tokens, clitic pieces and keys), next to a memcpy and to `tokens` alone
//! on the same input; how fast does `Lexicon::observe` count a corpus; and
//! does the time grow linearly with the input?

mod support;

use std::hint::black_box;

use arabic_text::analyze::{Analyzer, Lexicon};
use arabic_text::Tokenizer;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn throughput(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let analyzer = Analyzer::new();
    let all = Analyzer::new().with_stopwords(false);
    for (name, text) in support::inputs() {
        let mut group = c.benchmark_group(format!("analyze/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > support::MIB / 2 {
            group.sample_size(10);
        }
        let mut bytes = Vec::with_capacity(text.len());
        group.bench_function("memcpy", |b| {
            b.iter(|| support::memcpy(black_box(&text), &mut bytes))
        });
        group.bench_function("tokens", |b| {
            b.iter(|| tokenizer.tokens(black_box(&text)).count())
        });
        // Every term's key is built and read, as an indexer would.
        group.bench_function("terms-with-keys", |b| {
            b.iter(|| {
                analyzer
                    .terms(black_box(&text))
                    .map(|t| t.key.len())
                    .sum::<usize>()
            })
        });
        group.bench_function("terms-with-keys-and-stopwords", |b| {
            b.iter(|| {
                all.terms(black_box(&text))
                    .map(|t| t.key.len() + t.pieces().len())
                    .sum::<usize>()
            })
        });
        group.bench_function("lexicon-observe", |b| {
            b.iter(|| {
                let mut lex = Lexicon::new();
                lex.observe(black_box(&text));
                lex.len()
            })
        });
        group.finish();
    }
    // With a lexicon learned from the input itself.
    for (name, text) in support::inputs() {
        let mut lex = Lexicon::new();
        lex.observe(&text);
        let learned = Analyzer::with_lexicon(lex);
        let mut group = c.benchmark_group(format!("analyze-learned/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function("terms-with-keys", |b| {
            b.iter(|| {
                learned
                    .terms(black_box(&text))
                    .map(|t| t.key.len())
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

fn ladder(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("analyze-ladder");
    for len in support::LADDER {
        let text = support::repeat_to(support::SAMPLE, len);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if len > support::MIB / 2 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::new("terms", len), &text, |b, text| {
            b.iter(|| analyzer.terms(black_box(text)).count())
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, ladder);
criterion_main!(benches);
