//! Pass 3: group classified lines into the title and blocks.
//!
//! At each line, in this order (the tests themselves live in `evidence.rs`
//! for titles and headings and in `runs.rs` for tables):
//!
//! * on the first non-blank line, a table if one opens there, else the
//!   title if the line can be one;
//! * list items, with blank lines between items of one list allowed, make a
//!   list; deeper-indented items nest in it, whatever their marker; a lone
//!   numbered line over text is a numbered heading instead, and so are
//!   numbered lines that go on counting from a numbered heading;
//! * a table, delimited or with its cells joined by single spaces;
//! * a heading;
//! * anything else is a paragraph, its lines joined when it is wrapped.
//!
//! The pass walks the lines once; what it remembers about runs it scanned
//! (`Ctx`'s cells) keeps every line's work bounded.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

use super::classify::{
    classify, field, keep_lettered_sequences, marker, marker_number, section_depth, Kind,
};
use super::evidence::{FieldLabels, MAX_HEADING_WORDS};
use super::lines::{lines, Line};
use super::runs::Resume;
use super::table::{split_delimited, Phrases, Separator, REACH};
use super::{Block, Item};
use crate::Span;

/// A document separates its blocks by blank lines when it has at least one
/// blank line for every this many non-blank lines. The sample article has 11
/// blank lines for 16 others; the dev corpus documents rendered with blank
/// separators have one for every 1 to 3 lines (lists and tables stand
/// without them), those without have none.
const BLANK_SEPARATED_LINES: usize = 4;
/// Level of a plain heading: the title is level 1.
const PLAIN_HEADING_LEVEL: u8 = 2;
/// Most blocks a numbered section holds before the numbered lines that go
/// on counting from its heading (see `Ctx::numbering_goes_on`).
const MAX_SECTION_BLOCKS: usize = 64;
/// Deepest heading level, as in HTML and Markdown.
const MAX_HEADING_LEVEL: u8 = 6;
/// Length in bytes of a list marker that numbers by a letter (`أ.`, `ب-`):
/// of the markers that open with a letter, only an ordinal word's
/// (`أولاً:`) is longer.
const LETTER_MARKER_LEN: usize = 3;

/// The title (text and span) and the blocks of `text`.
#[allow(clippy::type_complexity)]
pub(crate) fn build(text: &str) -> (Option<(&str, Span)>, Vec<Block<'_>>) {
    let lines = lines(text);
    let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(text, l)).collect();
    keep_lettered_sequences(text, &lines, &mut kinds);
    let blanks = kinds.iter().filter(|k| **k == Kind::Blank).count();
    let others = kinds.len() - blanks;
    let ctx = Ctx {
        text,
        lines: &lines,
        kinds: &kinds,
        blank_separated: blanks * BLANK_SEPARATED_LINES >= others,
        bullet_margin: bullet_margin(&lines, &kinds),
        scanned_to: Cell::new(0),
        corner_from: Cell::new(None),
        resume_at: Cell::new(None),
        rules: Cell::new((0, 0, Separator::Tab, None)),
        phrases: OnceCell::new(),
        field_labels: OnceCell::new(),
    };

    // At most one block per non-blank line: reserving that much up front
    // costs only address space (untouched pages are never mapped) and spares
    // the copies of a growing vector; the excess is given back at the end.
    let mut blocks = Vec::with_capacity(others);
    let mut i = ctx.next_nonblank(0);
    let mut title = None;
    if i < lines.len() {
        // A table on the first line is no title. Its rows are cut here, once:
        // the title test itself only reads the line.
        let opening = match kinds[i] {
            Kind::Text if lines[i].indent > 0 => ctx.table_at(i),
            Kind::Text => ctx.delimited_table(i),
            _ => None,
        };
        if let Some((table, next)) = opening {
            blocks.push(table);
            i = next;
        } else if ctx.is_title(i) || ctx.is_item_title(i) {
            let span = lines[i].content;
            title = Some((&text[span], span));
            i += 1;
        }
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

/// The least indentation of a bulleted item that opens a list of its own
/// (the line before it, blank lines aside, is text): where the document's
/// bullets stand. Bullets under a numbered item do not count, as they may
/// be nested under it.
fn bullet_margin(lines: &[Line], kinds: &[Kind]) -> usize {
    let mut margin = None;
    let mut after_text = true;
    for (line, kind) in lines.iter().zip(kinds) {
        match kind {
            Kind::Blank => {}
            Kind::Text => after_text = true,
            Kind::Item { ordered, .. } => {
                if !ordered && after_text {
                    margin = Some(margin.map_or(line.indent, |m: usize| m.min(line.indent)));
                }
                after_text = false;
            }
        }
    }
    margin.unwrap_or(0)
}

/// The lines, their kinds and document-wide facts.
pub(super) struct Ctx<'t, 'a> {
    pub(super) text: &'a str,
    pub(super) lines: &'t [Line],
    pub(super) kinds: &'t [Kind],
    pub(super) blank_separated: bool,
    /// Where the document's bullets stand (see [`bullet_margin`]).
    pub(super) bullet_margin: usize,
    /// End of the furthest run of lines scanned for a single-space table.
    pub(super) scanned_to: Cell<usize>,
    /// The corner line (indented header) from which that run was last
    /// scanned, if any: one corner line per run may retry it.
    pub(super) corner_from: Cell<Option<usize>>,
    /// A line inside a scanned run that may start a table, cued by the
    /// heading over it: the line under a heading that ends a table inside
    /// its run (see `infer_run`), or the header under a heading that was
    /// read as the first line of a table (see `space_table`). Each run is
    /// scanned three times at most.
    pub(super) resume_at: Cell<Option<Resume>>,
    /// The lines `start..end` after a delimited line `start` that made no
    /// table (markdown rule rows, all skipped), their separator, and the
    /// width a row needs for line `end` to join its table (`None`: none
    /// does). A start inside them would scan the same rule rows again to the
    /// same end, so it is answered at once (linear time over runs of rules).
    pub(super) rules: Cell<(usize, usize, Separator, Option<usize>)>,
    /// The article's pairs of neighbouring words, counted the first time a
    /// single-space table needs them.
    phrases: OnceCell<Phrases>,
    /// How often each field label (`الفائز` in `الفائز: تعادل`) opens a
    /// text line, counted the first time a heading asks.
    field_labels: OnceCell<FieldLabels>,
}

impl<'t, 'a> Ctx<'t, 'a> {
    /// The article's pairs of neighbouring words (see [`Phrases`]),
    /// counted around line `i` the first time a table asks.
    pub(super) fn phrases(&self, i: usize) -> &Phrases {
        self.phrases
            .get_or_init(|| Phrases::around(self.text, self.lines, i, REACH))
    }

    pub(super) fn content(&self, i: usize) -> &'a str {
        &self.text[self.lines[i].content]
    }

    /// How many text lines of the document open with the field label of
    /// line `i` (see [`field`]); 0 when line `i` has none.
    pub(super) fn field_label_count(&self, i: usize) -> u32 {
        let Some((label, _)) = field(self.content(i)) else {
            return 0;
        };
        let labels = self.field_labels.get_or_init(|| {
            FieldLabels::of(
                (0..self.lines.len())
                    .filter(|&l| self.kinds[l] == Kind::Text)
                    .filter_map(|l| field(self.content(l)).map(|(label, _)| label)),
            )
        });
        labels.count(label)
    }

    /// Words on line `i`, counted by the line pass.
    pub(super) fn words(&self, i: usize) -> usize {
        self.lines[i].words as usize
    }

    pub(super) fn next_nonblank(&self, mut i: usize) -> usize {
        while i < self.lines.len() && self.kinds[i] == Kind::Blank {
            i += 1;
        }
        i
    }

    /// The nearest non-blank line before `i`.
    pub(super) fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.kinds[j] != Kind::Blank)
    }

    /// The indentation of item line `i` counted from where the document's
    /// bullets stand: a document whose bulleted items all open with the
    /// same indentation (`  • بند`, a common bullet style) has them at depth
    /// zero, beside numbered items that start at the margin.
    fn item_indent(&self, i: usize) -> usize {
        match self.kinds[i] {
            Kind::Item { ordered: false, .. } => {
                self.lines[i].indent.saturating_sub(self.bullet_margin)
            }
            _ => self.lines[i].indent,
        }
    }

    /// A list starting at item line `i`; returns the line after it.
    fn list(&self, i: usize, blocks: &mut Vec<Block<'a>>) -> usize {
        let Kind::Item { ordered, .. } = self.kinds[i] else {
            return i + 1;
        };
        let base = self.item_indent(i);
        // An item numbered by an ordinal word (`رابعاً:`) and items numbered
        // by figures (`1)`) are two lists, whatever stands between them: a
        // list keeps one way of numbering.
        let by_word = |k: usize| {
            let s = self.content(k);
            marker(s).is_some_and(|(numbered, len)| numbered && len > LETTER_MARKER_LEN)
                && s.starts_with(char::is_alphabetic)
        };
        let first_by_word = by_word(i);
        let mut numbering_changes = false;
        let mut indents: Vec<usize> = vec![base];
        let mut items = Vec::new();
        let mut item_lines = Vec::new();
        let mut j = i;
        let mut end = i;
        while j < self.lines.len() {
            match self.kinds[j] {
                Kind::Item { ordered: o, text } => {
                    let indent = self.item_indent(j);
                    if indent <= base && o != ordered {
                        break;
                    }
                    if j > i && indent <= base && ordered && by_word(j) != first_by_word {
                        numbering_changes = true;
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
                    item_lines.push(j);
                    end = j;
                    j += 1;
                }
                Kind::Blank => j += 1,
                Kind::Text => break,
            }
        }
        let span = Span::new(self.lines[i].content.start, self.lines[end].content.end);
        // Numbered lines that go on counting from the numbered heading
        // before them are headings too: `2. …` and `3. …` after the heading
        // `1. …` open sections of their own, however short.
        if let Some(level) = self.numbering_goes_on(&item_lines, blocks) {
            for &k in &item_lines {
                blocks.push(Block::Heading {
                    level,
                    text: self.content(k),
                    span: self.lines[k].content,
                });
            }
            return end + 1;
        }
        // A lone numbered line between texts is a numbered heading
        // (`3. كنيسة فراومونستر` over its section), its number kept.
        let next = self.next_nonblank(end + 1);
        if ordered
            && items.len() == 1
            && next < self.lines.len()
            && (numbering_changes
                || matches!(
                    self.kinds[next],
                    Kind::Text | Kind::Item { ordered: false, .. }
                ))
            && self.names_a_section(i, MAX_HEADING_WORDS)
        {
            // A numbered heading ranks with the numbered heading before it,
            // one below the plain heading before it, or at the top.
            // Only numbered headings keep a list marker in their text: a
            // plain heading's line has none, or it would be an item.
            let last = blocks.iter().rev().find_map(|b| match b {
                Block::Heading { level, text, .. } => Some((*level, marker(text).is_some())),
                _ => None,
            });
            let level = match last {
                None => PLAIN_HEADING_LEVEL,
                Some((level, true)) => level,
                Some((level, false)) => (level + 1).min(MAX_HEADING_LEVEL),
            };
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

    /// The level of the numbered heading that the numbered item lines
    /// `item_lines` go on counting from: the last heading before them is
    /// numbered `n` with the same mark, the items are numbered `n + 1`,
    /// `n + 2` … at one depth, and each can name a section. `None`
    /// otherwise.
    fn numbering_goes_on(&self, item_lines: &[usize], blocks: &[Block]) -> Option<u8> {
        let (first, _) = marker_number(self.content(*item_lines.first()?))?;
        if first < 2 {
            return None;
        }
        // The heading is looked for among the last blocks only, so that a
        // document of lists without headings is not scanned again and again.
        let (level, numbered) =
            blocks
                .iter()
                .rev()
                .take(MAX_SECTION_BLOCKS)
                .find_map(|b| match b {
                    Block::Heading { level, text, .. } => Some((*level, marker_number(text))),
                    _ => None,
                })?;
        let (n, mark) = numbered?;
        let indent = self.lines[item_lines[0]].indent;
        let counts_on = item_lines.iter().zip(n + 1..).all(|(&k, want)| {
            self.lines[k].indent == indent
                && marker_number(self.content(k)) == Some((want, mark))
                && self.names_a_section(k, MAX_HEADING_WORDS)
        });
        counts_on.then_some(level)
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
        while j < self.lines.len()
            && self.kinds[j] == Kind::Text
            && self.wraps(j - 1)
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
}
