//! The search key of a stem: SEARCH normalization, the spelling a pronoun
//! changed restored, then a light stemming of inflectional suffixes.

use crate::normalize::{NormalizeOptions, Normalizer};

/// SEARCH without the two folds that would hide what the suffix rules read
/// (ة and ى); they are applied last, by [`finish`].
pub(crate) const PRE_KEY: NormalizeOptions = NormalizeOptions::SEARCH
    .teh_marbuta(false)
    .alef_maksura(false);

/// The fewest letters a suffix rule leaves.
const MIN_LETTERS: usize = 3;

/// Suffix rules, tried in order; the first whose suffix ends the key and
/// leaves at least three letters applies. Documented in the module docs.
const SUFFIXES: &[&str] = &["تين", "تان", "ات", "ون", "ين", "ان", "وا", "ة", "ا"];

/// Writes the first form of the key of `stem` (the surface text of a stem
/// piece) into `out` (cleared first): normalized, spelling restored. `after_pronoun`: an enclitic was cut off, so a final
/// ت, ا, ؤ or ئ is the spelling the pronoun gave to ة, ى or ء.
/// `teh`: whether a final ت after a pronoun stands for ة; `None` leaves it
/// to the rule (a stem of four letters or more: مدرسته → مدرسة, but بيته
/// → بيت).
pub(crate) fn prepare(
    normalizer: &Normalizer,
    stem: &str,
    after_pronoun: bool,
    teh: Option<bool>,
    out: &mut String,
) {
    out.clear();
    normalizer.normalize_into(stem, out);
    if after_pronoun && out.chars().count() >= 3 {
        if let Some(last) = out.chars().last() {
            let restored = match last {
                'ت' if teh.unwrap_or(out.chars().count() >= 4) => Some('ة'),
                'ا' if out.chars().count() >= 4 => Some('ى'),
                'ؤ' | 'ئ' => Some('ء'),
                _ => None,
            };
            if let Some(r) = restored {
                out.truncate(out.len() - last.len_utf8());
                out.push(r);
            }
        }
    }
}

/// Removes the first suffix of [`SUFFIXES`] that leaves three letters.
pub(crate) fn strip_suffix(out: &mut String) {
    let letters = out.chars().count();
    for s in SUFFIXES {
        if out.ends_with(s) && letters - s.chars().count() >= MIN_LETTERS {
            out.truncate(out.len() - s.len());
            return;
        }
    }
}

/// ة → ه and ى → ي (the rest of SEARCH), and lowercase for other scripts.
pub(crate) fn finish(out: &mut String) {
    // Both letters end words: the last char is the common case, a whole
    // pass only when one stands inside (compounds, names).
    if let Some(last) = out.chars().last() {
        if matches!(last, 'ة' | 'ى') {
            out.truncate(out.len() - last.len_utf8());
            out.push(if last == 'ة' { 'ه' } else { 'ي' });
        }
    }
    if out.contains(['ة', 'ى']) {
        *out = out.replace('ة', "ه").replace('ى', "ي");
    }
    // Only letters outside ASCII and Arabic (lead bytes 0xD8..=0xDB) can
    // have case beyond ASCII.
    let bytes = out.as_bytes();
    if bytes.iter().any(|b| b.is_ascii_uppercase()) {
        out.make_ascii_lowercase();
    }
    if out
        .as_bytes()
        .iter()
        .any(|&b| b >= 0xC0 && !(0xD8..=0xDB).contains(&b))
        && out.chars().any(char::is_uppercase)
    {
        *out = out.to_lowercase();
    }
}
