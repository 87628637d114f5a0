//! Rendering a [`Document`] as Markdown (CommonMark with GFM tables).

use std::fmt::Write;

use super::{Block, Document, Row};

/// The document as Markdown, blocks separated by blank lines.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(title) = doc.title() {
        let _ = writeln!(out, "# {title}");
    }
    for block in doc.blocks() {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading { level, text, .. } => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 6));
                let _ = writeln!(out, "{hashes} {text}");
            }
            Block::Paragraph { text, .. } => {
                let _ = writeln!(out, "{text}");
            }
            Block::List { items, .. } => {
                // One counter per depth, restarted when a shallower item comes.
                let mut counters: Vec<usize> = Vec::new();
                for item in items {
                    counters.truncate(item.depth + 1);
                    counters.resize(item.depth + 1, 0);
                    counters[item.depth] += 1;
                    let indent = "   ".repeat(item.depth);
                    if item.ordered {
                        let _ = writeln!(out, "{indent}{}. {}", counters[item.depth], item.text);
                    } else {
                        let _ = writeln!(out, "{indent}- {}", item.text);
                    }
                }
            }
            Block::Table { header, rows, .. } => {
                let width = header
                    .as_ref()
                    .map_or(0, |h| h.cells.len())
                    .max(rows.iter().map(|r| r.cells.len()).max().unwrap_or(0));
                match header {
                    Some(h) => table_row(&mut out, h, width),
                    None => {
                        let _ = writeln!(out, "|{}", "  |".repeat(width));
                    }
                }
                let _ = writeln!(out, "|{}", " --- |".repeat(width));
                for row in rows {
                    table_row(&mut out, row, width);
                }
            }
        }
    }
    out
}

/// One GFM table row of `width` cells, `|` in cells escaped.
fn table_row(out: &mut String, row: &Row, width: usize) {
    out.push('|');
    for i in 0..width {
        let cell = row.cells.get(i).map_or("", |c| c.text);
        out.push(' ');
        out.push_str(&cell.replace('|', "\\|"));
        out.push_str(" |");
    }
    out.push('\n');
}
