//! Rendering a [`Document`] as Markdown (CommonMark with GFM tables).
//!
//! Texts are written so that a CommonMark parser reads them back as the
//! same blocks with the same texts, escaping as little as it can so that
//! the Arabic stays readable: only ASCII punctuation is ever escaped, with a
//! backslash. Inside a line, `\`, `` ` ``, `*`, `[`, `<` and `~` always are
//! (emphasis, code, links, HTML, strikethrough), `_` unless it stands
//! between two letters or digits (where it can neither open nor close
//! emphasis), `&` when a letter, digit or `#` follows it (an entity), and
//! `|` inside table cells and list items (whose lines follow each other, so
//! that two of them could read as a table's header and rule). At the start of a paragraph or list item, the
//! character that would open other structure is escaped too: `#` before a
//! space (a heading), `>` (a quote), `-` or `+` before a space or as a rule
//! (`---`), and the `.` or `)` after a number (`2024. …` would be an ordered
//! list). In a heading, a closing run of `#` is escaped, which the parser
//! would drop. A line break inside a text (a lone `\r`) becomes a space.

use std::fmt::Write;

use super::{Block, Document, Row};

/// The document as Markdown, blocks separated by blank lines.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(title) = doc.title() {
        out.push_str("# ");
        push_heading(&mut out, title);
        out.push('\n');
    }
    for block in doc.blocks() {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading { level, text, .. } => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 6));
                let _ = write!(out, "{hashes} ");
                push_heading(&mut out, text);
                out.push('\n');
            }
            Block::Paragraph { text, .. } => {
                push_block_text(&mut out, text, false);
                out.push('\n');
            }
            Block::List { items, .. } => {
                // One counter per depth, restarted when a shallower item
                // comes or the kind of marker changes (a new list, which
                // must start at 1 to end the text before it); each item is
                // indented to the text of its parent, so that it nests.
                let mut counters: Vec<(bool, usize)> = Vec::new();
                let mut columns: Vec<usize> = Vec::new();
                for item in items {
                    counters.truncate(item.depth + 1);
                    columns.truncate(item.depth);
                    let indent = columns.last().copied().unwrap_or(0);
                    let number = match counters.get_mut(item.depth) {
                        Some((ordered, n)) if *ordered == item.ordered => {
                            *n += 1;
                            *n
                        }
                        Some(kept) => {
                            *kept = (item.ordered, 1);
                            1
                        }
                        None => {
                            counters.resize(item.depth + 1, (item.ordered, 1));
                            1
                        }
                    };
                    let before = out.len();
                    out.extend(std::iter::repeat(' ').take(indent));
                    if item.ordered {
                        let _ = write!(out, "{number}. ");
                    } else {
                        out.push_str("- ");
                    }
                    columns.resize(item.depth, indent);
                    columns.push(out.len() - before);
                    // The next item's line could complete a table whose
                    // header is this one (`- |:` under `a | b`).
                    push_block_text(&mut out, item.text, true);
                    out.push('\n');
                }
            }
            Block::Table { header, rows, .. } => {
                let width = rows
                    .iter()
                    .map(|r| r.cells.len())
                    .fold(header.cells.len(), usize::max);
                table_row(&mut out, header, width);
                let _ = writeln!(out, "|{}", " --- |".repeat(width));
                for row in rows {
                    table_row(&mut out, row, width);
                }
            }
        }
    }
    out
}

/// One GFM table row of `width` cells, their texts escaped (`|` too).
fn table_row(out: &mut String, row: &Row, width: usize) {
    out.push('|');
    for i in 0..width {
        let cell = row.cells.get(i).map_or("", |c| c.text);
        out.push(' ');
        push_escaped(out, cell, None, true);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Appends the text of a heading: inline markup escaped, and a closing run
/// of `#` (which the parser would take for the end of the heading line).
fn push_heading(out: &mut String, text: &str) {
    let body = text.trim_end_matches('#');
    let closing = (body.len() < text.len() && (body.is_empty() || body.ends_with([' ', '\t'])))
        .then_some(body.len());
    push_escaped(out, text, closing, false);
}

/// Appends a text that opens a block (a paragraph or a list item's text):
/// inline markup escaped, and what would open other structure at its start;
/// `|` too when `pipes`.
fn push_block_text(out: &mut String, text: &str, pipes: bool) {
    push_escaped(out, text, block_opener(text), pipes);
}

/// The byte offset in `text` of the character that would make a line
/// starting with `text` open a heading, quote, list or rule rather than a
/// paragraph, if any. Markup escaped everywhere (`*`, `` ` ``, `<` …) is left
/// to [`push_escaped`].
fn block_opener(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let ends_marker = |at: usize| matches!(bytes.get(at), None | Some(b' ' | b'\t'));
    match bytes.first()? {
        b'#' => {
            let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
            (hashes <= 6 && ends_marker(hashes)).then_some(0)
        }
        b'>' => Some(0),
        b'+' => ends_marker(1).then_some(0),
        b'-' => {
            let rule = bytes.iter().all(|b| matches!(b, b'-' | b' ' | b'\t'))
                && bytes.iter().filter(|&&b| b == b'-').count() >= 3;
            (ends_marker(1) || rule).then_some(0)
        }
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            (digits <= 9
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && ends_marker(digits + 1))
            .then_some(digits)
        }
        _ => None,
    }
}

/// Appends `text` with the inline markup of CommonMark escaped by
/// backslashes, a backslash also before the byte offset `also` (a character
/// that opens structure there), and `|` escaped when `pipes` (a table cell).
fn push_escaped(out: &mut String, text: &str, also: Option<usize>, pipes: bool) {
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let escape = also == Some(i)
            || match c {
                '\\' | '`' | '*' | '[' | '<' | '~' => true,
                // Between two letters or digits `_` can neither open nor
                // close emphasis (`snake_case`).
                '_' => {
                    !(prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric))
                }
                '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
                '|' => pipes,
                _ => false,
            };
        if escape {
            out.push('\\');
        }
        out.push(if matches!(c, '\r' | '\n') { ' ' } else { c });
        prev = Some(c);
    }
}
