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
use once_cell::sync::Lazy;

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

/// [`ARABIC_FOLD`]: a char that is no letter and composes with nothing.
const SKIP: u8 = 0xFF;
/// [`ARABIC_FOLD`]: a char [`Letters::fill`] reads with [`fold_char`].
const SLOW: u8 = 0xFE;
/// The offset of ا in U+0600..U+06FF.
const ALEF_AT: usize = chars::ALEF as usize - 0x600;

/// For each char of U+0600..U+06FF, by its offset: what [`fold_char`]
/// makes of it when that is an Arabic letter ء..ي (the letter's offset),
/// [`SKIP`] for a mark or invisible char that composes with nothing, and
/// [`SLOW`] for the rest (madda and hamza marks, digits, punctuation).
static ARABIC_FOLD: Lazy<[u8; 256]> = Lazy::new(|| {
    let mut t = [SLOW; 256];
    for (o, e) in t.iter_mut().enumerate() {
        let Some(c) = char::from_u32(0x600 + o as u32) else {
            continue;
        };
        *e = match fold_char(c) {
            None if !matches!(c, chars::MADDAH_ABOVE..=chars::HAMZA_BELOW) => SKIP,
            Some(f) if (chars::HAMZA..=chars::YEH).contains(&f) => (f as u32 - 0x600) as u8,
            _ => SLOW,
        };
    }
    t
});

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
        let table = &*ARABIC_FOLD;
        let b = word.as_bytes();
        // The folded letters are copied to `buf` a run at a time: `word[run..]`
        // holds letters that fold to themselves not yet copied, and `len` is
        // what `buf` holds once they are.
        let (mut i, mut run, mut len) = (0, 0, 0);
        while i < b.len() {
            // Two-byte chars of U+0600..U+06FF (lead bytes D8..DB), most of
            // an Arabic word, from the table; the rest char by char.
            if let 0xD8..=0xDB = b[i] {
                let o = (usize::from(b[i] & 0x03) << 6) | usize::from(b[i + 1] & 0x3F);
                match table[o] {
                    SKIP => {
                        self.buf.push_str(&word[run..i]);
                        i += 2;
                        run = i;
                        continue;
                    }
                    SLOW => {}
                    code => {
                        let f = char::from_u32(0x600 + u32::from(code)).unwrap_or('\0');
                        if !self.note(f, o == ALEF_AT, i, len) {
                            return false;
                        }
                        len += 2;
                        if usize::from(code) != o {
                            self.buf.push_str(&word[run..i]);
                            self.buf.push(f);
                            run = i + 2;
                        }
                        i += 2;
                        continue;
                    }
                }
            }
            let Some(c) = word[i..].chars().next() else {
                break;
            };
            match fold_char(c) {
                // Madda and hamza marks compose with the letter before
                // them under SEARCH (و + U+0654 → ؤ): leave it to the
                // normalizer.
                None => {
                    self.plain &= !matches!(c, chars::MADDAH_ABOVE..=chars::HAMZA_BELOW);
                    self.buf.push_str(&word[run..i]);
                    run = i + c.len_utf8();
                }
                Some(f) => {
                    self.plain &= (chars::HAMZA..=chars::YEH).contains(&f);
                    if !self.note(f, c == chars::ALEF, i, len) {
                        return false;
                    }
                    len += f.len_utf8();
                    if f != c {
                        self.buf.push_str(&word[run..i]);
                        self.buf.push(f);
                        run = i + c.len_utf8();
                    }
                }
            }
            i += c.len_utf8();
        }
        self.buf.push_str(&word[run..]);
        debug_assert_eq!(self.buf.len(), len);
        self.at[self.n] = word.len() as u32;
        self.fat[self.n] = len as u16;
        self.n > 0
    }

    /// Notes the folded letter `f` that starts at byte `at` of the word and
    /// at byte `folded_at` of [`Letters::folded`]; `false` when the view is
    /// full.
    #[inline]
    fn note(&mut self, f: char, bare_alef: bool, at: usize, folded_at: usize) -> bool {
        if self.n == MAX_LETTERS {
            return false;
        }
        if bare_alef {
            self.bare_alef |= 1 << self.n;
        }
        self.chars[self.n] = f;
        self.at[self.n] = at as u32;
        self.fat[self.n] = folded_at as u16;
        self.n += 1;
        true
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
