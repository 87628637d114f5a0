//! Inputs the fuzz targets in `fuzz/` stopped on, minimized, with what the
//! crate does with them. None was a panic. Four showed a behaviour the
//! targets' checks had not allowed for; these tests pin it down so that the
//! checks and the crate keep agreeing. The last three were broken promises
//! of the tokenizer and the document parser, since fixed.

use arabic_text::{Block, Document, TokenKind, Tokenizer};

/// `tokens` target: a NUL between two words came out as a whitespace token.
/// Control characters separate tokens like whitespace does (the tokenizer's
/// character classes say so), so nothing visible is dropped.
#[test]
fn control_characters_separate_tokens() {
    let text = "فريق\0قال\u{1B}x";
    let tokens: Vec<_> = Tokenizer::new()
        .with_whitespace(true)
        .tokens(text)
        .map(|t| (t.kind, t.text))
        .collect();
    assert_eq!(
        tokens,
        [
            (TokenKind::Word, "فريق"),
            (TokenKind::Whitespace, "\0"),
            (TokenKind::Word, "قال"),
            (TokenKind::Whitespace, "\u{1B}"),
            (TokenKind::Word, "x"),
        ]
    );
    let words: Vec<_> = Tokenizer::new().tokens(text).map(|t| t.text).collect();
    assert_eq!(words, ["فريق", "قال", "x"]);
}

/// `sentences` target: control characters before a sentence (NUL, ACK, VT
/// at the start of a line) are trimmed off it like whitespace.
#[test]
fn control_characters_are_trimmed_off_sentences() {
    let sentences: Vec<_> = arabic_text::sentences("\0\0\u{6}\u{B}  - جمع.")
        .map(|s| s.text)
        .collect();
    assert_eq!(sentences, ["- جمع."]);
}

/// `document` target: an ordinal marker with a space before its colon
/// (`ثانياً :`) is one marker, cut off the item's text.
#[test]
fn an_ordinal_marker_may_hold_a_space() {
    let text = "المزايا\n\nأولاً: شاشة أكبر.\nثانياً : بطارية تدوم.\n";
    let doc = Document::parse(text);
    let Block::List { ordered, items, .. } = &doc.blocks()[0] else {
        panic!("expected a list: {:?}", doc.blocks())
    };
    assert!(ordered);
    let items: Vec<_> = items.iter().map(|i| i.text).collect();
    assert_eq!(items, ["شاشة أكبر.", "بطارية تدوم."]);
}

/// `document` target: a Markdown delimiter row after a table's last row is
/// a separator: it is in no row and makes no block of its own. (The
/// table's span ends at its last row, before it.)
#[test]
fn a_delimiter_row_after_the_last_row_is_a_separator() {
    let text = "عنوان\n\nالجدول التالي:\n\nالمدينة | السكان\nالقاهرة | 10 ملايين\n|---|---|\n";
    let doc = Document::parse(text);
    assert_eq!(doc.blocks().len(), 2, "{:?}", doc.blocks());
    let Block::Table { header, rows, .. } = &doc.blocks()[1] else {
        panic!("expected a table: {:?}", doc.blocks())
    };
    assert_eq!(header.texts(), ["المدينة", "السكان"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].texts(), ["القاهرة", "10 ملايين"]);
}

/// `tokens` target, after 580 s (input reduced from
/// `\u{070F} UUc_news…`): a prepended concatenation mark followed by a space
/// comes out as one `Symbol` token *with the space in it*, and as a sentence
/// that is not trimmed. UAX #29 (rule GB9b) joins a Prepend character to
/// whatever follows, a space included, and symbols outside the Arabic fast
/// path are taken a whole grapheme cluster at a time. U+0600..=U+0605 are
/// handled; U+070F SYRIAC ABBREVIATION MARK, U+08E2 ARABIC DISPUTED END OF
/// AYAH and U+110BD KAITHI NUMBER SIGN were not. The tokenizer promises that
/// whitespace is never at a token's edge: a symbol's cluster now ends before
/// any whitespace or control character.
#[test]
fn a_prepended_mark_does_not_take_the_following_space() {
    for (text, mark) in [
        ("\u{070F} x", "\u{070F}"),
        ("\u{08E2} ب", "\u{08E2}"),
        ("\u{110BD} x", "\u{110BD}"),
    ] {
        let tokens: Vec<_> = Tokenizer::new()
            .with_whitespace(true)
            .tokens(text)
            .map(|t| (t.kind, t.text))
            .collect();
        assert_eq!(tokens[0], (TokenKind::Symbol, mark), "{text:?}: {tokens:?}");
        assert_eq!(
            tokens[1],
            (TokenKind::Whitespace, " "),
            "{text:?}: {tokens:?}"
        );
    }
    let sentences: Vec<_> = arabic_text::sentences("\u{070F} ")
        .map(|s| s.text)
        .collect();
    assert_eq!(sentences, ["\u{070F}"]);
}

/// `document` target, after 114,000 runs (input reduced by hand): a row of
/// a tab-separated table indented by two tabs. Splitting the whole line on
/// tabs makes the indentation tabs separators of empty cells, and folding
/// the extra cells into the last one then gives a cell that starts inside
/// the indentation, before its row's span, and is not trimmed
/// (`"\tx\t y|"`). Every cell's text is promised trimmed and inside its row;
/// the merged cell is now trimmed from the row's content on.
#[test]
fn an_indented_tab_row_keeps_its_cells_trimmed_and_inside_the_row() {
    let text = "الأسعار:\n\nالصنف\tالسعر\n\t\tx\t y|\n";
    let doc = Document::parse(text);
    let Block::Table { rows, .. } = &doc.blocks()[1] else {
        panic!("expected a table: {:?}", doc.blocks())
    };
    let row = &rows[0];
    for cell in &row.cells {
        assert_eq!(cell.text, cell.text.trim(), "{cell:?}");
        assert!(
            cell.text.is_empty() || cell.span.start >= row.span.start,
            "{cell:?} starts before its row {:?}",
            row.span
        );
    }
}

/// `document` target: a tab-delimited row whose leading tabs hold an
/// invisible mark (U+FEFF) gave a cell that lay in the line's indentation,
/// before the row's span. Such a cell is now empty at the start of the
/// row's content, and every cell lies inside its row.
#[test]
fn a_cell_in_the_indentation_of_a_delimited_row_stays_inside_the_row() {
    let text = "الاسم\tالعمر\tالمدينة\n\t\u{feff}\tسالم\t30\nأحمد\t25\tجدة\n";
    let doc = Document::parse(text);
    let mut tables = 0;
    for block in doc.blocks() {
        if let Block::Table { header, rows, .. } = block {
            tables += 1;
            for row in std::iter::once(header).chain(rows) {
                let mut at = row.span.start;
                for cell in &row.cells {
                    assert_eq!(&text[cell.span.start..cell.span.end], cell.text);
                    assert!(
                        cell.span.start >= at && cell.span.end <= row.span.end,
                        "{cell:?} outside {:?}",
                        row.span
                    );
                    at = cell.span.end;
                }
            }
        }
    }
    assert_eq!(tables, 1);
}
