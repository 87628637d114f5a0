//! Punctuation, symbols, and the scripts left to Unicode word boundaries.
//!
//! A punctuation token is one mark or a run of the same mark (`...`, `؟؟`,
//! `!!!`); different marks in a row are separate tokens (`؟!` is two). A
//! symbol is one grapheme cluster, so an emoji with its skin tone, a flag
//! or a family joined by ZWJ stays whole. Only these, and the words of
//! scripts in [`crate::chars::is_complex_script`], call into
//! `unicode-segmentation`.

use unicode_segmentation::UnicodeSegmentation;

use super::class::{Class, Tables};

/// The end of the run of the mark that starts at `start` and is `n` bytes
/// long.
pub(super) fn run(text: &str, start: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mark = &bytes[start..start + n];
    let mut end = start + n;
    // The first byte rules out nearly every case without a slice compare.
    while bytes.get(end) == Some(&mark[0]) && bytes.get(end..end + n) == Some(mark) {
        end += n;
    }
    end
}

/// The end of a run of tatweel, with any marks on it, that stands outside a
/// word: a dash (`ـ11 بالمئة`).
pub(super) fn tatweel_run(t: &Tables, text: &str, start: usize) -> usize {
    let mut end = start;
    while end < text.len() {
        match t.class_at(text, end) {
            (Class::Tatweel, n) => end += n,
            (Class::Mark, n) if end > start => end += n,
            _ => break,
        }
    }
    end
}

/// The end of the symbol that starts at `start`, `n` bytes long: one
/// character for ASCII and the Arabic block, one grapheme cluster (minus any
/// invisible character it ends with) for the rest, such as emoji.
pub(super) fn symbol(t: &Tables, text: &str, start: usize, n: usize) -> usize {
    let lead = text.as_bytes()[start];
    if lead < 0x80 || (0xD8..=0xDB).contains(&lead) {
        return start + n;
    }
    cluster(t, text, start, n)
}

/// The grapheme cluster that starts at `start` (at least `n` bytes), with
/// trailing format characters (a dangling ZWJ) left out. A cluster never
/// reaches over whitespace or a control character: Unicode joins a prepended
/// mark (U+070F, U+08E2, U+110BD) to whatever follows it, a space included,
/// but a token never holds a separator.
pub(super) fn cluster(t: &Tables, text: &str, start: usize, n: usize) -> usize {
    let cluster = text[start..].graphemes(true).next().unwrap_or("");
    let len = cluster
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_whitespace() || c.is_control())
        .map_or(cluster.len(), |(at, _)| at);
    trim_format(t, text, start + n, start + len.max(n))
}

/// Longest word, in bytes, of a script segmented by word boundaries.
const COMPLEX_RUN_CAP: usize = 128;

/// The end of a word of a script segmented by Unicode word boundaries (Thai,
/// CJK, …), cut where that script's letters and their marks stop.
pub(super) fn complex(t: &Tables, text: &str, start: usize, n: usize) -> usize {
    // The run of such letters first, so that word boundaries look at it
    // alone; capped, so that each token costs time in its own length only
    // (a word longer than the cap is cut there).
    let cap = text.len().min(start + COMPLEX_RUN_CAP);
    let mut run = start + n;
    while run < cap {
        match t.class_at(text, run) {
            (Class::Complex | Class::Mark | Class::Format, len) => run += len,
            _ => break,
        }
    }
    let seg = text[start..run]
        .split_word_bound_indices()
        .next()
        .map_or(n, |(_, s)| s.len());
    trim_format(t, text, start + n, start + seg.max(n))
}

/// Moves `end` back over format characters, but not below `floor`.
fn trim_format(t: &Tables, text: &str, floor: usize, mut end: usize) -> usize {
    while end > floor {
        let Some(c) = super::class::char_before(text, end) else {
            break;
        };
        let at = end - c.len_utf8();
        if t.class_at(text, at).0 != Class::Format {
            break;
        }
        end = at;
    }
    end
}

/// Whether a keycap emoji starts at `start`: a digit, `#` or `*` followed by
/// U+FE0F VARIATION SELECTOR-16 or U+20E3 COMBINING ENCLOSING KEYCAP.
#[inline]
pub(super) fn is_keycap(text: &str, start: usize) -> bool {
    let rest = &text.as_bytes()[start + 1..];
    rest.starts_with("\u{FE0F}".as_bytes()) || rest.starts_with("\u{20E3}".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_one_mark() {
        let cases: &[(&str, &str, &str)] = &[
            ("ellipsis", "... ثم", "..."),
            ("arabic question marks", "؟؟!", "؟؟"),
            ("different marks split", "؟!", "؟"),
            ("single", "،و", "،"),
        ];
        for &(name, text, want) in cases {
            let n = text.chars().next().unwrap().len_utf8();
            assert_eq!(&text[..run(text, 0, n)], want, "{name}");
        }
    }

    #[test]
    fn symbols_are_grapheme_clusters() {
        let t = Tables::get();
        let cases: &[(&str, &str, &str)] = &[
            ("percent", "%5", "%"),
            ("arabic percent", "٪ و", "٪"),
            ("skin tone", "👍🏽 شكرا", "👍🏽"),
            ("flag", "🇸🇦🇪🇬", "🇸🇦"),
            (
                "family",
                "👨\u{200D}👩\u{200D}👧 عائلة",
                "👨\u{200D}👩\u{200D}👧",
            ),
            ("dangling zwj", "😀\u{200D} ", "😀"),
            ("currency", "€100", "€"),
        ];
        for &(name, text, want) in cases {
            let n = text.chars().next().unwrap().len_utf8();
            assert_eq!(&text[..symbol(t, text, 0, n)], want, "{name}");
        }
    }

    #[test]
    fn complex_scripts() {
        let t = Tables::get();
        assert_eq!(&"中文abc"[..complex(t, "中文abc", 0, 3)], "中");
        assert_eq!(
            &"한국어 텍스트"[..complex(t, "한국어 텍스트", 0, 3)],
            "한국어"
        );
    }

    #[test]
    fn tatweel_dash() {
        let t = Tables::get();
        assert_eq!(&"ـــ11"[..tatweel_run(t, "ـــ11", 0)], "ـــ");
        assert!(is_keycap("1\u{FE0F}\u{20E3}", 0));
        assert!(!is_keycap("12", 0));
    }
}
