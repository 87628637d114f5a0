//! Pass 3, the evidence: what makes a line the title or a heading rather
//! than a paragraph. Each test is named and documented here, and the block
//! assembly (`build.rs`) asks them in one place, in order.
//!
//! * **Title**: the first non-blank line, unless it ends a statement (`.`)
//!   or a clause (`:` `،`), is a list item or a table row, or is too long for
//!   a title. A question or an exclamation may be a title.
//! * **A lone numbered item as the title** (`أ. مايكل سبنس`): an initial and
//!   a name followed by text rather than by more items.
//! * **Heading**: a short line (at most `MAX_HEADING_WORDS` words) with more
//!   text after it that opens like text (a letter, a digit, a quote or an
//!   icon before a short name), holds letters, ends no statement or clause,
//!   and is not a caption, a dateline, a sentence whose clauses a comma
//!   joins, a purpose line over a list, a link or a field whose label
//!   recurs (`الفائز: تعادل` under each of several sections). A section
//!   number (`15.4.1.`) always makes a heading.
//! * **Section name** ([`Ctx::names_a_section`]): a line short enough, ending
//!   no statement and no clause: what titles, numbered headings and lone
//!   numbered titles have in common.

use super::build::Ctx;
use super::classify::{
    ends_clause, ends_sentence, ends_statement, is_text_line, opens_with_purpose, section_depth,
    Kind,
};
use super::tally::{count, tally};
use crate::chars::{is_arabic_letter, is_digit, is_pictograph};
use crate::hash::word as word_hash;

/// Longest heading, in words. In the labelled articles, unpunctuated lines
/// of up to 11 words are mostly headings, and lines of 12 to 14 words are
/// paragraphs twice as often as headings.
pub(super) const MAX_HEADING_WORDS: usize = 11;
/// A line opening with an icon (`📚`, `🔹`) may be a heading when it has
/// fewer words than this: in the labelled articles such lines of up to 9
/// words are section names, longer ones are notes and tips.
const MAX_ICON_HEADING_WORDS: usize = 10;
/// Longest title, in words: the sample's title has 14, news titles run to
/// about 25.
const MAX_TITLE_WORDS: usize = 30;
/// A line whose field label opens this many text lines of its document or
/// more is a field, no heading: in the labelled articles, no label that
/// opens three lines or more (`الفائز: Evermusic`, `باختصار: …`,
/// `التخزين: …`) opens a heading, while headings that share a label differ
/// in it (`الخطوة 1: …`, `الخطوة 2: …`).
const MIN_RECURRING_FIELD_LABELS: u32 = 3;
/// A line shorter than this, in words, is never the first line of a
/// paragraph wrapped over several lines.
const MIN_WRAPPED_WORDS: usize = 8;

/// Whether `s` opens as a name does: with a letter, a digit, a quote or
/// bracket, or an icon before a short name (`📚 الكتب الأساسية`), not with a
/// symbol or punctuation.
fn opens_like_a_name(s: &str, words: usize) -> bool {
    let first = s.chars().next().unwrap_or(' ');
    // Arabic letters and digits first: the Unicode tables behind
    // `is_alphanumeric` are slow to search for them.
    is_arabic_letter(first)
        || is_digit(first)
        || first.is_ascii_alphanumeric()
        || matches!(first, '«' | '"' | '“' | '(' | '\'')
        || (!first.is_ascii() && first.is_alphanumeric())
        || (is_pictograph(first) && words < MAX_ICON_HEADING_WORDS)
}

impl Ctx<'_, '_> {
    /// Whether line `i` could name a section or a document: at most
    /// `max_words` words, ending no statement and no clause (a question or
    /// an exclamation may name one).
    pub(super) fn names_a_section(&self, i: usize, max_words: usize) -> bool {
        let s = self.content(i);
        !ends_statement(s) && !ends_clause(s) && self.words(i) <= max_words
    }

    /// Whether the first line `i`, which opens no table, is the title.
    pub(super) fn is_title(&self, i: usize) -> bool {
        self.kinds[i] == Kind::Text && self.names_a_section(i, MAX_TITLE_WORDS)
    }

    /// Whether the first line `i`, although it opens like a numbered item,
    /// is the title: a lone item (`أ. مايكل سبنس`, an initial and a name)
    /// followed by text rather than by more items.
    pub(super) fn is_item_title(&self, i: usize) -> bool {
        let next = self.next_nonblank(i + 1);
        matches!(self.kinds[i], Kind::Item { ordered: true, .. })
            && next < self.lines.len()
            && self.kinds[next] == Kind::Text
            && self.names_a_section(i, MAX_HEADING_WORDS)
    }

    /// Whether text line `i`, which opens no table, is a heading (see the
    /// module docs).
    pub(super) fn is_heading(&self, i: usize) -> bool {
        let words = self.words(i);
        if words > MAX_HEADING_WORDS {
            return false;
        }
        let s = self.content(i);
        if section_depth(s).is_some() {
            return true;
        }
        let next = self.next_nonblank(i + 1);
        next < self.lines.len()
            && self.names_a_section(i, MAX_HEADING_WORDS)
            && opens_like_a_name(s, words)
            // A bare figure (`50%`, `2024`) names nothing.
            && s.chars().any(char::is_alphabetic)
            && !self.says_what_the_list_is_for(i, next)
            && !is_text_line(s)
            && !s.contains("://")
            && self.field_label_count(i) < MIN_RECURRING_FIELD_LABELS
    }

    /// Whether line `i` says what the list at line `next` is for
    /// (`لتغيير نوع الحساب` over its steps): it introduces the list. A
    /// purpose names what it is for (`لتغيير نوع`), so a lone word
    /// (`للمطورين`, `للمبتدئين`: for whom) names a section instead.
    fn says_what_the_list_is_for(&self, i: usize, next: usize) -> bool {
        matches!(self.kinds.get(next), Some(Kind::Item { .. }))
            && self.words(i) >= 2
            && opens_with_purpose(self.content(i))
    }

    /// Whether a paragraph's line `i` goes on on the next line: a line long
    /// enough that ends no sentence and no clause, in a document that
    /// separates its blocks by blank lines (a paragraph wrapped by hand).
    pub(super) fn wraps(&self, i: usize) -> bool {
        let s = self.content(i);
        self.blank_separated
            && !ends_sentence(s)
            && !ends_clause(s)
            && self.words(i) >= MIN_WRAPPED_WORDS
    }
}

/// How many lines each field label opens, by the label's hash.
#[derive(Debug, Default)]
pub(super) struct FieldLabels(Vec<(u64, u32)>);

impl FieldLabels {
    /// The counts of `labels`.
    pub(super) fn of<'s>(labels: impl Iterator<Item = &'s str>) -> Self {
        let mut counts: Vec<(u64, u32)> = labels.map(|l| (word_hash(l.as_bytes()), 1)).collect();
        tally(&mut counts);
        FieldLabels(counts)
    }

    /// How many lines open with `label`.
    pub(super) fn count(&self, label: &str) -> u32 {
        count(&self.0, word_hash(label.as_bytes()))
    }
}
