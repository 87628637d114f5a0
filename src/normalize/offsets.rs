//! Mapping offsets in normalized text back to the text it came from.

use core::ops::Range;

use super::out::Record;
use crate::Span;

/// Where each part of a normalized text came from in the original, so that a
/// match found in the normalized text can be highlighted in the original.
///
/// Made by [`Normalizer::normalize_with_offsets`](super::Normalizer::normalize_with_offsets).
/// Output offsets inside copied text map byte for byte; a character the rules
/// replaced maps to the whole input it came from; characters the rules
/// removed belong to the output character before them. The map is monotone: a later output offset never maps
/// to an earlier input offset.
///
/// ```
/// use arabic_text::{Normalizer, Span};
///
/// let original = "قال: الـعـربـيـةُ جميلة";
/// let (normalized, map) = Normalizer::search().normalize_with_offsets(original);
/// assert_eq!(normalized, "قال: العربيه جميله");
///
/// let hit = normalized.find("العربيه").unwrap();
/// let span = map.to_input_span(Span::new(hit, hit + "العربيه".len()));
/// assert_eq!(&original[span], "الـعـربـيـةُ");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// Where each piece starts; a piece ends where the next one starts.
    pieces: Vec<Piece>,
    input_len: usize,
    output_len: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    out: usize,
    input: usize,
    /// Output bytes equal the input bytes, one for one.
    exact: bool,
}

impl OffsetMap {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn finish(mut self, input_len: usize, output_len: usize) -> Self {
        self.input_len = input_len;
        self.output_len = output_len;
        self.pieces.shrink_to_fit();
        self
    }

    /// Length in bytes of the normalized text.
    ///
    /// ```
    /// let (out, map) = arabic_text::Normalizer::search().normalize_with_offsets("كَتَبَ");
    /// assert_eq!(map.output_len(), out.len());
    /// ```
    pub fn output_len(&self) -> usize {
        self.output_len
    }

    /// Length in bytes of the original text.
    ///
    /// ```
    /// let (_, map) = arabic_text::Normalizer::search().normalize_with_offsets("كَتَبَ");
    /// assert_eq!(map.input_len(), "كَتَبَ".len());
    /// ```
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// The input offset that output offset `out` comes from: the same byte
    /// within copied text, the start of the source of a replaced character,
    /// and the input's length for `out >= output_len()`.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let (out, map) = Normalizer::search().normalize_with_offsets("أَحمد");
    /// assert_eq!(out, "احمد");
    /// assert_eq!(map.to_input(2), 4); // ح follows أ and its fatha
    /// assert_eq!(map.to_input(out.len()), "أَحمد".len());
    /// ```
    pub fn to_input(&self, out: usize) -> usize {
        if out >= self.output_len {
            return self.input_len;
        }
        match self.piece_at(out) {
            Some((p, _)) if p.exact => p.input + (out - p.out),
            Some((p, _)) => p.input,
            None => self.input_len,
        }
    }

    /// The input span that output span `span` comes from: from the source
    /// of its first byte up to the source of the first output byte after it.
    /// So characters the rules removed right after the span (a word's
    /// diacritics, tatweel, the rest of a collapsed run of spaces) belong to
    /// it, which is what a highlight of the match should cover. An empty span
    /// maps to an empty span at [`to_input`](Self::to_input) of its start.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Span};
    /// let text = "مدرسةٌ كبيرة";
    /// let (out, map) = Normalizer::search().normalize_with_offsets(text);
    /// assert_eq!(out, "مدرسه كبيره");
    /// // The last letter of the first word, ه, came from ة and its tanwin.
    /// assert_eq!(&text[map.to_input_span(Span::new(8, 10))], "ةٌ");
    /// ```
    pub fn to_input_span(&self, span: Span) -> Span {
        let start = self.to_input(span.start);
        if span.end <= span.start {
            return Span::new(start, start);
        }
        // The end of the source of the span's last byte: a character inside
        // an expansion (ﯪ → ئا) ends where its whole source ends.
        let last = span.end.min(self.output_len).saturating_sub(1);
        let source_end = match self.piece_at(last) {
            Some((p, _)) if p.exact => p.input + (last + 1 - p.out),
            Some((_, i)) => self
                .pieces
                .get(i + 1)
                .map_or(self.input_len, |next| next.input),
            None => self.input_len,
        };
        Span::new(start, self.to_input(span.end).max(source_end).max(start))
    }

    /// The piece holding output byte `out`, and its index.
    fn piece_at(&self, out: usize) -> Option<(Piece, usize)> {
        let i = self
            .pieces
            .partition_point(|p| p.out <= out)
            .checked_sub(1)?;
        Some((self.pieces[i], i))
    }
}

impl Record for OffsetMap {
    fn piece(&mut self, input: Range<usize>, out: Range<usize>, exact: bool) {
        let exact = exact && !out.is_empty() && out.len() == input.len();
        if let Some(last) = self.pieces.last() {
            let continues_copy =
                exact && last.exact && out.start - last.out == input.start - last.input;
            let continues_removal = out.is_empty() && !last.exact && last.out == out.start;
            if continues_copy || continues_removal {
                return;
            }
        }
        self.pieces.push(Piece {
            out: out.start,
            input: input.start,
            exact,
        });
    }

    fn merge_from(&mut self, mut out: usize, input: usize) {
        // A piece that starts at or after `input` is swallowed; if the merge
        // point lies inside it (a letter of an expansion), the merged piece
        // starts where it did.
        while let Some(p) = self.pieces.last().filter(|p| p.input >= input) {
            out = out.min(p.out);
            self.pieces.pop();
        }
        self.pieces.push(Piece {
            out,
            input,
            exact: false,
        });
    }

    fn input_at(&self, out: usize) -> usize {
        match self.piece_at(out) {
            Some((p, _)) if p.exact => p.input + (out - p.out),
            Some((p, _)) => p.input,
            None => 0,
        }
    }
}
