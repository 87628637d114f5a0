//! Pass 3: group classified lines into the title and blocks.
//!
//! Rules, in the order they are tried at each line:
//!
//! * the first non-blank line is the title unless it ends a sentence or a
//!   clause, is a list item or a table row, or is too long for a title;
//! * list items, with blank lines between items of one list allowed, make a
//!   list; deeper-indented items nest in it, whatever their marker;
//! * two or more lines cut by the same separator (tab, ` | `, aligned
//!   spaces) into cells make a table;
//! * a short header line followed by rows, when a cue says a table comes
//!   (the line before ends with `:`, the header opens with an empty corner
//!   cell, or the lines stand together between blank lines in a document
//!   that separates blocks by blank lines), makes a single-space table if the
//!   columns can be inferred;
//! * a short line without closing punctuation, with more text after it, is a
//!   heading;
//! * anything else is a paragraph.

use std::borrow::Cow;
use std::cell::Cell;

use super::classify::{
    classify, ends_clause, ends_colon, ends_sentence, ends_statement, is_text_line,
    opens_with_purpose, section_depth, Kind,
};
use super::lines::{lines, Line};
use super::table::{
    columns_agree, infer, is_rule_cell, split_delimited, trimmed, Separator, MAX_ROW_WORDS,
};
use super::{Block, Cell as TableCell, Item, Row};
use crate::chars::{is_arabic_letter, is_digit, is_pictograph};
use crate::Span;

/// A document separates its blocks by blank lines when it has at least one
/// blank line for every this many non-blank lines. The sample article has 11
/// blank lines for 16 others; the dev corpus documents rendered with blank
/// separators have one for every 1 to 3 lines (lists and tables stand
/// without them), those without have none.
const BLANK_SEPARATED_LINES: usize = 4;
/// Level of a plain heading: the title is level 1.
const PLAIN_HEADING_LEVEL: u8 = 2;
/// Deepest heading level, as in HTML and Markdown.
const MAX_HEADING_LEVEL: u8 = 6;
/// Longest heading, in words. The longest headings of the dev corpus
/// (explainer and encyclopedia section titles) have 12 words.
const MAX_HEADING_WORDS: usize = 14;
/// Fewest words of a line opening with an icon (`📚`, `🔹`) that is never a
/// heading: in the labelled articles such lines of up to 9 words are
/// section names, longer ones are notes and tips.
const MAX_ICON_HEADING_WORDS: usize = 10;
/// Longest title, in words: the sample's title has 14, news titles run to
/// about 25.
const MAX_TITLE_WORDS: usize = 30;
/// Longest header line of a single-space table, in words: the dev corpus
/// headers have 2 to 7 words (three two-word column names).
const MAX_HEADER_WORDS: usize = 16;
/// Most words of an aligned row left with one cell (its other cells empty).
const MAX_LONE_CELL_WORDS: usize = 4;
/// Fewest lines, header included, of a single-space table that no cue
/// announces.
const UNCUED_ROWS: usize = 3;
/// Longest run of lines searched for a table that no cue announces: longer
/// runs of short lines are verse or text pasted line by line, and searching
/// their columns would cost much for nothing.
const MAX_UNCUED_LINES: usize = 64;
/// How many lines into a run of parallel lines the header of a table that no
/// cue announces is looked for (a heading or two may stand over it).
const UNCUED_HEADER_SEARCH: usize = 3;
/// A line shorter than this, in words, is never the first line of a
/// paragraph wrapped over several lines.
const MIN_WRAPPED_WORDS: usize = 8;

/// The title (text and span) and the blocks of `text`.
#[allow(clippy::type_complexity)]
pub(crate) fn build(text: &str) -> (Option<(&str, Span)>, Vec<Block<'_>>) {
    let lines = lines(text);
    let kinds: Vec<Kind> = lines.iter().map(|l| classify(text, l)).collect();
    let blanks = kinds.iter().filter(|k| **k == Kind::Blank).count();
    let others = kinds.len() - blanks;
    let ctx = Ctx {
        text,
        lines: &lines,
        kinds: &kinds,
        blank_separated: blanks * BLANK_SEPARATED_LINES >= others,
        scanned_to: Cell::new(0),
        corner_from: Cell::new(None),
        last_numbered: Cell::new(None),
        rules: Cell::new((0, 0, Separator::Tab, None)),
    };

    // At most one block per non-blank line: reserving that much up front
    // costs only address space (untouched pages are never mapped) and spares
    // the copies of a growing vector; the excess is given back at the end.
    let mut blocks = Vec::with_capacity(others);
    let mut i = ctx.next_nonblank(0);
    let mut title = None;
    if i < lines.len() && (ctx.is_title(i) || ctx.is_item_title(i)) {
        let span = lines[i].content;
        title = Some((&text[span], span));
        i += 1;
    }
    while i < lines.len() {
        i = match kinds[i] {
            Kind::Blank => i + 1,
            Kind::Item { .. } => ctx.list(i, &mut blocks),
            Kind::Text => ctx.text_block(i, &mut blocks),
        };
    }
    blocks.shrink_to_fit();
    (title, blocks)
}

/// The lines, their kinds and document-wide facts.
struct Ctx<'t, 'a> {
    text: &'a str,
    lines: &'t [Line],
    kinds: &'t [Kind],
    blank_separated: bool,
    /// End of the furthest run of lines scanned for a single-space table.
    scanned_to: Cell<usize>,
    /// The corner line (indented header) from which that run was last
    /// scanned, if any: one corner line per run may retry it.
    corner_from: Cell<Option<usize>>,
    /// Where in the blocks the last numbered heading (`3. …` standing
    /// alone) went, so that the next one takes its level.
    last_numbered: Cell<Option<usize>>,
    /// The lines `start..end` after a delimited line `start` that made no
    /// table (markdown rule rows, all skipped), their separator, and the
    /// width a row needs for line `end` to join its table (`None`: none
    /// does). A start inside them would scan the same rule rows again to the
    /// same end, so it is answered at once (linear time over runs of rules).
    rules: Cell<(usize, usize, Separator, Option<usize>)>,
}

impl<'t, 'a> Ctx<'t, 'a> {
    fn content(&self, i: usize) -> &'a str {
        &self.text[self.lines[i].content]
    }

    /// Words on line `i`, counted by the line pass.
    fn words(&self, i: usize) -> usize {
        self.lines[i].words as usize
    }

    fn next_nonblank(&self, mut i: usize) -> usize {
        while i < self.lines.len() && self.kinds[i] == Kind::Blank {
            i += 1;
        }
        i
    }

    /// The nearest non-blank line before `i`.
    fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.kinds[j] != Kind::Blank)
    }

    fn is_title(&self, i: usize) -> bool {
        let s = self.content(i);
        self.kinds[i] == Kind::Text
            && !ends_statement(s)
            && !ends_clause(s)
            && self.words(i) <= MAX_TITLE_WORDS
            && !(self.lines[i].indent > 0 && self.table_at(i).is_some())
            && self.delimited_table(i).is_none()
    }

    /// Whether the first line `i`, although it opens like a numbered item,
    /// is the title: a lone item (`أ. مايكل سبنس`, an initial and a name)
    /// followed by text rather than by more items.
    fn is_item_title(&self, i: usize) -> bool {
        let s = self.content(i);
        let next = self.next_nonblank(i + 1);
        matches!(self.kinds[i], Kind::Item { ordered: true, .. })
            && next < self.lines.len()
            && self.kinds[next] == Kind::Text
            && !ends_sentence(s)
            && !ends_clause(s)
            && self.words(i) <= MAX_HEADING_WORDS
    }

    /// A list starting at item line `i`; returns the line after it.
    fn list(&self, i: usize, blocks: &mut Vec<Block<'a>>) -> usize {
        let Kind::Item { ordered, .. } = self.kinds[i] else {
            return i + 1;
        };
        let base = self.lines[i].indent;
        let mut indents: Vec<usize> = vec![base];
        let mut items = Vec::new();
        let mut j = i;
        let mut end = i;
        while j < self.lines.len() {
            match self.kinds[j] {
                Kind::Item { ordered: o, text } => {
                    let indent = self.lines[j].indent;
                    if indent <= base && o != ordered {
                        break;
                    }
                    while indents.len() > 1 && indent < *indents.last().unwrap_or(&base) {
                        indents.pop();
                    }
                    if indent > *indents.last().unwrap_or(&base) {
                        indents.push(indent);
                    }
                    let depth = indents.len() - 1;
                    items.push(Item {
                        text: &self.text[text],
                        span: text,
                        depth,
                        ordered: o,
                    });
                    end = j;
                    j += 1;
                }
                Kind::Blank => j += 1,
                Kind::Text => break,
            }
        }
        let span = Span::new(self.lines[i].content.start, self.lines[end].content.end);
        // A lone numbered line between texts is a numbered heading
        // (`3. كنيسة فراومونستر` over its section), its number kept.
        let next = self.next_nonblank(end + 1);
        if ordered
            && items.len() == 1
            && next < self.lines.len()
            && matches!(
                self.kinds[next],
                Kind::Text | Kind::Item { ordered: false, .. }
            )
            && !ends_statement(self.content(i))
            && !ends_clause(self.content(i))
            && self.words(i) <= MAX_HEADING_WORDS
        {
            // A numbered heading ranks with the numbered heading before it,
            // one below the plain heading before it, or at the top.
            let last = blocks.iter().enumerate().rev().find_map(|(at, b)| match b {
                Block::Heading { level, .. } => Some((at, *level)),
                _ => None,
            });
            let level = match last {
                None => PLAIN_HEADING_LEVEL,
                Some((at, level)) if self.last_numbered.get() == Some(at) => level,
                Some((_, level)) => (level + 1).min(MAX_HEADING_LEVEL),
            };
            self.last_numbered.set(Some(blocks.len()));
            blocks.push(Block::Heading {
                level,
                text: self.content(i),
                span: self.lines[i].content,
            });
            return end + 1;
        }
        blocks.push(Block::List {
            ordered,
            items,
            span,
        });
        end + 1
    }

    /// A table, heading or paragraph starting at text line `i`; returns the
    /// line after it.
    fn text_block(&self, i: usize, blocks: &mut Vec<Block<'a>>) -> usize {
        if let Some((block, next)) = self.table_at(i) {
            blocks.push(block);
            return next;
        }
        let s = self.content(i);
        let span = self.lines[i].content;
        if self.is_heading(i) {
            let level = section_depth(s).map_or(PLAIN_HEADING_LEVEL, |d| {
                d.clamp(PLAIN_HEADING_LEVEL.into(), MAX_HEADING_LEVEL.into()) as u8
            });
            blocks.push(Block::Heading {
                level,
                text: s,
                span,
            });
            return i + 1;
        }
        // A paragraph wrapped over several lines, in a document whose blocks
        // stand between blank lines.
        let mut j = i + 1;
        while self.blank_separated
            && j < self.lines.len()
            && self.kinds[j] == Kind::Text
            && !ends_sentence(self.content(j - 1))
            && !ends_clause(self.content(j - 1))
            && self.words(j - 1) >= MIN_WRAPPED_WORDS
            && split_delimited(self.text, &self.lines[j]).is_none()
        {
            j += 1;
        }
        let text: Cow<'a, str> = if j == i + 1 {
            Cow::Borrowed(s)
        } else {
            let mut joined = String::with_capacity(self.lines[j - 1].content.end - span.start);
            for k in i..j {
                if k > i {
                    joined.push(' ');
                }
                joined.push_str(self.content(k));
            }
            Cow::Owned(joined)
        };
        blocks.push(Block::Paragraph {
            text,
            span: Span::new(span.start, self.lines[j - 1].content.end),
        });
        j
    }

    fn is_heading(&self, i: usize) -> bool {
        let s = self.content(i);
        let words = self.words(i);
        if words > MAX_HEADING_WORDS {
            return false;
        }
        let has_more = self.next_nonblank(i + 1) < self.lines.len();
        if section_depth(s).is_some() {
            return true;
        }
        let first = s.chars().next().unwrap_or(' ');
        let opens_like_text =
            // Arabic letters and digits first: the Unicode tables behind
            // `is_alphanumeric` are slow to search for them.
            is_arabic_letter(first) || is_digit(first)
                || first.is_ascii_alphanumeric()
                || matches!(first, '«' | '"' | '“' | '(' | '\'')
                || (!first.is_ascii() && first.is_alphanumeric())
                // `📚 الكتب الأساسية`: an icon before a short section name.
                || (is_pictograph(first) && words < MAX_ICON_HEADING_WORDS);
        // A question or an exclamation may be a heading; a full stop may not.
        let statement = ends_sentence(s) && !s.ends_with(['?', '؟', '!']);
        // A line that says what the list after it is for introduces it.
        let next = self.next_nonblank(i + 1);
        let intro = next < self.lines.len()
            && matches!(self.kinds[next], Kind::Item { .. })
            && opens_with_purpose(s);
        // A bare figure (`50%`, `2024`) names nothing.
        let has_letters = s.chars().any(char::is_alphabetic);
        has_more
            && has_letters
            && opens_like_text
            && !statement
            && !ends_clause(s)
            && !intro
            && !is_text_line(s)
            && !s.contains("://")
    }

    /// A table starting at line `i`, and the line after it.
    fn table_at(&self, i: usize) -> Option<(Block<'a>, usize)> {
        self.delimited_table(i).or_else(|| self.space_table(i))
    }

    /// Two or more rows cut by the same separator into the same number of
    /// cells (markdown rule rows skipped).
    fn delimited_table(&self, i: usize) -> Option<(Block<'a>, usize)> {
        let (sep, first) = split_delimited(self.text, &self.lines[i])?;
        let width = first.len();
        let (start, end, s, pass) = self.rules.get();
        if (start..end).contains(&i) && s == sep && pass != Some(width) {
            return None;
        }
        let mut rows = vec![(i, first)];
        let mut j = i + 1;
        let mut pass = None;
        while j < self.lines.len() && self.kinds[j] == Kind::Text {
            let Some((s, cells)) = split_delimited(self.text, &self.lines[j]) else {
                // An aligned row whose cells after the first are all empty
                // has no separator left: it stays in the table when it
                // holds no letters (a lone figure) or more rows follow.
                match self.lone_aligned_cell(sep, j) {
                    Some(cells) => {
                        rows.push((j, cells));
                        j += 1;
                        continue;
                    }
                    None => break,
                }
            };
            if s != sep {
                break;
            }
            if cells.iter().all(|&c| is_rule_cell(&self.text[c])) {
                j += 1;
                continue;
            }
            // Trailing empty cells leave no separator: a shorter aligned
            // row is padded, a longer one starts another table.
            if sep == Separator::Spaces && cells.len() > width {
                pass = Some(cells.len());
                break;
            }
            rows.push((j, cells));
            j += 1;
        }
        if rows.len() < 2 {
            self.rules.set((i, j, sep, pass));
            return None;
        }
        let built = rows
            .into_iter()
            .map(|(l, cells)| self.row(l, fit_width(self.text, cells, width, self.lines[l])))
            .collect();
        Some((table_with_header(built), j))
    }

    /// The cells of line `j` as a row of an aligned table (`sep`) although
    /// no separator is left on it: a short line (an empty first cell shows
    /// as indentation) that holds no letters or is followed by another
    /// aligned row.
    fn lone_aligned_cell(&self, sep: Separator, j: usize) -> Option<Vec<Span>> {
        let line = self.lines[j];
        let s = self.content(j);
        if sep != Separator::Spaces || self.words(j) > MAX_LONE_CELL_WORDS || ends_statement(s) {
            return None;
        }
        let continues = self.lines.get(j + 1).is_some_and(|next| {
            split_delimited(self.text, next).is_some_and(|(s, _)| s == Separator::Spaces)
        });
        if !continues && s.chars().any(char::is_alphabetic) {
            return None;
        }
        let mut cells = Vec::with_capacity(2);
        if line.indent >= 2 {
            cells.push(Span::new(line.content.start, line.content.start));
        }
        cells.push(line.content);
        Some(cells)
    }

    /// A table whose cells are joined by single spaces, when a cue says one
    /// comes and the columns can be inferred.
    fn space_table(&self, i: usize) -> Option<(Block<'a>, usize)> {
        let header = self.content(i);
        if self.words(i) > MAX_HEADER_WORDS || ends_sentence(header) || ends_clause(header) {
            return None;
        }
        // The cues that do not depend on the rows, checked first so that a
        // run of lines is scanned once, not once per line (linear time).
        let prev = self.prev_nonblank(i);
        let intro = prev.is_some_and(|p| ends_colon(self.content(p)));
        let corner = self.lines[i].indent > 0;
        let blank_before = i == 0 || self.kinds[i - 1] == Kind::Blank;
        // Inside a run already scanned, only the first corner line tries
        // again (asking twice about the same line is allowed): every line
        // is scanned a bounded number of times, so the work stays linear
        // even when each line is indented (poetry, text pasted from a PDF).
        if i < self.scanned_to.get() {
            if !corner || self.corner_from.get().is_some_and(|c| c != i) {
                return None;
            }
        } else {
            self.corner_from.set(None);
        }
        if corner {
            self.corner_from.set(Some(i));
        }
        let cued = intro || corner || (self.blank_separated && blank_before);
        let mut j = i + 1;
        // Rows that all open with a number end at the first that does not.
        let numeric = |s: &str| s.chars().next().is_some_and(crate::chars::is_digit);
        let mut all_numeric = true;
        while j < self.lines.len() && self.kinds[j] == Kind::Text {
            let s = self.content(j);
            if j >= i + 3 && all_numeric && !numeric(s) {
                break;
            }
            all_numeric &= numeric(s);
            let words = self.words(j);
            if !(2..=MAX_ROW_WORDS).contains(&words)
                || ends_colon(s)
                || split_delimited(self.text, &self.lines[j]).is_some()
            {
                break;
            }
            j += 1;
        }
        // A header and one row: the row must be short and no statement, or
        // they are as likely a heading over its paragraph.
        let lone_row =
            |r: usize| self.words(r) <= MAX_HEADER_WORDS && !ends_statement(self.content(r));
        if j - i < 2 || (j - i == 2 && !lone_row(i + 1)) {
            return None;
        }
        let stands_alone = self.blank_separated
            && blank_before
            && (j == self.lines.len() || self.kinds[j] == Kind::Blank);
        // Lines inside a run that made no table start none either, unless
        // they open with an empty corner cell.
        self.scanned_to.set(self.scanned_to.get().max(j));
        if !cued || !(intro || corner || stands_alone) {
            // No cue: a run of parallel lines is a table when its columns
            // agree. The run may open with a heading or two over the header,
            // so the header is looked for among its first lines; when it is
            // found further on, the lines before it are passed over and the
            // table is taken when the header line is reached.
            if j - i > MAX_UNCUED_LINES {
                return None;
            }
            let last = (i + UNCUED_HEADER_SEARCH).min(j.saturating_sub(UNCUED_ROWS - 1));
            for start in i..last {
                if self.words(start) > MAX_HEADER_WORDS || ends_sentence(self.content(start)) {
                    continue;
                }
                let Some(cells) = infer(self.text, &self.lines[start..j]) else {
                    continue;
                };
                if !columns_agree(self.text, &cells) {
                    continue;
                }
                if start > i {
                    self.scanned_to.set(start);
                    return None;
                }
                return Some((self.table_of(i, cells), j));
            }
            return None;
        }
        let cells = infer(self.text, &self.lines[i..j])?;
        Some((self.table_of(i, cells), j))
    }

    /// The table whose rows start at line `i`, cut into `cells`.
    fn table_of(&self, i: usize, cells: Vec<Vec<Span>>) -> Block<'a> {
        let built = cells
            .into_iter()
            .enumerate()
            .map(|(k, c)| self.row(i + k, c))
            .collect();
        table_with_header(built)
    }

    fn row(&self, line: usize, cells: Vec<Span>) -> Row<'a> {
        let l = self.lines[line];
        Row {
            cells: cells
                .into_iter()
                .map(|span| TableCell {
                    text: &self.text[span],
                    span,
                })
                .collect(),
            span: l.content,
        }
    }
}

/// Pads a row with empty cells, or folds its extra cells into the last one,
/// so that it has `width` cells.
fn fit_width(text: &str, mut cells: Vec<Span>, width: usize, line: Line) -> Vec<Span> {
    if cells.len() > width && width > 0 {
        // The extra cells join the last one, which keeps its text trimmed: an
        // empty cell's span may sit in the indentation before the row.
        let last = cells[cells.len() - 1].end;
        cells.truncate(width);
        let first = cells[width - 1].start.max(line.content.start).min(last);
        cells[width - 1] = trimmed(text, first, last);
    }
    while cells.len() < width {
        cells.push(Span::new(line.content.end, line.content.end));
    }
    cells
}

/// A table block whose first row is its header; `rows` holds at least one row.
fn table_with_header(mut rows: Vec<Row<'_>>) -> Block<'_> {
    let header = rows.remove(0);
    let span = Span::new(
        header.span.start,
        rows.last().map_or(header.span.end, |r| r.span.end),
    );
    Block::Table { header, rows, span }
}
