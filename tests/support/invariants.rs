//! The invariants of every entry point, written once and asserted by the
//! fuzz targets (`fuzz/src/lib.rs` includes this file), the property tests
//! (`tests/*_invariants.rs`) and the adversarial inputs
//! (`tests/adversarial.rs`), which include it as `mod invariants`.
//!
//! Each check panics with a message naming the broken promise, so that
//! libFuzzer keeps the input that broke it and proptest shrinks it. Only the
//! public API is used.

#![allow(dead_code)] // each includer uses the checks it needs

use std::borrow::Cow;

use arabic_text::{NormalizeOptions, Normalizer, OffsetMap, Span};

/// The text a target works on: the fuzz bytes as UTF-8, invalid sequences
/// replaced, the way the examples' `--lossy` reads input. Lossy decoding
/// keeps every input useful instead of discarding the invalid ones.
pub fn text(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Options built from the bits of `bits`, one per rule in
/// [`NormalizeOptions::RULE_NAMES`] order.
pub fn options(bits: u16) -> NormalizeOptions {
    NormalizeOptions::RULE_NAMES
        .iter()
        .enumerate()
        .fold(NormalizeOptions::NONE, |o, (i, name)| {
            o.with_rule(name, bits & (1 << i) != 0)
                .expect("every listed rule name is accepted")
        })
}

/// Everything `Normalizer::normalize` and its siblings promise for `text`:
///
/// - borrowed exactly when `is_normalized`, and then equal to the input;
/// - idempotent: the output is normalized, and normalizing it borrows;
/// - `normalize_into` appends exactly what `normalize` returns, whatever the
///   buffer held before;
/// - the fast path agrees with the character path of `normalize_with_offsets`;
/// - normalizing line by line (as the streaming example does) gives the same
///   text as normalizing the whole: no rule looks across a `\n`.
pub fn check_normalize(n: &Normalizer, text: &str) {
    let out = n.normalize(text);
    assert!(
        std::str::from_utf8(out.as_bytes()).is_ok(),
        "output is not UTF-8"
    );
    let borrowed = matches!(out, Cow::Borrowed(_));
    assert_eq!(
        borrowed,
        n.is_normalized(text),
        "borrowed iff is_normalized, {:?}",
        n.options()
    );
    if borrowed {
        assert_eq!(out, text, "a borrowed result is the input");
    }

    let twice = n.normalize(&out);
    assert!(
        matches!(twice, Cow::Borrowed(_)),
        "normalizing twice changed {out:?} into {twice:?}"
    );
    assert!(n.is_normalized(&out), "the output is not normalized");

    // A buffer that ends in the middle of a space run and after a letter:
    // what it held must not change how `text` normalizes.
    check_normalize_into(n, "ب \u{0640}", text);

    let (by_char, map) = n.normalize_with_offsets(text);
    assert_eq!(by_char, &*out, "fast path and character path disagree");
    check_offsets(text, &by_char, &map);
    check_sources(n, text, &by_char, &map);

    let mut by_line = String::with_capacity(out.len());
    for line in text.split_inclusive('\n') {
        n.normalize_into(line, &mut by_line);
    }
    assert_eq!(by_line, &*out, "line by line differs from the whole text");
}

/// `normalize_into` appends to a buffer holding `prefix` exactly what
/// `normalize` returns, and leaves `prefix` as it was.
pub fn check_normalize_into(n: &Normalizer, prefix: &str, text: &str) {
    let mut buf = String::from(prefix);
    n.normalize_into(text, &mut buf);
    assert_eq!(
        &buf[..prefix.len()],
        prefix,
        "normalize_into changed what the buffer held"
    );
    assert_eq!(
        &buf[prefix.len()..],
        &*n.normalize(text),
        "normalize_into disagrees with normalize"
    );
}

/// How many output characters [`check_sources`] looks at: enough for every
/// rule and context, bounded so that megabyte inputs stay quick.
const SOURCES_CHECKED: usize = 4096;

/// Each output character comes from where the map says: normalized alone,
/// the input at its span holds it. The context rules aside: a collapsed
/// space, a ZWNJ kept between letters, a ZWJ kept inside an emoji sequence
/// depend on their neighbours.
pub fn check_sources(n: &Normalizer, input: &str, output: &str, map: &OffsetMap) {
    for (at, c) in output.char_indices().take(SOURCES_CHECKED) {
        if matches!(c, ' ' | '\u{200C}' | '\u{200D}') {
            continue;
        }
        let span = map.to_input_span(Span::new(at, at + c.len_utf8()));
        let source = &input[span.range()];
        let alone = n.normalize(source);
        assert!(
            alone.contains(c),
            "output {c:?} at {at} comes from {source:?}, which gives {alone:?}"
        );
    }
}

/// What an [`OffsetMap`] promises: its lengths are those of the texts; every
/// output char boundary maps to an input char boundary, monotonically, with
/// the end mapping to the end; every output span maps to an input span in
/// bounds and on char boundaries, including spans past the end or reversed.
pub fn check_offsets(input: &str, output: &str, map: &OffsetMap) {
    assert_eq!(map.input_len(), input.len(), "input_len");
    assert_eq!(map.output_len(), output.len(), "output_len");
    let mut last = 0;
    for (at, c) in output.char_indices() {
        let i = map.to_input(at);
        assert!(i >= last, "to_input is not monotone at output offset {at}");
        assert!(
            input.is_char_boundary(i),
            "to_input({at}) = {i} is not a char boundary"
        );
        last = i;
        let span = map.to_input_span(Span::new(at, at + c.len_utf8()));
        assert!(
            span.get(input).is_some(),
            "span of output char at {at} does not slice the input: {span:?}"
        );
        assert!(
            span.start >= i,
            "span of output char at {at} starts before to_input"
        );
    }
    assert_eq!(
        map.to_input(output.len()),
        input.len(),
        "the output's end maps to the input's end"
    );
    assert!(last <= input.len());
    for span in [
        Span::new(0, output.len()),
        Span::new(output.len(), output.len() + 7),
        Span::new(output.len() + 3, 1),
        Span::new(usize::MAX - 1, usize::MAX),
    ] {
        let s = map.to_input_span(span);
        assert!(
            s.get(input).is_some(),
            "to_input_span({span:?}) = {s:?} does not slice the input"
        );
    }
    if !output.is_empty() {
        assert_eq!(
            map.to_input_span(Span::new(0, output.len())).end,
            input.len(),
            "the whole output maps to an input ending at its end"
        );
    }
}

/// The normalizers of every preset, built once per process.
pub fn presets() -> &'static [Normalizer] {
    static PRESETS: std::sync::OnceLock<Vec<Normalizer>> = std::sync::OnceLock::new();
    PRESETS.get_or_init(|| {
        [
            NormalizeOptions::NONE,
            NormalizeOptions::LIGHT,
            NormalizeOptions::SEARCH,
            NormalizeOptions::ALL,
        ]
        .into_iter()
        .map(Normalizer::new)
        .collect()
    })
}

/// Whether `c` may be dropped from the edges of a line, a block or a cell:
/// whitespace and invisible format characters (BOM, bidi marks, ZWSP).
fn is_ignorable(c: char) -> bool {
    c.is_whitespace() || arabic_text::chars::is_invisible(c)
}

/// The characters of `s` that carry text, in order.
fn visible(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| !is_ignorable(c))
}

/// Asserts that `span` slices `input` and, when `text` is given, that it is
/// exactly the text there.
fn assert_slice(input: &str, span: Span, text: Option<&str>, what: &str) {
    let Some(there) = span.get(input) else {
        panic!(
            "{what}: span {span:?} does not slice the input ({} bytes)",
            input.len()
        )
    };
    if let Some(text) = text {
        assert_eq!(
            there, text,
            "{what}: the text is not the input at its span {span:?}"
        );
    }
}

/// Limits on what the parser may cut off an item's line as its marker:
/// `•`, `1.`, `(١)`, `أ-`, `ثانياً :` are within them.
const MARKER_WORDS: usize = 2;
const MARKER_CHARS: usize = 12;

/// The bytes of `gap`, between items of a list: whole lines in it must be
/// blank, and the part on the next item's line before its text (its
/// marker) must be short.
fn assert_list_gap(gap: &str, at: usize) {
    let (lines, marker) = gap.rsplit_once('\n').unwrap_or(("", gap));
    assert!(
        visible(lines).next().is_none(),
        "list text lost near byte {at}: {lines:?} is in no item"
    );
    let words = marker.split(is_ignorable).filter(|w| !w.is_empty()).count();
    assert!(
        words <= MARKER_WORDS && visible(marker).count() <= MARKER_CHARS,
        "list text lost near byte {at}: {marker:?} is more than a marker"
    );
}

fn assert_table_gap(gap: &str, at: usize) {
    for line in gap.split('\n') {
        assert!(
            is_rule_row(line) || visible(line).all(|c| c == '|'),
            "table text lost near byte {at}: {gap:?} between cells is not a separator"
        );
    }
}

/// A Markdown delimiter row (`|---|:---:|`): a table separator, which the
/// parser skips, also right after a table's last row.
fn is_rule_row(line: &str) -> bool {
    visible(line).any(|c| c == '-') && visible(line).all(|c| matches!(c, '|' | '-' | ':'))
}

/// Asserts that `gap`, outside every block, holds no text: only whitespace,
/// invisible characters and, right after a table, delimiter rows.
fn assert_nothing_lost(gap: &str, at: usize, after_table: bool) {
    let mut lines = gap.split('\n').peekable();
    if after_table {
        while lines
            .next_if(|l| is_rule_row(l) || visible(l).next().is_none())
            .is_some()
        {}
    }
    for line in lines {
        assert!(
            visible(line).next().is_none(),
            "text lost near byte {at}: {line:?} is in no block"
        );
    }
}

/// Everything `Document::parse` promises for `input`:
///
/// - every span slices the input, and a heading's, item's or cell's text is
///   exactly the input at its span; a paragraph's text is the input at its
///   span with line breaks turned into spaces;
/// - the title and blocks come in input order and do not overlap, items lie
///   in their list, rows and cells in their table, in order;
/// - nothing is lost: every character other than whitespace and invisible
///   ones lies in the title or a block, and within a list or table every
///   character outside the items and cells is a marker or a separator
///   (`|`, or a Markdown delimiter row, which may also follow the table);
/// - rendering Markdown does not panic.
///
/// Returns the document, for checks of its own.
pub fn check_document(input: &str) -> arabic_text::Document<'_> {
    let doc = arabic_text::Document::parse(input);
    let mut covered = Vec::new();
    if let Some(span) = doc.title_span() {
        assert_slice(input, span, doc.title(), "title");
        covered.push((span, false));
    } else {
        assert!(doc.title().is_none());
    }
    for block in doc.blocks() {
        let span = block.span();
        assert_slice(input, span, None, block.kind());
        match block {
            arabic_text::Block::Heading { text, span, .. } => {
                assert_slice(input, *span, Some(text), "heading")
            }
            arabic_text::Block::Paragraph { text, span } => {
                assert!(
                    visible(text).eq(visible(&input[span.range()])),
                    "paragraph {text:?} is not the input at {span:?}: {:?}",
                    &input[span.range()]
                );
            }
            arabic_text::Block::List { items, span, .. } => {
                assert!(!items.is_empty(), "an empty list at {span:?}");
                let mut at = span.start;
                for item in items {
                    assert_slice(input, item.span, Some(item.text), "list item");
                    assert!(
                        item.span.start >= at && item.span.end <= span.end,
                        "item {item:?} outside list {span:?}"
                    );
                    assert_list_gap(&input[at..item.span.start], at);
                    at = item.span.end;
                }
                assert_list_gap(&input[at..span.end], at);
            }
            arabic_text::Block::Table { header, rows, span } => {
                let mut at = span.start;
                for row in std::iter::once(header).chain(rows) {
                    assert_slice(input, row.span, None, "table row");
                    assert!(
                        row.span.start >= at && row.span.end <= span.end,
                        "row {:?} outside table {span:?}",
                        row.span
                    );
                    assert_table_gap(&input[at..row.span.start], at);
                    at = row.span.start;
                    for cell in &row.cells {
                        assert_slice(input, cell.span, Some(cell.text), "table cell");
                        if cell.text.is_empty() {
                            continue; // an empty cell padding a short row
                        }
                        assert!(
                            cell.span.start >= at && cell.span.end <= row.span.end,
                            "cell {cell:?} outside its row {:?} or out of order",
                            row.span
                        );
                        assert_table_gap(&input[at..cell.span.start], at);
                        at = cell.span.end;
                    }
                    assert_table_gap(&input[at..row.span.end], at);
                    at = row.span.end;
                }
                assert_table_gap(&input[at..span.end], at);
            }
            other => panic!("a block kind this target does not know: {other:?}"),
        }
        covered.push((span, matches!(block, arabic_text::Block::Table { .. })));
    }
    let (mut at, mut after_table) = (0, false);
    for &(span, table) in &covered {
        assert!(
            span.start >= at,
            "blocks overlap or are out of order at {span:?}"
        );
        assert_nothing_lost(&input[at..span.start], at, after_table);
        (at, after_table) = (span.end, table);
    }
    assert_nothing_lost(&input[at..], at, after_table);
    let _ = doc.to_markdown();
    doc
}

/// Whether the tokenizer treats `c` as a separator between tokens: besides
/// whitespace and invisible characters, control characters (NUL, ESC …).
fn is_separator(c: char) -> bool {
    is_ignorable(c) || c.is_control()
}

/// Everything `Tokenizer::tokens` promises for `text`, with URL and tag
/// recognition on or off (`web`):
///
/// - with whitespace on, the tokens tile the input: each starts where the
///   last ended, the first at 0 and the last at the end, none is empty, and
///   each one's text is the input at its span;
/// - a whitespace token holds only separators (whitespace, invisible and
///   control characters), and no other token starts or ends with one;
/// - with whitespace off, the tokens are those same tokens minus the
///   whitespace ones;
/// - the iterator stays ended once it has ended;
/// - `Token::normalized` is the normalizer's output for the token's text.
pub fn check_tokens(text: &str, web: bool) {
    let tiling = arabic_text::Tokenizer::new()
        .with_web(web)
        .with_whitespace(true);
    let mut at = 0;
    let mut visible_tokens = Vec::new();
    let mut tokens = tiling.tokens(text);
    for t in tokens.by_ref() {
        assert!(!t.text.is_empty(), "an empty token at {at}: {t:?}");
        assert_eq!(t.span.start, at, "a gap or overlap before {t:?}");
        assert_slice(text, t.span, Some(t.text), "token");
        at = t.span.end;
        if t.kind == arabic_text::TokenKind::Whitespace {
            assert!(
                t.text.chars().all(is_separator),
                "a whitespace token with text in it: {t:?}"
            );
        } else {
            let first = t.text.chars().next().expect("not empty");
            let last = t.text.chars().next_back().expect("not empty");
            assert!(
                !is_separator(first) && !is_separator(last),
                "whitespace at the edge of {t:?}"
            );
            visible_tokens.push(t);
        }
    }
    assert_eq!(
        at,
        text.len(),
        "the tokens stop before the end of the input"
    );
    assert!(
        tokens.next().is_none(),
        "the iterator yields again after its end"
    );

    let plain: Vec<_> = arabic_text::Tokenizer::new()
        .with_web(web)
        .tokens(text)
        .collect();
    assert_eq!(
        plain, visible_tokens,
        "without whitespace, the tokens differ from the tiling ones"
    );

    let search = &presets()[2];
    for t in visible_tokens.iter().take(64) {
        assert_eq!(
            t.normalized(search),
            search.normalize(t.text),
            "Token::normalized of {t:?}"
        );
    }
}

/// Everything `sentences` promises for `text` (`Tokenizer::sentences`
/// without URL and tag recognition when `web` is off): the iterator stays
/// ended once it has ended; each sentence is non-empty,
/// trimmed and the input at its span; sentences come in order without
/// overlapping; every visible token lies inside exactly one sentence, so no
/// text falls between sentences and no sentence ends inside a token.
pub fn check_sentences(text: &str, web: bool) {
    let tokenizer = arabic_text::Tokenizer::new().with_web(web);
    // Collected through `by_ref`, then asked once more: the iterator stays
    // ended once it has ended.
    let sentences: Vec<_> = if web {
        let mut iter = arabic_text::sentences(text);
        let all = iter.by_ref().collect();
        assert!(
            iter.next().is_none(),
            "sentences yields again after its end"
        );
        all
    } else {
        let mut iter = tokenizer.sentences(text);
        let all = iter.by_ref().collect();
        assert!(
            iter.next().is_none(),
            "sentences yields again after its end"
        );
        all
    };
    let mut at = 0;
    for s in &sentences {
        assert_slice(text, s.span, Some(s.text), "sentence");
        assert!(s.span.start >= at, "sentence {s:?} overlaps the one before");
        let first = s.text.chars().next().expect("a sentence is never empty");
        let last = s
            .text
            .chars()
            .next_back()
            .expect("a sentence is never empty");
        assert!(
            !is_separator(first) && !is_separator(last),
            "an untrimmed sentence {s:?}"
        );
        assert!(
            text[at..s.span.start].chars().all(is_separator),
            "text between sentences before {s:?}"
        );
        at = s.span.end;
    }
    assert!(
        text[at..].chars().all(is_separator),
        "text after the last sentence, from byte {at}"
    );
    let mut i = 0;
    for t in tokenizer.tokens(text) {
        while i < sentences.len() && sentences[i].span.end <= t.span.start {
            i += 1;
        }
        let s = sentences
            .get(i)
            .unwrap_or_else(|| panic!("{t:?} is in no sentence"));
        assert!(
            s.span.start <= t.span.start && t.span.end <= s.span.end,
            "{t:?} is not inside one sentence: {s:?}"
        );
    }
}

/// `Analyzer::terms`, with and without a lexicon learned from the input:
/// terms come in order with consecutive positions, pieces tile each word
/// (an article piece never last, one stem), keys are never empty.
pub fn check_analyze(text: &str) {
    use arabic_text::analyze::{Analyzer, Lexicon, Role};
    let mut lex = Lexicon::new();
    lex.observe(text);
    for analyzer in [
        Analyzer::new().with_stopwords(false),
        Analyzer::with_lexicon(lex).with_stopwords(false),
    ] {
        let mut end = 0;
        for (i, t) in analyzer.terms(text).enumerate() {
            assert_eq!(t.position, i, "positions are consecutive: {t:?}");
            assert!(t.span.start >= end, "terms overlap: {t:?}");
            end = t.span.end;
            assert_eq!(&text[t.span.start..t.span.end], t.text);
            assert!(!t.key.is_empty(), "an empty key: {t:?}");
            let mut at = t.span.start;
            for p in t.pieces() {
                assert_eq!(p.span.start, at, "pieces do not tile {t:?}");
                assert!(p.span.end > at, "an empty piece in {t:?}");
                assert_eq!(&text[p.span.start..p.span.end], p.text);
                at = p.span.end;
            }
            assert_eq!(at, t.span.end, "pieces do not tile {t:?}");
            assert_ne!(t.pieces().last().map(|p| p.role), Some(Role::Article));
            assert_eq!(
                t.pieces().iter().filter(|p| p.role == Role::Stem).count(),
                1
            );
        }
    }
}
