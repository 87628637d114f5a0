//! [`Normalizer::explain`]: the edits the rules make, one per changed
//! character (or per composed letter), in order.
//!
//! Explaining runs the character path ([`Normalizer::fold_at`]) over the
//! whole text with a recorder that keeps every piece of output and the input
//! it came from, then names the rule of each piece that changed. It shares
//! nothing with [`Normalizer::normalize`] but the rules, so `normalize`
//! pays nothing for it.

use core::ops::Range;

use super::out::{Out, Record};
use super::{rules, NormalizeOptions, Normalizer};
use crate::Span;

/// One change a rule made: which rule, where in the input and the output,
/// and the text before and after.
///
/// ```
/// use arabic_text::{Normalizer, Span};
/// let edits: Vec<_> = Normalizer::search().explain("إلى").collect();
/// assert_eq!(edits[0].rule, "alef");
/// assert_eq!((edits[0].input, edits[0].before, edits[0].after.as_str()), (Span::new(0, 2), "إ", "ا"));
/// assert_eq!((edits[1].rule, edits[1].output), ("alef_maksura", Span::new(4, 6)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Edit<'a> {
    /// The rule, named as the [`NormalizeOptions`] field (`"alef"`,
    /// `"diacritics"`, …). Where rules chain (ۃ → ة → ه), the first.
    pub rule: &'static str,
    /// Where the changed text is in the input.
    pub input: Span,
    /// Where its replacement is in the normalized text (empty for a removal).
    pub output: Span,
    /// The input text, `&text[input]`.
    pub before: &'a str,
    /// The text the rule wrote in its place (empty for a removal).
    pub after: String,
}

/// The edits of [`Normalizer::explain`], in input order.
///
/// ```
/// let n = arabic_text::Normalizer::search();
/// assert_eq!(n.explain("كتاب").count(), 0);
/// assert_eq!(n.explain("كِتَاب").count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Edits<'a> {
    inner: std::vec::IntoIter<Edit<'a>>,
}

impl<'a> Iterator for Edits<'a> {
    type Item = Edit<'a>;

    fn next(&mut self) -> Option<Edit<'a>> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Edits<'_> {}
impl core::iter::FusedIterator for Edits<'_> {}

/// A piece of output and the input it came from.
#[derive(Clone, Debug)]
struct Piece {
    input: Range<usize>,
    out: Range<usize>,
    exact: bool,
    /// A composition: its input and output run on to the next piece.
    merged: bool,
}

/// Keeps every piece, for naming the rule of each changed one.
#[derive(Default)]
struct Log {
    pieces: Vec<Piece>,
}

impl Record for Log {
    fn piece(&mut self, input: Range<usize>, out: Range<usize>, exact: bool) {
        self.pieces.push(Piece {
            input,
            out,
            exact,
            merged: false,
        });
    }

    fn merge_from(&mut self, mut out: usize, mut input: usize) {
        // The pieces from the base letter on become one, which runs on to the
        // next piece (the mark that composed is recorded by no other).
        while let Some(p) = self
            .pieces
            .last()
            .filter(|p| p.input.start >= input || p.out.start >= out)
        {
            out = out.min(p.out.start);
            input = input.min(p.input.start);
            self.pieces.pop();
        }
        self.pieces.push(Piece {
            input: input..input,
            out: out..out,
            exact: false,
            merged: true,
        });
    }

    fn input_at(&self, out: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.out.start <= out);
        match i.checked_sub(1).map(|i| &self.pieces[i]) {
            Some(p) if p.exact => p.input.start + (out - p.out.start),
            Some(p) => p.input.start,
            None => 0,
        }
    }
}

impl Normalizer {
    /// The edits normalizing `text` makes, in order: for each character a
    /// rule changes or removes (or each letter a madda or hamza mark composed
    /// with), the rule, the input and output spans and the text before and
    /// after. Applying them gives [`normalize`](Self::normalize)'s output.
    /// Meant for showing a user why a word changed; it runs the
    /// character-by-character path, several times slower than `normalize`,
    /// which it does not slow down.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Span};
    /// let text = "مَدْرَسَة";
    /// let rules: Vec<_> = Normalizer::search().explain(text).map(|e| e.rule).collect();
    /// assert_eq!(rules, ["diacritics", "diacritics", "diacritics", "diacritics", "teh_marbuta"]);
    /// ```
    pub fn explain<'a>(&self, text: &'a str) -> Edits<'a> {
        let mut out = Out::with_capacity(text.len());
        let mut log = Log::default();
        let mut r = 0;
        while r < text.len() {
            r = self.fold_at(text, r, &mut out, &mut log);
        }
        let output = out.into_string();
        // Close the compositions: each runs to where the next piece starts.
        let mut pieces = log.pieces;
        for i in 0..pieces.len() {
            if pieces[i].merged {
                let (input_end, out_end) = pieces
                    .get(i + 1)
                    .map_or((text.len(), output.len()), |n| (n.input.start, n.out.start));
                pieces[i].input.end = input_end;
                pieces[i].out.end = out_end;
            }
        }
        let edits: Vec<Edit<'a>> = pieces
            .into_iter()
            .filter(|p| !p.exact || p.input.len() != p.out.len())
            .filter_map(|p| {
                let before = text.get(p.input.clone())?;
                let after = output.get(p.out.clone())?;
                if before == after {
                    return None;
                }
                let rule = if p.merged {
                    composition_rule(before, after, &self.options)
                } else {
                    before
                        .chars()
                        .next()
                        .and_then(|c| rules::rule_of(c, &self.options))
                        .or_else(|| {
                            // A madda or hamza mark that composed with nothing.
                            self.options.diacritics.then_some("diacritics")
                        })?
                };
                Some(Edit {
                    rule,
                    input: Span::new(p.input.start, p.input.end),
                    output: Span::new(p.out.start, p.out.end),
                    before,
                    after: after.to_string(),
                })
            })
            .collect();
        Edits {
            inner: edits.into_iter(),
        }
    }
}

/// The rule behind a composition (a letter and the madda or hamza mark after
/// it written as one): the rule that folded the composed letter (ا + U+0654
/// → أ → ا is `alef`), else the first rule on that composes marks.
fn composition_rule(before: &str, after: &str, o: &NormalizeOptions) -> &'static str {
    let mut cs = before.chars();
    let composed = cs
        .next()
        .zip(before.chars().next_back())
        .and_then(|(base, mark)| rules::compose(base, mark, o));
    let folded_by = composed
        .filter(|&c| !after.starts_with(c))
        .and_then(|c| rules::rule_of(c, o));
    folded_by.unwrap_or(if o.diacritics {
        "diacritics"
    } else if o.persian {
        "persian"
    } else if o.presentation_forms {
        "presentation_forms"
    } else if o.alef {
        "alef"
    } else {
        "hamza"
    })
}
