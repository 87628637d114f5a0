//! arabic-text's analyzer inside tantivy: index a few Arabic documents we
//! wrote, find clitic forms with a bare query, run a phrase query, and check
//! that a snippet highlights whole surface words.

use arabic_text::analyze::{Analyzer, ArabicTokenizer};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexReader, TantivyDocument};

const DOCS: [&str; 5] = [
    "اشترى الطالب كتابا جديدا من المكتبة.",
    "قرأت الكتاب مساء أمس والكتاب الآخر صباحا.",
    "احتفظت بالكتابين في الخزانة حتى عادت أختي.",
    "ذهبت إلى السوق واشتريت خبزا وحليبا.",
    "كتابهم الجديد عن تاريخ المدينة نال جائزة.",
];

fn index() -> (Index, IndexReader, Field, Field) {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("arabic")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = schema.add_text_field(
        "body",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let id = schema.add_u64_field("id", STORED);
    let index = Index::create_in_ram(schema.build());
    index
        .tokenizers()
        .register("arabic", ArabicTokenizer::new(Analyzer::new()));
    let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
    for (i, text) in DOCS.iter().enumerate() {
        writer
            .add_document(doc!(body => *text, id => i as u64))
            .unwrap();
    }
    writer.commit().unwrap();
    let reader = index.reader().unwrap();
    (index, reader, body, id)
}

/// The ids of the documents `query` finds, sorted.
fn search(index: &Index, reader: &IndexReader, body: Field, id: Field, query: &str) -> Vec<u64> {
    let searcher = reader.searcher();
    let query = QueryParser::for_index(index, vec![body])
        .parse_query(query)
        .unwrap();
    let hits = searcher
        .search(&query, &TopDocs::with_limit(10).order_by_score())
        .unwrap();
    let mut ids: Vec<u64> = hits
        .into_iter()
        .map(|(_, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).unwrap();
            doc.get_first(id).and_then(|v| v.as_u64()).unwrap()
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn bare_query_finds_clitic_forms() {
    let (index, reader, body, id) = index();
    let ids = search(&index, &reader, body, id, "كتاب");
    println!("query كتاب: documents {ids:?}");
    // كتابا, الكتاب and والكتاب, بالكتابين, كتابهم; not the market.
    assert_eq!(ids, [0, 1, 2, 4]);
    assert_eq!(search(&index, &reader, body, id, "والكتاب"), [0, 1, 2, 4]);
    assert_eq!(search(&index, &reader, body, id, "بالكتابين"), [0, 1, 2, 4]);
}

#[test]
fn phrase_query() {
    let (index, reader, body, id) = index();
    // Two consecutive terms, in that order.
    let ids = search(&index, &reader, body, id, "\"تاريخ المدينة\"");
    println!("query \"تاريخ المدينة\": documents {ids:?}");
    assert_eq!(ids, [4]);
    // The same words, out of order, make no phrase.
    assert!(search(&index, &reader, body, id, "\"المدينة تاريخ\"").is_empty());
    // Keys conflate inflections: كتابا جديدا is the phrase كتابهم الجديد too.
    let ids = search(&index, &reader, body, id, "\"كتابهم الجديد\"");
    println!("query \"كتابهم الجديد\": documents {ids:?}");
    assert_eq!(ids, [0, 4]);
    // Stopwords are not indexed, so a phrase across في still matches.
    assert_eq!(
        search(&index, &reader, body, id, "\"بالكتابين في الخزانة\""),
        [2]
    );
}

#[test]
fn snippet_highlights_whole_words() {
    let (index, reader, body, _) = index();
    let searcher = reader.searcher();
    let query = QueryParser::for_index(&index, vec![body])
        .parse_query("كتاب")
        .unwrap();
    let generator = SnippetGenerator::create(&searcher, &*query, body).unwrap();
    // The fragment ends with the last token: the final period is not in it.
    let snippet = generator.snippet(DOCS[1]);
    let html = snippet.to_html();
    println!("snippet: {html}");
    assert_eq!(
        html,
        "قرأت <b>الكتاب</b> مساء أمس <b>والكتاب</b> الآخر صباحا"
    );
    let words: Vec<&str> = snippet
        .highlighted()
        .iter()
        .map(|r| &DOCS[1][r.clone()])
        .collect();
    assert_eq!(words, ["الكتاب", "والكتاب"]);
    let snippet = generator.snippet(DOCS[2]);
    println!("snippet: {}", snippet.to_html());
    assert_eq!(
        snippet.to_html(),
        "احتفظت <b>بالكتابين</b> في الخزانة حتى عادت أختي"
    );
}
