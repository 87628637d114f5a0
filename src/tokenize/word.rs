//! Words and numbers: runs of letters of one script, digits and the marks
//! that sit on them.
//!
//! One pass takes characters while they belong to the token: letters of the
//! token's script (Arabic, or any other script written with spaces), digits
//! of the three digit sets, combining marks, tatweel, invisible format
//! characters, and the separators `number.rs` admits. A letter of the other
//! script ends the token (`iPhoneالجديد` is two words). The token ends after
//! its last *solid* character (a letter, a digit, or a mark on one of them),
//! so a trailing tatweel or invisible character is left for the next token.

use super::class::{Class, Tables};
use super::number::{self, Context, Join};
use super::TokenKind;
use crate::chars;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Unknown,
    Arabic,
    Other,
}

/// Scans the word that starts with a two-byte Arabic letter at byte
/// `start`, for the common case: two-byte Arabic letters and marks up to
/// whitespace, punctuation or a symbol. Anything else (tatweel, digits,
/// joiners, a letter of another script, a dot after one letter) goes to
/// [`scan`], which starts over.
#[inline]
pub(super) fn arabic(t: &Tables, text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    // The caller checked that the first char is an Arabic letter two bytes
    // long. Every char taken below is two bytes long too (the set holds no
    // other), so `i` stays on char boundaries.
    let mut i = start + 2;
    // Eight characters at a time: one table test per character with no
    // branch, then one branch on where the first non-word character is. A
    // branch per character would be mispredicted at the end of nearly every
    // word.
    while let Some(block) = bytes.get(i..i + 16) {
        let mut word = 0u32;
        for (k, pair) in block.chunks_exact(2).enumerate() {
            word |= u32::from(t.arabic_word.contains(pair[0], pair[1])) << k;
        }
        let n = word.trailing_ones() as usize;
        i += 2 * n;
        if n < 8 {
            return arabic_end(t, text, start, i);
        }
    }
    while let Some(&[b0, b1]) = bytes.get(i..i + 2) {
        if !t.arabic_word.contains(b0, b1) {
            break;
        }
        i += 2;
    }
    arabic_end(t, text, start, i)
}

/// Finishes the word of [`arabic`] whose letters and marks end at `i`: done
/// when what follows cannot join it, otherwise [`scan`] starts over.
#[inline]
fn arabic_end(t: &Tables, text: &str, start: usize, i: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        None => (i, TokenKind::Word),
        Some(_) if t.arabic_word_end.contains_at(bytes, i) => (i, TokenKind::Word),
        // A `.` joins only a one-letter abbreviation (`ق.م`).
        Some(b'.') if more_than_one_letter(t, &bytes[start..i]) => (i, TokenKind::Word),
        // `_` joins words; tatweel, digits, joiners and other letters need
        // the general scan.
        Some(_) => scan(t, text, start),
    }
}

/// Whether `run`, two-byte Arabic letters and marks that start with a
/// letter, holds another letter.
#[inline]
fn more_than_one_letter(t: &Tables, run: &[u8]) -> bool {
    run.chunks_exact(2)
        .skip(1)
        .any(|pair| t.arabic_letter.contains(pair[0], pair[1]))
}

/// Scans the word or number that starts at byte `start` of `text` (a char
/// of class `ArabicLetter`, `Letter`, `Digit` or `Mark`). Returns its end,
/// always past `start`, and its kind.
pub(super) fn scan(t: &Tables, text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut solid_end = start;
    let mut after_solid = false;
    let mut script = Script::Unknown;
    let mut has_letter = false;
    let mut has_digit = false;
    let mut cx = Context {
        prev: Class::Space,
        digit_run: 0,
        run_after_separator: false,
        chain: true,
        chain_letters: 0,
    };
    while i < bytes.len() {
        if script != Script::Other {
            // The common case, a run of Arabic letters and the marks on them,
            // without the bookkeeping of the general step below.
            let run = i;
            let mut letters = 0;
            while let Some(&[b0 @ 0xD8..=0xDB, b1]) = bytes.get(i..i + 2) {
                match t.two_byte(b0, b1) {
                    Class::ArabicLetter => letters += 1,
                    Class::Mark if i > run || after_solid => {}
                    _ => break,
                }
                i += 2;
            }
            if i > run {
                if letters > 0 {
                    script = Script::Arabic;
                    has_letter = true;
                    cx.chain_letters += letters;
                    cx.digit_run = 0;
                    cx.prev = Class::ArabicLetter;
                }
                solid_end = i;
                after_solid = true;
                continue;
            }
        }
        let (class, n) = t.class_at(text, i);
        match class {
            Class::ArabicLetter => {
                if script == Script::Other {
                    break;
                }
                script = Script::Arabic;
                has_letter = true;
                cx.chain_letters += 1;
                cx.digit_run = 0;
            }
            Class::Letter => {
                if script == Script::Arabic {
                    break;
                }
                script = Script::Other;
                has_letter = true;
                cx.chain = false;
                cx.digit_run = 0;
            }
            Class::Digit => {
                has_digit = true;
                cx.chain = false;
                if cx.prev != Class::Digit {
                    cx.run_after_separator = cx.prev == Class::Punct;
                    cx.digit_run = 0;
                }
                cx.digit_run += 1;
            }
            Class::Mark => {
                // A mark is part of the character before it: solid after a
                // solid one, and never changes what came before.
                i += n;
                if after_solid || i - n == start {
                    solid_end = i;
                    after_solid = true;
                }
                continue;
            }
            Class::Tatweel | Class::Format => {
                i += n;
                after_solid = false;
                continue;
            }
            Class::Punct => {
                let Some(c) = super::class::char_at(text, i) else {
                    break;
                };
                match number::join(t, text, i, n, c, &cx) {
                    Some(join) => {
                        if join == Join::Abbreviation {
                            cx.chain_letters = 0;
                        } else {
                            cx.chain = false;
                        }
                        cx.prev = Class::Punct;
                        after_solid = false;
                        i += n;
                        continue;
                    }
                    None => break,
                }
            }
            Class::Space | Class::Symbol | Class::Complex => break,
        }
        cx.prev = class;
        i += n;
        solid_end = i;
        after_solid = true;
    }
    let end = if script == Script::Arabic {
        article_tatweel(text, start, solid_end)
    } else {
        solid_end
    };
    let kind = if has_digit && !has_letter {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (end, kind)
}

/// The end of the word, extended over a trailing tatweel in two spellings
/// that use one: the definite article, alone or after a one-letter prefix
/// (`الـ`, `بالـ`, `للـ`), which writers put before a foreign name or a
/// number (`الـ CNN`), and a one-letter abbreviation (`هـ` for the Hijri
/// year, also after digits: `1445هـ`). Any other trailing tatweel is a dash
/// and a token of its own.
fn article_tatweel(text: &str, start: usize, end: usize) -> usize {
    let word = &text[start..end];
    let tatweels = text[end..]
        .chars()
        .take_while(|&c| chars::is_tatweel(c))
        .count();
    if tatweels == 0 {
        return end;
    }
    let article = (word.ends_with(chars::ARTICLE) || word.ends_with(chars::LAM_LAM))
        && word.chars().count() <= 4;
    let last_letters = word
        .chars()
        .rev()
        .filter(|&c| !chars::is_arabic_mark(c))
        .take_while(|&c| chars::is_arabic_letter(c))
        .count();
    if article || last_letters == 1 {
        end + tatweels * chars::TATWEEL.len_utf8()
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::super::class::classify;
    use super::*;
    use proptest::prelude::*;

    /// (name, text, expected first token)
    const CASES: &[(&str, &str, &str, TokenKind)] = &[
        ("arabic word", "كتاب جديد", "كتاب", TokenKind::Word),
        ("diacritics stay", "كِتَابٌ.", "كِتَابٌ", TokenKind::Word),
        (
            "inner tatweel stays",
            "الحمــــد لله",
            "الحمــــد",
            TokenKind::Word,
        ),
        (
            "trailing tatweel is a dash",
            "فقطـ تنقرض",
            "فقط",
            TokenKind::Word,
        ),
        (
            "article keeps its tatweel",
            "الـ CNN",
            "الـ",
            TokenKind::Word,
        ),
        (
            "prefixed article keeps its tatweel",
            "بالـ CNN",
            "بالـ",
            TokenKind::Word,
        ),
        ("hijri abbreviation", "هـ. ودفن", "هـ", TokenKind::Word),
        ("hijri year", "1445هـ الموافق", "1445هـ", TokenKind::Word),
        (
            "article before digits",
            "الـ84 من",
            "الـ84",
            TokenKind::Word,
        ),
        ("script change", "iPhoneالجديد", "iPhone", TokenKind::Word),
        (
            "script change from arabic",
            "الجديدiPhone",
            "الجديد",
            TokenKind::Word,
        ),
        (
            "zwnj inside",
            "می\u{200C}خواهم",
            "می\u{200C}خواهم",
            TokenKind::Word,
        ),
        ("zwnj at the end", "کتاب\u{200C} ", "کتاب", TokenKind::Word),
        (
            "prefix glued to digits",
            "و2006 كان",
            "و2006",
            TokenKind::Word,
        ),
        ("arabic decimal", "٣٫٥٪", "٣٫٥", TokenKind::Number),
        (
            "thousands and decimals",
            "1,200.50$",
            "1,200.50",
            TokenKind::Number,
        ),
        ("arabic thousands", "١٬٢٠٠ نقطة", "١٬٢٠٠", TokenKind::Number),
        ("arabic comma splits", "١،٢", "١", TokenKind::Number),
        ("final period", "2015.", "2015", TokenKind::Number),
        ("clock time", "6:30 صباحا", "6:30", TokenKind::Number),
        ("range splits", "2013-2014", "2013", TokenKind::Number),
        ("era abbreviation", "ق.م تقريبا", "ق.م", TokenKind::Word),
        (
            "title is not joined to the name",
            "د.أحمد",
            "د",
            TokenKind::Word,
        ),
        ("apostrophe", "don't stop", "don't", TokenKind::Word),
        ("hashtag body", "كلمة_مركبة", "كلمة_مركبة", TokenKind::Word),
        ("accented latin", "café crème", "café", TokenKind::Word),
        ("hyphen splits", "الواي-فاي", "الواي", TokenKind::Word),
    ];

    /// Chars that end, continue or break off the fast path of [`arabic`]:
    /// Arabic letters (U+0750 and on too) and marks, Latin and Syriac
    /// marks, tatweel, digits, the joining `.` and `_`, ends of words, other
    /// scripts, invisible characters.
    fn word_char() -> impl Strategy<Value = char> {
        prop_oneof![
            8 => (0x0620u32..=0x065F).prop_map(|c| char::from_u32(c).unwrap()),
            2 => (0x0660u32..=0x06FF).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0x0700u32..=0x077F).prop_map(|c| char::from_u32(c).unwrap()),
            3 => prop::sample::select(vec![
                ' ', '\n', '\u{00A0}', '.', '_', ',', ':', '\'', '،', '؛', '؟', '«', '»', '“', '%',
                '٪', 'ـ', '٣', '۴', '7', 'a', 'é', '\u{0301}', 'ж', '中', '\u{200C}', '\u{200F}',
                '\u{FEFB}', '😀',
            ]),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path for Arabic words ends every word where the general
        /// scan does.
        #[test]
        fn arabic_agrees_with_scan(
            first in (0x0620u32..=0x06FF).prop_filter_map("a letter", |c| {
                char::from_u32(c).filter(|&c| classify(c) == Class::ArabicLetter)
            }),
            rest in prop::collection::vec(word_char(), 0..40),
        ) {
            let text: String = std::iter::once(first).chain(rest).collect();
            let t = Tables::get();
            prop_assert_eq!(arabic(t, &text, 0), scan(t, &text, 0), "{:?}", text);
        }
    }

    #[test]
    fn first_tokens() {
        let t = Tables::get();
        for &(name, text, want, kind) in CASES {
            let (end, got_kind) = scan(t, text, 0);
            assert_eq!((&text[..end], got_kind), (want, kind), "{name}");
        }
    }
}
