//! A memo of analyzed words for one [`Terms`](super::Terms) run.
//!
//! Running text repeats its words (in the news corpus, a tenth of the
//! distinct forms make up nine tokens in ten), and a word's pieces and key
//! depend on the word alone. The memo keeps every distinct word of the run
//! it has room for, so a repeat costs a hash, a comparison and a copy of
//! the key instead of an analysis:
//!
//! - the words and their keys are written one after the other into one
//!   growing text, never one allocation per word;
//! - an open-addressing table (linear probing, at most half full) maps a
//!   word's hash to its entry: each slot holds 32 bits of the hash beside
//!   the entry's index, so a probe compares bytes only when the hashes
//!   agree, and growing the table moves slots without hashing any word
//!   again;
//! - it is allocated only once a run has seen [`WARM_UP`] words, so
//!   analyzing a query or a short document costs nothing extra, and it
//!   stops taking words at [`MAX_ENTRIES`] entries or [`MAX_TEXT`] bytes
//!   of words and keys (the commonest words come early), which bounds its
//!   memory at about 6 MiB however long the run.

use core::hash::Hasher;

use super::segment::{Role, MAX_PIECES};
use super::Term;
use crate::hash::FxHasher;
use crate::Span;

/// Words a run analyzes before the memo is allocated.
const WARM_UP: usize = 256;
/// Slots of the table when it is allocated (a power of two).
const FIRST_SLOTS: usize = 1 << 10;
/// The most words the memo keeps.
const MAX_ENTRIES: usize = 1 << 17;
/// The most bytes of words and keys the memo keeps.
const MAX_TEXT: usize = 1 << 22;

/// One word's analysis; its word and key are in [`Memo::text`].
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Where the word starts in the text; its key follows it.
    at: u32,
    word_len: u8,
    key_len: u8,
    stopword: bool,
    n: u8,
    /// End of each piece, in bytes from the word's start, and its role.
    ends: [u8; MAX_PIECES],
    roles: [Role; MAX_PIECES],
}

/// What a lookup that failed knows: the word's hash, for
/// [`Memo::put`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Miss {
    tag: u32,
}

/// The memo of one run.
#[derive(Clone, Default)]
pub(crate) struct Memo {
    /// `0` for an empty slot, else the hash's tag in the high half and the
    /// entry's index + 1 in the low half.
    slots: Vec<u64>,
    /// log2 of `slots.len()`.
    bits: u32,
    entries: Vec<Entry>,
    /// The words and keys, one after the other.
    text: String,
    /// Words seen before the table was allocated.
    seen: usize,
}

impl core::fmt::Debug for Memo {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Memo")
            .field("words", &self.entries.len())
            .field("slots", &self.slots.len())
            .field("bytes", &self.text.len())
            .finish()
    }
}

/// The tag of `word`: 32 bits of its hash, never 0.
#[inline]
fn tag_of(word: &str) -> u32 {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    ((h.finish() >> 32) as u32) | 1
}

impl Memo {
    /// The first slot `tag` probes in a table of `2^bits` slots.
    #[inline]
    fn home(tag: u32, bits: u32) -> usize {
        (tag >> (32 - bits)) as usize
    }

    /// The term of `word` at `base` if the memo holds the word, else what
    /// [`Memo::put`] needs to keep it.
    #[inline]
    pub(crate) fn get<'t>(
        &mut self,
        word: &'t str,
        base: usize,
        position: usize,
    ) -> Result<Term<'t>, Option<Miss>> {
        if self.slots.is_empty() {
            self.seen += 1;
            if self.seen < WARM_UP {
                return Err(None);
            }
            self.slots = vec![0; FIRST_SLOTS];
            self.bits = FIRST_SLOTS.trailing_zeros();
        }
        let tag = tag_of(word);
        let mask = self.slots.len() - 1;
        let mut i = Self::home(tag, self.bits);
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return Err(Some(Miss { tag }));
            }
            if (slot >> 32) as u32 == tag {
                let e = &self.entries[(slot as u32 - 1) as usize];
                let at = e.at as usize;
                let w = at + usize::from(e.word_len);
                if &self.text[at..w] == word {
                    let key = String::from(&self.text[w..w + usize::from(e.key_len)]);
                    let mut ends = [0u32; MAX_PIECES];
                    for (d, &s) in ends.iter_mut().zip(&e.ends) {
                        *d = u32::from(s);
                    }
                    return Ok(Term {
                        text: word,
                        span: Span::new(base, base + word.len()),
                        position,
                        key,
                        stopword: e.stopword,
                        ends,
                        roles: e.roles,
                        n: e.n,
                    });
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Keeps `term` (a word token the memo missed) for its next
    /// occurrence, if there is room.
    #[inline]
    pub(crate) fn put(&mut self, miss: Miss, term: &Term<'_>) {
        let (Ok(word_len), Ok(key_len)) =
            (u8::try_from(term.text.len()), u8::try_from(term.key.len()))
        else {
            return;
        };
        if self.entries.len() >= MAX_ENTRIES
            || self.text.len() + term.text.len() + term.key.len() > MAX_TEXT
        {
            return;
        }
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.grow();
        }
        let mut ends = [0u8; MAX_PIECES];
        for (d, &s) in ends.iter_mut().zip(&term.ends) {
            // A piece ends inside the word, whose length fits a byte.
            *d = s as u8;
        }
        let at = self.text.len() as u32;
        self.text.push_str(term.text);
        self.text.push_str(&term.key);
        self.entries.push(Entry {
            at,
            word_len,
            key_len,
            stopword: term.stopword,
            n: term.n,
            ends,
            roles: term.roles,
        });
        self.insert(miss.tag, self.entries.len() as u32);
    }

    /// Puts the entry `index + 1` with `tag` in its slot.
    #[inline]
    fn insert(&mut self, tag: u32, index1: u32) {
        let mask = self.slots.len() - 1;
        let mut i = Self::home(tag, self.bits);
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (u64::from(tag) << 32) | u64::from(index1);
    }

    /// Doubles the table, placing each slot by the tag it holds.
    fn grow(&mut self) {
        let doubled = vec![0; 2 * self.slots.len()];
        let old = core::mem::replace(&mut self.slots, doubled);
        self.bits += 1;
        for slot in old.into_iter().filter(|&s| s != 0) {
            self.insert((slot >> 32) as u32, slot as u32);
        }
    }
}
