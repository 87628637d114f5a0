//! The pairs of neighbouring words an article writes: evidence from the
//! article's own text about where the cells of a single-space table end.
//!
//! An article names the things its table compares in its prose too (`Local
//! Storage`, `الانتشار في السوق`). A pair of words that stands side by side
//! elsewhere in the article is most often one phrase when it stands side by
//! side in a row; two cells joined by a space almost never make a pair the
//! prose writes. On the labelled single-space tables, the two words on
//! either side of a cell boundary stand together elsewhere in their article
//! at 15 boundaries of 1,222 (about one in eighty), two neighbouring words
//! of one cell at 899 pairs of 2,841 (about one in three).
//!
//! The pairs are counted once per article, the first time a table needs
//! them, over the lines within [`REACH`] bytes of the table's first line:
//! the whole of any article (the longest labelled one has 25 KB), and a
//! bounded share of a longer text, so that the count costs little beside
//! the parse. A table's own rows are taken out of the count before it is
//! asked, so that a row does not vouch for itself.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::words::for_each_word;
use crate::document::classify::{ends_clause, ends_sentence};
use crate::document::lines::Line;
use crate::hash::{word as word_hash, FxHasher};

/// How far before and after the first line of the first table that asks
/// the pairs are counted, in bytes.
pub(crate) const REACH: usize = 32 * 1024;

/// How often each pair of neighbouring words occurs in an article, by the
/// hash of the pair.
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    /// For each pair, how often it occurs on any line and on lines of
    /// prose.
    pairs: HashMap<u64, (u32, u32), BuildHasherDefault<FxHasher>>,
    /// The byte range of the text whose lines were counted.
    window: Range<usize>,
}

/// The pairs an article writes outside the rows of one table: its counts
/// less the rows' own.
pub(crate) struct Outside<'p> {
    phrases: &'p Phrases,
    /// The rows' pairs that the article writes at all, sorted, each with
    /// how often the rows hold it and how often on a line of prose.
    own: Vec<(u64, u32, u32)>,
}

impl Phrases {
    /// The pairs of neighbouring words on each line of `text`.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Self {
        Phrases::around(text, &crate::document::lines::lines(text), 0, usize::MAX)
    }

    /// The pairs of neighbouring words on the lines of `text` (cut into
    /// `lines`) that lie within `reach` bytes of line `at`; a pair never
    /// spans two lines.
    pub(crate) fn around(text: &str, lines: &[Line], at: usize, reach: usize) -> Self {
        let Some(here) = lines.get(at) else {
            return Phrases::default();
        };
        // Each step of either search moves a byte at least, so at most
        // `reach` lines are passed over on each side.
        let first = lines[..at]
            .iter()
            .rposition(|l| l.content.start.saturating_add(reach) < here.content.start)
            .map_or(0, |k| k + 1);
        let last = lines[at..]
            .iter()
            .position(|l| l.content.end > here.content.end.saturating_add(reach))
            .map_or(lines.len(), |k| at + k);
        let window = &lines[first..last];
        let mut pairs: HashMap<u64, (u32, u32), _> = HashMap::default();
        for line in window {
            let content = &text[line.content];
            let prose = u32::from(is_prose(content));
            let mut prev: Option<u64> = None;
            for_each_word(content, |a, b| {
                let h = word_hash(&content.as_bytes()[a..b]);
                if let Some(p) = prev {
                    let count = pairs.entry(join(p, h)).or_insert((0, 0));
                    count.0 += 1;
                    count.1 += prose;
                }
                prev = Some(h);
            });
        }
        Phrases {
            pairs,
            window: window.first().map_or(0, |l| l.content.start)
                ..window.last().map_or(0, |l| l.content.end),
        }
    }

    /// Whether line `line` was counted.
    fn counted(&self, line: &Line) -> bool {
        self.window.start <= line.content.start && line.content.end <= self.window.end
    }

    /// How often the pair `p` (hashed by [`join`]) occurs on any line, and
    /// on lines of prose (see [`is_prose`]).
    fn counts(&self, p: u64) -> (u32, u32) {
        self.pairs.get(&p).copied().unwrap_or((0, 0))
    }

    /// The pairs written outside `rows` (lines of `text`), given the
    /// hashes of each row's pairs of neighbouring words in `pairs`.
    pub(crate) fn outside(&self, text: &str, rows: &[Line], pairs: &[Vec<u64>]) -> Outside<'_> {
        let mut found: Vec<(u64, bool)> = Vec::new();
        for (line, row) in rows.iter().zip(pairs) {
            if self.counted(line) {
                let prose = is_prose(&text[line.content]);
                found.extend(
                    row.iter()
                        .filter(|&&p| self.counts(p).0 > 0)
                        .map(|&p| (p, prose)),
                );
            }
        }
        found.sort_unstable();
        let mut own: Vec<(u64, u32, u32)> = Vec::new();
        for (p, prose) in found {
            match own.last_mut() {
                Some(last) if last.0 == p => {
                    last.1 += 1;
                    last.2 += u32::from(prose);
                }
                _ => own.push((p, 1, u32::from(prose))),
            }
        }
        Outside { phrases: self, own }
    }
}

impl Outside<'_> {
    /// Whether the pair `p` is written outside the rows on any line, and
    /// on a line of prose.
    pub(crate) fn written(&self, p: u64) -> (bool, bool) {
        let (anywhere, in_prose) = self.phrases.counts(p);
        if anywhere == 0 {
            return (false, false);
        }
        let (mine, mine_in_prose) = self
            .own
            .binary_search_by_key(&p, |&(q, _, _)| q)
            .map_or((0, 0), |at| (self.own[at].1, self.own[at].2));
        (anywhere > mine, in_prose > mine_in_prose)
    }
}

/// The hash of the pair of words `a` `b`.
#[cfg(test)]
pub(crate) fn pair(a: &str, b: &str) -> u64 {
    join(word_hash(a.as_bytes()), word_hash(b.as_bytes()))
}

/// The hash of a pair from the hashes of its words, each the word hash
/// ([`crate::hash::word`]) of its bytes that the column search gives every
/// word it reads.
pub(crate) fn join(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Whether the trimmed line `content` reads as prose: it ends as a
/// sentence or a clause does (`.`, `؟`, `:`, `،` …). Rows of other tables
/// and short headings, whose neighbouring words may be cells or names side
/// by side, do not count.
fn is_prose(content: &str) -> bool {
    ends_clause(content) || ends_sentence(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_counted_within_lines() {
        let p = Phrases::of(
            "قارن Local Storage مع Session Storage.\r\nStorage Cookies  Local Storage\nLocal",
        );
        assert_eq!(p.counts(pair("Local", "Storage")), (2, 1));
        assert_eq!(p.counts(pair("Storage", "مع")).0, 1);
        assert_eq!(p.counts(pair("Session", "Storage.")).1, 1);
        assert_eq!(p.counts(pair("Storage", "Cookies")), (1, 0));
        // Two spaces part two words as one does.
        assert_eq!(p.counts(pair("Cookies", "Local")).0, 1);
        // The last word of a line and the first of the next are no pair.
        assert_eq!(p.counts(pair("Storage.", "Storage")).0, 0);
        assert_eq!(p.counts(pair("Storage", "Local")).0, 0);
    }

    #[test]
    fn a_table_s_own_rows_vouch_for_no_pair() {
        use crate::document::lines::lines;
        let text = "Web Worker JavaScript\nService Worker JavaScript.\nيعمل Web Worker في الخلفية.";
        let ls = lines(text);
        let rows = &ls[..2];
        let pairs: Vec<Vec<u64>> = rows
            .iter()
            .map(|l| {
                let words: Vec<&str> = text[l.content].split(' ').collect();
                words.windows(2).map(|w| pair(w[0], w[1])).collect()
            })
            .collect();
        let p = Phrases::of(text);
        let outside = p.outside(text, rows, &pairs);
        assert_eq!(outside.written(pair("Web", "Worker")), (true, true));
        // Written only in the rows, one of which is a line of prose.
        assert_eq!(outside.written(pair("Service", "Worker")), (false, false));
        assert_eq!(
            outside.written(pair("Worker", "JavaScript")),
            (false, false)
        );
        assert_eq!(outside.written(pair("ليس", "هنا")), (false, false));
    }

    #[test]
    fn only_lines_within_reach_are_counted() {
        use crate::document::lines::lines;
        // Line contents start at bytes 0, 24, 48, 68 and 95; the table's
        // line ends at byte 67.
        let text = "سطر أول بعيد.\nسطر ثان قريب.\nالجدول هنا\nسطر ثالث قريب.\nسطر رابع بعيد.";
        let ls = lines(text);
        let p = Phrases::around(text, &ls, 2, 30);
        assert_eq!(p.counts(pair("ثان", "قريب.")).0, 1);
        assert_eq!(p.counts(pair("ثالث", "قريب.")).0, 1);
        assert_eq!(p.counts(pair("أول", "بعيد.")).0, 0);
        assert_eq!(p.counts(pair("رابع", "بعيد.")).0, 0);
        assert!(p.counted(&ls[2]));
        assert!(!p.counted(&ls[0]));
        // A line is counted whole, however short the reach.
        let q = Phrases::around(text, &ls, 0, 1);
        assert_eq!(q.counts(pair("سطر", "أول")).0, 1);
    }
}
