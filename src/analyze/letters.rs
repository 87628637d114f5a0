//! The letter view of one word: its letters folded for comparison, each with
//! the byte offset where it starts in the surface word.
//!
//! Diacritics, Quranic marks, tatweel and invisible characters are not
//! letters: they stay attached to the letter before them, so a cut between
//! two letters falls after the marks of the first one. Alef variants
//! (أ إ آ ٱ) fold to ا and Persian letters to their Arabic twins, but
//! whether the alef was bare is remembered: the article is written with a
//! bare ا, never أ or إ (so إلغاء is not ال + غاء).

use crate::chars;

/// The longest word, in letters, that the segmenter looks into. Longer
/// words are left whole.
pub(crate) const MAX_LETTERS: usize = 32;

/// One word's letters, folded, with their offsets.
#[derive(Clone, Debug)]
pub(crate) struct Letters {
    /// The folded letters.
    pub chars: [char; MAX_LETTERS],
    /// `at[i]`: byte offset of letter `i` in the surface word; `at[n]` is
    /// the word's length.
    pub at: [u32; MAX_LETTERS + 1],
    /// Bit `i` set when letter `i` is a bare alef ا in the surface word.
    pub bare_alef: u64,
    /// Number of letters.
    pub n: usize,
    /// Every letter is an Arabic letter ء..ي and no mark composes with
    /// one: the folded letters are what SEARCH normalization gives.
    pub plain: bool,
    /// The folded letters as UTF-8 (a buffer reused from word to word).
    buf: String,
    /// `fat[i]`: byte offset of letter `i` in `buf`.
    fat: [u16; MAX_LETTERS + 1],
}

/// The folded form of one char: `None` for marks and invisible characters.
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    // Most chars of Arabic text: letters that stay (all of ء..ي but the
    // three alef variants with hamza or madda).
    if matches!(c, chars::HAMZA | chars::WAW_WITH_HAMZA_ABOVE | chars::YEH_WITH_HAMZA_ABOVE..=chars::GHAIN | chars::FEH..=chars::YEH)
    {
        return Some(c);
    }
    match c {
        chars::ALEF_WITH_MADDA_ABOVE
        | chars::ALEF_WITH_HAMZA_ABOVE
        | chars::ALEF_WITH_HAMZA_BELOW
        | chars::ALEF_WASLA
        | chars::ALEF_WITH_WAVY_HAMZA_ABOVE
        | chars::ALEF_WITH_WAVY_HAMZA_BELOW
        | chars::HIGH_HAMZA_ALEF => Some(chars::ALEF),
        chars::KEHEH | chars::SWASH_KAF => Some(chars::KAF),
        chars::FARSI_YEH | chars::YEH_WITH_TAIL | chars::E => Some(chars::YEH),
        chars::HEH_DOACHASHMEE | chars::HEH_GOAL | chars::AE => Some(chars::HEH),
        chars::TEH_MARBUTA_GOAL => Some(chars::TEH_MARBUTA),
        c if chars::is_diacritic(c)
            || chars::is_quranic_mark(c)
            || chars::is_tatweel(c)
            || chars::is_invisible(c)
            || c == chars::ZWNJ =>
        {
            None
        }
        c => Some(c),
    }
}

/// Appends the folded form of `word` to `out` (the spelling the lexicon and
/// the closed lists use).
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
}

impl Letters {
    /// An empty view, to be filled by [`Letters::fill`].
    pub fn empty() -> Self {
        Letters {
            chars: ['\0'; MAX_LETTERS],
            at: [0; MAX_LETTERS + 1],
            bare_alef: 0,
            n: 0,
            plain: true,
            buf: String::with_capacity(4 * MAX_LETTERS),
            fat: [0; MAX_LETTERS + 1],
        }
    }

    /// The letters of `word`, or `None` when it has none or is too long to
    /// look into.
    pub fn new(word: &str) -> Option<Self> {
        let mut l = Letters::empty();
        l.fill(word).then_some(l)
    }

    /// Reads `word` into this view; `false` when it has no letters or is
    /// too long to look into (more than [`MAX_LETTERS`] letters, or 64 KiB).
    pub fn fill(&mut self, word: &str) -> bool {
        self.n = 0;
        self.bare_alef = 0;
        self.plain = true;
        self.buf.clear();
        if word.len() > usize::from(u16::MAX) {
            return false;
        }
        for (i, c) in word.char_indices() {
            let Some(f) = fold_char(c) else {
                // Madda and hamza marks compose with the letter before
                // them under SEARCH (و + U+0654 → ؤ): leave it to the
                // normalizer.
                self.plain &= !matches!(c, chars::MADDAH_ABOVE..=chars::HAMZA_BELOW);
                continue;
            };
            self.plain &= (chars::HAMZA..=chars::YEH).contains(&f);
            if self.n == MAX_LETTERS {
                return false;
            }
            if c == chars::ALEF {
                self.bare_alef |= 1 << self.n;
            }
            self.chars[self.n] = f;
            self.at[self.n] = i as u32;
            self.fat[self.n] = self.buf.len() as u16;
            self.buf.push(f);
            self.n += 1;
        }
        self.at[self.n] = word.len() as u32;
        self.fat[self.n] = self.buf.len() as u16;
        self.n > 0
    }

    /// The folded letters `a..b`.
    #[inline]
    pub fn folded(&self, a: usize, b: usize) -> &str {
        &self.buf[usize::from(self.fat[a])..usize::from(self.fat[b])]
    }

    /// The letter at `i`, or NUL past the end.
    #[inline]
    pub fn get(&self, i: usize) -> char {
        if i < self.n {
            self.chars[i]
        } else {
            '\0'
        }
    }

    /// Whether letters `i` and `i + 1` are the article ال with a bare alef.
    #[inline]
    pub fn is_article_at(&self, i: usize) -> bool {
        i + 1 < self.n && self.bare_alef & (1 << i) != 0 && self.chars[i + 1] == chars::LAM
    }
}
