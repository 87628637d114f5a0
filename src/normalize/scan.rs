//! The fast path: a byte loop driven by a lookup table.
//!
//! Arabic letters and marks are two-byte UTF-8 sequences (lead bytes
//! 0xD8..=0xDB). Every rule on a two-byte character that needs no context
//! maps it to at most two bytes, so the table stores, for each code point
//! below U+0800, the output bytes and their length (0 for a removed mark).
//! The loop writes both table bytes and advances the cursor by the length:
//! no branch on what the rule was, which keeps fully vowelled text (every
//! other character removed) nearly as fast as plain news. ASCII is copied
//! byte by byte; three- and four-byte characters are copied whole unless
//! they fall in the few ranges a rule touches. Anything needing context
//! (whitespace runs, ZWNJ, composing marks, presentation forms) goes to
//! [`Normalizer::fold_at`](super::Normalizer), the character path.
//!
//! Long texts go first to the block loop ([`Finder::copy_substituting`]),
//! which hands over to this loop at what it cannot do in register. Both
//! write ahead into the output buffer's spare capacity and extend the buffer
//! over what they wrote, so the buffer is never zero-filled first (which
//! cost about a sixth of the time on the news corpus). The output is turned
//! into a `String` without a second validation pass, which would cost more
//! than the loop itself on Arabic text (the `normalize` bench measures
//! `std::str::from_utf8` over the same output for comparison).
//!
//! This module has no `unsafe`: the table loop writes through
//! [`Spare`], whose methods write only whole characters,
//! and the output buffer ([`Out`]) and the block loop keep the UTF-8
//! invariant themselves.
#![forbid(unsafe_code)]

use std::borrow::Cow;

use super::out::{Out, Record, Spare, StackOut, TwoBytes};
use super::rules::{self, Fold};
use super::simd::Finder;
use super::{NormalizeOptions, Normalizer};

/// How one code point below U+0800 is handled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The output (nothing for a removed character, and for one that needs
    /// context).
    out: TwoBytes,
    action: Action,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Action {
    /// Output equals input.
    #[default]
    Same,
    /// Output is `bytes[..len]`, different from the input.
    Changed,
    /// Ask [`Normalizer::fold_at`].
    Context,
}

/// Code points U+0000..U+0800: ASCII and every two-byte UTF-8 sequence.
const TABLE_LEN: usize = 0x800;

/// Input bytes handled between two checks of the output buffer's room.
const CHUNK: usize = 16 * 1024;

/// Texts shorter than this skip the vector search: a single word, where
/// setting it up costs more than it saves (the tokenize-then-normalize case
/// of `benches/tokenize.rs`). They are normalized on the stack and
/// allocated at their exact length ([`Normalizer::normalize_short`]).
const SHORT_TEXT: usize = 64;

/// Scratch room the loops want past the end of the output: the block loop
/// writes whole 32-byte blocks. Reserving it up front keeps normalization
/// to a single allocation.
pub(crate) const SLACK: usize = 64;

/// Bytes the block loop needs ahead of it to take a block.
const BLOCK_TAIL: usize = 33;

/// Bytes the table loop takes after the block loop stops at a character,
/// doubling (up to the maximum) each time the block loop gets no further
/// than that. Tuned on the news and the fully vowelled corpora with
/// `benches/normalize.rs`.
const MIN_TABLE_STRETCH: usize = 8;
const MAX_TABLE_STRETCH: usize = 4096;

/// The per-normalizer lookup table.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    entries: Box<[Entry; TABLE_LEN]>,
    /// Skips runs of characters the table leaves as they are.
    finder: Finder,
}

impl Table {
    pub(crate) fn new(o: &NormalizeOptions) -> Self {
        let mut entries = Box::new([Entry::default(); TABLE_LEN]);
        for (cp, entry) in entries.iter_mut().enumerate() {
            let Some(c) = char::from_u32(cp as u32) else {
                continue;
            };
            *entry = match rules::fold(c, o) {
                Fold::Keep => TwoBytes::of(c).map(|out| Entry {
                    out,
                    action: Action::Same,
                }),
                Fold::Drop => Some(Entry {
                    out: TwoBytes::NONE,
                    action: Action::Changed,
                }),
                Fold::Char(d) => TwoBytes::of(d).map(|out| Entry {
                    out,
                    action: Action::Changed,
                }),
                _ => None,
            }
            .unwrap_or(Entry {
                out: TwoBytes::NONE,
                action: Action::Context,
            });
        }
        let entry = |cp: u32| entries[cp as usize & (TABLE_LEN - 1)];
        let finder = Finder::new(
            |cp| entry(cp).action != Action::Same,
            |cp| entry(cp).action == Action::Changed && entry(cp).out.len() == 0,
            |cp| {
                let e = entry(cp);
                let [b0, b1] = e.out.pair();
                (e.action == Action::Changed && e.out.len() == 2)
                    .then(|| code_point12(b0, b1) as u32)
            },
            o.whitespace,
        );
        Table { entries, finder }
    }

    #[inline(always)]
    fn get(&self, cp: usize) -> Entry {
        *self.entry(cp)
    }

    #[inline(always)]
    fn entry(&self, cp: usize) -> &Entry {
        &self.entries[cp & (TABLE_LEN - 1)]
    }
}

/// Whether a three-byte character starting at `bytes[0]` lies in a range some
/// rule touches: Arabic Extended-A/B (U+0800..=U+08FF), U+1680, U+180E,
/// General Punctuation (U+2000..=U+206F), U+3000 and the presentation forms
/// and BOM (U+FB50..=U+FEFF). Other three-byte characters are copied as
/// they are.
#[inline(always)]
fn may_change3(bytes: &[u8]) -> bool {
    match bytes {
        [0xE0, b1, ..] => *b1 <= 0xA3,
        [0xE1, 0x9A, 0x80, ..] | [0xE1, 0xA0, 0x8E, ..] | [0xE3, 0x80, 0x80, ..] => true,
        [0xE2, 0x80 | 0x81, ..] => true,
        [0xEF, b1, ..] => (0xAD..=0xBB).contains(b1),
        _ => false,
    }
}

/// Byte length of the UTF-8 sequence that starts with `lead` (a lead byte).
#[inline(always)]
fn sequence_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

impl Normalizer {
    /// Byte offset of the first character that normalization changes.
    pub(crate) fn first_change(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut r = 0;
        loop {
            // A word from a tokenizer is a few bytes: the vector search would
            // cost more to set up than it saves.
            let (at, action) = if bytes.len() - r >= SHORT_TEXT {
                let at = self.table.finder.next_candidate(bytes, r);
                if at >= bytes.len() {
                    return None;
                }
                // The search may stop at a character that stays.
                match self.char_action(bytes, at) {
                    (Action::Same, len) => {
                        r = at + len;
                        continue;
                    }
                    (action, _) => (at, action),
                }
            } else {
                self.first_action(bytes, r)
            };
            match action {
                Action::Same => return None,
                Action::Changed => return Some(at),
                Action::Context if self.changes_at(text, at) => return Some(at),
                Action::Context => r = at + sequence_len(bytes[at]),
            }
        }
    }

    /// What the table says of the character at `bytes[r]` (a char boundary
    /// below the length), and the character's length in bytes.
    #[inline(always)]
    fn char_action(&self, bytes: &[u8], r: usize) -> (Action, usize) {
        let b0 = bytes[r];
        if b0 < 0x80 {
            (self.table.get(usize::from(b0)).action, 1)
        } else if b0 < 0xE0 {
            let b1 = bytes.get(r + 1).copied().unwrap_or(0);
            (self.table.get(code_point12(b0, b1)).action, 2)
        } else if b0 < 0xF0 && may_change3(&bytes[r..]) {
            (Action::Context, 3)
        } else {
            (Action::Same, sequence_len(b0))
        }
    }

    /// The first character at or after `r` that the table does not leave as
    /// it is, and what the table says of it; `Action::Same` at the end.
    /// A byte loop for short texts: one table lookup per one- or two-byte
    /// character.
    #[inline(always)]
    fn first_action(&self, bytes: &[u8], mut r: usize) -> (usize, Action) {
        while r < bytes.len() {
            match self.char_action(bytes, r) {
                (Action::Same, len) => r += len,
                (action, _) => return (r, action),
            }
        }
        (r, Action::Same)
    }

    /// The normalized form of a text shorter than [`SHORT_TEXT`] (a word
    /// from a tokenizer), in one pass of the table loop into a stack buffer:
    /// borrowed when nothing changed, else allocated once at its exact
    /// length. `None` for a longer text or one with a character that needs
    /// context: the caller takes the general path.
    #[inline]
    pub(crate) fn normalize_short<'a>(&self, text: &'a str) -> Option<Cow<'a, str>> {
        let bytes = text.as_bytes();
        if bytes.len() >= SHORT_TEXT {
            return None;
        }
        let (at, action) = self.first_action(bytes, 0);
        match action {
            Action::Same => return Some(Cow::Borrowed(text)),
            Action::Changed => {}
            Action::Context => return None,
        }
        // The table loop writes at most as many bytes as it reads, plus one
        // scratch byte past the output for a removed character.
        let mut buf = StackOut::<{ SHORT_TEXT + 4 }>::new();
        let (_, context) = buf.fill(|spare| {
            spare.push_str(&text[..at]);
            self.fast_chunk(text, at, bytes.len(), spare)
        });
        if context {
            return None;
        }
        Some(Cow::Owned(String::from(buf.as_str())))
    }

    /// Normalizes `text` into `out` and tells `rec` which input produced
    /// which output, as the character path does: runs the finder passes over
    /// are copied as one exact piece, one- and two-byte characters the table
    /// folds alone come from the table, and the rest go to
    /// [`Normalizer::fold_at`](super::Normalizer). The recorded pieces are
    /// the ones the character path records (a unit test compares them).
    pub(crate) fn normalize_recording<R: Record>(&self, text: &str, out: &mut Out, rec: &mut R) {
        let bytes = text.as_bytes();
        let mut r = 0;
        while r < bytes.len() {
            let at = self.table.finder.next_candidate(bytes, r);
            if at > r {
                let o = out.w();
                out.put(&text[r..at]);
                rec.piece(r..at, o..out.w(), true);
                r = at;
                continue;
            }
            let (action, len) = self.char_action(bytes, r);
            let o = out.w();
            match action {
                Action::Context => {
                    r = self.fold_at(text, r, out, rec);
                    continue;
                }
                Action::Same => out.put(&text[r..r + len]),
                // Only one- and two-byte characters change without context.
                Action::Changed => out.put_two(self.table.get(code_point2(bytes, r)).out),
            }
            let exact = action == Action::Same;
            rec.piece(r..r + len, o..out.w(), exact);
            r += len;
        }
    }

    /// Normalizes `text[r..]` (where `r` is a char boundary) into `out`.
    ///
    /// Alternates two loops. The block loop copies 32 bytes at a time,
    /// rewriting the two-byte characters a rule changes (أ → ا, ة → ه, a
    /// removed fatha); it hands over at the first character that needs more
    /// (a ligature, context, a three-byte character). The table loop then
    /// takes a stretch of text, longer each time the block loop gave up
    /// early, so text where the block loop keeps stopping stays in the table
    /// loop.
    pub(crate) fn normalize_from(&self, text: &str, mut r: usize, out: &mut Out) {
        let bytes = text.as_bytes();
        if bytes.len() - r < SHORT_TEXT {
            self.table_loop(text, r, bytes.len(), out);
            return;
        }
        let mut stretch = MIN_TABLE_STRETCH;
        while r < bytes.len() {
            let chunk_end = bytes.len().min(r + CHUNK);
            let start = r;
            r = self.table.finder.copy_substituting(
                text,
                r,
                chunk_end,
                out,
                chunk_end - r + SLACK,
                |b0, b1| {
                    let e = self.table.get(code_point12(b0, b1));
                    match e.action {
                        Action::Context => None,
                        _ => Some(e.out),
                    }
                },
            );
            if r + BLOCK_TAIL <= chunk_end && r >= 1 && r - start >= stretch {
                // The block loop went far: it stopped at one character.
                stretch = MIN_TABLE_STRETCH;
            } else if r + BLOCK_TAIL <= chunk_end {
                stretch = (stretch * 2).min(MAX_TABLE_STRETCH);
            }
            r = self.table_loop(text, r, bytes.len().min(r + stretch), out);
        }
    }

    /// Runs the table loop, and the character path where it stops, over
    /// `text[r..end]` (or a little past `end`, to finish a character).
    fn table_loop(&self, text: &str, mut r: usize, end: usize, out: &mut Out) -> usize {
        while r < end {
            let (next, context) =
                out.fill(end - r + 4, |spare| self.fast_chunk(text, r, end, spare));
            r = next;
            if context {
                r = self.fold_at(text, r, out, &mut ());
            }
        }
        r
    }

    /// Runs the table loop over `text[r..end]` (`r` a char boundary),
    /// writing to `out`, which has room for `end - r + 4` bytes. Returns
    /// where it stopped and whether it stopped at a character that needs
    /// context.
    #[inline(always)]
    fn fast_chunk(
        &self,
        text: &str,
        mut r: usize,
        end: usize,
        out: &mut Spare<'_>,
    ) -> (usize, bool) {
        let bytes = text.as_bytes();
        while r < end {
            let b = bytes[r];
            if b < 0x80 {
                if self.table.get(usize::from(b)).action == Action::Context {
                    return (r, true);
                }
                out.push_ascii(b);
                r += 1;
            } else if b < 0xE0 {
                let e = self.table.entry(code_point2(bytes, r));
                if e.action == Action::Context {
                    return (r, true);
                }
                // A removed character's bytes are scratch, overwritten next.
                out.push_two(&e.out);
                r += 2;
            } else {
                if b < 0xF0 && may_change3(&bytes[r..]) {
                    return (r, true);
                }
                r += out.push_char_of(text, r);
            }
        }
        (r, false)
    }
}

/// The code point of a two-byte character from its two bytes.
#[inline(always)]
fn code_point12(b0: u8, b1: u8) -> usize {
    (usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)
}

/// The code point of the one- or two-byte character at `bytes[r]`.
#[inline(always)]
fn code_point2(bytes: &[u8], r: usize) -> usize {
    let b0 = usize::from(bytes[r]);
    if b0 < 0x80 {
        b0
    } else {
        let b1 = usize::from(bytes.get(r + 1).copied().unwrap_or(0));
        ((b0 & 0x1F) << 6) | (b1 & 0x3F)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character a rule can change is either in the table or in a
    /// range `may_change3` sends to the character path.
    #[test]
    fn every_changing_char_is_seen_by_the_scanner() {
        let all = NormalizeOptions::ALL;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if rules::fold(c, &all) == Fold::Keep {
                continue;
            }
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            match bytes.len() {
                1 | 2 => {}
                3 => assert!(
                    may_change3(bytes),
                    "U+{:04X} is skipped by the scanner",
                    c as u32
                ),
                _ => panic!("U+{:04X}: no four-byte character changes", c as u32),
            }
        }
    }

    /// The table loop copies an ASCII byte unless it needs context: no rule
    /// replaces ASCII without looking at its neighbours.
    #[test]
    fn no_ascii_character_changes_without_context() {
        let n = Normalizer::new(NormalizeOptions::ALL);
        for b in 0..0x80 {
            assert_ne!(n.table.get(b).action, Action::Changed, "{b:#04x}");
        }
    }

    #[test]
    fn table_agrees_with_the_rules() {
        let n = Normalizer::search();
        for cp in 0x80..TABLE_LEN as u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let e = n.table.get(cp as usize);
            match rules::fold(c, &n.options) {
                Fold::Keep => assert_eq!(e.action, Action::Same),
                Fold::Drop => assert_eq!((e.action, e.out.len()), (Action::Changed, 0)),
                Fold::Char(d) => {
                    let want = d.to_string();
                    assert_eq!(e.out.as_bytes(), want.as_bytes());
                }
                _ => assert_eq!(e.action, Action::Context),
            }
        }
    }
}
