//! The search key of a stem: SEARCH normalization, the spelling a pronoun
//! changed restored, then a light stemming of inflectional suffixes.

use crate::chars;
use crate::normalize::NormalizeOptions;

/// SEARCH without the two folds that would hide what the suffix rules read
/// (ة and ى); they are applied last, by [`finish`].
pub(crate) const PRE_KEY: NormalizeOptions = NormalizeOptions::SEARCH
    .teh_marbuta(false)
    .alef_maksura(false);

/// The fewest letters a suffix rule leaves.
const MIN_LETTERS: usize = 3;

/// Suffix rules, tried in order; the first whose suffix ends the key and
/// leaves at least three letters applies. Documented in the module docs.
/// Each with its length in letters.
const SUFFIXES: [(&str, usize); 10] = [
    ("تين", 3),
    ("تان", 3),
    ("ات", 2),
    ("ية", 2),
    ("ون", 2),
    ("ين", 2),
    ("ان", 2),
    ("وا", 2),
    ("ا", 1),
    ("ت", 1),
];

/// The chars of each of [`SUFFIXES`] (two-byte letters), the last one
/// first.
const SUFFIX_CHARS: [[char; 3]; SUFFIXES.len()] = {
    let mut out = [['\0'; 3]; SUFFIXES.len()];
    let mut k = 0;
    while k < SUFFIXES.len() {
        let b = SUFFIXES[k].0.as_bytes();
        let mut j = 0;
        while j < SUFFIXES[k].1 {
            let at = b.len() - 2 * (j + 1);
            let c = ((b[at] as u32 & 0x1F) << 6) | (b[at + 1] as u32 & 0x3F);
            out[k][j] = match char::from_u32(c) {
                Some(c) => c,
                None => panic!("a suffix is letters"),
            };
            j += 1;
        }
        k += 1;
    }
    out
};

/// The UTF-8 of a two-byte char.
const fn utf8_2(c: char) -> [u8; 2] {
    let c = c as u32;
    [0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]
}

/// The last letters of the suffixes ([`SUFFIXES`]), as UTF-8.
const SUFFIX_ENDS: [[u8; 2]; 4] = [
    utf8_2(chars::NOON),
    utf8_2(chars::TEH),
    utf8_2(chars::TEH_MARBUTA),
    utf8_2(chars::ALEF),
];

/// Restores, in `out` (the normalized stem, `letters` letters long), the
/// spelling a pronoun changed. `after_pronoun`: an enclitic was cut off,
/// so a final ت, ا, ؤ or ئ is the spelling the pronoun gave to ة, ى or ء.
/// `teh`: whether a final ت stands for ة; `None` leaves it to the rule (a
/// stem of four letters or more: مدرسته → مدرسة, but بيته → بيت).
pub(crate) fn restore(out: &mut String, letters: usize, after_pronoun: bool, teh: Option<bool>) {
    if !after_pronoun || letters < 3 {
        return;
    }
    let Some(last) = out.chars().next_back() else {
        return;
    };
    let restored = match last {
        chars::TEH if teh.unwrap_or(letters >= 4) => chars::TEH_MARBUTA,
        chars::ALEF if letters >= 4 => chars::ALEF_MAKSURA,
        chars::WAW_WITH_HAMZA_ABOVE | chars::YEH_WITH_HAMZA_ABOVE => chars::HAMZA,
        _ => return,
    };
    out.truncate(out.len() - last.len_utf8());
    out.push(restored);
}

/// Removes the first suffix of [`SUFFIXES`] that leaves three letters of
/// the `letters` letters of `out`.
/// `bare_alef`: a final ا was written bare (a final أ folded to ا is the
/// root's hamza: يبدأ).
pub(crate) fn strip_suffix(out: &mut String, letters: usize, bare_alef: bool) {
    // Every suffix ends in ن, ت, ة or ا: most keys are done here, by their
    // last two bytes.
    let b = out.as_bytes();
    let Some(tail) = b.get(b.len().wrapping_sub(2)..) else {
        return;
    };
    if !SUFFIX_ENDS.iter().any(|e| e.as_slice() == tail) {
        return;
    }
    // The last three chars, the last one first: every suffix is read from
    // them, without a search per suffix.
    let mut rev = out.chars().rev();
    let last: [char; 3] = [
        rev.next().unwrap_or('\0'),
        rev.next().unwrap_or('\0'),
        rev.next().unwrap_or('\0'),
    ];
    for (k, (s, n)) in SUFFIXES.into_iter().enumerate() {
        let rev = &SUFFIX_CHARS[k][..n];
        // ـيا ends names of countries and languages (أستراليا, كوريا): the
        // alef is no tanween there.
        if rev == [chars::ALEF] && (last[..2] == [chars::ALEF, chars::YEH] || !bare_alef) {
            continue;
        }
        if letters >= n + MIN_LETTERS && rev == &last[..n] {
            out.truncate(out.len() - s.len());
            // The feminine plural and dual stand for a singular in ة:
            // سيارات → سيارة, مدينتين → مدينة.
            if matches!(s, "ات" | "تين" | "تان") {
                out.push(chars::TEH_MARBUTA);
            } else if s == "ية" {
                out.push(chars::YEH);
            }
            return;
        }
    }
}

/// [`BYTE_CLASS`]: an ASCII capital.
const ASCII_UPPER: u8 = 1;
/// [`BYTE_CLASS`]: the lead byte of a letter outside ASCII and Arabic
/// (0xC0..=0xD7, 0xDC..=0xFF), the only ones with case beyond ASCII.
const OTHER_LEAD: u8 = 2;

/// What [`finish`] needs to know of each byte of a key.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'A'..=b'Z' => ASCII_UPPER,
            0xC0..=0xD7 | 0xDC..=0xFF => OTHER_LEAD,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// [`finish`] for a key of Arabic letters ء..ي only, two bytes each (a
/// word of plain letters): only ة and ى can change, and they are read a
/// letter at a time.
pub(crate) fn finish_arabic(out: &mut String) {
    let is_fold = |p: &[u8]| p == [0xD8, 0xA9] || p == [0xD9, 0x89];
    let b = out.as_bytes();
    let last = b.len().saturating_sub(2);
    if b[..last].chunks_exact(2).any(is_fold) {
        return finish(out);
    }
    if b.len() >= 2 && is_fold(&b[last..]) {
        fold_final(out, last);
    }
}

/// Folds the final letter of `out`, a ة or ى starting at byte `at`: ة → ه,
/// ى → ي.
fn fold_final(out: &mut String, at: usize) {
    let folded = if out.as_bytes()[at] == 0xD8 {
        chars::HEH
    } else {
        chars::YEH
    };
    out.truncate(at);
    out.push(folded);
}

/// ة → ه and ى → ي (the rest of SEARCH), and lowercase for other scripts.
pub(crate) fn finish(out: &mut String) {
    // One pass over the bytes learns which of the three steps can apply
    // and where ة (D8 A9) and ى (D9 89) are.
    let b = out.as_bytes();
    let (mut seen, mut folds, mut last_fold, mut prev) = (0u8, 0usize, 0usize, 0u8);
    for (i, &c) in b.iter().enumerate() {
        seen |= BYTE_CLASS[usize::from(c)];
        if (prev == 0xD8 && c == 0xA9) || (prev == 0xD9 && c == 0x89) {
            folds += 1;
            last_fold = i - 1;
        }
        prev = c;
    }
    if folds == 1 && last_fold + 2 == b.len() {
        // The common case, a final ة or ى alone.
        fold_final(out, last_fold);
    } else if folds > 0 {
        // Both folds keep the length (ة D8 A9 → ه D9 87, ى D9 89 → ي D9 8A):
        // the bytes are changed where they are.
        let mut bytes = core::mem::take(out).into_bytes();
        let mut i = 0;
        while i + 1 < bytes.len() {
            match (bytes[i], bytes[i + 1]) {
                (0xD8, 0xA9) => (bytes[i], bytes[i + 1]) = (0xD9, 0x87),
                (0xD9, 0x89) => bytes[i + 1] = 0x8A,
                _ => {}
            }
            i += 1;
        }
        *out = String::from_utf8(bytes).expect("a two-byte letter for a two-byte letter");
    }
    if seen & ASCII_UPPER != 0 {
        out.make_ascii_lowercase();
    }
    if seen & OTHER_LEAD != 0 && out.chars().any(char::is_uppercase) {
        *out = out.to_lowercase();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_chars_spell_the_suffixes() {
        for (k, (s, n)) in SUFFIXES.iter().enumerate() {
            let rev: String = SUFFIX_CHARS[k][..*n].iter().rev().collect();
            assert_eq!((rev.as_str(), s.chars().count()), (*s, *n));
        }
    }

    #[test]
    fn finish_arabic_is_finish_on_arabic_letters() {
        let letters: Vec<char> = (0x621..=0x64A).filter_map(char::from_u32).collect();
        let mut words: Vec<String> = Vec::new();
        for &a in &letters {
            words.push(a.to_string());
            for &b in &[chars::TEH_MARBUTA, chars::ALEF_MAKSURA, chars::YEH, a] {
                words.push([a, b].iter().collect());
                words.push([b, a, b].iter().collect());
                words.push([a, b, a].iter().collect());
            }
        }
        for w in words {
            let (mut x, mut y) = (w.clone(), w.clone());
            finish(&mut x);
            finish_arabic(&mut y);
            assert_eq!(x, y, "{w}");
        }
    }
}
