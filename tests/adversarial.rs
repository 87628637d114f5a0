//! Inputs that break naive text code, through the normalizer, the
//! tokenizer and the document parser: huge lines, endless marks, endless
//! empty list lines, very wide tables, every scalar value, random bytes,
//! visual-order text, mixed scripts and lone bidi controls.
//!
//! Each test asserts what the crate does with them, never how long it takes:
//! the benches' size ladders show linear time. Debug builds (CI runs
//! `cargo test` in debug) use a tenth of the sizes, enough to exercise the
//! same paths in a few seconds; release builds use the full ones.

#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/shapes.rs"]
mod shapes;
use shapes::{answer_rows, number_lines, short_lines};

use std::borrow::Cow;

use invariants::presets;

use arabic_text::{Block, Document, NormalizeOptions, Normalizer, Span, TokenKind, Tokenizer};

/// `full`, or a tenth of it in a debug build.
fn size(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 10
    } else {
        full
    }
}

/// The normalizer's promises on `text` under every preset (see
/// `invariants::check_normalize`).
fn assert_normalizer_invariants(text: &str) {
    for n in invariants::presets() {
        invariants::check_normalize(n, text);
    }
}

/// Parses `text` and checks the parser's promises (see
/// `invariants::check_document`). Returns the document.
fn parse_losing_nothing(text: &str) -> Document<'_> {
    invariants::check_document(text)
}

/// The tokenizer's and sentence splitter's promises on `text`, with URL and
/// tag recognition on (see `invariants::check_tokens` and
/// `check_sentences`). Returns the visible tokens' kinds and texts.
fn tokenize_checked(text: &str) -> Vec<(TokenKind, &str)> {
    invariants::check_tokens(text, true);
    invariants::check_sentences(text, true);
    Tokenizer::new()
        .tokens(text)
        .map(|t| (t.kind, t.text))
        .collect()
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn a_10_mb_line_without_spaces() {
    let word = "الـعـربـيـةُ"; // 23 bytes: tatweel and a damma to remove, ة to fold
    let text = word.repeat(size(10_000_000) / word.len());
    let n = Normalizer::search();
    let out = n.normalize(&text);
    assert_eq!(out.len(), "العربيه".len() * (text.len() / word.len()));
    assert!(out.chars().all(|c| "العربيه".contains(c)));
    let (by_char, map) = n.normalize_with_offsets(&text);
    assert_eq!(by_char, out);
    // The last output word comes from the last input word, damma included.
    let last = Span::new(out.len() - "العربيه".len(), out.len());
    assert_eq!(&text[map.to_input_span(last).range()], word);
    assert!(Normalizer::light().normalize(&text).len() < text.len());

    // One word: letters, tatweel and marks, with no break anywhere.
    assert_eq!(tokenize_checked(&text), [(TokenKind::Word, text.as_str())]);

    let doc = parse_losing_nothing(&text);
    assert_eq!(
        doc.blocks().len() + usize::from(doc.title().is_some()),
        1,
        "one line, one block"
    );
}

#[test]
fn a_million_combining_marks_on_one_letter() {
    let marks = size(1_000_000);
    let fatha = format!("ب{}", "\u{064E}".repeat(marks)); // ARABIC FATHA
    assert_eq!(Normalizer::search().normalize(&fatha), "ب");
    assert!(matches!(
        Normalizer::light().normalize(&fatha),
        Cow::Borrowed(_)
    ));
    let (out, map) = Normalizer::search().normalize_with_offsets(&fatha);
    assert_eq!(out, "ب");
    // The removed marks belong to the letter before them.
    assert_eq!(
        map.to_input_span(Span::new(0, out.len())),
        Span::new(0, fatha.len())
    );

    // Hamza above composes with the alef once; the rest are marks to remove.
    let hamzas = format!("ا{}", "\u{0654}".repeat(marks)); // ARABIC HAMZA ABOVE
    assert_eq!(Normalizer::search().normalize(&hamzas), "ا");
    assert_eq!(
        Normalizer::new(NormalizeOptions::NONE.diacritics(true)).normalize(&hamzas),
        "أ"
    );

    // Marks with no letter at all.
    let bare = "\u{0651}".repeat(marks); // ARABIC SHADDA
    assert_eq!(Normalizer::search().normalize(&bare), "");
    assert_normalizer_invariants(&fatha[..fatha.len().min(20_000)]);
    assert_eq!(
        tokenize_checked(&fatha),
        [(TokenKind::Word, fatha.as_str())]
    );
    // Marks with no letter still make one token, not a million.
    assert_eq!(tokenize_checked(&bare).len(), 1);

    let doc = parse_losing_nothing(&fatha);
    let text = doc
        .title()
        .or_else(|| doc.blocks().first().and_then(Block::text))
        .expect("one block");
    assert_eq!(text.len(), fatha.len());
}

#[test]
fn two_hundred_thousand_bullet_lines_with_nothing_after_them() {
    let lines = size(200_000);
    let text = "• \n".repeat(lines);
    let tokens = tokenize_checked(&text);
    assert_eq!(tokens.len(), lines);
    assert!(tokens
        .iter()
        .all(|&(kind, t)| (kind, t) == (TokenKind::Punctuation, "•")));
    // No rule touches a bullet or a single space.
    for n in presets() {
        assert!(
            matches!(n.normalize(&text), Cow::Borrowed(_)),
            "{:?}",
            n.options()
        );
    }
    // A bullet with no text after it is no list item; every bullet is kept
    // in some block.
    let doc = parse_losing_nothing(&text);
    let kept: usize = doc
        .blocks()
        .iter()
        .map(|b| match b {
            Block::List { items, .. } => items.iter().map(|i| i.text.matches('•').count()).sum(),
            Block::Table { header, rows, .. } => std::iter::once(header)
                .chain(rows)
                .flat_map(|r| &r.cells)
                .map(|c| c.text.matches('•').count())
                .sum(),
            b => b.text().map_or(0, |t| t.matches('•').count()),
        })
        .sum::<usize>()
        + doc.title().map_or(0, |t| t.matches('•').count());
    assert_eq!(kept, lines);

    // With text after the bullets they are one list of `lines` items.
    let items = "• بند\n".repeat(lines);
    let doc = parse_losing_nothing(&items);
    let listed: usize = doc
        .blocks()
        .iter()
        .map(|b| match b {
            Block::List { items, .. } => items.len(),
            _ => 0,
        })
        .sum();
    assert!(listed >= lines - 1, "{listed} of {lines} items found");
}

/// A table of `columns` columns and three rows after an introducing line,
/// cells joined by `sep`.
fn wide_table(columns: usize, sep: &str) -> String {
    let row = |tag: &str| {
        (0..columns)
            .map(|i| format!("{tag}{i}"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    format!(
        "تقرير\n\nالجدول التالي:\n\n{}\n{}\n{}\n",
        row("عمود"),
        row("قيمة"),
        row("رقم")
    )
}

#[test]
fn a_table_of_2000_columns() {
    for sep in ["\t", " | "] {
        let text = wide_table(2000, sep);
        let doc = parse_losing_nothing(&text);
        let table = doc.blocks().iter().find_map(|b| match b {
            Block::Table { header, rows, .. } => Some((header, rows)),
            _ => None,
        });
        let (header, rows) =
            table.unwrap_or_else(|| panic!("no table with {sep:?}: {:?}", doc.blocks()));
        assert_eq!(header.cells.len(), 2000, "{sep:?}");
        assert_eq!(rows.len(), 2, "{sep:?}");
        for row in rows {
            assert_eq!(row.cells.len(), 2000, "{sep:?}");
        }
        assert_eq!(rows[1].cells[1999].text, "رقم1999");
        let words = tokenize_checked(&text)
            .into_iter()
            .filter(|(k, _)| *k == TokenKind::Word)
            .count();
        assert_eq!(words, 3 * 2000 + 3, "{sep:?}: every cell is one word");
    }
    // Joined by single spaces the columns are a guess, but no cell is lost.
    let text = wide_table(2000, " ");
    parse_losing_nothing(&text);
    assert_normalizer_invariants(&text);
}

#[test]
fn every_unicode_scalar_value_in_order() {
    let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
    let text = if cfg!(debug_assertions) {
        // The Arabic blocks, the presentation forms and the specials in
        // full; a sample of the rest.
        all.chars()
            .filter(|&c| {
                matches!(c, '\u{0600}'..='\u{08FF}' | '\u{FB50}'..='\u{FFFF}')
                    || u32::from(c) % 17 == 0
            })
            .collect()
    } else {
        all
    };
    assert_normalizer_invariants(&text);
    let folded = Normalizer::search().normalize(&text);
    assert!(
        !folded.contains('\u{0623}')
            && !folded.contains('\u{FEFB}')
            && !folded.contains('\u{064E}')
    );
    tokenize_checked(&text);
    parse_losing_nothing(&text);
}

#[test]
fn random_bytes_read_lossily() {
    let mut rng = Rng(0x5EED_AB1C);
    let bytes: Vec<u8> = (0..size(2_000_000)).map(|_| rng.next() as u8).collect();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains('\u{FFFD}'));
    assert_normalizer_invariants(&text);
    tokenize_checked(&text);
    parse_losing_nothing(&text);

    // Bytes biased to Arabic lead bytes, so that whole Arabic characters and
    // broken ones alternate.
    let biased: Vec<u8> = (0..size(2_000_000))
        .map(|_| match rng.next() % 4 {
            0 => 0xD8 + (rng.next() % 4) as u8,
            1 => 0x80 + (rng.next() % 64) as u8,
            2 => b" \n\t."[(rng.next() % 4) as usize],
            _ => 0xEF,
        })
        .collect();
    let text = String::from_utf8_lossy(&biased);
    assert_normalizer_invariants(&text);
    tokenize_checked(&text);
    parse_losing_nothing(&text);
}

#[test]
fn visual_order_text_in_presentation_forms() {
    // "العربية جميلة" as old software stored it: glyph by glyph, right to
    // left reversed into left-to-right order, lam-alef as one ligature.
    let visual =
        "\u{FE94}\u{FEE0}\u{FEF4}\u{FEE4}\u{FE9F} \u{FE94}\u{FEF4}\u{FE91}\u{FEAE}\u{FECC}\u{FEDF}\u{FE8D}";
    // The forms become letters; the order stays as stored (reordering is
    // not normalization).
    assert_eq!(Normalizer::light().normalize(visual), "ةليمج ةيبرعلا");
    assert_eq!(Normalizer::search().normalize(visual), "هليمج هيبرعلا");
    let ligature = "\u{FEFB}\u{FEE3}\u{FEB3}\u{FE8D}"; // ﻻ then سما reversed
    assert_eq!(Normalizer::light().normalize(ligature), "لامسا");
    assert_normalizer_invariants(visual);
    let words: Vec<_> = tokenize_checked(visual)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        words,
        [
            "\u{FE94}\u{FEE0}\u{FEF4}\u{FEE4}\u{FE9F}",
            "\u{FE94}\u{FEF4}\u{FE91}\u{FEAE}\u{FECC}\u{FEDF}\u{FE8D}"
        ]
    );
    let doc = parse_losing_nothing(visual);
    assert_eq!(doc.blocks().len() + usize::from(doc.title().is_some()), 1);
}

#[test]
fn mixed_arabic_hebrew_latin_cjk_and_emoji() {
    let text = "قالَ John: «שָׁלוֹם» و你好世界 😀 👍🏽 🇸🇦 ٣٫٥٪ café\u{0301} ١٢٣";
    let n = Normalizer::search();
    let out = n.normalize(text);
    // Arabic is folded; Hebrew points, the Latin accent and emoji stay.
    assert_eq!(
        out,
        "قال John: «שָׁלוֹם» و你好世界 😀 👍🏽 🇸🇦 3.5٪ café\u{0301} 123"
    );
    assert_normalizer_invariants(text);
    // The invisible rule keeps the ZWJ inside an emoji ZWJ sequence.
    assert_eq!(
        n.normalize("👨\u{200D}👩\u{200D}👧"),
        "👨\u{200D}👩\u{200D}👧"
    );
    // Each script's words apart, CJK one ideograph a word, emoji (even a
    // ZWJ sequence) one symbol each.
    let family = "👨\u{200D}👩\u{200D}👧";
    let with_family = format!("{text} {family}");
    let tokens = tokenize_checked(&with_family);
    let texts: Vec<_> = tokens.iter().map(|(_, t)| *t).collect();
    assert_eq!(
        texts,
        [
            "قالَ",
            "John",
            ":",
            "«",
            "שָׁלוֹם",
            "»",
            "و",
            "你",
            "好",
            "世",
            "界",
            "😀",
            "👍🏽",
            "🇸🇦",
            "٣٫٥",
            "٪",
            "café\u{0301}",
            "١٢٣",
            family
        ]
    );
    assert_eq!(tokens.last(), Some(&(TokenKind::Symbol, family)));
    let doc = parse_losing_nothing(text);
    assert_eq!(doc.blocks().len() + usize::from(doc.title().is_some()), 1);
}

#[test]
fn lone_bidi_controls() {
    let controls = [
        '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
        '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ];
    for c in controls {
        let lone = c.to_string();
        assert_eq!(
            Normalizer::light().normalize(&lone),
            "",
            "U+{:04X}",
            u32::from(c)
        );
        let (out, map) = Normalizer::light().normalize_with_offsets(&lone);
        assert_eq!((out.as_str(), map.to_input(0)), ("", lone.len()));
        assert!(matches!(
            Normalizer::new(NormalizeOptions::NONE).normalize(&lone),
            Cow::Borrowed(_)
        ));
        // Nothing visible: no title, no block.
        let doc = Document::parse(&lone);
        assert!(
            doc.title().is_none() && doc.blocks().is_empty(),
            "U+{:04X}: {doc:?}",
            u32::from(c)
        );
        // No token and no sentence; with whitespace on, one whitespace token.
        assert!(tokenize_checked(&lone).is_empty());
        let all: Vec<_> = Tokenizer::new()
            .with_whitespace(true)
            .tokens(&lone)
            .map(|t| t.kind)
            .collect();
        assert_eq!(all, [TokenKind::Whitespace]);
        assert_eq!(arabic_text::sentences(&lone).count(), 0);
    }
    // Unbalanced embeddings and isolates around and inside Arabic text.
    let text = "\u{202B}مرحبا \u{2067}بالعالم\n\u{202E}\n\u{2069}\u{2069}نص.\u{202C}";
    assert_eq!(Normalizer::light().normalize(text), "مرحبا بالعالم\n\nنص.");
    let words: Vec<_> = tokenize_checked(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(words, ["مرحبا", "بالعالم", "نص", "."]);
    let sentences: Vec<_> = arabic_text::sentences(text).map(|s| s.text).collect();
    assert_eq!(sentences, ["مرحبا \u{2067}بالعالم", "نص."]);
    assert_normalizer_invariants(text);
    parse_losing_nothing(text);
}

/// Checks that the content of every non-blank line of `text` lies inside the
/// title or inside one block.
fn assert_every_line_in_a_block(text: &str, doc: &Document) {
    let mut spans: Vec<Span> = doc.title_span().into_iter().collect();
    spans.extend(doc.blocks().iter().map(Block::span));
    let mut k = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at + (line.len() - line.trim_start().len());
        let end = at + line.trim_end().len();
        at += line.len();
        if start >= end {
            continue;
        }
        while k < spans.len() && spans[k].end < end {
            k += 1;
        }
        assert!(
            k < spans.len() && spans[k].start <= start,
            "line {start}..{end} in no block: {:?}",
            &text[start..end]
        );
    }
}

/// Runs of 16,000 short lines, the shapes that once made every line rescan
/// the run after it (a quadratic time, over a minute at this size): each
/// indented line was tried as the header of a table with an empty corner
/// cell, and each markdown rule row as the first row of a table; and the
/// rows of a table of answers, whose closed sets of values were once
/// counted value by value against each other (quadratic in the rows). The
/// bench group `short-line-runs` shows the time; here every line must come
/// back in some block, with nothing lost.
#[test]
fn runs_of_sixteen_thousand_short_lines() {
    let lines = 16_000;
    let shapes = [
        ("two-space indent", short_lines(lines, "  ")),
        ("tab indent", short_lines(lines, "\t")),
        ("numbers", number_lines(lines, "")),
        ("indented numbers", number_lines(lines, "  ")),
        (
            "numbers after a cue",
            format!("الأرقام التالية:\n{}", number_lines(lines, "")),
        ),
        ("rule rows", "| --- | --- |\n".repeat(lines)),
        ("answers after a cue", answer_rows(lines)),
    ];
    for (name, text) in &shapes {
        let cue_lines = match *name {
            "numbers after a cue" => 1,
            "answers after a cue" => 2,
            _ => 0,
        };
        assert_eq!(text.lines().count(), lines + cue_lines);
        let doc = parse_losing_nothing(text);
        assert_every_line_in_a_block(text, &doc);
        assert!(!doc.blocks().is_empty(), "{name}");
    }
    // Verse is no table: each line stands alone, after the title.
    let doc = Document::parse(&shapes[0].1);
    assert_eq!(doc.blocks().len(), lines - 1);
    assert!(doc
        .blocks()
        .iter()
        .all(|b| !matches!(b, Block::Table { .. })));
}
