//! A small memo of analyzed words for one [`Terms`](super::Terms) run.
//!
//! Running text repeats its words (in the news corpus, a tenth of the
//! distinct forms make up most of the tokens), and a word's pieces and key
//! depend on the word alone. A direct-mapped table of recent words, keyed by
//! a hash of the surface word, turns a repeat into a hash, a comparison and
//! a copy of the key. It is allocated only once a run has seen
//! [`WARM_UP`] words, so analyzing a query or a short document costs
//! nothing extra; its buffers are reused from word to word.

use core::hash::Hasher;

use super::segment::{Role, MAX_PIECES};
use super::Term;
use crate::hash::FxHasher;
use crate::Span;

/// Slots of the table (a power of two).
const SLOTS: usize = 4096;
/// Words a run analyzes before the table is allocated.
const WARM_UP: usize = 256;

#[derive(Clone, Debug)]
struct Slot {
    word: String,
    key: String,
    stopword: bool,
    /// End of each piece, in bytes from the word's start, and its role.
    ends: [u32; MAX_PIECES],
    roles: [Role; MAX_PIECES],
    n: u8,
}

impl Default for Slot {
    fn default() -> Self {
        Slot {
            word: String::new(),
            key: String::new(),
            stopword: false,
            ends: [0; MAX_PIECES],
            roles: [Role::Stem; MAX_PIECES],
            n: 0,
        }
    }
}

/// The memo of one run.
#[derive(Clone, Debug, Default)]
pub(crate) struct Memo {
    slots: Vec<Slot>,
    seen: usize,
}

#[inline]
fn slot_of(word: &str) -> usize {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    let h = h.finish();
    ((h >> 32) ^ h) as usize & (SLOTS - 1)
}

impl Memo {
    /// The term of `word` at `base` if the memo holds the word.
    #[inline]
    pub(crate) fn get<'t>(
        &mut self,
        word: &'t str,
        base: usize,
        position: usize,
    ) -> Option<Term<'t>> {
        if self.slots.is_empty() {
            self.seen += 1;
            if self.seen < WARM_UP {
                return None;
            }
            self.slots = vec![Slot::default(); SLOTS];
        }
        let slot = &self.slots[slot_of(word)];
        if slot.n == 0 || slot.word != word {
            return None;
        }
        Some(Term {
            text: word,
            span: Span::new(base, base + word.len()),
            position,
            key: slot.key.clone(),
            stopword: slot.stopword,
            ends: slot.ends,
            roles: slot.roles,
            n: slot.n,
        })
    }

    /// Keeps `term` (a word token) for its next occurrence.
    #[inline]
    pub(crate) fn put(&mut self, term: &Term<'_>) {
        if self.slots.is_empty() {
            return;
        }
        let slot = &mut self.slots[slot_of(term.text)];
        slot.word.clear();
        slot.word.push_str(term.text);
        slot.key.clear();
        slot.key.push_str(&term.key);
        slot.stopword = term.stopword;
        slot.ends = term.ends;
        slot.roles = term.roles;
        slot.n = term.n;
    }
}
