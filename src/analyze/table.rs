//! A table from words to values, for the lexicon's counts and the closed
//! lists (the analyzer's memo keeps its own records, using [`tag`],
//! [`same`] and the same index, [`Slots`]).
//!
//! The words are written one after the other into one growing text (no
//! allocation per word), each with an entry: where it is and its value.
//! An open-addressing index ([`Slots`]: linear probing, at most half full)
//! finds a word's entry: each slot holds 32 bits of the word's hash ([`tag`])
//! beside the entry's index, so a probe compares bytes only when the tags
//! agree, and growing the table moves slots by the tags they hold without
//! hashing any word again. A caller that looked a word up and missed
//! inserts it with the tag it already has.

use crate::hash;

/// Slots of a table once it holds a word (a power of two).
const FIRST_SLOTS: usize = 16;

/// An open-addressing index of values by 32-bit tags (linear probing, at
/// most half full): each slot holds a tag in its high half and its value
/// plus one in its low half, `0` when empty. Growing moves slots by the
/// tags they hold, so nothing is hashed again.
#[derive(Clone, Debug, Default)]
pub(crate) struct Slots {
    slots: Vec<u64>,
    /// log2 of `slots.len()`.
    bits: u32,
}

impl Slots {
    /// The values stored under `tag`, in probe order: the caller compares
    /// what each names with its key.
    #[inline]
    pub(crate) fn probe(&self, tag: u32) -> impl Iterator<Item = usize> + '_ {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = if self.slots.is_empty() {
            None
        } else {
            Some(self.home(tag))
        };
        core::iter::from_fn(move || loop {
            let at = i?;
            let slot = self.slots[at];
            if slot == 0 {
                i = None;
                return None;
            }
            i = Some((at + 1) & mask);
            if (slot >> 32) as u32 == tag {
                return Some((slot as u32 - 1) as usize);
            }
        })
    }

    /// Stores `value` under `tag`, the index then holding `count` values;
    /// grows first when it would be more than half full.
    pub(crate) fn insert(&mut self, tag: u32, value: usize, count: usize) {
        if 2 * count > self.slots.len() {
            self.grow();
        }
        self.place((u64::from(tag) << 32) | (value as u64 + 1));
    }

    /// The first slot `tag` probes.
    #[inline]
    fn home(&self, tag: u32) -> usize {
        (u64::from(tag) >> (32 - self.bits)) as usize
    }

    /// Puts `slot` in the first free slot from its home.
    #[inline]
    fn place(&mut self, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut i = self.home((slot >> 32) as u32);
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    /// Doubles the slots, moving each by the tag it holds.
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(FIRST_SLOTS);
        let old = core::mem::replace(&mut self.slots, vec![0; size]);
        self.bits = size.trailing_zeros();
        for slot in old.into_iter().filter(|&s| s != 0) {
            self.place(slot);
        }
    }
}

/// 32 bits of the hash of `word`: what [`Words::find`] and
/// [`Words::insert`] take.
#[inline]
pub(crate) fn tag(word: &str) -> u32 {
    (hash::word(word.as_bytes()) >> 32) as u32
}

/// Whether `a` and `b` hold the same bytes: for words of 4 to 16 bytes
/// (most Arabic words, function words included) two loads a side, else
/// the slice comparison.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if (8..=16).contains(&n) {
        let head = |x: &[u8]| <[u8; 8]>::try_from(&x[..8]).ok();
        let tail = |x: &[u8]| <[u8; 8]>::try_from(&x[n - 8..]).ok();
        return head(a) == head(b) && tail(a) == tail(b);
    }
    if (4..8).contains(&n) {
        let head = |x: &[u8]| <[u8; 4]>::try_from(&x[..4]).ok();
        let tail = |x: &[u8]| <[u8; 4]>::try_from(&x[n - 4..]).ok();
        return head(a) == head(b) && tail(a) == tail(b);
    }
    a == b
}

/// One word: where it starts in the text, its length, its value.
#[derive(Clone, Copy, Debug)]
struct Entry<V> {
    at: usize,
    len: u32,
    value: V,
}

/// Words and their values; see the [module docs](self).
#[derive(Clone, Debug)]
pub(crate) struct Words<V> {
    /// The entries' indices by the words' tags.
    slots: Slots,
    entries: Vec<Entry<V>>,
    /// The words, one after the other.
    text: String,
}

impl<V> Default for Words<V> {
    fn default() -> Self {
        Words {
            slots: Slots::default(),
            entries: Vec::new(),
            text: String::new(),
        }
    }
}

impl<V: Copy> Words<V> {
    /// The number of words.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// The index of `word`'s entry (`tag` is [`tag`]`(word)`).
    #[inline]
    pub(crate) fn find(&self, word: &str, tag: u32) -> Option<usize> {
        self.slots.probe(tag).find(|&index| {
            let e = &self.entries[index];
            same(
                &self.text.as_bytes()[e.at..e.at + e.len as usize],
                word.as_bytes(),
            )
        })
    }

    /// The word of entry `index`.
    #[cfg(test)]
    pub(crate) fn word(&self, index: usize) -> &str {
        let e = &self.entries[index];
        &self.text[e.at..e.at + e.len as usize]
    }

    /// The value of entry `index`.
    #[inline]
    pub(crate) fn value(&self, index: usize) -> &V {
        &self.entries[index].value
    }

    /// The value of entry `index`, to change.
    #[inline]
    pub(crate) fn value_mut(&mut self, index: usize) -> &mut V {
        &mut self.entries[index].value
    }

    /// Adds `word`, which [`Words::find`] did not find, with its `tag` and
    /// its `value`; returns its index.
    pub(crate) fn insert(&mut self, word: &str, tag: u32, value: V) -> usize {
        let index = self.entries.len();
        self.entries.push(Entry {
            at: self.text.len(),
            len: word.len() as u32,
            value,
        });
        self.text.push_str(word);
        self.slots.insert(tag, index, self.entries.len());
        index
    }

    /// The words and their values, in the order they were added.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> + '_ {
        self.entries
            .iter()
            .map(|e| (&self.text[e.at..e.at + e.len as usize], &e.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted_across_growth() {
        let mut t: Words<u32> = Words::default();
        let words: Vec<String> = (0..5000).map(|i| format!("كلمة{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.find(w, tag(w)), None);
            let at = t.insert(w, tag(w), i as u32);
            assert_eq!(at, i);
        }
        for (i, w) in words.iter().enumerate() {
            let at = t.find(w, tag(w)).unwrap();
            assert_eq!((t.word(at), *t.value(at)), (w.as_str(), i as u32));
        }
        assert_eq!(t.find("كلمة", tag("كلمة")), None);
        assert_eq!(t.len(), 5000);
        assert_eq!(t.iter().count(), 5000);
    }

    #[test]
    fn keeps_words_side_by_side() {
        let mut t: Words<u8> = Words::default();
        let i = t.insert("والكتاب", tag("والكتاب"), 4);
        let j = t.insert("ب", tag("ب"), 1);
        assert_eq!((t.word(i), t.word(j)), ("والكتاب", "ب"));
        *t.value_mut(j) += 1;
        assert_eq!(*t.value(j), 2);
    }

    #[test]
    fn same_compares_every_length() {
        for n in 0..40 {
            let a: Vec<u8> = (0..n as u8).collect();
            assert!(same(&a, &a.clone()));
            for k in 0..n {
                let mut b = a.clone();
                b[k] ^= 1;
                assert!(!same(&a, &b), "{n} {k}");
            }
        }
    }
}
