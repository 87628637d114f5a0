//! The rules that look at neighbours: whitespace runs, ZWNJ between letters,
//! ZWJ inside emoji sequences, and madda or hamza marks composing with the
//! letter before them.
//!
//! Every character goes through [`Normalizer::fold_at`] on the
//! character-by-character path; the fast scanner sends only the characters
//! its table marks as needing context. Context is read from the *output*
//! where that keeps normalization idempotent (a second pass sees the output),
//! and from the input where the output has already lost what decides
//! (ە + U+0654 is ۀ, which `persian` folds to ه; the output holds only ه).

use unicode_segmentation::UnicodeSegmentation;

use super::out::{chars_backwards, Out, Record};
use super::rules::{self, Fold};
use super::Normalizer;
use crate::chars;

/// Marks that may stand between a letter and the madda or hamza mark that
/// composes with it. Unicode's stream-safe format allows 30 non-starters in a
/// row; a longer run is not text anyone writes, and the bound keeps the look
/// back constant-time.
const MAX_MARKS_BETWEEN: usize = 30;

/// How many characters before a ZWJ decide whether it joins an emoji
/// sequence: an emoji and the modifiers and variation selectors after it.
const ZWJ_CONTEXT: usize = 8;

/// Whether `c` starts a grapheme cluster after a letter: false for marks,
/// joiners and the like, which extend the cluster before them.
fn starts_cluster(c: char) -> bool {
    let mut buf = [0u8; 5];
    buf[0] = b'a';
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    core::str::from_utf8(&buf[..len]).is_ok_and(|s| s.graphemes(true).nth(1).is_some())
}

impl Normalizer {
    /// Folds the character at byte `r` of `text` into `out` and returns the
    /// offset of the next character.
    pub(crate) fn fold_at<R: Record>(
        &self,
        text: &str,
        r: usize,
        out: &mut Out,
        rec: &mut R,
    ) -> usize {
        let Some(c) = text.get(r..).and_then(|t| t.chars().next()) else {
            return text.len();
        };
        let end = r + c.len_utf8();
        let o0 = out.w();
        let exact = match rules::fold(c, &self.options) {
            Fold::Keep => {
                out.put_char(c);
                true
            }
            Fold::Drop => false,
            Fold::Char(d) => {
                out.put_char(d);
                false
            }
            Fold::Expand(s) => {
                s.chars().for_each(|d| self.fold_expanded(d, out));
                false
            }
            Fold::Space => {
                if out.written().last() != Some(&b' ') {
                    out.put(" ");
                }
                c == ' '
            }
            Fold::Zwnj => {
                let keep = self.keeps_zwnj(out.last_char(), &text[end..]);
                if keep {
                    out.put_char(c);
                }
                keep
            }
            Fold::Zwj => {
                let keep = self.keeps_zwj(out.written(), &text[end..]);
                if keep {
                    out.put_char(c);
                }
                keep
            }
            Fold::Compose => {
                if self.compose_with_input(text, r, c, out, rec)
                    || self.compose_with_output(c, out, rec)
                {
                    // The merged piece that the composition recorded covers `c`.
                    return end;
                }
                if self.options.diacritics {
                    false
                } else {
                    out.put_char(c);
                    true
                }
            }
        };
        rec.piece(r..end, o0..out.w(), exact);
        end
    }

    /// Whether the character at byte `r` of `text` changes, given that nothing
    /// before it did. For the table's context entries; see [`Self::fold_at`].
    pub(crate) fn changes_at(&self, text: &str, r: usize) -> bool {
        let Some(c) = text.get(r..).and_then(|t| t.chars().next()) else {
            return false;
        };
        let prev = text[..r].chars().next_back();
        match rules::fold(c, &self.options) {
            Fold::Keep => false,
            Fold::Drop | Fold::Char(_) | Fold::Expand(_) => true,
            Fold::Space => c != ' ' || prev.is_some_and(chars::is_horizontal_space),
            Fold::Zwnj => !self.keeps_zwnj(prev, &text[r + c.len_utf8()..]),
            Fold::Zwj => !self.keeps_zwj(&text.as_bytes()[..r], &text[r + c.len_utf8()..]),
            Fold::Compose => {
                self.options.diacritics
                    || composing_base(text[..r].char_indices().rev(), c, &self.options).is_some()
            }
        }
    }

    /// Folds a character of a presentation form's expansion (a base letter, a
    /// mark, tatweel or a space).
    fn fold_expanded(&self, d: char, out: &mut Out) {
        let Some(x) = self.expanded_written(d) else {
            return;
        };
        // A space under `whitespace` joins the run before it.
        let joins_run = x == ' '
            && out.written().last() == Some(&b' ')
            && matches!(rules::fold(d, &self.options), Fold::Space);
        if !joins_run {
            out.put_char(x);
        }
    }

    /// ZWNJ stays when it joins two letters: `prev` is the last character
    /// written and `rest` the input after the ZWNJ. The letter after it is
    /// the first character written after it: a presentation form is looked
    /// at as [`Self::fold_expanded`] writes its expansion, so a form that
    /// leaves only a dropped mark (`ﹲ` under `diacritics`) lets the next
    /// character decide, as it will when the output is normalized again.
    fn keeps_zwnj(&self, prev: Option<char>, rest: &str) -> bool {
        if !prev.is_some_and(char::is_alphabetic) {
            return false;
        }
        for d in rest.chars() {
            let next = match rules::fold(d, &self.options) {
                Fold::Drop => continue,
                Fold::Keep => d,
                Fold::Char(x) => x,
                Fold::Expand(s) => match s.chars().find_map(|e| self.expanded_written(e)) {
                    Some(x) => x,
                    None => continue,
                },
                Fold::Space | Fold::Zwnj | Fold::Zwj | Fold::Compose => return false,
            };
            return next.is_alphabetic();
        }
        false
    }

    /// The character [`Self::fold_expanded`] writes for `d`, a character of
    /// a presentation form's expansion; `None` when it writes none.
    fn expanded_written(&self, d: char) -> Option<char> {
        match rules::fold(d, &self.options) {
            Fold::Drop => None,
            Fold::Char(x) => Some(x),
            Fold::Space => Some(' '),
            Fold::Compose if self.options.diacritics => None,
            Fold::Keep | Fold::Expand(_) | Fold::Zwnj | Fold::Zwj | Fold::Compose => Some(d),
        }
    }

    /// ZWJ stays where it joins an emoji ZWJ sequence (👨‍👩‍👧, ❤️‍🔥): where
    /// Unicode's grapheme rules put no boundary between it and the next
    /// character that stays, and that character is not a mark (which would
    /// join any character). `before` is the text before the ZWJ (the output
    /// so far, or the input when nothing before changed; its last eight
    /// characters are looked at) and `rest` the input after it.
    fn keeps_zwj(&self, before: &[u8], rest: &str) -> bool {
        let next = rest
            .chars()
            .find_map(|d| match rules::fold(d, &self.options) {
                Fold::Drop => None,
                Fold::Char(x) => Some(x),
                Fold::Expand(s) => s.chars().next(),
                _ => Some(d),
            });
        // A mark after the ZWJ joins it too, but that is not a sequence.
        let Some(next) = next.filter(|&c| starts_cluster(c)) else {
            return false;
        };
        // The last characters before the ZWJ, then the ZWJ and `next`, on the
        // stack: at most 8 × 4 + 3 + 4 bytes.
        let Some((from, _)) = chars_backwards(before).take(ZWJ_CONTEXT).last() else {
            return false;
        };
        let tail = &before[from..];
        let mut window = [0u8; ZWJ_CONTEXT * 4 + 8];
        window[..tail.len()].copy_from_slice(tail);
        let mut len = tail.len();
        len += chars::ZWJ.encode_utf8(&mut window[len..]).len();
        len += next.encode_utf8(&mut window[len..]).len();
        let Ok(window) = core::str::from_utf8(&window[..len]) else {
            return false;
        };
        let next_at = len - next.len_utf8();
        !window.grapheme_indices(true).any(|(at, _)| at == next_at)
    }

    /// Composes `mark` (at byte `r`) with a base letter before it in the input,
    /// rewriting that letter's output. Returns whether it did.
    fn compose_with_input<R: Record>(
        &self,
        text: &str,
        r: usize,
        mark: char,
        out: &mut Out,
        rec: &mut R,
    ) -> bool {
        let Some((base_at, base)) =
            composing_base(text[..r].char_indices().rev(), mark, &self.options)
        else {
            return false;
        };
        // The output written since the base: its own fold, then the marks'.
        let mut since = 0;
        for d in text[base_at..r].chars() {
            since += match rules::fold(d, &self.options) {
                Fold::Keep => d.len_utf8(),
                Fold::Drop => 0,
                Fold::Char(x) => x.len_utf8(),
                _ => return false,
            };
        }
        let base_out = rules::fold_letter(base, &self.options);
        let Some(at) = out.w().checked_sub(since).filter(|&at| at >= out.start()) else {
            return false;
        };
        let old = base_out.encode_utf8(&mut [0; 4]).len();
        if out.bytes(at..at + old) != Some(base_out.encode_utf8(&mut [0; 4]).as_bytes()) {
            return false;
        }
        self.put_composed(base, mark, at, old, out);
        rec.merge_from(at, base_at);
        true
    }

    /// Composes `mark` with a base letter at the end of the output (where the
    /// input had, say, a presentation form of alef). Returns whether it did.
    fn compose_with_output<R: Record>(&self, mark: char, out: &mut Out, rec: &mut R) -> bool {
        let Some((rel, base)) = composing_base(chars_backwards(out.written()), mark, &self.options)
        else {
            return false;
        };
        let at = out.start() + rel;
        self.put_composed(base, mark, at, base.len_utf8(), out);
        rec.merge_from(at, rec.input_at(at));
        true
    }

    fn put_composed(&self, base: char, mark: char, at: usize, old_len: usize, out: &mut Out) {
        let composed = rules::compose(base, mark, &self.options).unwrap_or(base);
        out.replace(at, old_len, rules::fold_letter(composed, &self.options));
    }
}

/// The letter that `mark` composes with, walking back over `before` (the
/// characters before the mark, last first, with their offsets): marks of a
/// lower combining class may stand between (Unicode's canonical composition);
/// anything else blocks.
fn composing_base(
    before: impl Iterator<Item = (usize, char)>,
    mark: char,
    o: &super::NormalizeOptions,
) -> Option<(usize, char)> {
    use unicode_normalization::char::canonical_combining_class as ccc;
    let class = ccc(mark);
    for (i, (at, p)) in before.enumerate() {
        let pc = ccc(p);
        if pc == 0 {
            return rules::compose(p, mark, o).map(|_| (at, p));
        }
        if pc >= class || chars::is_composing_mark(p) || i >= MAX_MARKS_BETWEEN {
            return None;
        }
    }
    None
}
