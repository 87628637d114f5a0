//! A memo of analyzed words for one [`Terms`](super::Terms) run.
//!
//! Running text repeats its words (in the news corpus, a tenth of the
//! distinct forms make up most of the tokens), and a word's pieces and key
//! depend on the word alone. The memo keeps every distinct word of the run
//! it has room for, so a repeat costs a hash, a comparison and a copy of
//! the key instead of an analysis:
//!
//! - the words and their analyses are kept in a [`Words`] table (one
//!   growing text for the words and their keys, an open-addressing index
//!   of hash tags over it), so a word is hashed once per occurrence and
//!   nothing is allocated per word;
//! - it is used (and allocated) only once a run has seen [`WARM_UP`]
//!   words, so analyzing a query or a short document costs nothing extra;
//! - it stops taking words at [`MAX_ENTRIES`] words or [`MAX_TEXT`] bytes
//!   of words and keys, which keeps it within about 2.5 MiB, near the
//!   size of a core's cache: a repeat served from a table that has
//!   outgrown the cache waits for memory longer than the analysis it
//!   saves takes (on the news corpus, 2^15 words served four tokens in
//!   five and ran faster than 2^17, which held every distinct word).

use super::segment::{Role, MAX_PIECES};
use super::table::{self, Words};
use super::{Key, Term};
use crate::Span;

/// Words a run analyzes before the memo is used.
const WARM_UP: usize = 256;
/// The most words the memo keeps.
const MAX_ENTRIES: usize = 1 << 15;
/// The most bytes of words and keys the memo keeps.
const MAX_TEXT: usize = 1 << 20;

/// One word's analysis; its key follows the word in the table's text.
#[derive(Clone, Copy, Debug)]
struct Entry {
    key_len: u8,
    stopword: bool,
    n: u8,
    /// End of each piece, in bytes from the word's start, and its role.
    ends: [u8; MAX_PIECES],
    roles: [Role; MAX_PIECES],
}

/// A word the memo holds: its entry, and whether it is a stopword.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    index: usize,
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
    words: Words<Entry>,
    /// Words seen while warming up.
    seen: usize,
}

impl core::fmt::Debug for Memo {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Memo")
            .field("words", &self.words.len())
            .field("bytes", &self.words.text_len())
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
        match self.words.find(word, tag) {
            Some(index) => Ok(Hit {
                index,
                stopword: self.words.value(index).stopword,
            }),
            None => Err(Some(Miss { tag })),
        }
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
        let e = self.words.value(hit.index);
        let mut ends = [0u32; MAX_PIECES];
        for (d, &s) in ends.iter_mut().zip(&e.ends) {
            *d = u32::from(s);
        }
        Term {
            text: word,
            span: Span::new(base, base + word.len()),
            position,
            key: {
                let (key, window) = self.words.after_window(hit.index, usize::from(e.key_len));
                Key::in_window(key, window)
            },
            stopword: e.stopword,
            ends,
            roles: e.roles,
            n: e.n,
        }
    }

    /// Keeps `term` (a word token the memo missed) for its next
    /// occurrence, if there is room.
    #[inline]
    pub(crate) fn put(&mut self, miss: Miss, term: &Term<'_>) {
        let (Ok(_), Ok(key_len)) = (u8::try_from(term.text.len()), u8::try_from(term.key.len()))
        else {
            return;
        };
        if self.words.len() >= MAX_ENTRIES
            || self.words.text_len() + term.text.len() + term.key.len() > MAX_TEXT
        {
            return;
        }
        let mut ends = [0u8; MAX_PIECES];
        for (d, &s) in ends.iter_mut().zip(&term.ends) {
            // A piece ends inside the word, whose length fits a byte.
            *d = s as u8;
        }
        let entry = Entry {
            key_len,
            stopword: term.stopword,
            n: term.n,
            ends,
            roles: term.roles,
        };
        self.words.insert(term.text, miss.tag, &term.key, entry);
    }
}
