//! The SEARCH folding written the way most code does it: one `match` per
//! `char`, pushing into a `String`. The baseline the normalizer is measured
//! against; it applies the same rules as `NormalizeOptions::SEARCH` on
//! ordinary text (it ignores the context rules: madda and hamza marks after
//! their letter, ZWNJ between letters, ZWJ inside emoji sequences).

use arabic_text::chars;

/// Folds `text` like `Normalizer::search()` does, char by char.
pub fn search_fold(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            c if chars::is_diacritic(c) || chars::is_quranic_mark(c) || chars::is_tatweel(c) => {}
            c if chars::is_invisible(c) => {}
            c if chars::is_alef_variant(c) => out.push(chars::ALEF),
            chars::ALEF_MAKSURA => out.push(chars::YEH),
            chars::TEH_MARBUTA
            | '\u{06D5}'
            | '\u{06C0}'
            | '\u{06C1}'
            | '\u{06C2}'
            | '\u{06BE}'
            | '\u{06C3}' => out.push(chars::HEH),
            '\u{06A9}' | '\u{06AA}' => out.push(chars::KAF),
            '\u{06CC}' | '\u{06CD}' | '\u{06D0}' | '\u{06D2}' => out.push(chars::YEH),
            '\u{06D3}' => out.push('\u{0626}'),
            chars::ARABIC_DECIMAL_SEPARATOR => out.push('.'),
            chars::ARABIC_THOUSANDS_SEPARATOR => out.push(','),
            c if chars::is_arabic_digit(c) => {
                out.push(char::from(b'0' + chars::digit_value(c).unwrap_or(0)))
            }
            c if chars::is_presentation_form(c) => {
                // A plain loop would reach for a full compatibility decomposition.
                use unicode_normalization::UnicodeNormalization;
                let before = out.len();
                out.extend(core::iter::once(c).nfkc());
                let folded: String = out[before..].chars().filter(|&d| d != ' ').collect();
                out.truncate(before);
                if folded.starts_with(c) {
                    out.push(c); // no decomposition (U+FDFD)
                } else {
                    search_fold(&folded, out);
                }
            }
            c => out.push(c),
        }
    }
}
