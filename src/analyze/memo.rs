//! A memo of analyzed words for one [`Terms`](super::Terms) run.
//!
//! Running text repeats its words (in the news corpus, a tenth of the
//! distinct forms make up most of the tokens), and a word's pieces and key
//! depend on the word alone. The memo keeps every distinct word of the run
//! it has room for, so a repeat costs a hash, a comparison and a copy of
//! the key instead of an analysis:
//!
//! - each word is kept as one record in one growing text: a header of
//!   [`HEADER`] bytes (the word's and the key's lengths, the stopword flag
//!   and the number of pieces, each piece's end and role), the word, its
//!   key. The header's bytes are all below 0x80, so the text stays UTF-8
//!   and a key is read back as a `&str` without validating it again;
//! - an open-addressing index ([`Slots`]: linear probing, at most half full) holds,
//!   per slot, 32 bits of the word's hash ([`table::tag`]) beside where its
//!   record starts: a repeat reads one slot and one record, which sit in
//!   two places in memory, and nothing is allocated per word;
//! - it is used (and allocated) only once a run has seen [`WARM_UP`]
//!   words, so analyzing a query or a short document costs nothing extra;
//! - it stops taking words at [`MAX_ENTRIES`] words or [`MAX_TEXT`] bytes
//!   of records, which keeps it within about 3 MiB: a repeat served from
//!   a table that has outgrown the caches near the core waits for memory
//!   longer than the analysis it saves takes. On the news corpus, on a
//!   machine with 2 MiB of L2 cache per core, 2^16 words (which serve
//!   seven tokens in eight) ran faster than 2^15 and than 2^17, which held
//!   every distinct word; with a slot, an entry and the text to read per
//!   repeat, before records, 2^15 had been the fastest.

use super::segment::{Role, MAX_PIECES};
use super::table::{self, Slots};
use super::term_key::INLINE;
use super::{Key, Term};
use crate::Span;

/// Words a run analyzes before the memo is used.
const WARM_UP: usize = 256;
/// The most words the memo keeps.
const MAX_ENTRIES: usize = 1 << 16;
/// The most bytes of records the memo keeps (a news word's record takes
/// 31 on average, so the memo fills up by its count of words).
const MAX_TEXT: usize = 3 << 20;
/// The longest word or key kept: its length is a header byte below 0x80.
const MAX_LEN: usize = 0x7F;

/// Header byte: the word's length in bytes.
const WORD_LEN: usize = 0;
/// Header byte: the key's length in bytes.
const KEY_LEN: usize = 1;
/// Header byte: bit 0 set for a stopword, the number of pieces above it.
const FLAGS: usize = 2;
/// Header bytes: each piece's end, in bytes from the word's start.
const ENDS: usize = 3;
/// Header bytes: each piece's role ([`role_byte`]).
const ROLE_AT: usize = ENDS + MAX_PIECES;
/// The bytes of a record before its word.
const HEADER: usize = ROLE_AT + MAX_PIECES;

/// The byte a header stores for `role`.
#[inline]
fn role_byte(role: Role) -> u8 {
    match role {
        Role::Proclitic => 0,
        Role::Article => 1,
        Role::Stem => 2,
        Role::Enclitic => 3,
    }
}

/// The role a header stores as `b` (in the order of the enum, so that it
/// compiles to no lookup).
#[inline]
fn role_of(b: u8) -> Role {
    match b & 3 {
        0 => Role::Proclitic,
        1 => Role::Article,
        2 => Role::Stem,
        _ => Role::Enclitic,
    }
}

/// A word the memo holds: where its record starts, and whether it is a
/// stopword.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    at: usize,
    pub(crate) stopword: bool,
}

/// What a lookup that failed knows: the word's tag, for [`Memo::put`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Miss {
    tag: u32,
}

/// The memo of one run.
#[derive(Clone, Default)]
pub(crate) struct Memo {
    /// Where each word's record starts, by the word's tag.
    slots: Slots,
    /// Words kept.
    len: usize,
    /// The records, one after the other.
    text: String,
    /// Words seen while warming up.
    seen: usize,
}

impl core::fmt::Debug for Memo {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Memo")
            .field("words", &self.len)
            .field("bytes", &self.text.len())
            .finish()
    }
}

impl Memo {
    /// The entry of `word` if the memo holds it, else what [`Memo::put`]
    /// needs to keep it (nothing while warming up).
    #[inline]
    pub(crate) fn find(&mut self, word: &str) -> Result<Hit, Option<Miss>> {
        if self.seen < WARM_UP {
            self.seen += 1;
            return Err(None);
        }
        let tag = table::tag(word);
        let text = self.text.as_bytes();
        for at in self.slots.probe(tag) {
            if let Some(header) = text.get(at..at + HEADER) {
                let start = at + HEADER;
                let have = text.get(start..start + usize::from(header[WORD_LEN]));
                if have.is_some_and(|have| table::same(have, word.as_bytes())) {
                    return Ok(Hit {
                        at,
                        stopword: header[FLAGS] & 1 != 0,
                    });
                }
            }
        }
        Err(Some(Miss { tag }))
    }

    /// The term of `word`, found as `hit`, at `base` in the text.
    #[inline]
    pub(crate) fn term<'t>(
        &self,
        hit: Hit,
        word: &'t str,
        base: usize,
        position: usize,
    ) -> Term<'t> {
        let text = self.text.as_bytes();
        let mut header = [0u8; HEADER];
        if let Some(h) = text.get(hit.at..hit.at + HEADER) {
            header.copy_from_slice(h);
        }
        let mut ends = [0u32; MAX_PIECES];
        let mut roles = [Role::Stem; MAX_PIECES];
        for (k, (end, role)) in ends.iter_mut().zip(&mut roles).enumerate() {
            *end = u32::from(header[ENDS + k]);
            *role = role_of(header[ROLE_AT + k]);
        }
        let key_at = hit.at + HEADER + word.len();
        let key = &self.text[key_at..key_at + usize::from(header[KEY_LEN])];
        let window = text.get(key_at..key_at + INLINE);
        Term {
            text: word,
            span: Span::new(base, base + word.len()),
            position,
            key: Key::in_window(key, window.and_then(|w| w.try_into().ok())),
            stopword: header[FLAGS] & 1 != 0,
            ends,
            roles,
            n: header[FLAGS] >> 1,
        }
    }

    /// Keeps `term` (a word token the memo missed) for its next
    /// occurrence, if there is room.
    #[inline]
    pub(crate) fn put(&mut self, miss: Miss, term: &Term<'_>) {
        let (word, key) = (term.text, term.key.as_bytes());
        if word.len() > MAX_LEN
            || key.len() > MAX_LEN
            || self.len >= MAX_ENTRIES
            || self.text.len() + HEADER + word.len() + key.len() > MAX_TEXT
        {
            return;
        }
        let mut header = [0u8; HEADER];
        header[WORD_LEN] = word.len() as u8;
        header[KEY_LEN] = key.len() as u8;
        header[FLAGS] = u8::from(term.stopword) | (term.n << 1);
        for k in 0..MAX_PIECES {
            // A piece ends inside the word, whose length is below 0x80.
            header[ENDS + k] = term.ends[k] as u8;
            header[ROLE_AT + k] = role_byte(term.roles[k]);
        }
        // Bytes below 0x80 are UTF-8 on their own.
        let Ok(header) = core::str::from_utf8(&header) else {
            return;
        };
        let at = self.text.len();
        self.text.push_str(header);
        self.text.push_str(word);
        self.text.push_str(&term.key);
        self.len += 1;
        self.slots.insert(miss.tag, at, self.len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Analyzer;

    #[test]
    fn a_repeat_is_served_as_it_was_analyzed() {
        let a = Analyzer::new().with_stopwords(false);
        let text = "وبالكتاب وفي مدرستهم ".repeat(200);
        let mut memo = Memo {
            seen: WARM_UP,
            ..Memo::default()
        };
        for t in a.terms(&text).take(3) {
            let miss = memo.find(t.text).unwrap_err().unwrap();
            memo.put(miss, &t);
            let hit = memo.find(t.text).unwrap();
            assert_eq!(memo.term(hit, t.text, t.span.start, t.position), t);
        }
        assert_eq!(memo.len, 3);
    }
}
