//! Rows whose cells a tab, a ` | ` or aligned spaces delimit.

use crate::document::lines::Line;
use crate::Span;

/// How cells are separated on a delimited line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Separator {
    /// A tab between cells.
    Tab,
    /// ` | ` between cells, with or without outer pipes.
    Pipe,
    /// Two or more spaces, the cells aligned in columns.
    Spaces,
}

/// Splits a delimited row into cell spans, or `None` when the line has no
/// separator. A markdown rule row (`|---|---|`) splits into its dashes.
pub(crate) fn split_delimited(text: &str, line: &Line) -> Option<(Separator, Vec<Span>)> {
    // The line pass noted whether a separator occurs: most lines hold no
    // tab, no pipe and no two spaces in a row.
    if !line.delimited {
        return None;
    }
    let content = &text[line.content];
    if content.contains('\t') {
        // A line that opens with a tab opens with an empty corner cell.
        let raw = &text[line.span.start..line.content.end];
        let (start, body) = if raw.starts_with('\t') {
            (line.span.start, raw)
        } else {
            (line.content.start, content)
        };
        let mut cells = Vec::new();
        let mut at = 0;
        for piece in body.split('\t') {
            cells.push(trimmed(text, start + at, start + at + piece.len()));
            at += piece.len() + 1;
        }
        return (cells.len() >= 2).then_some((Separator::Tab, cells));
    }
    if content.contains(" | ")
        || (content.starts_with('|') && content.ends_with('|') && content.len() > 1)
    {
        let start = line.content.start;
        let mut cells = Vec::new();
        let mut at = 0;
        for piece in content.split('|') {
            cells.push(trimmed(text, start + at, start + at + piece.len()));
            at += piece.len() + 1;
        }
        if content.starts_with('|') && content.ends_with('|') && cells.len() >= 2 {
            cells.pop();
            cells.remove(0);
        }
        return (cells.len() >= 2).then_some((Separator::Pipe, cells));
    }
    if content.contains("  ") {
        let start = line.content.start;
        let mut cells = Vec::new();
        if line.indent >= 2 {
            cells.push(Span::new(start, start));
        }
        let mut cell_start = 0;
        for (a, b) in space_runs(content) {
            cells.push(Span::new(start + cell_start, start + a));
            cell_start = b;
        }
        cells.push(Span::new(start + cell_start, start + content.len()));
        return (cells.len() >= 2).then_some((Separator::Spaces, cells));
    }
    None
}

/// The byte ranges of the runs of two spaces or more in `s`: the cell
/// boundaries of an aligned row, and the empty cells of a single-space row.
pub(crate) fn space_runs(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
                let start = i;
                while i < bytes.len() && bytes[i] == b' ' {
                    i += 1;
                }
                return Some((start, i));
            }
            i += 1;
        }
        None
    })
}

/// The span `start..end` of `text` without surrounding whitespace; empty and
/// placed at `start` when only whitespace is left.
pub(crate) fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let head = s.trim_start();
    let body = head.trim_end();
    if body.is_empty() {
        return Span::new(start, start);
    }
    let a = start + (s.len() - head.len());
    Span::new(a, a + body.len())
}

/// Whether a split cell is a markdown rule (`---`, `:---:`), which separates
/// the header from the rows and holds no content.
pub(crate) fn is_rule_cell(cell: &str) -> bool {
    let c = cell.trim_matches(':');
    c.len() >= 3 && c.bytes().all(|b| b == b'-')
}
