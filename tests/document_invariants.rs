//! Property tests for `Document::parse`: no panic on any input, spans point at
//! their texts, and nothing is lost — every non-whitespace character other
//! than list markers and table separators lands in exactly one block or the
//! title.

#[path = "support/invariants.rs"]
mod invariants;

use std::collections::HashMap;

use arabic_text::{Block, Document};
use proptest::prelude::*;

/// Characters of the texts the document hands out, whitespace left out.
fn kept(doc: &Document) -> HashMap<char, usize> {
    let mut parts: Vec<String> = doc.title().map(String::from).into_iter().collect();
    for b in doc.blocks() {
        match b {
            Block::Heading { text, .. } => parts.push(text.to_string()),
            Block::Paragraph { text, .. } => parts.push(text.to_string()),
            Block::List { items, .. } => parts.extend(items.iter().map(|i| i.text.to_string())),
            Block::Table { header, rows, .. } => {
                for r in std::iter::once(header).chain(rows) {
                    parts.extend(r.cells.iter().map(|c| c.text.to_string()));
                }
            }
            _ => unreachable!(),
        }
    }
    count(parts.iter().flat_map(|p| p.chars()))
}

fn count(chars: impl Iterator<Item = char>) -> HashMap<char, usize> {
    let mut m = HashMap::new();
    for c in chars.filter(|c| !c.is_whitespace() && *c != '\u{FEFF}') {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// One generated line and the characters it contributes beyond its markers
/// and separators.
fn line() -> impl Strategy<Value = (String, String)> {
    let words = prop::collection::vec(
        prop::sample::select(vec![
            "التقرير",
            "السنوي",
            "نمو",
            "الاقتصاد",
            "بنسبة",
            "5%",
            "2024",
            "data",
            "في",
            "مرتفعة.",
        ]),
        1..8,
    )
    .prop_map(|w| w.join(" "));
    (0..7u8, words.clone(), words).prop_map(|(kind, a, b)| match kind {
        0 => (format!("  • {a}"), a),
        1 => (format!("١. {a}"), a),
        2 => (format!("{a}\t{b}"), format!("{a}{b}")),
        3 => (format!("{a} | {b}"), format!("{a}{b}")),
        4 => (format!("{a}:"), format!("{a}:")),
        5 => (String::new(), String::new()),
        _ => (a.clone(), a),
    })
}

proptest! {
    #[test]
    fn nothing_is_lost(lines in prop::collection::vec(line(), 0..40), crlf in any::<bool>()) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let text: String = lines.iter().map(|(l, _)| format!("{l}{eol}")).collect();
        let want = count(lines.iter().flat_map(|(_, c)| c.chars().collect::<Vec<_>>()));
        let doc = Document::parse(&text);
        let mut got = kept(&doc);
        // A lone numbered line between texts becomes a heading that keeps its
        // number, and a lone ` | ` line is a paragraph that keeps its bar:
        // marker and separator characters may come back, nothing else.
        for marker in ['١', '.', '|'] {
            let extra = got.get(&marker).copied().unwrap_or(0).saturating_sub(want.get(&marker).copied().unwrap_or(0));
            if let Some(n) = got.get_mut(&marker) {
                *n -= extra;
                if *n == 0 {
                    got.remove(&marker);
                }
            }
        }
        prop_assert_eq!(got, want);
    }

    /// Spans slice the input at their texts, blocks come in order, and
    /// no visible character is left out of every block.
    #[test]
    fn any_input_keeps_the_parsers_promises(text in "\\PC{0,300}|[ \\t\\n\\r•١\\-|:.أا-ي0-9]{0,300}") {
        invariants::check_document(&text);
    }
}
