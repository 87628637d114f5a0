//! Pass 3, the table runs: which lines a table spans, and its rows' cells
//! when a separator cuts them. Cells joined by single spaces are handed to
//! the column search of `table/`.
//!
//! * **Delimited tables**: two or more lines cut by the same separator (tab,
//!   ` | `, aligned spaces) into cells; Markdown rule rows are skipped, and
//!   an aligned row whose trailing cells are empty is padded. Rows may
//!   stand one blank line apart when the first row stands so under the
//!   header (text exported with a blank line after every line).
//! * **Single-space tables**: a short header line followed by rows, when a
//!   cue says a table comes (the line before ends with `:`, the header opens
//!   with an empty corner cell, indented beyond the row under it, or the
//!   lines stand together between blank lines in a document that separates
//!   blocks by blank lines), and the
//!   columns can be inferred with names of three words at most on average
//!   (a header holds no label before a colon: `المرحلة الأولى: التأسيس`
//!   heads a section, and a line that opens with one, `مثال: …`, ends the
//!   run);
//!   or, with no cue, a run of at least `UNCUED_ROWS` parallel lines whose
//!   columns agree (unless every other line ends a statement: headings
//!   and their one-line paragraphs; failing short cells, values that open
//!   with a figure and go on with a comment on it agree too), or whose
//!   header names compared things (its names after the first open, or
//!   close, with the same word), or whose first rows each open with a
//!   figure under a header line without one (a programme's times). A line
//!   right over a bulleted list heads or introduces the list and ends the
//!   run. A line with a run of spaces in it is a row with empty cells
//!   (one more space for each) when a plain row stands before it in the
//!   run or right after it; its trailing empty cells leave no trace. A
//!   first line whose cut would tear a construct or a noun and its
//!   adjective apart (`لغات | البرمجة`, `المؤشرات | الرئيسية`), or that
//!   stands over a line of names over rows that each hold a figure, is the
//!   heading over the table, which starts under it.
//! * **Where a table ends** when no blank line closes it: a run takes the
//!   columns of its header and first rows, and ends at the heading of what
//!   follows: a line with fewer words than that, or one that breaks what
//!   the first rows share (a statement under rows that state nothing, a
//!   line without a figure under rows that all hold one). Once per run,
//!   the line after that heading may start another table, cued by it. A
//!   statement twice as long as any row, where every row holds a figure,
//!   ends it, and so does a question after rows that ask none, and any
//!   statement after rows that state nothing unless it opens, as every row
//!   does, with no Arabic word (a Latin term's description); and its
//!   last lines are left out while they are foreign to its columns (their
//!   cells break the shapes the other rows agree on, or only they tear a
//!   phrase apart).
//!
//! Every line is scanned a bounded number of times: runs already scanned
//! are remembered (`scanned_to`, `corner_from`, `resume_at`, `rules`), so
//! parsing stays linear in the input.

use super::build::Ctx;
use super::classify::{
    asks_a_question, ends_clause, ends_colon, ends_sentence, ends_statement, Kind,
};
use super::lines::Line;
use super::table::{
    columns_agree, empty_cells, foreign_tail, holds_figure, infer, is_rule_cell, names_compared,
    opens_with_figure, split_delimited, tears_construct, trimmed, Separator, MAX_ROW_WORDS,
};
use super::{Block, Cell as TableCell, Row};
use crate::Span;

/// Longest header line of a single-space table, in words: the dev corpus
/// headers have 2 to 7 words (three two-word column names).
const MAX_HEADER_WORDS: usize = 16;
/// Most words a column name has on average in the header of a
/// single-space table: the labelled tables' headers have three at most.
const MAX_HEADER_NAME_WORDS: usize = 3;
/// Most words of a column's name, on average, in a header over a single row
/// of words: longer names make a couplet of verse or a heading over its
/// line.
const MAX_LONE_ROW_NAME_WORDS: usize = 2;
/// Most words of an aligned row left with one cell (its other cells empty).
const MAX_LONE_CELL_WORDS: usize = 4;
/// Fewest lines, header included, of a single-space table that no cue
/// announces.
const UNCUED_ROWS: usize = 3;
/// Longest run of lines searched for a table that no cue announces: longer
/// runs of short lines are verse or text pasted line by line, and searching
/// their columns would cost much for nothing.
const MAX_UNCUED_LINES: usize = 64;
/// Most lines after a table that are left out of it as foreign to its
/// columns.
const MAX_FOREIGN_TAIL: usize = 2;
/// Fewest lines that alternate between statements and other lines for a
/// run to be read as headings and their paragraphs rather than a table.
const MIN_ALTERNATING_LINES: usize = 4;
/// How many lines into a run of parallel lines the header of a table that no
/// cue announces is looked for (a heading or two may stand over it).
const UNCUED_HEADER_SEARCH: usize = 3;

/// How the value columns of a table that no cue announces agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Agreement {
    /// In short cells of one type, or in repeated values.
    Short,
    /// Only when a cell that opens with a figure may go on with a comment on
    /// it (`6.8% — أدنى مستوى منذ ثلاث سنوات`).
    Commented,
}

/// A line inside a scanned run that may start a table, cued by the heading
/// over it (see `Ctx::resume_at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Resume {
    /// The line.
    pub(super) line: usize,
    /// Whether the table it starts may in turn let a line after it start
    /// one (at most three scans of a run).
    pub(super) again: bool,
}

/// Whether `s` opens with a label and a colon in its first two words
/// (`مثال: ذراع روبوتية`, `أنواع الحقول: …`): the heading or the
/// caption after a table, never one of its rows (no row of the labelled
/// tables opens so; a colon inside a row follows a value, `نعم: MOD`, or
/// stands in code, `(name: "email")`).
fn opens_with_label(s: &str) -> bool {
    s.split(' ')
        .take(2)
        .any(|w| w.len() > 1 && w.ends_with(':') && w.starts_with(|c: char| c.is_alphabetic()))
}

impl<'a> Ctx<'_, 'a> {
    /// A table starting at line `i`, and the line after it.
    pub(super) fn table_at(&self, i: usize) -> Option<(Block<'a>, usize)> {
        self.delimited_table(i).or_else(|| self.space_table(i))
    }

    /// Two or more rows cut by the same separator into the same number of
    /// cells (markdown rule rows skipped).
    pub(super) fn delimited_table(&self, i: usize) -> Option<(Block<'a>, usize)> {
        let (sep, first) = split_delimited(self.text, &self.lines[i])?;
        let width = first.len();
        let (start, end, s, pass) = self.rules.get();
        if (start..end).contains(&i) && s == sep && pass != Some(width) {
            return None;
        }
        let mut rows = vec![(i, first)];
        let mut j = i + 1;
        let mut pass = None;
        // Rows may stand one blank line apart (text exported with a blank
        // line after every line), when the first row stands so under the
        // header: then a blank line before a row of the same cut is no end.
        let row_at = |l: usize| {
            self.kinds.get(l) == Some(&Kind::Text)
                && split_delimited(self.text, &self.lines[l])
                    .is_some_and(|(s, cells)| s == sep && cells.len() == width)
        };
        let spaced = self.kinds.get(i + 1) == Some(&Kind::Blank) && row_at(i + 2);
        while j < self.lines.len() {
            if self.kinds[j] != Kind::Text {
                if spaced && self.kinds[j] == Kind::Blank && row_at(j + 1) {
                    j += 1;
                    continue;
                }
                break;
            }
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
    pub(super) fn lone_aligned_cell(&self, sep: Separator, j: usize) -> Option<Vec<Span>> {
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
    pub(super) fn space_table(&self, i: usize) -> Option<(Block<'a>, usize)> {
        if !self.may_head_table(i) || ends_clause(self.content(i)) {
            return None;
        }
        // The cues that do not depend on the rows, checked first so that a
        // run of lines is scanned once, not once per line (linear time).
        let prev = self.prev_nonblank(i);
        let intro = prev.is_some_and(|p| ends_colon(self.content(p)));
        let corner = self.opens_with_corner(i);
        let blank_before = i == 0 || self.kinds[i - 1] == Kind::Blank;
        // Inside a run already scanned, only the first corner line tries
        // again (asking twice about the same line is allowed): every line
        // is scanned a bounded number of times, so the work stays linear
        // even when each line is indented (poetry, text pasted from a PDF).
        let resumed = self.resume_at.get().filter(|r| r.line == i);
        if resumed.is_some() {
            self.resume_at.set(None);
        } else if i < self.scanned_to.get() {
            if !corner || self.corner_from.get().is_some_and(|c| c != i) {
                return None;
            }
        } else {
            self.corner_from.set(None);
        }
        if corner {
            self.corner_from.set(Some(i));
        }
        let intro = intro || resumed.is_some();
        let cued = intro || corner || (self.blank_separated && blank_before);
        let mut j = i + 1;
        // Rows that all open with a number end at the first that does not
        // when the line after it does not either, unless blank lines
        // separate the document's blocks: then the rows go on to the blank
        // line (`من 11:30 ظهراً إلى 2 عصراً …` among rows that open with
        // times).
        let mut all_numeric = true;
        // Whether a row so far ends a statement, whether every row so far
        // holds a figure, and the most words of a row: when two or more rows
        // hold figures and none ends a statement, a statement without a
        // figure and twice as long as any row is the prose after the table
        // (and, without blank lines, any statement, see `after_rows`).
        let mut statements = false;
        let mut figures = true;
        let mut longest = 0;
        // Whether a row so far asks a question, and whether every row so
        // far opens with no Arabic word.
        let mut questions = false;
        let mut foreign_labels = true;
        // Body rows so far without a run of spaces: a single-space table
        // writes an empty cell as one more space between its neighbours
        // (`RHEL    [x]`), while an aligned table's rows all hold runs of
        // spaces.
        let mut plain_rows = 0;
        while j < self.lines.len() && self.kinds[j] == Kind::Text {
            let s = self.content(j);
            // One row that opens with a word among rows that open with
            // figures stays (`من 1350 إلى 1355 م …` in a timeline).
            let resumes = || {
                self.kinds.get(j + 1) == Some(&Kind::Text) && opens_with_figure(self.content(j + 1))
            };
            if j >= i + 3
                && all_numeric
                && !opens_with_figure(s)
                && !self.blank_separated
                && !resumes()
            {
                break;
            }
            all_numeric &= opens_with_figure(s);
            let statement = ends_statement(s);
            let words = self.words(j);
            // The digits are looked for only while every row has had some.
            let figure = figures && holds_figure(s);
            let foreign_label = s
                .chars()
                .next()
                .is_some_and(|c| !crate::chars::is_arabic(c));
            // Without blank lines between blocks, a statement under rows
            // that state nothing is the prose after the table, unless it
            // opens as every row does with no Arabic word (a Latin term, a
            // figure, an icon): the labels go on, and the statement is a
            // row's description (`string المساحات البيضاء … .`).
            let labels_go_on = foreign_labels && foreign_label;
            let after_rows = !(self.blank_separated || labels_go_on);
            let prose = statement
                && !statements
                && ((figures && !figure && words > 2 * longest) || after_rows);
            // Without blank lines between blocks, a question after rows that
            // ask none is the heading of what follows (`كيف تختار الأنسب لك؟`).
            let question = !self.blank_separated && asks_a_question(s);
            if j >= i + 3 && (prose || (question && !questions)) {
                break;
            }
            if j > i {
                foreign_labels &= foreign_label;
                questions |= question;
                statements |= statement;
                figures &= figure;
                longest = longest.max(words);
            }
            // A line right over a bulleted list heads or introduces it (a
            // numbered line after a table may be the next section's heading),
            // unless it holds a figure as every row before it does: a last
            // row over a footnote (`* أرقام أولية`).
            let leads_list = matches!(
                self.kinds.get(j + 1),
                Some(Kind::Item { ordered: false, .. })
            ) && !(j > i + 1 && figures);
            // A line with runs of spaces is a row with empty cells when a
            // plain row stands before it in the run or right after it.
            let separator = if self.lines[j].delimited {
                split_delimited(self.text, &self.lines[j]).map(|(sep, _)| sep)
            } else {
                None
            };
            let with_empty_cells = j > i
                && separator == Some(Separator::Spaces)
                && (plain_rows > 0 || self.plain_row_at(j + 1));
            if !(2..=MAX_ROW_WORDS).contains(&words)
                || ends_colon(s)
                || opens_with_label(s)
                || leads_list
                || (separator.is_some() && !with_empty_cells)
            {
                break;
            }
            if j > i && separator.is_none() {
                plain_rows += 1;
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
            // Lines that state something on every other line are headings
            // and their paragraphs, written without blank lines between
            // them, not the rows of a table.
            if self.alternates(i, j) {
                return None;
            }
            // No cue: a run of parallel lines is a table when its columns
            // agree. The run may open with a heading or two over the header,
            // so the header is looked for among its first lines; when it is
            // found further on, the lines before it are passed over and the
            // table is taken when the header line is reached.
            if j - i > MAX_UNCUED_LINES {
                return None;
            }
            let last = (i + UNCUED_HEADER_SEARCH).min(j.saturating_sub(UNCUED_ROWS - 1));
            let starts = || (i..last).filter(|&start| self.may_head_table(start));
            // A header whose cut tears a construct apart is passed over for
            // a later one (it is the heading over the table), and taken
            // when none is found. A header that names compared things makes
            // a table of the run when no columns agree.
            let mut torn = None;
            // Rows of a label and a figure with a comment on it (`التضخم
            // السنوي 6.8% — أدنى مستوى منذ ثلاث سنوات`) make a table when no
            // start makes one of short cells, under the first header that
            // is no heading over it.
            let mut commented = None;
            // Whether that header is a line of plain names, torn nowhere.
            let mut plain_header_above = false;
            for start in starts() {
                let found = match self.agreeing_head(start, j) {
                    Some(found) => Some(found),
                    None => match self.agreement(start, j) {
                        Some((cells, end, Agreement::Short)) => Some((cells, end)),
                        Some((cells, end, Agreement::Commented)) => {
                            let heading = tears_construct(self.text, &cells[0])
                                && self.names_columns(start + 1, start);
                            if commented.is_none() && !heading {
                                plain_header_above = !tears_construct(self.text, &cells[0]);
                                commented = Some((start, cells, end));
                            }
                            None
                        }
                        None => None,
                    },
                };
                let Some((cells, end)) = found else {
                    continue;
                };
                // A header line holds no figure: a line of values under a
                // header found above it is that table's first row, not the
                // header of another.
                if plain_header_above && holds_figure(self.content(start)) {
                    continue;
                }
                if torn.is_none()
                    && ((tears_construct(self.text, &cells[0])
                        && self.names_columns(start + 1, start))
                        || self.names_over_figures(start + 1, end))
                {
                    torn = Some((start, cells, end));
                    continue;
                }
                return self.uncued_table(i, start, cells, end);
            }
            let found = torn.or(commented).or_else(|| {
                starts().find_map(|start| {
                    let (cells, end) = self
                        .comparing(start, j)
                        .or_else(|| self.labelled_by_figures(start, j))?;
                    Some((start, cells, end))
                })
            });
            return found.and_then(|(start, cells, end)| self.uncued_table(i, start, cells, end));
        }
        let pending = self.resume_at.get();
        let (cells, end) = self.infer_run(i, j, resumed.map_or(true, |r| r.again))?;
        // Column names are short: a header line with more words than that
        // in each name is a sentence over the lines after it (and a heading
        // inside those lines starts nothing). A bracketed qualifier (`(2020)`,
        // `(مليون جنيه)`) adds no word to its name.
        // A header over one row, neither holding a figure, names its
        // columns in two words each at most: two lines of longer phrases
        // are a couplet of verse, or a heading over its line.
        let phrases_only = end - i == 2
            && !holds_figure(self.content(i))
            && !holds_figure(self.content(i + 1))
            && self.name_words(i) > MAX_LONE_ROW_NAME_WORDS * cells[0].len();
        if self.name_words(i) > MAX_HEADER_NAME_WORDS * cells[0].len() || phrases_only {
            self.resume_at.set(pending);
            return None;
        }
        // A first line whose cut tears a construct apart is the heading
        // over the table: the table starts under it, when it makes one.
        if resumed.is_none()
            && tears_construct(self.text, &cells[0])
            && self.names_columns(i + 1, i)
            && self.infer_run(i + 1, j, false).is_some()
        {
            self.resume_at.set(Some(Resume {
                line: i + 1,
                again: true,
            }));
            return None;
        }
        Some((self.table_of(i, cells), end))
    }

    /// Whether line `l` opens with an empty corner cell: it is indented and
    /// the line under it, the first row, is less so (lines indented alike
    /// are indented text: verse, a table pasted with a margin).
    fn opens_with_corner(&self, l: usize) -> bool {
        let indent = self.lines[l].indent;
        indent > 0
            && self
                .lines
                .get(l + 1)
                .is_some_and(|next| next.indent < indent)
    }

    /// Whether line `l` is a line of text with no run of spaces, tab or
    /// ` | ` in it: a plain single-space row.
    fn plain_row_at(&self, l: usize) -> bool {
        self.kinds.get(l) == Some(&Kind::Text) && !self.lines[l].delimited
    }

    /// The words of line `r` and the empty cells its runs of spaces hold:
    /// the cells the line fills at the fewest as a single-space row.
    fn cells_at_least(&self, r: usize) -> usize {
        self.words(r) + empty_cells(self.text, &self.lines[r])
    }

    /// Whether line `r` holds a run of spaces between words: as a
    /// single-space row, it has empty cells.
    fn holds_empty_cells(&self, r: usize) -> bool {
        self.lines[r].delimited && empty_cells(self.text, &self.lines[r]) > 0
    }

    /// The words of line `l` outside brackets.
    fn name_words(&self, l: usize) -> usize {
        let mut depth = 0usize;
        let mut words = 0;
        for w in self.content(l).split([' ', '\t']).filter(|w| !w.is_empty()) {
            if depth == 0 && !w.starts_with(['(', '[']) {
                words += 1;
            }
            depth += w.matches(['(', '[']).count();
            depth = depth.saturating_sub(w.matches([')', ']']).count());
        }
        words
    }

    /// Whether the lines `i..j`, four at least, alternate between lines
    /// that end a statement and lines that do not (a heading, its one-line
    /// paragraph, the next heading, …). No labelled table's rows do.
    fn alternates(&self, i: usize, j: usize) -> bool {
        j - i >= MIN_ALTERNATING_LINES
            && [0, 1].into_iter().any(|phase| {
                (i..j).all(|l| ends_statement(self.content(l)) == ((l - i) % 2 == phase))
            })
    }

    /// Whether line `l` may be the header of a single-space table: a short
    /// line that ends no sentence and holds no label before a colon (a
    /// column's name has none: `المرحلة الأولى: التأسيس` heads a section).
    fn may_head_table(&self, l: usize) -> bool {
        let s = self.content(l);
        self.words(l) <= MAX_HEADER_WORDS && !ends_sentence(s) && !s.contains(": ")
    }

    /// Whether line `l` is a line of names over rows that each hold a
    /// figure, up to `end`: the header of those rows, not their first row
    /// (`التاريخ الحدث` over `789 م …`).
    fn names_over_figures(&self, l: usize, end: usize) -> bool {
        l + 2 < end
            && self.may_head_table(l)
            && !holds_figure(self.content(l))
            && (l + 1..end).all(|r| holds_figure(self.content(r)))
    }

    /// Whether line `l` may be the header under the heading `heading`: it
    /// holds no figure (a row of values most often does) and has no fewer
    /// words.
    fn names_columns(&self, l: usize, heading: usize) -> bool {
        !holds_figure(self.content(l)) && self.words(l) >= self.words(heading)
    }

    /// The table found on the lines from `start` of a run that no cue
    /// announces, scanned from line `i`: taken when `start` is `i`; when it
    /// is further on, the lines before it are passed over and the table is
    /// taken when the header line is reached.
    fn uncued_table(
        &self,
        i: usize,
        start: usize,
        cells: Vec<Vec<Span>>,
        end: usize,
    ) -> Option<(Block<'a>, usize)> {
        if start > i {
            self.scanned_to.set(start);
            return None;
        }
        Some((self.table_of(i, cells), end))
    }

    /// The table on lines `start..j`, less its lines foreign to its columns,
    /// and the line after it, when its columns agree.
    fn agreeing(&self, start: usize, j: usize) -> Option<(Vec<Vec<Span>>, usize)> {
        match self.agreement(start, j)? {
            (cells, end, Agreement::Short) => Some((cells, end)),
            (_, _, Agreement::Commented) => None,
        }
    }

    /// The table on lines `start..j`, less its lines foreign to its columns,
    /// the line after it, and how its columns agree, when they do: the
    /// columns are inferred once and asked both ways.
    fn agreement(&self, start: usize, j: usize) -> Option<(Vec<Vec<Span>>, usize, Agreement)> {
        let cells = infer(self.text, &self.lines[start..j], self.phrases(start))?;
        let (cells, end) = self.without_foreign_tail(start, j, cells);
        let how = if columns_agree(self.text, &cells, false) {
            Agreement::Short
        } else if columns_agree(self.text, &cells, true) {
            Agreement::Commented
        } else {
            return None;
        };
        Some((cells, end, how))
    }

    /// The table on lines `start..j` (as a cued run reads it) when its
    /// header names compared things: two names or more after the first,
    /// all opening with the same word (`الجانب | الوضع التجريبي | الوضع
    /// الحقيقي`) or all closing with one (`LAMP Stack | LEMP Stack`). Such
    /// a header says a comparison follows as surely as a cue does, whatever
    /// the values look like.
    fn comparing(&self, start: usize, j: usize) -> Option<(Vec<Vec<Span>>, usize)> {
        if j - start <= UNCUED_ROWS {
            return None;
        }
        let (cells, end) = self.infer_run(start, j, false)?;
        names_compared(self.text, &cells[0][1..]).then_some((cells, end))
    }

    /// The table on the lines from `start` of the run up to `j` whose first
    /// rows, `UNCUED_ROWS` of them, each open with a figure under a header
    /// line that holds none (`9:00 صباحاً الافتتاح الرسمي وزير الإعلام`
    /// under `الموعد الجلسة المتحدث`): times, dates or amounts that label
    /// the rows. Lines that open with figures and stand together are rows;
    /// headings and paragraphs seldom open so (in the labelled documents,
    /// only numbered headings do, which are items here, not text).
    fn labelled_by_figures(&self, start: usize, j: usize) -> Option<(Vec<Vec<Span>>, usize)> {
        let rows = start + 1..=start + UNCUED_ROWS;
        if *rows.end() >= j
            || holds_figure(self.content(start))
            || !rows.clone().all(|r| opens_with_figure(self.content(r)))
        {
            return None;
        }
        self.infer_run(start, j, false)
    }

    /// The table that the first lines of the run `start..j` open, when the
    /// run goes on past it (no blank line closes a table followed by the
    /// next heading and its text): the columns of the header and the first
    /// rows agree, and the table takes the lines after them while each has
    /// as many words as the table has columns.
    fn agreeing_head(&self, start: usize, j: usize) -> Option<(Vec<Vec<Span>>, usize)> {
        let head = start + UNCUED_ROWS + 1;
        if head >= j {
            return None;
        }
        let (first, _) = self.agreeing(start, head)?;
        let width = first[0].len();
        // A row is as parallel to the first rows as they are to each other:
        // a statement under rows that state nothing, or a line without a
        // figure under rows that all hold one, is what follows the table.
        let rows = start + 1..head;
        let statements = rows.clone().any(|r| ends_statement(self.content(r)));
        let figures = rows.clone().all(|r| holds_figure(self.content(r)));
        let parallel = |r: usize| {
            self.cells_at_least(r) >= width
                && (statements || !ends_statement(self.content(r)))
                && (!figures || holds_figure(self.content(r)))
        };
        let mut end = head;
        while end < j && parallel(end) {
            end += 1;
        }
        if end == j {
            return None;
        }
        let (cells, end) = self.agreeing(start, end)?;
        if cells[0].len() != width {
            return None;
        }
        self.resume_after(end, j);
        Some((cells, end))
    }

    /// The cells of the single-space table on lines `i..j` and the line
    /// after it. A last line that lowers the column count is no row but the
    /// heading of what follows (`أنواع الحقول` under a table of five
    /// columns): the table ends before it.
    fn infer_run(&self, i: usize, mut j: usize, resume: bool) -> Option<(Vec<Vec<Span>>, usize)> {
        let mut cells = infer(self.text, &self.lines[i..j], self.phrases(i));
        // When the run makes a table, the header and first rows give its
        // columns; a later line with fewer words than that holds no row (a
        // single-space row has a word in each cell) but the heading of what
        // follows. Once per run, the line after that heading may start
        // another table. A table whose rows write empty cells as runs of
        // spaces leaves its trailing cells empty too: between blank lines,
        // its shorter lines are rows.
        let head = i + UNCUED_ROWS + 1;
        let sparse = || self.blank_separated && (i..j).any(|r| self.holds_empty_cells(r));
        if cells.is_some() && head < j && !sparse() {
            if let Some(first) = infer(self.text, &self.lines[i..head], self.phrases(i)) {
                let width = first[0].len();
                if let Some(end) = (head..j).find(|&r| self.cells_at_least(r) < width) {
                    if resume {
                        self.resume_after(end, j);
                    }
                    j = end;
                    cells = infer(self.text, &self.lines[i..j], self.phrases(i));
                }
            }
        }
        let width = cells.as_ref().map_or(0, |c| c[0].len());
        // Only a last line no longer than any other row can have held the
        // count down (a row has at least as many words as cells).
        let last = self.words(j - 1);
        if j - i > UNCUED_ROWS && last < self.words(i) && (i..j - 1).all(|r| self.words(r) >= last)
        {
            if let Some(c) = infer(self.text, &self.lines[i..j - 1], self.phrases(i))
                .filter(|c| c[0].len() > width)
            {
                return Some((c, j - 1));
            }
        }
        cells.map(|c| self.without_foreign_tail(i, j, c))
    }

    /// Lets the line after `end`, the heading that ends a table inside the
    /// run of lines up to `j`, start another table, cued by the heading.
    fn resume_after(&self, end: usize, j: usize) {
        if end + 1 < j {
            self.resume_at.set(Some(Resume {
                line: end + 1,
                again: false,
            }));
        }
    }

    /// The cells of the table on lines `i..j` and the line after it, once
    /// its last lines that are foreign to its columns (see [`foreign_tail`])
    /// are left out, `MAX_FOREIGN_TAIL` at most: the prose or the heading
    /// after a table that no blank line closes. The last line is tried
    /// alone, then with the line before it, as a heading and its first
    /// line of text may each make the other look like a row.
    fn without_foreign_tail(
        &self,
        i: usize,
        mut j: usize,
        mut cells: Vec<Vec<Span>>,
    ) -> (Vec<Vec<Span>>, usize) {
        let mut left = MAX_FOREIGN_TAIL;
        while left > 0 {
            let lines = &self.lines[i..j];
            let tail = foreign_tail(
                self.text,
                lines,
                &cells,
                left,
                !self.blank_separated,
                self.phrases(i),
            );
            if tail == 0 {
                break;
            }
            match infer(self.text, &self.lines[i..j - tail], self.phrases(i)) {
                Some(fewer) => {
                    cells = fewer;
                    j -= tail;
                    left -= tail;
                }
                None => break,
            }
        }
        (cells, j)
    }

    /// The table whose rows start at line `i`, cut into `cells`.
    pub(super) fn table_of(&self, i: usize, cells: Vec<Vec<Span>>) -> Block<'a> {
        let built = cells
            .into_iter()
            .enumerate()
            .map(|(k, c)| self.row(i + k, c))
            .collect();
        table_with_header(built)
    }

    pub(super) fn row(&self, line: usize, cells: Vec<Span>) -> Row<'a> {
        let l = self.lines[line];
        Row {
            cells: cells
                .into_iter()
                .map(|span| {
                    // A cell cut from the line's indentation (tabs around an
                    // invisible mark) is empty at the start of its content:
                    // the row holds what its line holds.
                    let start = span.start.clamp(l.content.start, l.content.end);
                    let span = Span::new(start, span.end.clamp(start, l.content.end));
                    TableCell {
                        text: &self.text[span],
                        span,
                    }
                })
                .collect(),
            span: l.content,
        }
    }
}

/// Pads a row with empty cells, or folds its extra cells into the last one,
/// so that it has `width` cells.
pub(super) fn fit_width(text: &str, mut cells: Vec<Span>, width: usize, line: Line) -> Vec<Span> {
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
pub(super) fn table_with_header(mut rows: Vec<Row<'_>>) -> Block<'_> {
    let header = rows.remove(0);
    let span = Span::new(
        header.span.start,
        rows.last().map_or(header.span.end, |r| r.span.end),
    );
    Block::Table { header, rows, span }
}
