//! The search over column splits of single-space rows.

use super::delimited::space_runs;
use super::evidence::{boundary, qualifies, Pair};
use super::fitted::FITTED;
use super::phrases::{join, Phrases};
use super::weights::{Weights, W};
use super::words::*;
use crate::chars::{HEH, MEEM, WAW};
use crate::document::classify::ends_statement;
use crate::document::lexicon::{NEGATION, PARTICLES, RANGE_OPENERS, RANGE_STARTS};
use crate::document::lines::Line;
use crate::document::tally::{count, tally};
use crate::hash::word as word_hash;
use crate::Span;
use std::ops::RangeInclusive;

/// Most columns a single-space table may have: the widest tables in news,
/// statistics and settings pages (nine columns of yearly figures, or ten
/// bands of an equalizer preset, plus a label column), with one to spare.
pub(crate) const MAX_COLUMNS: usize = 12;
/// Longest single-space row, in words, that is still a table row: the longest
/// row of the dev corpus tables (a visa table of two long cells) has 31 words.
pub(crate) const MAX_ROW_WORDS: usize = 48;
/// Share of a column's cells that makes a shape or an ending dominant.
const DOMINANT_SHARE: f32 = 0.6;
/// Most shared leading words a pair of parallel cells is rewarded for: a
/// longer shared opening says no more (`يومي أو شهري أو …`).
const MAX_PARALLEL_WORDS: usize = 3;
/// Most words of a column name that opens like the next one
/// (`بطاقات الائتمان المضمنة`).
const LONGEST_ALIKE_NAME: usize = 3;
/// Words before `إلى` that are searched for the range's `من`.
const RANGE_WORDS: usize = 3;
/// Rounds of split-then-profile.
const ROUNDS: usize = 4;
/// Fewest other rows a column profile needs before it is trusted.
const MIN_PROFILE_ROWS: u32 = 2;

/// A row prepared for splitting.
struct Row<'a> {
    words: Vec<Word<'a>>,
    /// Boundary evidence after word `i`; `None` where no boundary may fall.
    evidence: Vec<Option<f32>>,
    /// Whether the row starts with an empty cell (a leading space).
    corner: bool,
    /// The table column of the row's first cell after the corner: 0, but
    /// further on for a piece of a row with empty cells (see
    /// [`infer_sparse`]).
    column: usize,
    /// Figures in the row: a number written in groups of digits, or a
    /// duration in two units, counts once.
    numbers: usize,
    /// Whether word `i` and the next are parts of one figure.
    joined: Vec<bool>,
    header: bool,
    /// In the header, the boundaries between Latin words side by side
    /// read as separate names (see [`latin_names`]).
    latin_names: usize,
}

impl Row<'_> {
    /// A hash of the text of words `a..b`, equal for equal word sequences.
    fn value(&self, a: usize, b: usize) -> u64 {
        self.words[a..b]
            .iter()
            .fold(0x9e37_79b9_7f4a_7c15, |h: u64, w| {
                (h.rotate_left(5) ^ w.hash).wrapping_mul(0x0100_0000_01b3)
            })
    }
}

/// What a column looks like in the current split of the body rows: sums
/// from which one row's own cell is taken out before it is compared (each
/// row is judged by the others).
#[derive(Debug, Default)]
struct Profile {
    /// Cells counted.
    n: u32,
    shapes: [u32; Shape::COUNT],
    sentence_ends: u32,
    /// Cells that hold a figure alone, without a unit or a word after it.
    lone_figures: u32,
    /// Cells that hold a grade alone, or a grade and its adverb.
    lone_grades: u32,
    /// Hashes of the cell values, sorted, with how often each occurs.
    values: Vec<(u64, u32)>,
    /// Hashes of the cells' first words, sorted, with their counts.
    firsts: Vec<(u64, u32)>,
}

/// A split of one row: the word index where each cell starts (after the
/// corner cell, if any).
type Cuts = Vec<usize>;

/// Splits single-space rows (`rows[0]` is the header) into the same number of
/// cells. Returns the cells of each row, or `None` when the rows do not make a
/// table of at least two columns.
///
/// The header's own count comes first: its names are cut wherever nothing
/// speaks against a boundary. A larger count wins when the rows split into
/// that many cells make value columns that agree down the table (see
/// [`column_agrees`]). Otherwise the header's count stands when the body
/// rows fit it (cut by the search, or, when the search's values agree on
/// nothing, peeled value by value from their ends if that leaves only
/// figures and answers, see [`values_closed`]); failing that, every other
/// count the rows allow is tried (the header split into that many names,
/// the body rows fitted to them) and the count whose header and rows
/// together score best wins.
///
/// A row whose cells are not all filled shows it by a run of spaces where
/// a cell is empty; such rows are fitted to the columns the other rows
/// give (see [`infer_sparse`]).
///
/// `phrases` holds the pairs of neighbouring words the article writes
/// (see [`Phrases`]).
pub(crate) fn infer(text: &str, rows: &[Line], phrases: &Phrases) -> Option<Vec<Vec<Span>>> {
    infer_with(&FITTED, text, rows, phrases)
}

/// [`infer`] under the weights `wt`.
pub(super) fn infer_with(
    wt: &Weights,
    text: &str,
    rows: &[Line],
    phrases: &Phrases,
) -> Option<Vec<Vec<Span>>> {
    if rows.iter().any(|line| line.delimited) {
        let gaps: Vec<Vec<Gap>> = rows.iter().map(|line| gaps(text, line).collect()).collect();
        if gaps.iter().any(|g| !g.is_empty()) {
            return infer_sparse(wt, text, rows, &gaps, phrases);
        }
    }
    let (prepared, cuts, k) = search(wt, text, rows, phrases, 0..=MAX_COLUMNS)?;
    Some(
        prepared
            .iter()
            .zip(&cuts)
            .map(|(row, c)| cells(row, c, k))
            .collect(),
    )
}

/// The search of [`infer`] over rows without empty cells: the prepared
/// rows, the word index where each cell of each row starts, and the column
/// count, taken from `counts`.
fn search<'a>(
    wt: &Weights,
    text: &'a str,
    rows: &[Line],
    phrases: &Phrases,
    counts: RangeInclusive<usize>,
) -> Option<(Vec<Row<'a>>, Vec<Cuts>, usize)> {
    let prepared = prepare_table(wt, text, rows, phrases)?;
    // No row can have more cells than words.
    let most = prepared
        .iter()
        .map(|r| r.words.len() + usize::from(r.corner))
        .min()?
        .min(*counts.end());
    // A header with an empty corner names at least two compared things.
    let fewest = if prepared[0].corner { 3 } else { 2 }.max(*counts.start());
    if most < fewest {
        return None;
    }
    // The header gives the column count: its names are cut wherever nothing
    // speaks against a boundary.
    let header = &prepared[0];
    let named = header_names(header);
    let mut k = named + usize::from(header.corner);
    // Rows of figures say it too: when every body row holds at least `q`
    // numbers (plus a label before the first), there are at least `q` cells
    // (`20 دقيقة 15 دقيقة 4 أشخاص` under `التحضير الطهي الحصة`). When every
    // row opens with the same word and a number, the number is the label's
    // (`عيار 24`, `عيار 21`): labels are keys, one word cannot be all of
    // each.
    let body = &prepared[1..];
    let numbered_labels = body.iter().all(|r| {
        r.words.len() > 1
            && r.words[0].shape != Shape::Number
            && r.words[0].hash == body[0].words[0].hash
            && r.words[1].shape == Shape::Number
    });
    let quantities = body
        .iter()
        .map(|r| {
            let numbers = r.numbers - usize::from(numbered_labels);
            numbers + usize::from(numbers > 0 && r.words[0].shape != Shape::Number)
        })
        .min()
        .unwrap_or(0);
    if quantities > k {
        k = quantities;
    }
    // A first line that holds figures with their units as every body row
    // does is a row itself, not a line of names (a table written without
    // a header, `طماطم بلدي 12 جنيه 15 جنيه`): its words say nothing of
    // the count that the quantities do not. The units must be the same
    // words on every line: figures followed by other words may be names
    // of their own (`الهلال 3 الدحيل 1`).
    let row_like = header.numbers > 0
        && !header.corner
        && figure_units(header).next().is_some()
        && body
            .iter()
            .all(|r| r.numbers == header.numbers && figure_units(r).eq(figure_units(header)));
    if row_like && quantities > 0 {
        k = quantities;
    }
    let named = k.clamp(fewest, most.max(fewest));
    // The count the header gives when its Latin words side by side are read
    // as one name: when it is lower, the header's count itself is one the
    // values must confirm.
    let plain = named.saturating_sub(header.latin_names).max(fewest);
    // Unless the values show more columns (below), the header's count is
    // kept when the rows fit it: its names are the best witness of the
    // columns. Otherwise every other count the rows allow is tried, and the
    // best-scoring wins, each column paying its price per body row.
    let body = (prepared.len() - 1) as f32;
    let mut scratch = Vec::new();
    let mut with = |k: usize| -> Option<(f32, Vec<Cuts>)> {
        let (head_score, head_cuts) =
            split_row(wt, &prepared[0], k, None, None, false, &mut scratch)?;
        let (score, cuts) = fit(wt, &prepared, k, head_cuts, &mut scratch)?;
        Some((
            score + head_score - wt[W::ColumnCost] * k as f32 * body,
            cuts,
        ))
    };
    // A count above the header's under which every value column agrees
    // down its rows (short cells of one type, or repeated values) wins: the
    // header may glue names together (`Flacbox Free Flacbox Premium`), the
    // values seldom lie. Where the header's count depends on reading Latin
    // words side by side as several names, that count is tried too. Each
    // count is tried, the largest first, on the rows
    // peeled from their ends value by value (cheap; when that fails, a
    // second time with units kept on their figures); only a count whose
    // peeled values agree is searched for the best split, which is kept if
    // its values agree too.
    let lowest = if plain < named { named } else { named + 1 };
    // Rows that open with ranks in sequence say where the labels start:
    // their columns are searched even when peeling the values from the
    // ends leaves a word of a long label as a value (`4 | المصري
    // البورسعيدي | 12 …`).
    let ranked = ranks(prepared[1..].iter().map(|r| r.words.as_slice()));
    let agreed = (lowest..=most).rev().find_map(|k| {
        // Units kept on their figures must not leave the label's own number
        // as a column of values (`عيار | 24 | 4 120 جنيه`).
        let peeled = peel_where(wt, &prepared, k, !numbered_labels, |p| {
            !splits_qualifier(header, &p[0]) && values_agree(&prepared, p, k)
        });
        if peeled.is_none() && !ranked {
            return None;
        }
        match with(k) {
            Some((_, cuts))
                if values_agree(&prepared, &cuts, k)
                    && (peeled.is_some() || !splits_qualifier(header, &cuts[0])) =>
            {
                Some((cuts, k))
            }
            _ => peeled.map(|p| (p, k)),
        }
    });
    let best = match agreed {
        Some(found) => Some(found),
        None => match with(named) {
            // The search's split at the header's count, unless its values
            // agree on nothing while the rows peeled value by value hold
            // only figures and answers (see [`values_closed`]).
            Some((_, cuts)) if !values_agree(&prepared, &cuts, named) => {
                let peeled = peel_where(wt, &prepared, named, !numbered_labels, |p| {
                    values_closed(&prepared, p, named)
                });
                Some((peeled.unwrap_or(cuts), named))
            }
            Some((_, cuts)) => Some((cuts, named)),
            None => (fewest..=most.max(fewest))
                .filter(|&k| k != named)
                .filter_map(|k| with(k).map(|(total, cuts)| (total, cuts, k)))
                .fold(None, |top: Option<(f32, Vec<Cuts>, usize)>, c| match top {
                    Some(t) if t.0 >= c.0 => Some(t),
                    _ => Some(c),
                })
                .map(|(_, cuts, k)| (cuts, k)),
        },
    };
    let (cuts, k) = best?;
    Some((prepared, cuts, k))
}

/// The hashes of the Arabic words right after the figures of `row`, in
/// order: the units its quantities are given in (`جنيه` in `12 جنيه`).
fn figure_units<'r>(row: &'r Row) -> impl Iterator<Item = u64> + 'r {
    row.words
        .windows(2)
        .filter(|w| w[0].shape == Shape::Number && w[1].shape == Shape::Arabic)
        .map(|w| w[1].hash)
}

/// A run of two spaces or more inside a single-space row. The row's cells
/// are joined by single spaces, so `n` spaces in a row stand for `n - 1`
/// empty cells between the words around them (`RHEL    [x]`: three empty
/// cells between the label and the last column's mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Gap {
    /// Where the run of spaces starts in the text.
    start: usize,
    /// Where it ends.
    end: usize,
}

impl Gap {
    /// The empty cells the run of spaces holds.
    fn empties(self) -> usize {
        self.end - self.start - 1
    }
}

/// The runs of two spaces or more inside line `line` (none unless the line
/// pass found one).
fn gaps<'t>(text: &'t str, line: &Line) -> impl Iterator<Item = Gap> + 't {
    let content = if line.delimited {
        &text[line.content]
    } else {
        ""
    };
    let at = line.content.start;
    space_runs(content).map(move |(start, end)| Gap {
        start: at + start,
        end: at + end,
    })
}

/// The empty cells that the runs of spaces inside line `line` hold (see
/// [`Gap`]): a row with empty cells has fewer words than the table has
/// columns.
pub(crate) fn empty_cells(text: &str, line: &Line) -> usize {
    gaps(text, line).map(Gap::empties).sum()
}

/// [`infer`] on rows some of which hold empty cells: runs of spaces inside
/// them (see [`Gap`]), or, once a row shows that the table writes them so,
/// fewer words than the table has columns (trailing empty cells leave no
/// trace on a line).
///
/// The rows with neither (the header among them) are searched as [`infer`]
/// does, for as many columns at least as a row with runs of spaces holds
/// cells at the fewest (a cell per piece between the runs, plus the empty
/// ones). Each other row is then fitted to those columns: its empty cells
/// stand where its runs of spaces do, each piece between them is split as
/// the search splits a row, judged against the columns it falls in, and
/// the cells the words cannot fill are empty at the end.
fn infer_sparse(
    wt: &Weights,
    text: &str,
    rows: &[Line],
    gaps: &[Vec<Gap>],
    phrases: &Phrases,
) -> Option<Vec<Vec<Span>>> {
    let margin = margin(rows);
    let least = rows
        .iter()
        .zip(gaps)
        .filter(|(_, g)| !g.is_empty())
        .map(|(line, g)| {
            usize::from(line.indent > margin)
                + g.len()
                + 1
                + g.iter().map(|gap| gap.empties()).sum::<usize>()
        })
        .max()?;
    let full: Vec<usize> = (0..rows.len())
        .filter(|&r| {
            gaps[r].is_empty()
                && rows[r].words as usize + usize::from(rows[r].indent > margin) >= least
        })
        .collect();
    if full.first() != Some(&0) || full.len() < 2 {
        return None;
    }
    let lines: Vec<Line> = full.iter().map(|&r| rows[r]).collect();
    let mut scratch = Vec::new();
    // When the other rows cannot fit the columns found, fewer are searched
    // for: the header may have been cut too finely (`1.5 حصان`).
    let mut most = MAX_COLUMNS;
    'counts: while most >= least {
        let (prepared, cuts, k) = search(wt, text, &lines, phrases, least..=most)?;
        let profiles = profiles(&prepared, &cuts, k);
        let mut out = vec![Vec::new(); rows.len()];
        for ((&r, row), c) in full.iter().zip(&prepared).zip(&cuts) {
            out[r] = cells(row, c, k);
        }
        for r in 0..rows.len() {
            if out[r].is_empty() {
                let fitted = fit_sparse(
                    wt,
                    text,
                    (rows[0], rows[r], rows[r].indent > margin),
                    &gaps[r],
                    (k, &profiles),
                    phrases,
                    &mut scratch,
                );
                let Some(cells) = fitted else {
                    most = k - 1;
                    continue 'counts;
                };
                out[r] = cells;
            }
        }
        return Some(out);
    }
    None
}

/// The `k` cells of the body row `line` (under `header`, opening with an
/// empty corner cell when `corner` says so) with empty cells: empty where
/// its runs of spaces `gaps` stand, the pieces between the runs split into
/// as many of the other cells as they can hold (as the columns' `profiles`
/// fit them best), and the cells left over empty at the end. `None` when
/// the pieces cannot fit.
fn fit_sparse(
    wt: &Weights,
    text: &str,
    (header, line, corner): (Line, Line, bool),
    gaps: &[Gap],
    (k, profiles): (usize, &[Profile]),
    phrases: &Phrases,
    scratch: &mut Vec<(f32, u32)>,
) -> Option<Vec<Span>> {
    let content = line.content;
    let mut bounds = Vec::with_capacity(gaps.len() + 1);
    let mut at = content.start;
    for gap in gaps {
        bounds.push(Span::new(at, gap.start));
        at = gap.end;
    }
    bounds.push(Span::new(at, content.end));
    let mut lines = Vec::with_capacity(bounds.len() + 1);
    lines.push(header);
    for &span in &bounds {
        lines.push(Line {
            span,
            content: span,
            indent: 0,
            words: 0,
            delimited: false,
        });
    }
    let mut pieces = prepare(wt, text, &lines, phrases, false)?;
    pieces.remove(0);
    let first = usize::from(corner);
    let empties: usize = gaps.iter().map(|g| g.empties()).sum();
    let free = k.checked_sub(first + empties)?;
    let words: usize = pieces.iter().map(|p| p.words.len()).sum();
    if pieces.len() > free {
        return None;
    }
    let most = free.min(words);
    // best[i][c]: the best score of pieces 0..i holding c cells, and the
    // cells of piece i - 1 in it.
    let m = pieces.len();
    let mut best = vec![vec![(f32::NEG_INFINITY, 0usize); most + 1]; m + 1];
    best[0][0].0 = 0.0;
    let mut splits = vec![vec![None; most + 1]; m];
    for i in 0..m {
        let before: usize = gaps[..i].iter().map(|g| g.empties()).sum();
        for used in 0..=most {
            let (prev, _) = best[i][used];
            if prev == f32::NEG_INFINITY {
                continue;
            }
            let Some(room) = most.checked_sub(used + m - i - 1) else {
                continue;
            };
            for c in 1..=pieces[i].words.len().min(room) {
                pieces[i].column = first + used + before;
                let Some((score, cuts)) = split_row(
                    wt,
                    &pieces[i],
                    pieces[i].column + c,
                    Some(profiles),
                    None,
                    false,
                    scratch,
                ) else {
                    continue;
                };
                if prev + score > best[i + 1][used + c].0 {
                    best[i + 1][used + c] = (prev + score, c);
                    splits[i][used + c] = Some(cuts);
                }
            }
        }
    }
    // As many cells as the pieces can hold: a name that no cut may split
    // (`آي أو إس`) leaves more empty cells at the end.
    let filled = (m..=most)
        .rev()
        .find(|&c| best[m][c].0 > f32::NEG_INFINITY)?;
    // The cells each piece holds, from the last piece back.
    let mut counts = vec![0; m];
    let mut used = filled;
    for i in (0..m).rev() {
        counts[i] = best[i + 1][used].1;
        used -= counts[i];
    }
    let mut out = Vec::with_capacity(k);
    if first == 1 {
        out.push(Span::new(line.span.start, line.span.start));
    }
    let mut used = 0;
    for (i, piece) in pieces.iter().enumerate() {
        used += counts[i];
        let cuts = splits[i][used].as_ref()?;
        let n = piece.words.len();
        for (j, &a) in cuts.iter().enumerate() {
            let b = cuts.get(j + 1).copied().unwrap_or(n);
            out.push(Span::new(
                piece.words[a].span.start,
                piece.words[b - 1].span.end,
            ));
        }
        if let Some(gap) = gaps.get(i) {
            out.extend((0..gap.empties()).map(|_| Span::new(gap.start, gap.start)));
        }
    }
    out.resize(k, Span::new(content.end, content.end));
    Some(out)
}

/// The indentation every row of a table shares. A row indented beyond it
/// opens with an empty corner cell; indentation that every row shares is
/// the text's own (verse, text pasted from a page layout).
fn margin(rows: &[Line]) -> usize {
    rows.iter().map(|line| line.indent).min().unwrap_or(0)
}

/// The rows of a table prepared for the search, their digit groups read
/// as numbers written in groups when that gives the rows as many values as
/// the header names columns (see [`header_counts_groups`]).
fn prepare_table<'a>(
    wt: &Weights,
    text: &'a str,
    rows: &[Line],
    phrases: &Phrases,
) -> Option<Vec<Row<'a>>> {
    let prepared = prepare(wt, text, rows, phrases, false)?;
    if header_counts_groups(&prepared) {
        return prepare(wt, text, rows, phrases, true);
    }
    Some(prepared)
}

/// The rows prepared for the search: their words and the boundary
/// evidence between them, digit groups read as numbers written in groups
/// when `in_groups` says the table writes them so. `None` when a row is
/// empty or too long.
fn prepare<'a>(
    wt: &Weights,
    text: &'a str,
    rows: &[Line],
    phrases: &Phrases,
    in_groups: bool,
) -> Option<Vec<Row<'a>>> {
    if rows.len() < 2 {
        return None;
    }
    let margin = margin(rows);
    let mut split = Vec::with_capacity(rows.len());
    for line in rows {
        let words: Vec<Word> = split_words(text, line.content)
            .into_iter()
            .map(|s| word(text, s))
            .collect();
        if words.is_empty() || words.len() > MAX_ROW_WORDS {
            return None;
        }
        split.push(words);
    }
    // The pairs of neighbouring words the article writes outside these
    // rows: the rows' own pairs are taken out of its counts.
    let pairs: Vec<Vec<u64>> = split
        .iter()
        .map(|words| {
            words
                .windows(2)
                .map(|w| join(w[0].hash, w[1].hash))
                .collect()
        })
        .collect();
    let outside = phrases.outside(text, rows, &pairs);
    let ranked = ranks(split.iter().skip(1).map(Vec::as_slice));
    let mut prepared = Vec::with_capacity(rows.len());
    for (i, ((line, words), pairs)) in rows.iter().zip(split).zip(&pairs).enumerate() {
        let head = bare(words[0].text);
        let open = open_after(&words);
        // Words that make one figure: the digit groups of a number and a
        // duration in two units.
        let mut joined = thousands_groups(&words, i == 0, in_groups);
        for (j, joins) in joined.iter_mut().enumerate() {
            *joins |= in_duration(&words, j);
        }
        let (names, alike, variants) = if i == 0 {
            (
                latin_names(&words),
                alike_openings(&words),
                numbered_variants(&words),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let evidence = (0..words.len() - 1)
            .map(|j| {
                if open[j] || joined[j] {
                    return None;
                }
                if names.get(j) == Some(&true) {
                    return Some(wt[W::HeaderLatinNames]);
                }
                let before = j.checked_sub(1).map(|b| &words[b]);
                let range = RANGE_OPENERS.contains(&words[j + 1].text)
                    && words[j.saturating_sub(RANGE_WORDS - 1)..=j]
                        .iter()
                        .any(|w| RANGE_STARTS.contains(&w.text));
                // `غير` between two definite words negates an adjective
                // (`الباقة غير المحدودة`): the phrase qualifies the noun.
                let negated_adjective = words[j].definite
                    && words[j + 1].text == NEGATION
                    && words.get(j + 2).is_some_and(|w| w.definite);
                // Names that open with the same word: a cut before the word
                // that comes back, none inside a name.
                let opening = match alike.get(j) {
                    Some(Some(true)) => wt[W::HeaderDefinitePair],
                    Some(Some(false)) => wt[W::Adjective],
                    _ => 0.0,
                };
                let phrase = match outside.written(pairs[j]) {
                    (_, true) => wt[W::PhraseInProse],
                    (true, false) => wt[W::PhraseInArticle],
                    _ => 0.0,
                };
                let pair = Pair {
                    before,
                    a: &words[j],
                    b: &words[j + 1],
                    after: words.get(j + 2),
                    a_is_rank: ranked && i > 0 && j == 0,
                    before_is_rank: ranked && i > 0 && j == 1,
                    names_variant: variants.get(j) == Some(&true),
                    closes_range: range,
                };
                boundary(wt, pair, head, i == 0).map(|e| {
                    e + opening
                        + phrase
                        + if negated_adjective {
                            wt[W::Adjective]
                        } else {
                            0.0
                        }
                })
            })
            .collect();
        prepared.push(Row {
            numbers: figures(&words, &joined),
            joined,
            words,
            evidence,
            corner: line.indent > margin,
            column: 0,
            header: i == 0,
            latin_names: names.iter().filter(|&&n| n).count(),
        });
    }
    join_extra_groups(&mut prepared);
    Some(prepared)
}

/// Most words in a cell of a column that [`columns_agree`] calls typed.
const TYPED_CELL_WORDS: usize = 3;
/// Share of a column's cells that must open with the same non-Arabic shape
/// (a number, a Latin name, a symbol) for the column to be typed.
const TYPED_SHARE: f32 = 0.8;

/// Most words of a row for a column of cells that each hold a figure to
/// agree (see [`columns_agree`]): rows of a spec sheet are short; lines of
/// prose that each cite a figure are not.
const MAX_FIGURED_ROW_WORDS: usize = 12;
/// Most words of each cell of such a column.
const MAX_FIGURED_CELL_WORDS: usize = 8;

/// Whether the body rows of an inferred table (`rows[0]` is the header)
/// agree down some value column as [`column_agrees`] says, or half of them
/// at least hold the same value in two neighbouring value columns (`الذاكرة
/// الذاكرة`, `لا توجد لا توجد` in a comparison), or most rows open with a
/// person's given name (a column of people) or hold a date, a year or a
/// time of day alone in their first cell (a schedule, a timeline), or the
/// rows open with ranks in sequence (`1`, `2`, `3`; `الأولى`, `الثانية`),
/// as table columns do and prose cut at random does not. `long_figures`
/// lets a value cell that opens with a figure go on with a comment on it
/// (see [`column_agrees`]), and a column of short cells that each hold a
/// figure somewhere agree.
pub(crate) fn columns_agree(text: &str, rows: &[Vec<Span>], long_figures: bool) -> bool {
    let body = &rows[1.min(rows.len())..];
    let width = rows.first().map_or(0, Vec::len);
    let same_across = |c: usize| {
        let same = body
            .iter()
            .filter(|r| match (r.get(c), r.get(c + 1)) {
                (Some(&a), Some(&b)) => !a.is_empty() && text[a] == text[b],
                _ => false,
            })
            .count();
        2 * same >= body.len()
    };
    // Whether most rows' first cells pass `test`.
    let most_first_cells = |test: &dyn Fn(&str) -> bool| {
        let passing = body
            .iter()
            .filter(|r| r.first().is_some_and(|&c| test(&text[c])))
            .count();
        passing as f32 >= TYPED_SHARE * body.len() as f32
    };
    // A first column of people's names (`خالد منصور`, `سارة عبد الله`), or
    // of dates, years or times alone (`05/09/2026`, `789 م`, `10:30`):
    // lines of prose seldom each open with a given name, or are cut after
    // a date.
    let people = || most_first_cells(&|t| first_word(t).is_some_and(is_given_name));
    let dated = || most_first_cells(&|t| is_date_cell(t));
    // Rows that open with ranks in sequence, in figures or in ordinal words
    // (`1 أحمد محمود …`, `2 …`; `الأولى …`, `الثانية …`).
    let ranked = || {
        let rank = |r: &Vec<Span>| {
            let first = first_word(&text[*r.first()?])?;
            whole_number(first, 3)
                .map(|(n, _)| n)
                .or_else(|| ordinal_rank(first))
        };
        in_sequence(body.iter().map(rank))
    };
    // With `long_figures`, a value column whose every cell holds a figure
    // somewhere, in short rows (a spec sheet: `الشاشة | 6.7 بوصة بدقة
    // عالية`, `المعالج | ثماني النواة بتقنية 3 نانومتر`, `نظام التشغيل |
    // أندرويد 15`).
    let words = |s: Span| text[s].split(' ').count();
    let figured = || {
        long_figures
            && body
                .iter()
                .all(|r| r.iter().map(|&s| words(s)).sum::<usize>() <= MAX_FIGURED_ROW_WORDS)
            && (1..width).any(|c| {
                body.iter().all(|r| {
                    r.get(c).is_some_and(|&s| {
                        holds_figure(&text[s]) && words(s) <= MAX_FIGURED_CELL_WORDS
                    })
                })
            })
    };
    body.len() >= 2
        && (people()
            || dated()
            || ranked()
            || (1..width.saturating_sub(1)).any(same_across)
            || (1..width).any(|c| {
                column_agrees(
                    body.iter().map(|r| {
                        let t = &text[*r.get(c)?];
                        let first = first_word(t)?;
                        let words = t.split(' ').count();
                        let mut before = text[r[c - 1]].rsplit(' ');
                        let last = before.next();
                        // A scale word carries its number on (`45 ألف | جنيه`).
                        let after_number = last.is_some_and(|w| shape(w) == Shape::Number)
                            || (last.is_some_and(is_scale)
                                && before.next().is_some_and(|w| shape(w) == Shape::Number));
                        Some(Cell {
                            words,
                            shape: shape(first),
                            value: word_hash(t.as_bytes()),
                            comma: t.ends_with(crate::chars::is_comma_or_semicolon),
                            ends: ends_sentence(t),
                            unit: words == 1 && after_number && is_unit_like(first),
                            closed: is_closed_value(first),
                        })
                    }),
                    long_figures,
                )
            })
            || figured())
}

/// Fewest cells of a last row that must break their column's shape for the
/// row to be foreign to its table: one may be an exception (`لن تتحقق قبل
/// 2031` under figures).
const MIN_FOREIGN_CELLS: usize = 2;

/// Evidence at or below which a cut tears a phrase apart: a construct
/// noun from its genitive, an adjective from its noun.
const TORN: f32 = -2.0;

/// How many of the last body rows of an inferred table (`rows[0]` is the
/// header, cut from `lines`), `most` at most, are foreign to it: the fewest
/// last rows that are each foreign, judged against the body rows before
/// them, or 0. A row is foreign when in half or more of the value columns
/// whose other rows agree on a number, Latin or symbol shape or on a closed
/// set of repeated values (`نعم`, `لا`, `غير محدود`), and in two at least,
/// its cell has another shape or value (`ويرجع الارتفاع إلى صعود الأوقية
/// عالمياً.` under rows of prices), or in one such column when the row ends
/// a statement and no other body row does (`وتستأنف المنافسات الأسبوع
/// المقبل.` under two columns of figures); last rows are foreign too when
/// only they are cut into the table's cells by tearing a phrase apart (the
/// heading after the table, `أنماط | العرض | لتطبيقات الويب`), which is
/// asked only when `headings_run_on` (no blank line keeps the heading
/// after a table out of its run). Two other body rows at least must show
/// what the rows are like.
pub(crate) fn foreign_tail(
    text: &str,
    lines: &[Line],
    rows: &[Vec<Span>],
    most: usize,
    headings_run_on: bool,
    phrases: &Phrases,
) -> usize {
    if lines.len() != rows.len() {
        return 0;
    }
    let body = rows.len().saturating_sub(1);
    let most = most.min(body.saturating_sub(2));
    // The rows' words and boundary evidence, read once for all tails.
    let prepared = if headings_run_on && most > 0 {
        prepare_table(&FITTED, text, lines, phrases)
    } else {
        None
    };
    let torn = |r: usize| {
        prepared
            .as_ref()
            .is_some_and(|p| weakest_cut(&p[r], &rows[r]) <= TORN)
    };
    (1..=most)
        .find(|&tail| {
            let first_tail = rows.len() - tail;
            let only_tail_torn = prepared.is_some()
                && (first_tail..rows.len()).all(torn)
                && !(1..first_tail).any(torn);
            // A statement under rows that state nothing needs only one
            // broken column to be the prose after the table.
            let states = |r: usize| ends_statement(&text[lines[r].content]);
            let stating = (1..first_tail).any(states);
            // A statement that opens with `و` under rows that state nothing
            // goes on with the article (`وكلف المجلس الوزارات …`).
            let goes_on = |r: usize| {
                !stating
                    && states(r)
                    && first_word(&text[lines[r].content]).is_some_and(opens_with_wa)
            };
            only_tail_torn
                || (first_tail..rows.len()).all(goes_on)
                || (first_tail..rows.len()).all(|r| {
                    let least = if !stating && states(r) {
                        1
                    } else {
                        MIN_FOREIGN_CELLS
                    };
                    breaks_columns(text, &rows[1..first_tail], &rows[r], least)
                })
        })
        .unwrap_or(0)
}

/// Whether the Arabic word `t` may open with the conjunction `و`: a `و`
/// and two letters or more after it, no article (`وكلف`, `وأضاف`, `ومن`).
/// A word whose root opens with `و` passes too (`وزارة`, `وقت`); the
/// statement a row must end for this to count keeps that rare.
fn opens_with_wa(t: &str) -> bool {
    t.strip_prefix(WAW)
        .is_some_and(|rest| rest.chars().count() >= 2 && !has_article(t))
}

/// Whether `row` breaks the value columns the rows `others` agree on (see
/// [`foreign_tail`]).
fn breaks_columns(text: &str, others: &[Vec<Span>], row: &[Span], least: usize) -> bool {
    let first_shape = |row: &[Span], c: usize| {
        row.get(c)
            .and_then(|&span| first_word(&text[span]))
            .map(shape)
    };
    let cell = |row: &[Span], c: usize| row.get(c).map_or("", |&span| &text[span]);
    let width = row.len();
    // A row whose values are all alike (`مطبقة | مطبقة`) compares as the
    // rows of a comparison do.
    let alike = (2..width).all(|c| cell(row, c) == cell(row, 1));
    let (mut typed, mut broken, mut sure) = (0, 0, 0);
    for c in 1..width {
        let mut shapes = [0u32; Shape::COUNT];
        for other in others {
            if let Some(s) = first_shape(other, c) {
                shapes[s.index()] += 1;
            }
        }
        let column = [Shape::Number, Shape::Latin, Shape::Symbol]
            .into_iter()
            .find(|s| shapes[s.index()] as f32 >= TYPED_SHARE * others.len() as f32);
        if let Some(column) = column {
            typed += 1;
            let breaks = first_shape(row, c) != Some(column);
            broken += usize::from(breaks);
            sure += usize::from(breaks);
            continue;
        }
        if alike {
            continue;
        }
        // A column of a few values, each repeated (`نعم`, `لا`, `غير
        // محدود`): a value none of the other rows holds breaks it; in one
        // where most values repeat, it is a sign, not a proof.
        let mut values: Vec<(u64, u32)> = others
            .iter()
            .map(|r| (word_hash(cell(r, c).as_bytes()), 1))
            .collect();
        tally(&mut values);
        let repeats: u32 = values.iter().filter(|v| v.1 > 1).map(|v| v.1).sum();
        let rows = others.len();
        // A grade is no stranger among grades (`منخفض جداً` under `منخفض`,
        // `مرتفع جداً`).
        let closed = |t: &str| first_word(t).is_some_and(is_closed_value);
        let among_grades = closed(cell(row, c)) && others.iter().all(|r| closed(cell(r, c)));
        let unseen = count(&values, word_hash(cell(row, c).as_bytes())) == 0 && !among_grades;
        if repeats as usize == rows && rows >= MIN_CLOSED_ROWS {
            typed += 1;
            broken += usize::from(unseen);
            sure += usize::from(unseen);
        } else if repeats as f32 >= TYPED_SHARE * rows as f32 {
            broken += usize::from(unseen);
        }
    }
    sure > 0 && broken >= least && 2 * broken >= typed
}

/// Fewest other rows that show a column's values to be a closed set.
const MIN_CLOSED_ROWS: usize = 4;

/// Whether a boundary between the header cells `cells` tears an Arabic
/// construct apart: an indefinite noun and the definite noun it is annexed
/// to (`لغات | البرمجة`, `خصائص | الحقل`), or a definite noun and a nisba
/// or participle that agrees with it (`المؤشرات | الرئيسية`, `الرحلات |
/// المتأخرة`). A column's name is a whole phrase; a line so cut is the
/// heading over a table, not its header. Words that may be participles
/// (`مطلوبة`, opening with `م`) or carry a pronoun (`يفعله`) head no
/// construct here.
pub(crate) fn tears_construct(text: &str, cells: &[Span]) -> bool {
    let edge = |span: Span, last: bool| {
        let words = split_words(text, span);
        let at = if last { words.last() } else { words.first() };
        at.map(|&w| word(text, w))
    };
    let head = |w: &Word| {
        w.shape == Shape::Arabic
            && !w.definite
            && !w.place
            && !w.adjective
            && !w.particle
            && !w.conjunction
            && !w.complement
            && w.text.chars().count() >= 3
            && !w.text.starts_with(MEEM)
            && !w.text.ends_with(HEH)
    };
    cells
        .iter()
        .filter(|c| !c.is_empty())
        .zip(cells.iter().filter(|c| !c.is_empty()).skip(1))
        .any(|(&a, &b)| {
            let (Some(a), Some(b)) = (edge(a, true), edge(b, false)) else {
                return false;
            };
            let adjective =
                a.shape == Shape::Arabic && a.definite && b.definite && qualifies(&a, &b, true);
            (head(&a) && b.shape == Shape::Arabic && b.definite) || adjective
        })
}

/// The weakest boundary evidence at the cuts of the prepared body row
/// `row` into the cells `cells` (spans of its words).
fn weakest_cut(row: &Row, cells: &[Span]) -> f32 {
    cells
        .iter()
        .filter(|c| !c.is_empty())
        .filter_map(|c| row.words.iter().position(|w| w.span.start == c.start))
        .filter(|&w| w > 0)
        .map(|w| row.evidence[w - 1].unwrap_or(f32::NEG_INFINITY))
        .fold(f32::INFINITY, f32::min)
}

/// The first space-separated word of a cell's text, if it has one.
fn first_word(t: &str) -> Option<&str> {
    t.split(' ').next().filter(|w| !w.is_empty())
}

/// Whether the header split at `cuts` parts a name from its bracketed
/// qualifier (`الإيرادات | (مليون جنيه)`): no count of columns that the
/// values show takes such a split.
fn splits_qualifier(header: &Row, cuts: &Cuts) -> bool {
    cuts.iter().skip(1).any(|&c| {
        header
            .words
            .get(c)
            .is_some_and(|w| w.text.starts_with(['(', '[']))
    })
}

/// The header split into `k` names, and each body row [`peeled`] into `k`
/// cells: as short as the evidence allows, and, when `keep_units` and that
/// differs, with every unit kept on its figure. `None` when a row has too
/// few words.
fn peel_all(
    wt: &Weights,
    rows: &[Row],
    k: usize,
    keep_units: bool,
) -> Option<(Vec<Cuts>, Option<Vec<Cuts>>)> {
    let mut short = Vec::with_capacity(rows.len());
    for row in &rows[1..] {
        short.push(peeled(row, k, false)?);
    }
    let kept: Option<Vec<Cuts>> = keep_units
        .then(|| rows[1..].iter().map(|row| peeled(row, k, true)).collect())
        .flatten();
    let kept = kept.filter(|kept| *kept != short);
    let (_, head) = split_row(wt, &rows[0], k, None, None, false, &mut Vec::new())?;
    let kept = kept.map(|mut kept| {
        kept.insert(0, head.clone());
        kept
    });
    short.insert(0, head);
    Some((short, kept))
}

/// The rows [`peel_all`]ed into `k` cells, as short as the evidence allows
/// or else with units kept on their figures, whichever comes first to
/// satisfy `ok`.
fn peel_where(
    wt: &Weights,
    rows: &[Row],
    k: usize,
    keep_units: bool,
    ok: impl Fn(&Vec<Cuts>) -> bool,
) -> Option<Vec<Cuts>> {
    let (short, kept) = peel_all(wt, rows, k, keep_units)?;
    Some(short).filter(&ok).or_else(|| kept.filter(&ok))
}

/// Evidence under which two words are one value when a row is peeled.
const GLUED: f32 = -2.0;

/// The split of a body row into `k` cells whose value cells (all but the
/// first) are as short as the evidence allows, taken from the end: the
/// label gets the rest (`تجربة موسيقى خالية من الإعلانات | لا | نعم`).
/// With `units`, every unit stays with the figure before it (`980 دولار`),
/// not only units of time: the second try, for rows whose figures carry
/// units, where peeling each unit off as a value of its own makes a column
/// of units that agrees with nothing.
fn peeled(row: &Row, k: usize, units: bool) -> Option<Cuts> {
    if row.corner {
        return None;
    }
    let mut cuts = vec![0; k];
    let mut end = row.words.len();
    for j in (1..k).rev() {
        let mut start = end.checked_sub(1)?;
        // A unit of time stays with its number (`59 | يوماً` is no value),
        // and with `units` any unit does.
        let glued = |at: usize| {
            let w = &row.words[at];
            let figure = &row.words[at - 1];
            row.evidence[at - 1].map_or(true, |e| e < GLUED)
                || ((figure.shape == Shape::Number || figure.number_word)
                    && (time_unit(w).is_some()
                        || (units && is_unit_like(w.text) && !w.answer && !w.change)))
        };
        while start > 0 && glued(start) {
            start -= 1;
        }
        if start == 0 {
            return None;
        }
        cuts[j] = start;
        end = start;
    }
    Some(cuts)
}

/// Whether every value column (all but the first, or all but the first two
/// when the first holds ranks) of the body rows split at `cuts` agrees
/// down its rows as [`column_agrees`] says.
fn values_agree(rows: &[Row], cuts: &[Cuts], k: usize) -> bool {
    let body = &rows[1..];
    let agrees = |j: usize| {
        let cells = body.iter().zip(&cuts[1..]).map(|(row, c)| {
            let (a, b) = cell_ranges(row, c, k).nth(j).unwrap_or((0, 0));
            (a < b).then(|| Cell {
                // A figure in several words counts as one.
                words: b - a - row.joined[a..b - 1].iter().filter(|&&j| j).count(),
                shape: row.words[a].shape,
                value: row.value(a, b),
                comma: row.words[b - 1].comma,
                ends: row.words[b - 1].sentence_end,
                unit: cut_unit(&row.words, a, b),
                // A column of grades says a run is a table, not how many
                // columns it has: grades after a cut unit agree as well
                // (`360 كيلوواط | ساعة | مرتفع جداً`).
                closed: false,
            })
        });
        column_agrees(cells, false)
    };
    // The labels are most often the first column; when every row opens
    // with a number alone (a rank), the labels may stand second (`1 الهلال
    // 10 8 2 0 26`).
    let ranked = || {
        body.iter().zip(&cuts[1..]).all(|(row, c)| {
            !row.corner && c.get(1) == Some(&1) && row.words[0].shape == Shape::Number
        })
    };
    body.len() >= 2 && k >= 2 && ((1..k).all(agrees) || (k >= 3 && ranked() && (2..k).all(agrees)))
}

/// Whether the value cells of the body rows split at `cuts` hold only
/// figures and answers: each is short, ends in no comma, and opens with a
/// number or says what another value cell of the table says (`نعم`, `لا`,
/// `غير محدود`, `نعم (محدود)`), so that the values make a closed set
/// across the columns, as a comparison of plans does. A unit cut from its
/// figure (`99 | جنيهاً`) is no such answer, however often it comes.
fn values_closed(rows: &[Row], cuts: &[Cuts], k: usize) -> bool {
    let body = &rows[1..];
    let mut counts = Vec::new();
    for (row, c) in body.iter().zip(&cuts[1..]) {
        for (a, b) in cell_ranges(row, c, k).skip(1) {
            if a >= b || b - a > TYPED_CELL_WORDS || row.words[b - 1].comma {
                return false;
            }
            counts.push((row.value(a, b), 1));
        }
    }
    tally(&mut counts);
    body.len() >= 2
        && k >= 2
        && body.iter().zip(&cuts[1..]).all(|(row, c)| {
            cell_ranges(row, c, k).skip(1).all(|(a, b)| {
                row.words[a].shape == Shape::Number
                    || (count(&counts, row.value(a, b)) > 1 && !cut_unit(&row.words, a, b))
            })
        })
}

/// A cell as [`column_agrees`] sees it.
struct Cell {
    words: usize,
    shape: Shape,
    value: u64,
    /// Ends in a comma: a list that goes on in the next cell.
    comma: bool,
    /// One word that may be the unit of the number before it.
    unit: bool,
    /// Opens with a grade or an answer (`عالية جداً`, `ممتاز`, `نعم`): a
    /// value from a closed set, as a column of such values holds.
    closed: bool,
    /// Ends a sentence.
    ends: bool,
}

/// Whether the words `a..b` are the unit of the number just before them,
/// cut from it: a word that may be a unit (see [`is_unit_like`]), after
/// the number or its scale word (`3.8 | ريال`, `3.8 مليار | ريال`), or a
/// scale word and a unit after the number (`3.8 | مليار ريال`).
fn cut_unit(words: &[Word], a: usize, b: usize) -> bool {
    let number = |i: usize| words.get(i).is_some_and(|w| w.shape == Shape::Number);
    let after_number = a > 0 && (number(a - 1) || (words[a - 1].scale && a > 1 && number(a - 2)));
    match b - a {
        1 => after_number && is_unit_like(words[a].text),
        2 => a > 0 && number(a - 1) && words[a].scale && is_unit_like(words[a + 1].text),
        _ => false,
    }
}

/// Whether a word after a number may be its unit: an Arabic word without
/// the article (`يوماً`, `كغ`, `ريال`; `4.5 الصيف` is two values) or a
/// short Latin symbol (`MB`, `km`).
fn is_unit_like(t: &str) -> bool {
    match shape(t) {
        Shape::Arabic => !has_article(t),
        Shape::Latin => t.chars().count() <= 3,
        _ => false,
    }
}

/// Whether the ranks of three rows or more are all there, each one above
/// the rank before it.
fn in_sequence(ranks: impl Iterator<Item = Option<u32>>) -> bool {
    ranks
        .collect::<Option<Vec<u32>>>()
        .is_some_and(|r| r.len() >= 3 && r.windows(2).all(|w| w[1] == w[0] + 1))
}

/// Whether the body rows, given by their words, open with ranks: three
/// rows or more, each opening with a whole number one above the row's
/// before it (`1 يوسف محمد …`, `2 مريم أحمد …`). Unlike the test in
/// [`values_agree`], which asks whether a split leaves a lone number first,
/// this one asks the words alone, before any split.
fn ranks<'w, 'a: 'w>(body: impl Iterator<Item = &'w [Word<'a>]>) -> bool {
    in_sequence(body.map(|words| Some(whole_number(words.first()?.text, 3)?.0)))
}

/// Whether the cells of a value column agree as table columns do and prose
/// cut at random does not: every cell is there, short and not ended by a
/// comma, and either most open with the same number, Latin or symbol shape,
/// or half the cells repeat a value of another row (`نعم`, `غير محدود`,
/// `⭐⭐⭐`); and fewer than half are units cut from a number. With
/// `long_figures`, a cell that opens with a figure may go on with a comment
/// on it (`6.8% — أدنى مستوى منذ ثلاث سنوات`), as long as it ends no
/// sentence, and a few long cells of another kind may stand among them.
fn column_agrees(cells: impl Iterator<Item = Option<Cell>>, long_figures: bool) -> bool {
    let mut shapes = [0u32; Shape::COUNT];
    let mut values = Vec::new();
    // A column of units, half of them or more cut from the number before
    // it (`12 | يوماً`, `1.82 | ريال` beside `3.8 | مليار ريال`, or `250 |
    // جنيه` in rows peeled out of step), is no column.
    let mut units = 0;
    let mut closed = 0;
    for cell in cells {
        units += usize::from(cell.as_ref().is_some_and(|c| c.unit));
        match cell {
            Some(c) if c.words <= TYPED_CELL_WORDS && !c.comma => {
                shapes[c.shape.index()] += 1;
                closed += usize::from(c.closed);
                values.push((c.value, 1));
            }
            // A long cell: a figure and its comment, or, counted against
            // the column's type, a statement of another kind among them
            // (`لن تتحقق قبل نهاية 2027 …` under figures).
            Some(c) if long_figures && !c.ends && !c.comma => {
                let shape = if c.shape == Shape::Number {
                    Shape::Number
                } else {
                    Shape::Arabic
                };
                shapes[shape.index()] += 1;
                values.push((c.value, 1));
            }
            _ => return false,
        }
    }
    let n = values.len();
    if n < 2 || 2 * units >= n {
        return false;
    }
    let typed = [Shape::Number, Shape::Latin, Shape::Symbol]
        .iter()
        .any(|s| shapes[s.index()] as f32 >= TYPED_SHARE * n as f32);
    tally(&mut values);
    let repeated: u32 = values.iter().filter(|v| v.1 > 1).map(|v| v.1).sum();
    typed || closed == n || 2 * repeated as usize >= n
}

/// Whether words `j` and `j + 1` are inside a duration in two units, the
/// longer first (`2 ساعة | 15 دقيقة` is one value): a number, a unit of
/// time, a number, a shorter unit.
fn in_duration(words: &[Word], j: usize) -> bool {
    let number = |i: usize| words.get(i).is_some_and(|w| w.shape == Shape::Number);
    let unit = |i: usize| words.get(i).and_then(time_unit);
    j > 0
        && number(j - 1)
        && number(j + 1)
        && matches!((unit(j), unit(j + 2)), (Some(a), Some(b)) if a > b)
}

/// A body row that holds more figures than most body rows holds a number
/// written in groups that no word closes (`1 920 1933` beside `95 1957`):
/// its groups are joined, one at a time, until it holds as many.
fn join_extra_groups(rows: &mut [Row]) {
    let body = rows.get_mut(1..).unwrap_or_default();
    let mut counts: Vec<usize> = body.iter().map(|r| r.numbers).collect();
    counts.sort_unstable();
    // The count most rows hold (the smaller on a tie), when two rows or
    // more hold it: the longest run of equal counts, sorted.
    let (mut usual, mut most, mut run) = (None, 1, 0);
    for (i, &n) in counts.iter().enumerate() {
        run = if i > 0 && counts[i - 1] == n {
            run + 1
        } else {
            1
        };
        if run > most {
            (usual, most) = (Some(n), run);
        }
    }
    let Some(usual) = usual else {
        return;
    };
    for row in body {
        while row.numbers > usual {
            let group = (0..row.words.len().saturating_sub(1)).find(|&j| {
                !row.joined[j]
                    && (j == 0 || !row.joined[j - 1])
                    && is_digit_group(&row.words[j], 1..=FIRST_GROUP_DIGITS)
                    && is_digit_group(&row.words[j + 1], 3..=3)
            });
            let Some(j) = group else {
                break;
            };
            row.joined[j] = true;
            row.evidence[j] = None;
            row.numbers -= 1;
        }
    }
}

/// Most digits of the first group of a number written in groups of three
/// (`1 280`, `12 500 000`) that is read as one: a first group of three
/// digits is as likely a number of its own beside the next.
const FIRST_GROUP_DIGITS: usize = 2;

/// For each word, whether it and the next are groups of the digits of one
/// number (`1 280 كغ`, `45 210 38.2%`): a group of one or two digits, then
/// groups of three digits, then a word that is no whole number (a unit, a
/// currency, a percentage, a decimal). Rows of whole numbers (`2021 120
/// 135`) are grouped only when the table is known to write its numbers
/// in groups (`in_groups`, see [`header_counts_groups`]); then nothing
/// needs to close a number. In a `header`, whose figures are most often
/// names (`32 64 125` hertz), only a word closes a number: the first row of
/// a table without a header is data (`المؤشر الرئيسي 11 245 نقطة`).
fn thousands_groups(words: &[Word], header: bool, in_groups: bool) -> Vec<bool> {
    // What may close a number: a word (a unit, a currency) or a figure of
    // another kind (a percentage, a decimal), not a whole number (`1k`).
    let closes = |w: &Word| {
        w.shape != Shape::Number
            || (!header && (carries_unit(w.text) || has_number_separator(w.text)))
    };
    let mut grouped = vec![false; words.len()];
    let mut j = 0;
    while j < words.len() {
        if !is_digit_group(&words[j], 1..=FIRST_GROUP_DIGITS) {
            j += 1;
            continue;
        }
        let mut end = j + 1;
        while end < words.len() && is_digit_group(&words[end], 3..=3) {
            end += 1;
        }
        let closed = (in_groups && !header) || words.get(end).is_some_and(closes);
        if end > j + 1 && closed {
            grouped[j..end - 1].iter_mut().for_each(|g| *g = true);
        }
        j = end;
    }
    grouped
}

/// How many names the header's words make when they are cut wherever
/// nothing speaks against a boundary.
fn header_names(header: &Row) -> usize {
    1 + header
        .evidence
        .iter()
        .filter(|e| e.is_some_and(|e| e >= 0.0))
        .count()
}

/// Whether the header names as many columns as each body row holds a
/// label and figures when its digit groups are read as numbers written in
/// groups, and not when they are read one by one: `العيار سعر البيع سعر
/// الشراء` names three columns over `عيار 21 3 605 3 580`, which holds the
/// label `عيار 21` and two prices, not four numbers.
fn header_counts_groups(rows: &[Row]) -> bool {
    let (header, body) = (&rows[0], &rows[1..]);
    if header.corner {
        return false;
    }
    let named = header_names(header);
    let mut regrouped = false;
    let fits = body.iter().all(|r| {
        let joined = thousands_groups(&r.words, false, true);
        let figures = figures(&r.words, &joined);
        regrouped |= figures < r.numbers;
        // A number right after the label's first word is the label's own
        // (`عيار 21`), unless it opens a number in groups.
        let in_label = r.words.len() > 2 && r.words[1].shape == Shape::Number && !joined[1];
        r.words[0].shape != Shape::Number && figures - usize::from(in_label) + 1 == named
    });
    fits && regrouped
}

/// How many figures `words` hold, the digit groups that `joined` joins to
/// the next counting as one.
fn figures(words: &[Word], joined: &[bool]) -> usize {
    words
        .iter()
        .enumerate()
        .filter(|&(j, w)| w.shape == Shape::Number && (j == 0 || !joined[j - 1]))
        .count()
}

/// For each word of a header, whether a new column name starts after it
/// although both it and the next word are Latin: in a header, Latin words
/// side by side are most often the names of compared things (`Next.js
/// Nuxt.js`, `Persistent Runtime Singleton`). They stay one name when the
/// next word is in lower case (`From live URL`), or when a word that comes
/// back binds them: a word repeated at the end of names closes each
/// (`Local Storage Session Storage Cookies`, `LAMP Stack LEMP Stack`), one
/// repeated at their start opens each (`Flacbox Free Flacbox Premium`);
/// and a model code binds the words around it (`Galaxy S25 Ultra`, see
/// [`binds_name`]).
fn latin_names(words: &[Word]) -> Vec<bool> {
    let latin = |w: &Word| w.shape == Shape::Latin && !w.text.starts_with(['(', '[', '"']);
    let repeats = |h: u64| words.iter().filter(|w| w.hash == h).count() > 1;
    // Whether a repeated word first stands at the start of its Latin run.
    let first_at_run_start = |h: u64| {
        words
            .iter()
            .position(|w| w.hash == h)
            .is_some_and(|p| p == 0 || !latin(&words[p - 1]))
    };
    (0..words.len())
        .map(|j| {
            let (Some(a), Some(b)) = (words.get(j), words.get(j + 1)) else {
                return false;
            };
            if !latin(a)
                || !latin(b)
                || a.comma
                || b.text.starts_with(char::is_lowercase)
                || binds_name(a.text, b.text, words.get(j + 2).map(|w| w.text))
            {
                return false;
            }
            let tail = repeats(b.hash) && !first_at_run_start(b.hash);
            let head = repeats(a.hash) && first_at_run_start(a.hash);
            !tail && !head
        })
        .collect()
}

/// Whether the Latin words `a` and `b` side by side are one product's name
/// held together by a model code: one is a code, the other a word with
/// lower-case letters (`Galaxy S25`, `S25 Ultra`). A code beside a name in
/// capitals stays apart from it (`MP3 FLAC` names two formats), and so
/// does a code before a word that has a code or number of its own `after`
/// it: that word opens the next name (`Galaxy A55 | Pixel 8a`).
fn binds_name(a: &str, b: &str, after: Option<&str>) -> bool {
    let worded = |t: &str| t.bytes().any(|c| c.is_ascii_lowercase());
    let numbered = |t: &str| is_model_code(t) || t.starts_with(|c: char| c.is_ascii_digit());
    (is_model_code(a) && worded(b) && !after.is_some_and(numbered))
        || (is_model_code(b) && worded(a))
}

/// Whether `t` is a model code: one to three capitals, then digits, then
/// perhaps more letters (`S25`, `A18`, `M3`, `RTX4090`).
fn is_model_code(t: &str) -> bool {
    let letters = t.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = t
        .bytes()
        .skip(letters)
        .take_while(u8::is_ascii_digit)
        .count();
    (1..=3).contains(&letters)
        && digits > 0
        && t.bytes()
            .skip(letters + digits)
            .all(|b| b.is_ascii_alphabetic())
}

/// For each word of a header, when its column names open with the same
/// Arabic word (`بطاقات الائتمان المضمنة بطاقات الائتمان غير المضمنة`,
/// `السعر الشهري السعر السنوي عدد الأجهزة`): `Some(true)` where a name
/// opens after it (before that word comes back), `Some(false)` inside a
/// name that opens with it, `None` elsewhere. The last such name is taken
/// to be as long as the one before it: other names may follow it. When
/// the word is the indefinite genitive of the word before it, the names
/// close with it instead (`أقل سعر أعلى سعر`): `Some(false)` before each
/// time it comes, `Some(true)` after.
fn alike_openings(words: &[Word]) -> Vec<Option<bool>> {
    let mut out = vec![None; words.len()];
    let opener = |p: usize| {
        let w = &words[p];
        match w.shape {
            Shape::Arabic => !w.particle && !w.conjunction,
            // A Latin word opens names only where a Latin run starts: one
            // that comes back inside a run closes names (`Local Storage
            // Session Storage`), which [`latin_names`] reads.
            Shape::Latin => p == 0 || words[p - 1].shape != Shape::Latin,
            _ => false,
        }
    };
    let Some(first) = (0..words.len()).find(|&p| {
        opener(p)
            && words
                .get(p + 2..)
                .is_some_and(|rest| rest.iter().any(|w| w.hash == words[p].hash))
    }) else {
        return out;
    };
    let hash = words[first].hash;
    let opens: Vec<usize> = (first..words.len())
        .filter(|&p| words[p].hash == hash)
        .collect();
    // An indefinite word after an indefinite noun is its genitive: the
    // names close with the word that comes back (`أقل سعر | أعلى سعر`).
    let indefinite = |w: &Word| w.shape == Shape::Arabic && !w.definite && !w.particle;
    if first > 0 && indefinite(&words[first]) && indefinite(&words[first - 1]) {
        for &p in &opens {
            out[p - 1] = Some(false);
            if p + 1 < words.len() {
                out[p] = Some(true);
            }
        }
        return out;
    }
    // Where the definite word comes back after an indefinite noun, it is
    // that noun's genitive, closing a name in construct (`الاستهلاك الشهري
    // | ترتيب الاستهلاك`): the names do not open alike.
    let genitive = |p: usize| indefinite(&words[p - 1]) && !has_tanwin(words[p - 1].text);
    if words[first].definite && opens[1..].iter().any(|&p| genitive(p)) {
        return out;
    }
    // Compared names are short: a longer stretch between two names that
    // open alike holds other names too (`الترتيب العربي | الجامعة | الدولة |
    // الترتيب العالمي`), of which only the first two words are known to be
    // one name.
    let span = |from: usize, to: usize| {
        if to - from > LONGEST_ALIKE_NAME {
            from + 1
        } else {
            to
        }
    };
    for pair in opens.windows(2) {
        let (start, next) = (pair[0], pair[1]);
        for slot in &mut out[start..span(start, next) - 1] {
            *slot = Some(false);
        }
        out[next - 1] = Some(true);
    }
    // The last name: as many words as the name before it.
    if let [.., before, last] = opens[..] {
        let end = (last + (span(before, last) - before) - 1).min(words.len() - 1);
        for slot in &mut out[last..end] {
            *slot = Some(false);
        }
    }
    out
}

/// For each word, whether a bracket or a quotation opened at or before it
/// is still open after it: no cell ends inside brackets or quotes
/// (`متوسط (يتطلب معرفة بـ React)` is one value). A bracket never closed on
/// the row opens nothing, so a stray `(` cannot glue the rest of the row.
fn open_after(words: &[Word]) -> Vec<bool> {
    let mut depth = 0i32;
    let mut quoted = false;
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        for c in w.text.chars() {
            match c {
                '(' | '[' | '{' | '«' | '“' => depth += 1,
                ')' | ']' | '}' | '»' | '”' => depth = (depth - 1).max(0),
                '"' => quoted = !quoted,
                _ => {}
            }
        }
        out.push(depth > 0 || quoted);
    }
    if depth > 0 || quoted {
        // Unbalanced on this row: the marks say nothing.
        out.iter_mut().for_each(|o| *o = false);
    }
    out
}

/// The cell spans of a row split at `cuts` into `k` cells.
fn cells(row: &Row, cuts: &Cuts, k: usize) -> Vec<Span> {
    let mut out = Vec::with_capacity(k);
    if row.corner {
        let at = row.words[0].span.start;
        out.push(Span::new(at, at));
    }
    for (j, &start) in cuts.iter().enumerate() {
        let end = cuts.get(j + 1).copied().unwrap_or(row.words.len());
        out.push(Span::new(
            row.words[start].span.start,
            row.words[end - 1].span.end,
        ));
    }
    out
}

/// The best split of every body row into `k` cells under the header split
/// `head`, and the body's score.
fn fit(
    wt: &Weights,
    rows: &[Row],
    k: usize,
    head: Cuts,
    scratch: &mut Vec<(f32, u32)>,
) -> Option<(f32, Vec<Cuts>)> {
    let mut cuts: Vec<Cuts> = Vec::with_capacity(rows.len());
    cuts.push(head);
    let compare = compares(&rows[0], &cuts[0], k);
    let mut total = 0.0;
    for row in &rows[1..] {
        let (score, c) = split_row(wt, row, k, None, None, compare, scratch)?;
        total += score;
        cuts.push(c);
    }
    for _ in 0..ROUNDS {
        let profiles = profiles(rows, &cuts, k);
        let mut next_total = 0.0;
        let mut changed = false;
        for (row, own) in rows.iter().zip(cuts.iter_mut()).skip(1) {
            let (score, c) = split_row(wt, row, k, Some(&profiles), Some(own), compare, scratch)?;
            next_total += score;
            if c != *own {
                changed = true;
                *own = c;
            }
        }
        total = next_total;
        if !changed {
            break;
        }
    }
    Some((total, cuts))
}

/// For each word of a header, whether the figure after it names a variant
/// of a thing the header compares: an Arabic word before a figure (no
/// year), which the header repeats before another figure (`بنزين 91 |
/// بنزين 95`, `عيار 24 | عيار 21`). The figure belongs to its name. A line
/// that holds figures after different words is a row of values read as a
/// header (`الهلال 3 الدحيل 1`), and its figures stay apart.
fn numbered_variants(words: &[Word]) -> Vec<bool> {
    let before_figure = |j: usize| {
        words[j].shape == Shape::Arabic
            && words
                .get(j + 1)
                .is_some_and(|w| w.shape == Shape::Number && !is_any_year(w.text))
    };
    (0..words.len())
        .map(|j| {
            before_figure(j)
                && (0..words.len())
                    .any(|k| k != j && words[k].hash == words[j].hash && before_figure(k))
        })
        .collect()
}

/// Whether the header cells `names` (its first cell, the labels' name,
/// left out) name compared things: two names or more, all opening with the
/// same word, which is no particle (`الوضع التجريبي | الوضع الحقيقي`, but
/// not `مقابل CSR | مقابل ISR`), or names of two words or more all closing
/// with the same word, the kind of thing each names (`LAMP Stack | LEMP
/// Stack`). [`compares`] asks a header being split much the same, on its
/// words' hashes and without the particle test.
pub(crate) fn names_compared(text: &str, names: &[Span]) -> bool {
    let shared = |word: fn(&str) -> Option<&str>| {
        let Some(first) = names.first().and_then(|n| word(&text[*n])) else {
            return false;
        };
        !PARTICLES.contains(&first) && names.iter().all(|n| word(&text[*n]) == Some(first))
    };
    names.len() >= 2 && (shared(first_word) || shared(closing_word))
}

/// The last word of `t` when it holds two words or more.
fn closing_word(t: &str) -> Option<&str> {
    t.rsplit_once(' ').map(|(_, w)| w).filter(|w| !w.is_empty())
}

/// Whether the header split `cuts` names compared things: it opens with an
/// empty corner, or its names after the first open with the same word
/// (`الخطة الأساسية الخطة المتقدمة`, `بطاقات الائتمان بطاقات الخصم`), or
/// close with the same word, each name two words or more (`LAMP Stack LEMP
/// Stack`).
fn compares(header: &Row, cuts: &Cuts, k: usize) -> bool {
    if header.corner {
        return true;
    }
    let names: Vec<(usize, usize)> = cell_ranges(header, cuts, k).skip(1).collect();
    let alike = |word: &dyn Fn(usize, usize) -> Option<u64>| {
        let words: Option<Vec<u64>> = names.iter().map(|&(a, b)| word(a, b)).collect();
        words.is_some_and(|w| w.len() >= 2 && w.windows(2).all(|p| p[0] == p[1]))
    };
    alike(&|a, b| (a < b).then(|| header.words[a].hash))
        || alike(&|a, b| (b > a + 1).then(|| header.words[b - 1].hash))
}

/// Column profiles of the body rows (the header is left out: its cells are
/// names, not values).
fn profiles(rows: &[Row], cuts: &[Cuts], k: usize) -> Vec<Profile> {
    let mut out: Vec<Profile> = (0..k).map(|_| Profile::default()).collect();
    for (row, c) in rows.iter().zip(cuts).filter(|(r, _)| !r.header) {
        for (j, (a, b)) in cell_ranges(row, c, k).enumerate() {
            if a == b {
                continue;
            }
            let p = &mut out[j];
            p.n += 1;
            p.shapes[row.words[a].shape.index()] += 1;
            p.sentence_ends += u32::from(row.words[b - 1].sentence_end);
            p.lone_figures += u32::from(lone_figure(row, a, b));
            p.lone_grades += u32::from(lone_grade(row, a, b));
            p.values.push((row.value(a, b), 1));
            p.firsts.push((row.words[a].hash, 1));
        }
    }
    for p in &mut out {
        tally(&mut p.values);
        tally(&mut p.firsts);
    }
    out
}

/// The word ranges `(start, end)` of each of the `k` cells of a row; the
/// corner cell is the empty range `(0, 0)`.
fn cell_ranges<'r>(
    row: &'r Row,
    cuts: &'r Cuts,
    k: usize,
) -> impl Iterator<Item = (usize, usize)> + 'r {
    let corner = row.corner.then_some((0, 0));
    let n = row.words.len();
    corner
        .into_iter()
        .chain(
            cuts.iter()
                .enumerate()
                .map(move |(j, &a)| (a, cuts.get(j + 1).copied().unwrap_or(n))),
        )
        .take(k)
}

/// The row's own cell in a column, taken out of the column's sums.
#[derive(Clone, Copy)]
struct Own {
    shape: Shape,
    sentence_end: bool,
    value: u64,
    first: u64,
    lone_figure: bool,
    lone_grade: bool,
}

/// Whether the words `a..b` of `row` are a grade alone or a grade and its
/// adverb (`متوسطة`, `عالية جداً`).
fn lone_grade(row: &Row, a: usize, b: usize) -> bool {
    row.words[a].rating && (b - a == 1 || (b - a == 2 && row.words[a + 1].adverb))
}

/// Whether the words `a..b` of `row` are one figure alone (`24`, `1 280`),
/// with no unit or other word after it.
fn lone_figure(row: &Row, a: usize, b: usize) -> bool {
    row.words[a].shape == Shape::Number && row.joined[a..b - 1].iter().all(|&j| j)
}

/// How well the words `a..b` of a body row fit column `p`, judged against
/// the other rows (`own` is this row's current cell in the column).
fn cell_fit(
    wt: &Weights,
    row: &Row,
    (a, b): (usize, usize),
    label: bool,
    p: &Profile,
    own: Option<Own>,
) -> f32 {
    let out = u32::from(own.is_some());
    let n = p.n - out.min(p.n);
    if n < MIN_PROFILE_ROWS {
        return 0.0;
    }
    let nf = n as f32;
    let mut shapes = p.shapes;
    let mut ends = p.sentence_ends;
    if let Some(o) = own {
        shapes[o.shape.index()] -= 1;
        ends -= u32::from(o.sentence_end);
    }
    let mut s = 0.0;
    let shape = row.words[a].shape;
    let dominant = (0..Shape::COUNT).max_by_key(|&i| shapes[i]).unwrap_or(0);
    if shapes[dominant] as f32 >= DOMINANT_SHARE * nf && shape.index() != dominant {
        s += wt[W::ShapeMismatch];
    }
    let end_share = ends as f32 / nf;
    let ends = row.words[b - 1].sentence_end;
    if (end_share >= DOMINANT_SHARE && !ends) || (end_share <= 1.0 - DOMINANT_SHARE && ends) {
        s += wt[W::PunctMismatch];
    }
    // A column of figures alone takes no word after a figure (`22 | غائم
    // جزئياً`, not `22 غائم | جزئياً`).
    let lone = p.lone_figures - u32::from(own.is_some_and(|o| o.lone_figure)).min(p.lone_figures);
    if shape == Shape::Number && lone as f32 >= DOMINANT_SHARE * nf && !lone_figure(row, a, b) {
        s += wt[W::LoneFigures];
    }
    // A column of grades alone takes a grade alone (`متوسطة`, not `مع
    // الماء والسكر متوسطة كثيف`).
    let grades = p.lone_grades - u32::from(own.is_some_and(|o| o.lone_grade)).min(p.lone_grades);
    if grades as f32 >= DOMINANT_SHARE * nf && !lone_grade(row, a, b) {
        s += wt[W::ShapeMismatch];
    }
    let value = row.value(a, b);
    let seen = count(&p.values, value);
    let seen = seen - u32::from(own.is_some_and(|o| o.value == value)).min(seen);
    if seen > 0 {
        s += wt[if label {
            W::RepeatedLabel
        } else if shape == Shape::Number {
            W::RepeatedNumber
        } else {
            W::RepeatedValue
        }];
    } else {
        let first = row.words[a].hash;
        let seen = count(&p.firsts, first);
        let seen = seen - u32::from(own.is_some_and(|o| o.first == first)).min(seen);
        if seen > 0 {
            s += wt[W::SharedFirstWordDown];
        }
    }
    s
}

/// The bonus for neighbouring value cells `p..a` and `a..i` that open alike
/// (one [`wt[W::ParallelNeighbours]`] per shared leading word, up to
/// [`MAX_PARALLEL_WORDS`]) or close with the same word.
fn parallel(wt: &Weights, row: &Row, p: usize, a: usize, i: usize) -> f32 {
    let w = &row.words;
    let shared = (0..(a - p).min(i - a).min(MAX_PARALLEL_WORDS))
        .take_while(|&d| w[p + d].hash == w[a + d].hash)
        .count();
    let closes = w[a - 1].hash == w[i - 1].hash;
    wt[W::ParallelNeighbours] * (shared as f32 + f32::from(u8::from(closes)))
}

/// Whether the words `p..a` of `row` are the words `a..i`.
fn same_words(row: &Row, p: usize, a: usize, i: usize) -> bool {
    a - p == i - a && (0..a - p).all(|d| row.words[p + d].hash == row.words[a + d].hash)
}

/// The best split of `row` into `k` cells by dynamic programming over word
/// boundaries, scored by boundary evidence and, when given, column fit.
///
/// The state is a cell with its start and end, so that each cell is judged
/// beside the exact cell before it (parallel neighbours): `O(k · n³)` for a
/// row of `n` words, with `n` at most [`MAX_ROW_WORDS`].
fn split_row(
    wt: &Weights,
    row: &Row,
    k: usize,
    profiles: Option<&[Profile]>,
    own: Option<&Cuts>,
    compare: bool,
    scratch: &mut Vec<(f32, u32)>,
) -> Option<(f32, Cuts)> {
    let compare = compare && !row.header;
    let n = row.words.len();
    let first = usize::from(row.corner) + row.column;
    let parts = k.checked_sub(first)?;
    if parts == 0 || parts > n {
        return None;
    }
    let mut own_cells = [None; MAX_COLUMNS];
    if let Some(c) = own {
        for (j, (a, b)) in cell_ranges(row, c, k).enumerate() {
            own_cells[j] = (a < b).then(|| Own {
                shape: row.words[a].shape,
                sentence_end: row.words[b - 1].sentence_end,
                value: row.value(a, b),
                first: row.words[a].hash,
                lone_figure: lone_figure(row, a, b),
                lone_grade: lone_grade(row, a, b),
            });
        }
    }
    let label = if row.header || first > 0 {
        0.0
    } else {
        wt[W::LabelWord]
    };
    let fit = |a: usize, b: usize, j: usize| -> f32 {
        let lead = if j == 0 && label != 0.0 {
            let stated = row.words[b - 1].statement && b < n;
            label * (b - a - 1) as f32 + if stated { wt[W::LabelStatement] } else { 0.0 }
        } else {
            0.0
        };
        lead - wt[W::CellLengthPrior] * LN[(b - a + 1).min(MAX_ROW_WORDS)]
            + profiles.map_or(0.0, |p| {
                let column = first + j;
                cell_fit(wt, row, (a, b), column == 0, &p[column], own_cells[column])
            })
    };
    // best[(j, a, i)]: best score of cells 0..=j with cell j holding words
    // a..i, and the start of cell j - 1 in that split.
    let m = n + 1;
    let at = |j: usize, a: usize, i: usize| (j * m + a) * m + i;
    let neg = f32::NEG_INFINITY;
    scratch.clear();
    scratch.resize(parts * m * m, (neg, 0));
    let best = scratch;
    // The last cell ends with the row: only its splits that end at `n`
    // are ever read.
    let ends = |j: usize, from: usize| {
        if j + 1 == parts {
            n..=n
        } else {
            from..=n - (parts - 1 - j)
        }
    };
    for i in ends(0, 1) {
        best[at(0, 0, i)] = (fit(0, i, 0), 0);
    }
    for j in 1..parts {
        // Cell j starts at a and ends at i; cell j - 1 ends at a.
        for a in j..n - (parts - 1 - j) {
            let Some(e) = row.evidence[a - 1] else {
                continue;
            };
            // The best ways to reach a boundary at a, whatever the start p
            // of cell j - 1.
            for i in ends(j, a + 1) {
                let f = fit(a, i, j) + e;
                let mut top = (neg, 0u32);
                // Only the first cell is known to start at 0.
                let starts = if j == 1 { 0..1 } else { (j - 1)..a };
                for p in starts {
                    let (prev, _) = best[at(j - 1, p, a)];
                    if prev == neg {
                        continue;
                    }
                    let mut s = prev + f;
                    if same_words(row, p, a, i) {
                        s += wt[W::IdenticalNeighbours];
                    } else if j >= 2 {
                        s += parallel(wt, row, p, a, i);
                    }
                    if j >= 2 && compare {
                        s -= wt[W::Unbalanced] * (LN[i - a] - LN[a - p]).abs();
                    }
                    if s > top.0 {
                        top = (s, p as u32);
                    }
                }
                best[at(j, a, i)] = top;
            }
        }
    }
    let (score, mut a) = (0..n)
        .map(|a| (best[at(parts - 1, a, n)].0, a))
        .fold((neg, 0), |acc, x| if x.0 > acc.0 { x } else { acc });
    if score == neg {
        return None;
    }
    let mut cuts = vec![0; parts];
    let mut i = n;
    for j in (1..parts).rev() {
        cuts[j] = a;
        let p = best[at(j, a, i)].1 as usize;
        i = a;
        a = p;
    }
    Some((score, cuts))
}

/// `ln(words)` for each cell length: the balance of compared cells, and
/// the price of a cell (`ln(1 + words)`).
static LN: once_cell::sync::Lazy<[f32; MAX_ROW_WORDS + 1]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0.0; MAX_ROW_WORDS + 1];
    for (i, v) in t.iter_mut().enumerate().skip(1) {
        *v = (i as f32).ln();
    }
    t
});

/// The score the search gives the split `cuts` of `rows` into `k` cells
/// (column profiles taken from that split), and the same for the split
/// the search finds, for the diagnosis in `fit.rs`: when the truth scores
/// higher than what is found, the search is at fault; otherwise the
/// evidence is.
#[cfg(test)]
pub(super) fn diagnose(
    wt: &Weights,
    text: &str,
    lines: &[Line],
    cells: &[Vec<String>],
    phrases: &Phrases,
) -> Option<(f32, f32, usize)> {
    let rows = prepare_table(wt, text, lines, phrases)?;
    let k = cells[0].len();
    if k > MAX_COLUMNS {
        return None;
    }
    let mut truth: Vec<Cuts> = Vec::new();
    for (row, r) in rows.iter().zip(cells) {
        let mut at = 0;
        let mut cuts = Vec::new();
        for (j, c) in r.iter().enumerate() {
            if j == 0 && row.corner {
                if !c.is_empty() {
                    return None;
                }
                continue;
            }
            let n = c.split_whitespace().count();
            if n == 0 {
                return None;
            }
            cuts.push(at);
            at += n;
        }
        if at != row.words.len() || r.len() != k {
            return None;
        }
        truth.push(cuts);
    }
    let mut scratch = Vec::new();
    let head = split_row(wt, &rows[0], k, None, None, false, &mut scratch)?.1;
    let (_, found) = fit(wt, &rows, k, head, &mut scratch)?;
    let score = |cuts: &[Cuts], scratch: &mut Vec<(f32, u32)>| -> Option<f32> {
        let profiles = profiles(&rows, cuts, k);
        let compare = compares(&rows[0], &cuts[0], k);
        let mut total = 0.0;
        for (row, own) in rows.iter().zip(cuts).skip(1) {
            let mut masked = Row {
                words: row.words.clone(),
                evidence: row.evidence.clone(),
                corner: row.corner,
                column: row.column,
                header: row.header,
                latin_names: row.latin_names,
                numbers: row.numbers,
                joined: row.joined.clone(),
            };
            for (i, e) in masked.evidence.iter_mut().enumerate() {
                if !own.contains(&(i + 1)) {
                    *e = None;
                } else if e.is_none() {
                    eprintln!(
                        "    forbidden: {} | {}",
                        row.words[i].text,
                        row.words[i + 1].text
                    );
                    *e = Some(-100.0);
                }
            }
            total += split_row(wt, &masked, k, Some(&profiles), Some(own), compare, scratch)?.0;
        }
        Some(total)
    };
    let t = score(&truth, &mut scratch)?;
    let f = score(&found, &mut scratch)?;
    let right = found == truth;
    Some((t, f, usize::from(right)))
}
