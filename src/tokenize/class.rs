//! What each character is to the tokenizer.
//!
//! [`classify`] is the one definition, built from the predicates in
//! [`crate::chars`]. The scanners ask [`Tables::class_at`], which answers
//! from a lookup table for the one-byte and two-byte chars (U+0000..=U+07FF:
//! ASCII, Latin-1, the Arabic blocks) without decoding, and decodes and
//! calls [`classify`] for everything else. The Arabic word scanner tests its
//! characters against [`ByteSet`]s, which answer for the same chars without
//! a branch. The table and sets are filled by calling [`classify`], so the
//! fast and slow paths cannot disagree.

use once_cell::sync::Lazy;

use crate::chars;

/// The tokenizer's view of a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Whitespace, control characters and ZWSP: they separate tokens.
    Space,
    /// Invisible format characters (ZWNJ, ZWJ, bidi marks, soft hyphen,
    /// BOM): kept inside a word, never at its edges.
    Format,
    /// A letter of the Arabic script.
    ArabicLetter,
    /// A letter (or a digit other than the three digit sets) of any other
    /// script that is written with spaces between words.
    Letter,
    /// An ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
    Digit,
    /// A combining mark: harakat, Quranic marks, Latin accents, variation
    /// selectors.
    Mark,
    /// U+0640 ARABIC TATWEEL.
    Tatweel,
    /// A punctuation mark ([`chars::is_punctuation`]).
    Punct,
    /// Anything else: currency, percent, math, emoji.
    Symbol,
    /// A letter of a script that Unicode word boundaries segment
    /// ([`chars::is_complex_script`]).
    Complex,
}

impl Class {
    /// Whether the class can start or continue a word.
    #[inline]
    pub(crate) fn is_word(self) -> bool {
        matches!(
            self,
            Class::ArabicLetter | Class::Letter | Class::Digit | Class::Mark
        )
    }
}

/// The class of any `char`.
pub(crate) fn classify(c: char) -> Class {
    if c == chars::ZWSP {
        Class::Space
    } else if chars::is_invisible(c) {
        Class::Format
    } else if c.is_whitespace() || c.is_control() {
        Class::Space
    } else if chars::is_tatweel(c) {
        Class::Tatweel
    } else if chars::is_digit(c) {
        Class::Digit
    } else if chars::is_arabic_letter(c) {
        Class::ArabicLetter
    } else if chars::is_arabic_mark(c) || chars::is_composing_mark(c) {
        Class::Mark
    } else if chars::is_punctuation(c) {
        Class::Punct
    } else if unicode_normalization::char::is_combining_mark(c) {
        Class::Mark
    } else if chars::is_complex_script(c) && c.is_alphanumeric() {
        Class::Complex
    } else if c.is_alphanumeric() {
        Class::Letter
    } else {
        Class::Symbol
    }
}

/// Lookup tables for the characters that make up nearly all Arabic text.
#[derive(Debug)]
pub(crate) struct Tables {
    /// The one-byte and two-byte chars, U+0000..=U+07FF, indexed by code
    /// point.
    short: [Class; SHORT],
    /// Two-byte Arabic letters: the chars that start an Arabic word.
    pub(crate) arabic_letter: ByteSet,
    /// Two-byte Arabic letters and combining marks: what the rest of an
    /// Arabic word is made of.
    pub(crate) arabic_word: ByteSet,
    /// The one-byte and two-byte chars before which an Arabic word ends
    /// whatever it holds: spaces, symbols, and punctuation other than `.`
    /// and `_` (the only marks that can join letters, see `number.rs`).
    pub(crate) arabic_word_end: ByteSet,
}

/// The number of one-byte and two-byte chars: U+0000..=U+07FF.
const SHORT: usize = 0x800;

static TABLES: Lazy<Tables> = Lazy::new(|| {
    let mut short = [Class::Symbol; SHORT];
    for (code, slot) in short.iter_mut().enumerate() {
        // No surrogate is this low: every code point here is a char.
        *slot = char::from_u32(code as u32).map_or(Class::Symbol, classify);
    }
    let class = |c: char| short[c as usize];
    Tables {
        arabic_letter: ByteSet::of(|c| class(c) == Class::ArabicLetter),
        arabic_word: ByteSet::of(|c| matches!(class(c), Class::ArabicLetter | Class::Mark)),
        arabic_word_end: ByteSet::of(|c| {
            !matches!(c, '.' | '_')
                && matches!(
                    class(c),
                    Class::Space | Class::Punct | Class::Symbol | Class::Complex
                )
        }),
        short,
    }
});

/// A set of one-byte and two-byte chars (U+0000..=U+07FF, which holds
/// ASCII, Latin-1 and the Arabic blocks), tested from the first two bytes
/// of a char with one load and one shift, and no branch.
///
/// Entry `b0` is a bitmap over the low six bits of the byte after it. A
/// two-byte char is `b0 b1` with `b0` in 0xC2..=0xDF and `b1` a
/// continuation byte whose low six bits are all that vary, so bit
/// `b1 & 0x3F` of entry `b0` says whether that char is in the set. An ASCII
/// char is its byte alone: its entry is all ones or all zeros, whatever
/// follows. Entries of the lead bytes of longer chars, and of continuation
/// bytes, are zero: such chars are never in the set.
#[derive(Debug)]
pub(crate) struct ByteSet([u64; 256]);

impl ByteSet {
    /// The one-byte and two-byte chars for which `member` holds.
    fn of(member: impl Fn(char) -> bool) -> ByteSet {
        let mut set = [0u64; 256];
        for (b0, bits) in set.iter_mut().enumerate() {
            *bits = match b0 {
                0x00..=0x7F if member(char::from(b0 as u8)) => u64::MAX,
                0xC2..=0xDF => (0..64u32)
                    .filter(|&low| {
                        char::from_u32(((b0 as u32 & 0x1F) << 6) | low).is_some_and(&member)
                    })
                    .fold(0, |bits, low| bits | 1 << low),
                _ => 0,
            };
        }
        ByteSet(set)
    }

    /// Whether the char that starts with the bytes `b0 b1` is in the set;
    /// `b1` is ignored when `b0` is ASCII (pass anything, such as 0 at the
    /// end of the text). `b0` must start a char.
    #[inline]
    pub(crate) fn contains(&self, b0: u8, b1: u8) -> bool {
        (self.0[usize::from(b0)] >> (b1 & 0x3F)) & 1 != 0
    }

    /// Whether the char that starts at byte `i` of `bytes`, a char
    /// boundary below the length, is in the set.
    #[inline]
    pub(crate) fn contains_at(&self, bytes: &[u8], i: usize) -> bool {
        self.contains(bytes[i], bytes.get(i + 1).copied().unwrap_or(0))
    }
}

impl Tables {
    /// The tables, built on first use.
    #[inline]
    pub(crate) fn get() -> &'static Tables {
        &TABLES
    }

    /// The class and UTF-8 length of the char that starts at byte `i` of
    /// `text`. `i` must be a char boundary below `text.len()`.
    #[inline]
    pub(crate) fn class_at(&self, text: &str, i: usize) -> (Class, usize) {
        let bytes = text.as_bytes();
        let b = bytes[i];
        if b < 0x80 {
            return (self.short[usize::from(b)], 1);
        }
        if (0xC2..=0xDF).contains(&b) {
            if let Some(&b1) = bytes.get(i + 1) {
                return (self.two_byte(b, b1), 2);
            }
        }
        self.class_slow(text, i)
    }

    /// The class of the two-byte char `b0 b1`, with lead byte `b0` in
    /// 0xC2..=0xDF: U+0080..=U+07FF.
    #[inline]
    pub(crate) fn two_byte(&self, b0: u8, b1: u8) -> Class {
        // 110xxxxx 10yyyyyy is the code point xxxxxyyyyyy.
        self.short[(usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)]
    }

    #[cold]
    fn class_slow(&self, text: &str, i: usize) -> (Class, usize) {
        match text.get(i..).and_then(|s| s.chars().next()) {
            Some(c) => (classify(c), c.len_utf8()),
            // Not reached for a char boundary below the length; a class that
            // ends tokens keeps callers safe either way.
            None => (Class::Space, 1),
        }
    }
}

/// The char that ends at byte `i` of `text` (the one before `i`).
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The char that starts at byte `i` of `text`.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Named cases, one char each.
    const CASES: &[(&str, char, Class)] = &[
        ("arabic letter", 'ب', Class::ArabicLetter),
        ("persian letter", 'پ', Class::ArabicLetter),
        ("presentation form", '\u{FEFB}', Class::ArabicLetter),
        ("fatha", '\u{064E}', Class::Mark),
        ("hamza above", '\u{0654}', Class::Mark),
        ("quranic mark", '\u{06D6}', Class::Mark),
        ("latin accent", '\u{0301}', Class::Mark),
        ("tatweel", 'ـ', Class::Tatweel),
        ("arabic-indic digit", '٣', Class::Digit),
        ("eastern arabic-indic digit", '۳', Class::Digit),
        ("ascii digit", '7', Class::Digit),
        ("arabic comma", '،', Class::Punct),
        ("arabic question mark", '؟', Class::Punct),
        ("decimal separator", '٫', Class::Punct),
        ("arabic percent", '٪', Class::Symbol),
        ("percent", '%', Class::Symbol),
        ("dollar", '$', Class::Symbol),
        ("emoji", '😀', Class::Symbol),
        ("zwnj", '\u{200C}', Class::Format),
        ("rlm", '\u{200F}', Class::Format),
        ("bom", '\u{FEFF}', Class::Format),
        ("zwsp", '\u{200B}', Class::Space),
        ("nbsp", '\u{00A0}', Class::Space),
        ("newline", '\n', Class::Space),
        ("nul", '\0', Class::Space),
        ("latin", 'é', Class::Letter),
        ("cyrillic", 'ж', Class::Letter),
        ("han", '中', Class::Complex),
        ("ideographic full stop", '。', Class::Punct),
        ("ideographic space", '\u{3000}', Class::Space),
    ];

    #[test]
    fn classes() {
        for &(name, c, class) in CASES {
            assert_eq!(classify(c), class, "{name}");
        }
    }

    #[test]
    fn byte_sets_agree_with_classify() {
        let t = Tables::get();
        let mut buf = [0u8; 4];
        for c in (0u32..0x800).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf).as_bytes();
            let class = classify(c);
            // After an ASCII char any byte may follow, or none.
            let seconds: &[u8] = match s {
                [_] => &[0x00, b' ', 0x80, 0xBF, 0xD8, 0xFF],
                _ => &s[1..2],
            };
            for &b1 in seconds {
                let b0 = s[0];
                let name = format!("U+{:04X} then {b1:#04X}", c as u32);
                assert_eq!(
                    t.arabic_letter.contains(b0, b1),
                    class == Class::ArabicLetter,
                    "letter {name}"
                );
                assert_eq!(
                    t.arabic_word.contains(b0, b1),
                    matches!(class, Class::ArabicLetter | Class::Mark),
                    "word {name}"
                );
                let ends = matches!(
                    class,
                    Class::Space | Class::Punct | Class::Symbol | Class::Complex
                );
                assert_eq!(
                    t.arabic_word_end.contains(b0, b1),
                    ends && !matches!(c, '.' | '_'),
                    "word end {name}"
                );
            }
        }
        // Longer chars, and bytes inside a char, are in no set.
        for c in ['\u{0800}', '\u{08A0}', '\u{FEFB}', '\u{3000}', '😀'] {
            let s = c.encode_utf8(&mut buf).as_bytes();
            for set in [&t.arabic_letter, &t.arabic_word, &t.arabic_word_end] {
                for i in 0..s.len() {
                    assert!(!set.contains_at(s, i), "U+{:04X} byte {i}", c as u32);
                }
            }
        }
    }

    #[test]
    fn tables_agree_with_classify() {
        let t = Tables::get();
        let mut buf = [0u8; 4];
        for c in (0u32..0x800).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            assert_eq!(
                t.class_at(s, 0),
                (classify(c), c.len_utf8()),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
