//! Pass 1: cut the text into lines, each with its byte span, its indentation
//! and the span of its trimmed content.
//!
//! A line ends at `\n`; a `\r` before it belongs to the line ending, not to the
//! content. A byte order mark at the very start is skipped. Only the edges of
//! a line are decoded as `char`s; the middle is never walked here.

use crate::chars::{is_horizontal_space, is_invisible};
use crate::Span;

/// One line of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The whole line without its line ending.
    pub span: Span,
    /// The line without leading and trailing whitespace and invisible
    /// characters; empty (and placed at the line end) for a blank line.
    pub content: Span,
    /// Columns of leading horizontal whitespace; a tab counts as four.
    pub indent: usize,
    /// Words of the content, separated by spaces or tabs.
    pub words: u32,
    /// Whether the content holds a tab, a `|` or two spaces in a row: the
    /// only lines that can be delimited table rows.
    pub delimited: bool,
}

impl Line {
    /// Whether the line holds nothing but whitespace.
    #[inline]
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }
}

/// Width a tab adds to the indentation, as editors show it by default.
const TAB_WIDTH: usize = 4;

/// Whether `c` is trimmed off the edges of a line.
#[inline]
fn is_edge_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Splits `text` into lines. The result covers every byte of `text` except
/// line endings and a leading byte order mark.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let start = if text.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    };
    // Counting the line ends first (a vectorised pass) sizes the vector
    // exactly, so it is never copied while it grows.
    let ends = count_newlines(text.as_bytes());
    let mut out = Vec::with_capacity(ends + 1);
    let mut at = start;
    for raw in text[start..].split('\n') {
        let next = at + raw.len() + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        out.push(line_at(raw, at));
        at = next;
    }
    // A final "\n" leaves an empty last piece that is not a line of its own.
    if text.len() > start && text.ends_with('\n') {
        out.pop();
    }
    out
}

/// Measures one line whose text is `raw`, starting at byte `at`.
fn line_at(raw: &str, at: usize) -> Line {
    let mut indent = 0;
    for c in raw.chars() {
        match c {
            '\t' => indent += TAB_WIDTH,
            c if is_horizontal_space(c) => indent += 1,
            _ => break,
        }
    }
    let head = raw.trim_start_matches(is_edge_space);
    let body = head.trim_end_matches(is_edge_space);
    let lead = raw.len() - head.len();
    let (words, delimited) = scan(body.as_bytes());
    let content = if body.is_empty() {
        Span::new(at + raw.len(), at + raw.len())
    } else {
        Span::new(at + lead, at + lead + body.len())
    };
    Line {
        span: Span::new(at, at + raw.len()),
        content,
        indent,
        words,
        delimited,
    }
}

/// Bytes summed in one `u8` lane before the sum is widened: a count of at
/// most 255 cannot overflow it.
const LANE_CHUNK: usize = 255;

/// Counts the `\n` bytes of `bytes`, in chunks summed in byte lanes.
fn count_newlines(bytes: &[u8]) -> usize {
    bytes
        .chunks(LANE_CHUNK)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n'))))
        .sum()
}

/// Counts the words of a line's content and notes whether a cell separator
/// occurs in it, in one pass over its bytes. Each step looks only at a pair
/// of neighbouring bytes, with no state carried from one to the next, and
/// sums into byte lanes, so the loop runs on vector registers.
fn scan(bytes: &[u8]) -> (u32, bool) {
    let Some(&first) = bytes.first() else {
        return (0, false);
    };
    let space = |b: u8| (b == b' ') | (b == b'\t');
    let cell = |b: u8| (b == b'\t') | (b == b'|');
    let mut words = u32::from(!space(first));
    let mut separator = cell(first);
    let pairs = bytes.len() - 1;
    let mut at = 0;
    while at < pairs {
        let end = (at + LANE_CHUNK).min(pairs);
        let (left, right) = (&bytes[at..end], &bytes[at + 1..end + 1]);
        let mut n = 0u8;
        let mut sep = false;
        for (&a, &b) in left.iter().zip(right) {
            n += u8::from(space(a) & !space(b));
            sep |= cell(b) | ((a == b' ') & (b == b' '));
        }
        words += u32::from(n);
        separator |= sep;
        at = end;
    }
    (words, separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        lines(text).iter().map(|l| &text[l.content]).collect()
    }

    #[test]
    fn line_endings_and_bom() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("lf", "أ\nب\n", &["أ", "ب"]),
            ("crlf", "أ\r\nب\r\n", &["أ", "ب"]),
            ("no final newline", "أ\n\nب", &["أ", "", "ب"]),
            ("bom", "\u{FEFF}عنوان\nنص", &["عنوان", "نص"]),
            ("empty", "", &[""]),
            ("only newline", "\n", &[""]),
        ];
        for (name, text, want) in cases {
            assert_eq!(contents(text), *want, "{name}");
        }
    }

    #[test]
    fn indentation_counts_tabs_as_four() {
        let text = "  • أ\n\t• ب\n";
        let ls = lines(text);
        assert_eq!((ls[0].indent, ls[1].indent), (2, 4));
        assert_eq!(&text[ls[0].span], "  • أ");
    }

    #[test]
    fn long_lines_are_counted_across_chunks() {
        let text = format!("{}\n{}", "كلمة ".repeat(1000), "أ ".repeat(300) + "  ب");
        let got: Vec<(u32, bool)> = lines(&text)
            .iter()
            .map(|l| (l.words, l.delimited))
            .collect();
        assert_eq!(got, [(1000, false), (301, true)]);
        assert_eq!(count_newlines("\n".repeat(1000).as_bytes()), 1000);
    }

    #[test]
    fn words_and_separators() {
        let text = "أ ب  ج\nأ ب ج\nأ|ب\nأ\tب\n \t أ ب";
        let got: Vec<(u32, bool)> = lines(text).iter().map(|l| (l.words, l.delimited)).collect();
        assert_eq!(
            got,
            [(3, true), (3, false), (1, true), (2, true), (2, false)]
        );
    }
}
