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
/// `start`, for
/// the common case: Arabic letters and marks up to whitespace or a mark that
/// cannot join them. Anything else (tatweel, digits, joiners, a letter of
/// another script, a dot after one letter) goes to [`scan`], which starts
/// over.
#[inline]
pub(super) fn arabic(t: &Tables, text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    // The caller checked that the first char is an Arabic letter two bytes
    // long. Were it longer, `i` would land on a continuation byte, which no
    // test below accepts, and `scan` would start over.
    let mut i = start + 2;
    // Eight characters at a time: one test per character with no branch,
    // then one branch on where the first non-word character is. A branch
    // per character would be mispredicted at the end of nearly every word.
    while let Some(block) = bytes.get(i..i + 16) {
        let mut word = 0u32;
        for (k, pair) in block.chunks_exact(2).enumerate() {
            word |= u32::from(t.is_arabic_word(pair[0], pair[1])) << k;
        }
        let n = word.trailing_ones() as usize;
        i += 2 * n;
        if n < 8 {
            return arabic_end(t, text, start, i);
        }
    }
    while let Some(&[b0, b1]) = bytes.get(i..i + 2) {
        if !t.is_arabic_word(b0, b1) {
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
    let class = match bytes.get(i) {
        None => return (i, TokenKind::Word),
        // `_` joins words; `.` joins one-letter abbreviations (`ق.م`).
        Some(b'_' | b'.') => return scan(t, text, start),
        Some(&b) if b < 0x80 || (0xD8..=0xDB).contains(&b) => t.class_at(text, i).0,
        Some(_) => return scan(t, text, start),
    };
    match class {
        Class::Space | Class::Punct | Class::Symbol => (i, TokenKind::Word),
        _ => scan(t, text, start),
    }
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
                match t.arabic(b0, b1) {
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
    let article = (word.ends_with("\u{0627}\u{0644}") || word.ends_with("\u{0644}\u{0644}"))
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
    use super::*;

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

    #[test]
    fn first_tokens() {
        let t = Tables::get();
        for &(name, text, want, kind) in CASES {
            let (end, got_kind) = scan(t, text, 0);
            assert_eq!((&text[..end], got_kind), (want, kind), "{name}");
        }
    }
}
