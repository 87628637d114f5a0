//! What each rule does to one character, out of context.
//!
//! [`fold`] is the single definition of the rules; the fast scanner's lookup
//! table is built from it and the character-by-character path calls it
//! directly. Four outcomes depend on the neighbours and are decided by the
//! caller: [`Fold::Space`], [`Fold::Zwnj`], [`Fold::Zwj`] and [`Fold::Compose`].

use once_cell::sync::Lazy;
use unicode_normalization::UnicodeNormalization;

use super::NormalizeOptions;
use crate::chars;

/// The outcome of the rules for one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// The character stays as it is.
    Keep,
    /// The character is removed.
    Drop,
    /// The character becomes another one, already folded by every rule.
    Char(char),
    /// A presentation form becomes these characters, each still to be folded.
    Expand(&'static str),
    /// Horizontal whitespace under `whitespace`: one ASCII space per run.
    Space,
    /// ZWNJ under `invisible` without `persian`: kept between two letters.
    Zwnj,
    /// ZWJ under `invisible`: kept inside an emoji ZWJ sequence.
    Zwj,
    /// A madda or hamza mark that may compose with the letter before it.
    Compose,
}

/// Applies the rules to `c` alone.
pub(crate) fn fold(c: char, o: &NormalizeOptions) -> Fold {
    if chars::is_composing_mark(c) && composes(o) {
        return Fold::Compose;
    }
    if (o.diacritics && chars::is_diacritic(c))
        || (o.quranic_marks && chars::is_quranic_mark(c))
        || (o.tatweel && chars::is_tatweel(c))
    {
        return Fold::Drop;
    }
    if o.invisible && chars::is_invisible(c) {
        return if c == chars::ZWNJ && !o.persian {
            Fold::Zwnj
        } else if c == chars::ZWJ {
            Fold::Zwj
        } else {
            Fold::Drop
        };
    }
    if o.whitespace && chars::is_horizontal_space(c) {
        return Fold::Space;
    }
    if o.presentation_forms && chars::is_presentation_form(c) {
        return match presentation_expansion(c) {
            Some(s) => Fold::Expand(s),
            None => Fold::Keep,
        };
    }
    let folded = fold_letter(c, o);
    if folded == c {
        Fold::Keep
    } else {
        Fold::Char(folded)
    }
}

/// Whether composing a madda or hamza mark with its base letter can change the
/// result: only rules that touch those letters or marks care, and
/// `presentation_forms`, which stands for Unicode's compatibility composition.
#[inline]
pub(crate) fn composes(o: &NormalizeOptions) -> bool {
    o.diacritics || o.alef || o.hamza || o.persian || o.presentation_forms
}

/// Follows the letter, digit and punctuation rules until nothing changes
/// (ۃ → ة → ه takes two steps).
pub(crate) fn fold_letter(mut c: char, o: &NormalizeOptions) -> char {
    loop {
        let next = fold_letter_once(c, o);
        if next == c {
            return c;
        }
        c = next;
    }
}

fn fold_letter_once(c: char, o: &NormalizeOptions) -> char {
    if o.persian {
        match c {
            '\u{06A9}' | '\u{06AA}' => return chars::KAF,
            '\u{06CC}' | '\u{06CD}' | '\u{06D0}' | '\u{06D2}' => return chars::YEH,
            '\u{06D3}' => return '\u{0626}',
            '\u{06D5}' | '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06BE}' => return chars::HEH,
            '\u{06C3}' => return chars::TEH_MARBUTA,
            _ => {}
        }
    }
    if o.hamza {
        match c {
            '\u{0624}' | '\u{0676}' => return chars::WAW,
            '\u{0626}' | '\u{0678}' => return chars::YEH,
            _ => {}
        }
    }
    if o.alef && chars::is_alef_variant(c) {
        return chars::ALEF;
    }
    if o.alef_maksura && c == chars::ALEF_MAKSURA {
        return chars::YEH;
    }
    if o.teh_marbuta && c == chars::TEH_MARBUTA {
        return chars::HEH;
    }
    if o.digits {
        if chars::is_arabic_digit(c) {
            return chars::digit_value(c).map_or(c, |d| char::from(b'0' + d));
        }
        match c {
            chars::ARABIC_DECIMAL_SEPARATOR => return '.',
            chars::ARABIC_THOUSANDS_SEPARATOR => return ',',
            _ => {}
        }
    }
    if o.punctuation {
        match c {
            chars::ARABIC_COMMA => return ',',
            chars::ARABIC_SEMICOLON => return ';',
            chars::ARABIC_QUESTION_MARK => return '?',
            chars::ARABIC_PERCENT => return '%',
            chars::ARABIC_FULL_STOP => return '.',
            _ => {}
        }
    }
    c
}

/// First code point of each presentation-form range.
const FORMS_A: u32 = 0xFB50;
const FORMS_A_END: u32 = 0xFDFF;
const FORMS_B: u32 = 0xFE70;
const FORMS_B_END: u32 = 0xFEFE;

/// The base letters of every presentation form, from Unicode's compatibility
/// decomposition (NFKC), built on first use. `None` where Unicode gives none
/// (such as U+FDFD, the bismillah ligature).
static PRESENTATION_FORMS: Lazy<Vec<Option<Box<str>>>> = Lazy::new(|| {
    (FORMS_A..=FORMS_A_END)
        .chain(FORMS_B..=FORMS_B_END)
        .map(|cp| {
            let c = char::from_u32(cp)?;
            let nfkc: String = core::iter::once(c).nfkc().collect();
            // The isolated forms of harakat decompose to a space and the mark;
            // the space is an artefact of the isolated shape, not text.
            let base = match nfkc.strip_prefix(' ') {
                Some(rest) if !rest.is_empty() && rest.chars().all(chars::is_arabic_mark) => rest,
                _ => nfkc.as_str(),
            };
            (base != c.encode_utf8(&mut [0; 4])).then(|| base.into())
        })
        .collect()
});

/// The base letters that presentation form `c` stands for.
pub(crate) fn presentation_expansion(c: char) -> Option<&'static str> {
    let cp = u32::from(c);
    let index = match cp {
        FORMS_A..=FORMS_A_END => cp - FORMS_A,
        FORMS_B..=FORMS_B_END => cp - FORMS_B + (FORMS_A_END - FORMS_A + 1),
        _ => return None,
    };
    PRESENTATION_FORMS.get(index as usize)?.as_deref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_expand_to_base_letters() {
        let cases = [
            ("lam alef", '\u{FEFB}', "لا"),
            ("lam alef with hamza above", '\u{FEF7}', "لأ"),
            ("allah", '\u{FDF2}', "الله"),
            ("fathatan isolated", '\u{FE70}', "\u{064B}"),
            ("shadda with damma isolated", '\u{FC61}', "\u{064F}\u{0651}"),
            ("beh isolated", '\u{FE8F}', "ب"),
            ("teh marbuta final", '\u{FE94}', "ة"),
        ];
        for (name, c, want) in cases {
            assert_eq!(presentation_expansion(c), Some(want), "{name}");
        }
        assert_eq!(
            presentation_expansion('\u{FDFD}'),
            None,
            "bismillah has no decomposition"
        );
        assert_eq!(presentation_expansion('ب'), None);
    }

    #[test]
    fn every_presentation_form_expands_to_no_presentation_form() {
        for cp in (FORMS_A..=FORMS_A_END).chain(FORMS_B..=FORMS_B_END) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if let Some(s) = presentation_expansion(c) {
                assert!(
                    !s.chars().any(chars::is_presentation_form),
                    "U+{cp:04X} → {s}"
                );
            }
        }
    }

    #[test]
    fn letter_rules_chain() {
        let o = NormalizeOptions::SEARCH;
        assert_eq!(
            fold_letter('\u{06C3}', &o),
            chars::HEH,
            "teh marbuta goal → ة → ه"
        );
        assert_eq!(
            fold_letter('\u{06D3}', &o.hamza(true)),
            chars::YEH,
            "ۓ → ئ → ي"
        );
        assert_eq!(
            fold_letter('\u{06D3}', &o),
            '\u{0626}',
            "ۓ → ئ without hamza"
        );
    }
}
