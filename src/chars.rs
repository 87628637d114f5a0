//! Named Arabic code points and the character classes built on them.
//!
//! This is the one place in the crate that spells out code points. Every
//! other module asks these predicates, so a rule is defined once.

/// U+0640 ARABIC TATWEEL (kashida), the stretching stroke: `الـعـربـيـة`.
pub const TATWEEL: char = '\u{0640}';
/// U+0627 ARABIC LETTER ALEF, the plain alef every alef variant folds to.
pub const ALEF: char = '\u{0627}';
/// U+0649 ARABIC LETTER ALEF MAKSURA (ى).
pub const ALEF_MAKSURA: char = '\u{0649}';
/// U+064A ARABIC LETTER YEH (ي).
pub const YEH: char = '\u{064A}';
/// U+0629 ARABIC LETTER TEH MARBUTA (ة).
pub const TEH_MARBUTA: char = '\u{0629}';
/// U+0647 ARABIC LETTER HEH (ه).
pub const HEH: char = '\u{0647}';
/// U+0648 ARABIC LETTER WAW (و).
pub const WAW: char = '\u{0648}';
/// U+0643 ARABIC LETTER KAF (ك).
pub const KAF: char = '\u{0643}';
/// U+0653 ARABIC MADDAH ABOVE, the combining mark in the decomposed form of آ.
pub const MADDAH_ABOVE: char = '\u{0653}';
/// U+0654 ARABIC HAMZA ABOVE, the combining mark in the decomposed forms of أ ؤ ئ.
pub const HAMZA_ABOVE: char = '\u{0654}';
/// U+0655 ARABIC HAMZA BELOW, the combining mark in the decomposed form of إ.
pub const HAMZA_BELOW: char = '\u{0655}';
/// U+200C ZERO WIDTH NON-JOINER, part of Persian and Urdu spelling (می‌خواهم).
pub const ZWNJ: char = '\u{200C}';
/// U+200D ZERO WIDTH JOINER.
pub const ZWJ: char = '\u{200D}';
/// U+060C ARABIC COMMA (،).
pub const ARABIC_COMMA: char = '\u{060C}';
/// U+061B ARABIC SEMICOLON (؛).
pub const ARABIC_SEMICOLON: char = '\u{061B}';
/// U+061F ARABIC QUESTION MARK (؟).
pub const ARABIC_QUESTION_MARK: char = '\u{061F}';
/// U+066A ARABIC PERCENT SIGN (٪).
pub const ARABIC_PERCENT: char = '\u{066A}';
/// U+066B ARABIC DECIMAL SEPARATOR (٫), as in ٣٫٥.
pub const ARABIC_DECIMAL_SEPARATOR: char = '\u{066B}';
/// U+066C ARABIC THOUSANDS SEPARATOR (٬), as in ١٬٢٠٠.
pub const ARABIC_THOUSANDS_SEPARATOR: char = '\u{066C}';
/// U+06D4 ARABIC FULL STOP (۔), the Urdu sentence end.
pub const ARABIC_FULL_STOP: char = '\u{06D4}';

// ---- letters the rules and the parsers name ----
//
// Crate-internal: the normalization tables (src/normalize/rules.rs) and the
// document and tokenizer passes refer to these names, so that this file is
// the only one that spells a code point of the Arabic blocks.

/// U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE (آ).
pub(crate) const ALEF_WITH_MADDA_ABOVE: char = '\u{0622}';
/// U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE (أ).
pub(crate) const ALEF_WITH_HAMZA_ABOVE: char = '\u{0623}';
/// U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE (ؤ).
pub(crate) const WAW_WITH_HAMZA_ABOVE: char = '\u{0624}';
/// U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW (إ).
pub(crate) const ALEF_WITH_HAMZA_BELOW: char = '\u{0625}';
/// U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE (ئ).
pub(crate) const YEH_WITH_HAMZA_ABOVE: char = '\u{0626}';
/// U+0628 ARABIC LETTER BEH (ب).
pub(crate) const BEH: char = '\u{0628}';
/// U+062A ARABIC LETTER TEH (ت).
pub(crate) const TEH: char = '\u{062A}';
/// U+062B ARABIC LETTER THEH (ث).
pub(crate) const THEH: char = '\u{062B}';
/// U+062C ARABIC LETTER JEEM (ج).
pub(crate) const JEEM: char = '\u{062C}';
/// U+062D ARABIC LETTER HAH (ح).
pub(crate) const HAH: char = '\u{062D}';
/// U+062E ARABIC LETTER KHAH (خ).
pub(crate) const KHAH: char = '\u{062E}';
/// U+062F ARABIC LETTER DAL (د).
pub(crate) const DAL: char = '\u{062F}';
/// U+0631 ARABIC LETTER REH (ر).
pub(crate) const REH: char = '\u{0631}';
/// U+0632 ARABIC LETTER ZAIN (ز).
pub(crate) const ZAIN: char = '\u{0632}';
/// U+0633 ARABIC LETTER SEEN (س).
pub(crate) const SEEN: char = '\u{0633}';
/// U+0637 ARABIC LETTER TAH (ط).
pub(crate) const TAH: char = '\u{0637}';
/// U+0639 ARABIC LETTER AIN (ع).
pub(crate) const AIN: char = '\u{0639}';
/// U+0641 ARABIC LETTER FEH (ف).
pub(crate) const FEH: char = '\u{0641}';
/// U+0621 ARABIC LETTER HAMZA (ء).
pub(crate) const HAMZA: char = '\u{0621}';
/// U+063A ARABIC LETTER GHAIN (غ).
pub(crate) const GHAIN: char = '\u{063A}';
/// U+0646 ARABIC LETTER NOON (ن).
pub(crate) const NOON: char = '\u{0646}';
/// U+0644 ARABIC LETTER LAM (ل).
pub(crate) const LAM: char = '\u{0644}';
/// U+0645 ARABIC LETTER MEEM (م).
pub(crate) const MEEM: char = '\u{0645}';
/// U+064B ARABIC FATHATAN, the tanwin of `أولاً`.
pub(crate) const FATHATAN: char = '\u{064B}';
/// U+064C ARABIC DAMMATAN, the tanwin of `كتابٌ`.
pub(crate) const DAMMATAN: char = '\u{064C}';
/// U+064D ARABIC KASRATAN, the tanwin of `كتابٍ`.
pub(crate) const KASRATAN: char = '\u{064D}';
/// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef).
pub(crate) const SUPERSCRIPT_ALEF: char = '\u{0670}';
/// U+0671 ARABIC LETTER ALEF WASLA (ٱ).
pub(crate) const ALEF_WASLA: char = '\u{0671}';
/// U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE (ٲ).
pub(crate) const ALEF_WITH_WAVY_HAMZA_ABOVE: char = '\u{0672}';
/// U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW (ٳ).
pub(crate) const ALEF_WITH_WAVY_HAMZA_BELOW: char = '\u{0673}';
/// U+0675 ARABIC LETTER HIGH HAMZA ALEF (ٵ).
pub(crate) const HIGH_HAMZA_ALEF: char = '\u{0675}';
/// U+0676 ARABIC LETTER HIGH HAMZA WAW (ٶ).
pub(crate) const HIGH_HAMZA_WAW: char = '\u{0676}';
/// U+0678 ARABIC LETTER HIGH HAMZA YEH (ٸ).
pub(crate) const HIGH_HAMZA_YEH: char = '\u{0678}';
/// U+06A9 ARABIC LETTER KEHEH (ک), the Persian kaf.
pub(crate) const KEHEH: char = '\u{06A9}';
/// U+06AA ARABIC LETTER SWASH KAF (ڪ).
pub(crate) const SWASH_KAF: char = '\u{06AA}';
/// U+06BE ARABIC LETTER HEH DOACHASHMEE (ھ).
pub(crate) const HEH_DOACHASHMEE: char = '\u{06BE}';
/// U+06C0 ARABIC LETTER HEH WITH YEH ABOVE (ۀ).
pub(crate) const HEH_WITH_YEH_ABOVE: char = '\u{06C0}';
/// U+06C1 ARABIC LETTER HEH GOAL (ہ).
pub(crate) const HEH_GOAL: char = '\u{06C1}';
/// U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE (ۂ).
pub(crate) const HEH_GOAL_WITH_HAMZA_ABOVE: char = '\u{06C2}';
/// U+06C3 ARABIC LETTER TEH MARBUTA GOAL (ۃ).
pub(crate) const TEH_MARBUTA_GOAL: char = '\u{06C3}';
/// U+06CC ARABIC LETTER FARSI YEH (ی).
pub(crate) const FARSI_YEH: char = '\u{06CC}';
/// U+06CD ARABIC LETTER YEH WITH TAIL (ۍ).
pub(crate) const YEH_WITH_TAIL: char = '\u{06CD}';
/// U+06D0 ARABIC LETTER E (ې).
pub(crate) const E: char = '\u{06D0}';
/// U+06D2 ARABIC LETTER YEH BARREE (ے).
pub(crate) const YEH_BARREE: char = '\u{06D2}';
/// U+06D3 ARABIC LETTER YEH BARREE WITH HAMZA ABOVE (ۓ).
pub(crate) const YEH_BARREE_WITH_HAMZA_ABOVE: char = '\u{06D3}';
/// U+06D5 ARABIC LETTER AE (ە).
pub(crate) const AE: char = '\u{06D5}';
/// U+0773 ARABIC LETTER ALEF WITH EXTENDED ARABIC-INDIC DIGIT TWO ABOVE.
pub(crate) const ALEF_WITH_DIGIT_TWO_ABOVE: char = '\u{0773}';
/// U+0774 ARABIC LETTER ALEF WITH EXTENDED ARABIC-INDIC DIGIT THREE ABOVE.
pub(crate) const ALEF_WITH_DIGIT_THREE_ABOVE: char = '\u{0774}';
/// U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM (﷽), which Unicode
/// gives no decomposition.
pub(crate) const BISMILLAH: char = '\u{FDFD}';
/// The words ﷽ stands for, which the `presentation_forms` rule writes.
pub(crate) const BISMILLAH_WORDS: &str = "بسم الله الرحمن الرحيم";
/// The definite article ال.
pub(crate) const ARTICLE: &str = "\u{0627}\u{0644}";
/// Lam and the article's lam after the preposition لِ (لل).
pub(crate) const LAM_LAM: &str = "\u{0644}\u{0644}";
/// Arabic letters used, in abjad order, to number list items (`أ.` `ب-`
/// `ج)`): أ ا ب ج د ه و ز ح ط ي.
pub(crate) const ITEM_LETTERS: [char; 11] = [
    ALEF_WITH_HAMZA_ABOVE,
    ALEF,
    BEH,
    JEEM,
    DAL,
    HEH,
    WAW,
    ZAIN,
    HAH,
    TAH,
    YEH,
];

// ---- ranges: the first and last code point of each ----

/// U+064B, the first of the harakat the `diacritics` rule removes.
pub(crate) const HARAKAT_FIRST: char = '\u{064B}';
/// U+065F, the last of the harakat.
pub(crate) const HARAKAT_LAST: char = '\u{065F}';
/// U+0610..=U+061A: honorifics and small high letters.
pub(crate) const QURANIC_SIGNS_FIRST: char = '\u{0610}';
/// The last of [`QURANIC_SIGNS_FIRST`]'s range.
pub(crate) const QURANIC_SIGNS_LAST: char = '\u{061A}';
/// U+06D6..=U+06ED: small high ligatures, stop signs, end of ayah, rub el
/// hizb, small waw and yeh, sajdah.
pub(crate) const QURANIC_ANNOTATIONS_FIRST: char = '\u{06D6}';
/// The last of [`QURANIC_ANNOTATIONS_FIRST`]'s range.
pub(crate) const QURANIC_ANNOTATIONS_LAST: char = '\u{06ED}';
/// U+0898..=U+089F: Quranic marks of Arabic Extended-B.
pub(crate) const EXTENDED_B_MARKS_FIRST: char = '\u{0898}';
/// The last of [`EXTENDED_B_MARKS_FIRST`]'s range.
pub(crate) const EXTENDED_B_MARKS_LAST: char = '\u{089F}';
/// U+08CA..=U+08E1: Quranic marks of Arabic Extended-A.
pub(crate) const EXTENDED_A_MARKS_FIRST: char = '\u{08CA}';
/// The last of [`EXTENDED_A_MARKS_FIRST`]'s range.
pub(crate) const EXTENDED_A_MARKS_LAST: char = '\u{08E1}';
/// U+08E3..=U+08FF: the rest of Arabic Extended-A's marks.
pub(crate) const EXTENDED_A_MARKS_2_FIRST: char = '\u{08E3}';
/// The last of [`EXTENDED_A_MARKS_2_FIRST`]'s range.
pub(crate) const EXTENDED_A_MARKS_2_LAST: char = '\u{08FF}';
/// U+0660 ARABIC-INDIC DIGIT ZERO (٠).
pub(crate) const ARABIC_INDIC_ZERO: char = '\u{0660}';
/// U+0669 ARABIC-INDIC DIGIT NINE (٩).
pub(crate) const ARABIC_INDIC_NINE: char = '\u{0669}';
/// U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (۰).
pub(crate) const EASTERN_ARABIC_INDIC_ZERO: char = '\u{06F0}';
/// U+06F9 EXTENDED ARABIC-INDIC DIGIT NINE (۹).
pub(crate) const EASTERN_ARABIC_INDIC_NINE: char = '\u{06F9}';
/// U+FB50, the first of the Arabic Presentation Forms-A.
pub(crate) const FORMS_A_FIRST: char = '\u{FB50}';
/// U+FDFF, the last of the Arabic Presentation Forms-A.
pub(crate) const FORMS_A_LAST: char = '\u{FDFF}';
/// U+FE70, the first of the Arabic Presentation Forms-B.
pub(crate) const FORMS_B_FIRST: char = '\u{FE70}';
/// U+FEFE, the last of the Arabic Presentation Forms-B (U+FEFF is the BOM).
pub(crate) const FORMS_B_LAST: char = '\u{FEFE}';

/// A letter, a madda or hamza mark, and the precomposed letter they make
/// under canonical composition (Unicode NFC).
pub(crate) const COMPOSITIONS: [(char, char, char); 8] = [
    (ALEF, MADDAH_ABOVE, ALEF_WITH_MADDA_ABOVE),
    (ALEF, HAMZA_ABOVE, ALEF_WITH_HAMZA_ABOVE),
    (ALEF, HAMZA_BELOW, ALEF_WITH_HAMZA_BELOW),
    (WAW, HAMZA_ABOVE, WAW_WITH_HAMZA_ABOVE),
    (YEH, HAMZA_ABOVE, YEH_WITH_HAMZA_ABOVE),
    (AE, HAMZA_ABOVE, HEH_WITH_YEH_ABOVE),
    (HEH_GOAL, HAMZA_ABOVE, HEH_GOAL_WITH_HAMZA_ABOVE),
    (YEH_BARREE, HAMZA_ABOVE, YEH_BARREE_WITH_HAMZA_ABOVE),
];

/// Harakat and other vowel marks: U+064B..=U+065F (tanwin, fatha, damma,
/// kasra, shadda, sukun, maddah, hamza above and below, and the extended
/// marks) and U+0670 ARABIC LETTER SUPERSCRIPT ALEF.
///
/// ```
/// use arabic_text::chars::is_diacritic;
/// assert!(is_diacritic('\u{064E}')); // fatha
/// assert!(is_diacritic('\u{0670}')); // superscript alef
/// assert!(!is_diacritic('ب'));
/// ```
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(c, HARAKAT_FIRST..=HARAKAT_LAST | SUPERSCRIPT_ALEF)
}

/// Quranic annotation marks: U+0610..=U+061A (honorifics and small high
/// letters), U+06D6..=U+06ED (small high ligatures, stop signs, end of ayah,
/// rub el hizb, small waw and yeh, sajdah), and the combining marks of the
/// Arabic Extended-A and -B blocks (U+0898..=U+089F, U+08CA..=U+08E1,
/// U+08E3..=U+08FF).
///
/// ```
/// use arabic_text::chars::is_quranic_mark;
/// assert!(is_quranic_mark('\u{06D6}')); // small high ligature sad with lam with alef maksura
/// assert!(!is_quranic_mark('\u{064E}')); // fatha is a diacritic, not a Quranic mark
/// ```
#[inline]
pub fn is_quranic_mark(c: char) -> bool {
    matches!(
        c,
        QURANIC_SIGNS_FIRST..=QURANIC_SIGNS_LAST
            | QURANIC_ANNOTATIONS_FIRST..=QURANIC_ANNOTATIONS_LAST
            | EXTENDED_B_MARKS_FIRST..=EXTENDED_B_MARKS_LAST
            | EXTENDED_A_MARKS_FIRST..=EXTENDED_A_MARKS_LAST
            | EXTENDED_A_MARKS_2_FIRST..=EXTENDED_A_MARKS_2_LAST
    )
}

/// Whether `c` is U+0640 ARABIC TATWEEL.
///
/// ```
/// assert!(arabic_text::chars::is_tatweel('ـ'));
/// ```
#[inline]
pub fn is_tatweel(c: char) -> bool {
    c == TATWEEL
}

/// Alef variants that fold to plain alef (ا): U+0622 آ (madda above), U+0623 أ
/// (hamza above), U+0625 إ (hamza below), U+0671 ٱ (wasla), U+0672 ٲ (wavy
/// hamza above), U+0673 ٳ (wavy hamza below), U+0675 ٵ (high hamza), U+0773
/// and U+0774 (extended Arabic-Indic digit two and three above).
///
/// ```
/// use arabic_text::chars::is_alef_variant;
/// assert!(is_alef_variant('أ') && is_alef_variant('ٱ'));
/// assert!(!is_alef_variant('ا'));
/// ```
#[inline]
pub fn is_alef_variant(c: char) -> bool {
    ALEF_VARIANTS.contains(&c)
}

/// The alef variants [`is_alef_variant`] names, in code point order.
pub(crate) const ALEF_VARIANTS: [char; 9] = [
    ALEF_WITH_MADDA_ABOVE,
    ALEF_WITH_HAMZA_ABOVE,
    ALEF_WITH_HAMZA_BELOW,
    ALEF_WASLA,
    ALEF_WITH_WAVY_HAMZA_ABOVE,
    ALEF_WITH_WAVY_HAMZA_BELOW,
    HIGH_HAMZA_ALEF,
    ALEF_WITH_DIGIT_TWO_ABOVE,
    ALEF_WITH_DIGIT_THREE_ABOVE,
];

/// Arabic-Indic digits U+0660..=U+0669 (٠..٩) and Eastern Arabic-Indic
/// (Persian, Urdu) digits U+06F0..=U+06F9 (۰..۹).
///
/// ```
/// use arabic_text::chars::is_arabic_digit;
/// assert!(is_arabic_digit('٣') && is_arabic_digit('۳'));
/// assert!(!is_arabic_digit('3'));
/// ```
#[inline]
pub fn is_arabic_digit(c: char) -> bool {
    matches!(
        c,
        ARABIC_INDIC_ZERO..=ARABIC_INDIC_NINE | EASTERN_ARABIC_INDIC_ZERO..=EASTERN_ARABIC_INDIC_NINE
    )
}

/// The value 0..=9 of an ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
///
/// ```
/// use arabic_text::chars::digit_value;
/// assert_eq!(digit_value('٧'), Some(7));
/// assert_eq!(digit_value('۴'), Some(4));
/// assert_eq!(digit_value('9'), Some(9));
/// assert_eq!(digit_value('x'), None);
/// ```
#[inline]
pub fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        ARABIC_INDIC_ZERO..=ARABIC_INDIC_NINE => Some((c as u32 - ARABIC_INDIC_ZERO as u32) as u8),
        EASTERN_ARABIC_INDIC_ZERO..=EASTERN_ARABIC_INDIC_NINE => {
            Some((c as u32 - EASTERN_ARABIC_INDIC_ZERO as u32) as u8)
        }
        _ => None,
    }
}

/// Any decimal digit this crate reads in numbers: ASCII, Arabic-Indic or
/// Eastern Arabic-Indic.
///
/// ```
/// use arabic_text::chars::is_digit;
/// assert!(is_digit('5') && is_digit('٥') && is_digit('۵'));
/// ```
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Invisible format characters that change no letter: U+00AD SOFT HYPHEN,
/// U+034F COMBINING GRAPHEME JOINER, U+061C ARABIC LETTER MARK, U+180E
/// MONGOLIAN VOWEL SEPARATOR, U+200B..=U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM),
/// U+202A..=U+202E (bidi embeddings and overrides), U+2060..=U+2064 (word
/// joiner and invisible operators), U+2066..=U+2069 (bidi isolates) and
/// U+FEFF (BOM, ZERO WIDTH NO-BREAK SPACE).
///
/// ```
/// use arabic_text::chars::is_invisible;
/// assert!(is_invisible('\u{200F}')); // RIGHT-TO-LEFT MARK
/// assert!(is_invisible('\u{FEFF}'));
/// assert!(!is_invisible(' '));
/// ```
#[inline]
pub fn is_invisible(c: char) -> bool {
    in_ranges(c, &INVISIBLE_RANGES)
}

/// The ranges [`is_invisible`] names.
pub(crate) const INVISIBLE_RANGES: [(char, char); 9] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

/// Whether `c` lies in one of `ranges` (inclusive).
#[inline(always)]
const fn in_ranges(c: char, ranges: &[(char, char)]) -> bool {
    let mut i = 0;
    while i < ranges.len() {
        if ranges[i].0 as u32 <= c as u32 && c as u32 <= ranges[i].1 as u32 {
            return true;
        }
        i += 1;
    }
    false
}

/// Horizontal whitespace that the `whitespace` rule collapses: space, tab,
/// U+00A0 NO-BREAK SPACE, U+1680, U+2000..=U+200A, U+202F, U+205F and U+3000.
/// Line breaks are not horizontal whitespace.
///
/// ```
/// use arabic_text::chars::is_horizontal_space;
/// assert!(is_horizontal_space('\t') && is_horizontal_space('\u{00A0}'));
/// assert!(!is_horizontal_space('\n'));
/// ```
#[inline]
pub fn is_horizontal_space(c: char) -> bool {
    in_ranges(c, &HORIZONTAL_SPACE_RANGES)
}

/// The ranges [`is_horizontal_space`] names.
pub(crate) const HORIZONTAL_SPACE_RANGES: [(char, char); 8] = [
    ('\t', '\t'),
    (' ', ' '),
    ('\u{00A0}', '\u{00A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];

/// Arabic presentation forms: U+FB50..=U+FDFF (Forms-A, ligatures among them)
/// and U+FE70..=U+FEFE (Forms-B), which fold to their base letters. U+FEFF is
/// the BOM, an invisible character, not a presentation form.
///
/// ```
/// use arabic_text::chars::is_presentation_form;
/// assert!(is_presentation_form('\u{FEFB}')); // ﻻ LAM WITH ALEF ligature
/// assert!(!is_presentation_form('\u{FEFF}'));
/// ```
#[inline]
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, FORMS_A_FIRST..=FORMS_A_LAST | FORMS_B_FIRST..=FORMS_B_LAST)
}

/// Whether `c` belongs to one of the Arabic script blocks: Arabic
/// (U+0600..=U+06FF), Arabic Supplement (U+0750..=U+077F), Arabic Extended-A
/// and -B (U+0870..=U+08FF) or the presentation forms.
///
/// ```
/// use arabic_text::chars::is_arabic;
/// assert!(is_arabic('ع') && is_arabic('\u{FEFB}'));
/// assert!(!is_arabic('a'));
/// ```
#[inline]
pub fn is_arabic(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}'
    )
}

/// Whether `c` is an Arabic-script combining mark: a diacritic, a Quranic mark
/// or the marks U+0653..=U+0655 (madda and hamza above and below).
///
/// ```
/// use arabic_text::chars::is_arabic_mark;
/// assert!(is_arabic_mark('\u{0651}')); // shadda
/// assert!(!is_arabic_mark('ـ'));
/// ```
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    is_diacritic(c) || is_quranic_mark(c)
}

/// The precomposed letter that a base letter and a following madda or hamza
/// mark make under canonical composition (Unicode NFC): ا + U+0654 → أ,
/// ا + U+0653 → آ, ا + U+0655 → إ, و + U+0654 → ؤ, ي + U+0654 → ئ,
/// ە + U+0654 → ۀ, ہ + U+0654 → ۂ, ے + U+0654 → ۓ.
///
/// ```
/// use arabic_text::chars::compose;
/// assert_eq!(compose('ا', '\u{0654}'), Some('أ'));
/// assert_eq!(compose('ب', '\u{0654}'), None);
/// ```
#[inline]
pub fn compose(base: char, mark: char) -> Option<char> {
    COMPOSITIONS
        .iter()
        .find(|&&(b, m, _)| b == base && m == mark)
        .map(|&(_, _, composed)| composed)
}

/// Whether `c` is one of the three marks that compose with a base letter
/// (U+0653 maddah above, U+0654 hamza above, U+0655 hamza below).
///
/// ```
/// assert!(arabic_text::chars::is_composing_mark('\u{0654}'));
/// ```
#[inline]
pub fn is_composing_mark(c: char) -> bool {
    matches!(c, MADDAH_ABOVE | HAMZA_ABOVE | HAMZA_BELOW)
}

// ---- tokenizer classes (src/tokenize uses these) ----

/// U+200B ZERO WIDTH SPACE: invisible, but a word boundary, unlike the other
/// invisible characters.
pub const ZWSP: char = '\u{200B}';
/// U+2026 HORIZONTAL ELLIPSIS (…).
pub const ELLIPSIS: char = '\u{2026}';

/// Letters of the Arabic script: U+0620..=U+063F, U+0641..=U+064A,
/// U+066E..=U+066F, U+0671..=U+06D3, U+06D5, U+06E5..=U+06E6 (small waw and
/// yeh), U+06EE..=U+06EF, U+06FA..=U+06FC, U+06FF, the Arabic Supplement
/// (U+0750..=U+077F), the letters of Arabic Extended-A and -B, and the
/// presentation forms (ligatures such as ﻻ and ﷲ are letters), except the
/// ornate parentheses U+FD3E..=U+FD3F and the signs U+FD40..=U+FD4F, U+FDCF
/// and U+FDFC..=U+FDFF. Tatweel, digits and marks are not letters.
///
/// ```
/// use arabic_text::chars::is_arabic_letter;
/// assert!(is_arabic_letter('ب') && is_arabic_letter('پ') && is_arabic_letter('\u{FEFB}'));
/// assert!(!is_arabic_letter('ـ') && !is_arabic_letter('٣') && !is_arabic_letter('\u{064E}'));
/// ```
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0620}'..='\u{063F}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06E5}'..='\u{06E6}'
            | '\u{06EE}'..='\u{06EF}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{0887}'
            | '\u{0889}'..='\u{088E}'
            | '\u{08A0}'..='\u{08C9}'
            | '\u{FB50}'..='\u{FD3D}'
            | '\u{FD50}'..='\u{FDCE}'
            | '\u{FDF0}'..='\u{FDFB}'
            | '\u{FE70}'..='\u{FEFE}'
    )
}

/// Punctuation marks: ASCII `! " # & ' ( ) * , - . / : ; ? @ [ \ ] _ { }`,
/// Latin-1 `¡ § « ¶ · » ¿`, Arabic ، (U+060C), ؍ (U+060D), ؛ (U+061B),
/// U+061D, ؞ (U+061E), ؟ (U+061F), ٫ (U+066B), ٬ (U+066C), ٭ (U+066D),
/// ۔ (U+06D4), the ornate parentheses ﴾ ﴿ (U+FD3E..=U+FD3F), General
/// Punctuation (dashes, quotes, bullets, … : U+2010..=U+2027,
/// U+2032..=U+2043, U+2045..=U+2051, U+2053..=U+205E), Supplemental
/// Punctuation (U+2E00..=U+2E5D), CJK punctuation (U+3001..=U+3003,
/// U+3008..=U+3011, U+3014..=U+301F, U+30FB) and the small and fullwidth
/// forms of these. The percent and per-mille signs (% ٪ ؉ ‰) count as
/// symbols, with the currency signs, not as punctuation.
///
/// ```
/// use arabic_text::chars::is_punctuation;
/// assert!(is_punctuation('،') && is_punctuation('؟') && is_punctuation('«') && is_punctuation('…'));
/// assert!(!is_punctuation('٪') && !is_punctuation('%') && !is_punctuation('$'));
/// ```
#[inline]
pub const fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '!'..='#'
            | '&'..='*'
            | ','..='/'
            | ':'..=';'
            | '?'..='@'
            | '['..=']'
            | '_'
            | '{'
            | '}'
            | '\u{00A1}'
            | '\u{00A7}'
            | '\u{00AB}'
            | '\u{00B6}'..='\u{00B7}'
            | '\u{00BB}'
            | '\u{00BF}'
            | '\u{060C}'..='\u{060D}'
            | '\u{061B}'
            | '\u{061D}'..='\u{061F}'
            | '\u{066B}'..='\u{066D}'
            | '\u{06D4}'
            | '\u{FD3E}'..='\u{FD3F}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2032}'..='\u{2043}'
            | '\u{2045}'..='\u{2051}'
            | '\u{2053}'..='\u{205E}'
            | '\u{2E00}'..='\u{2E5D}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301F}'
            | '\u{30FB}'
            | '\u{FE10}'..='\u{FE19}'
            | '\u{FE30}'..='\u{FE52}'
            | '\u{FE54}'..='\u{FE61}'
            | '\u{FE63}'
            | '\u{FE68}'
            | '\u{FE6A}'..='\u{FE6B}'
            | '\u{FF01}'..='\u{FF03}'
            | '\u{FF06}'..='\u{FF0A}'
            | '\u{FF0C}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1B}'
            | '\u{FF1F}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF3D}'
            | '\u{FF3F}'
            | '\u{FF5B}'
            | '\u{FF5D}'
            | '\u{FF5F}'..='\u{FF65}'
    )
}

/// Marks that can end a sentence: `.` `!` `?`, ؟ (U+061F), ۔ (U+06D4
/// ARABIC FULL STOP), … (U+2026), ‼ ⁇ ⁈ ⁉ (U+203C, U+2047..=U+2049) and
/// the ideographic and fullwidth full stop, exclamation and question marks.
///
/// ```
/// use arabic_text::chars::is_sentence_terminal;
/// assert!(is_sentence_terminal('؟') && is_sentence_terminal('.') && is_sentence_terminal('…'));
/// assert!(!is_sentence_terminal('،') && !is_sentence_terminal('؛'));
/// ```
#[inline]
pub const fn is_sentence_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ARABIC_QUESTION_MARK
            | ARABIC_FULL_STOP
            | ELLIPSIS
            | '\u{203C}'
            | '\u{2047}'..='\u{2049}' | '\u{3002}' | '\u{FF01}' | '\u{FF0E}' | '\u{FF1F}'
    )
}

/// Marks that close a quotation or a bracket and so may follow a sentence's
/// last full stop: `"` `'` `)` `]` `}`, » (U+00BB), ’ ” (U+2019, U+201D),
/// › (U+203A), ﴾ (U+FD3E, which closes in right-to-left text) and the CJK
/// closing brackets.
///
/// ```
/// use arabic_text::chars::is_closing_punctuation;
/// assert!(is_closing_punctuation('»') && is_closing_punctuation('"') && is_closing_punctuation(')'));
/// assert!(!is_closing_punctuation('«') && !is_closing_punctuation('('));
/// ```
#[inline]
pub const fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{00BB}'
            | '\u{2019}'
            | '\u{201D}'
            | '\u{203A}'
            | '\u{FD3E}'
            | '\u{3009}'
            | '\u{300B}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{3011}'
            | '\u{FF09}'
    )
}

/// Marks that open a bracket: `(` `[` `{`, ﴿ (U+FD3F, which opens in
/// right-to-left text) and the CJK opening brackets.
///
/// ```
/// use arabic_text::chars::is_opening_bracket;
/// assert!(is_opening_bracket('(') && is_opening_bracket('\u{FD3F}'));
/// assert!(!is_opening_bracket(')'));
/// ```
#[inline]
pub const fn is_opening_bracket(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '\u{FD3F}'
            | '\u{3008}'
            | '\u{300A}'
            | '\u{300C}'
            | '\u{300E}'
            | '\u{3010}'
            | '\u{FF08}'
    )
}

/// Number separators, which join digits on both sides into one number:
/// `.` and `,` and the Arabic decimal and thousands separators ٫ (U+066B)
/// and ٬ (U+066C). The Arabic comma ، is not one: `١،٢` is two numbers.
///
/// ```
/// use arabic_text::chars::is_number_separator;
/// assert!(is_number_separator('٫') && is_number_separator('٬') && is_number_separator(','));
/// assert!(!is_number_separator('،'));
/// ```
#[inline]
pub const fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

/// Scripts written without spaces between words, or segmented syllable by
/// syllable, whose words the tokenizer leaves to Unicode word boundaries
/// (UAX #29): Thai and Lao (U+0E00..=U+0EFF), Myanmar (U+1000..=U+109F),
/// Khmer (U+1780..=U+17FF), CJK and kana (U+2E80..=U+9FFF, U+F900..=U+FAFF,
/// U+20000..=U+3FFFF) and Hangul (U+1100..=U+11FF, U+AC00..=U+D7FF).
///
/// ```
/// use arabic_text::chars::is_complex_script;
/// assert!(is_complex_script('中') && is_complex_script('ก'));
/// assert!(!is_complex_script('ع') && !is_complex_script('é'));
/// ```
#[inline]
pub const fn is_complex_script(c: char) -> bool {
    matches!(
        c,
        '\u{0E00}'..='\u{0EFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1100}'..='\u{11FF}'
            | '\u{1780}'..='\u{17FF}'
            | '\u{2E80}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7FF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{3FFFF}'
    )
}

// ---- document classes (src/document uses these) ----

/// The dashes that set words apart in running text and stand for an empty
/// table cell: `-` HYPHEN-MINUS, `–` U+2013 EN DASH and `—` U+2014 EM DASH.
pub(crate) const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// List bullets that open an unordered list item when a space follows them:
/// `•` U+2022 BULLET, `●` U+25CF BLACK CIRCLE, `○` U+25CB WHITE CIRCLE, `◦`
/// U+25E6 WHITE BULLET, `▪` U+25AA BLACK SMALL SQUARE, `■` U+25A0 BLACK SQUARE,
/// `‣` U+2023 TRIANGULAR BULLET, `⁃` U+2043 HYPHEN BULLET, `-` HYPHEN-MINUS,
/// `*` ASTERISK, `–` U+2013 EN DASH, `·` U+00B7 MIDDLE DOT, `✓` U+2713 CHECK
/// MARK and `✔` U+2714 HEAVY CHECK MARK.
///
/// ```
/// use arabic_text::chars::is_bullet;
/// assert!(is_bullet('•') && is_bullet('-') && is_bullet('✓'));
/// assert!(!is_bullet('ب') && !is_bullet('.'));
/// ```
#[inline]
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{25CF}'
            | '\u{25CB}'
            | '\u{25E6}'
            | '\u{25AA}'
            | '\u{25A0}'
            | '\u{2023}'
            | '\u{2043}'
            | '-'
            | '*'
            | '\u{2013}'
            | '\u{00B7}'
            | '\u{2713}'
            | '\u{2714}'
    )
}

/// Emoji and pictographs (`📍`, `⏱`, `✅`, `→`): arrows, technical and
/// miscellaneous symbols, dingbats (U+2190–U+2BFF) and the emoji planes
/// (U+1F000–U+1FAFF). An icon labels the words after it: a spec-sheet cell,
/// a section name (check and cross marks in a table cell are values instead).
///
/// ```
/// use arabic_text::chars::is_pictograph;
/// assert!(is_pictograph('📚') && is_pictograph('✅'));
/// assert!(!is_pictograph('ب') && !is_pictograph('•'));
/// ```
#[inline]
pub fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Marks that answer yes or no in a table cell, a value rather than an
/// icon: `✓` U+2713 CHECK MARK, `✔` U+2714 HEAVY CHECK MARK, `✅` U+2705,
/// `☑` U+2611, `✗` U+2717, `✘` U+2718, `❌` U+274C, `✖` U+2716 and `❎`
/// U+274E.
#[inline]
pub(crate) fn is_answer_mark(c: char) -> bool {
    matches!(
        c,
        '\u{2713}'
            | '\u{2714}'
            | '\u{2705}'
            | '\u{2611}'
            | '\u{2717}'
            | '\u{2718}'
            | '\u{274C}'
            | '\u{2716}'
            | '\u{274E}'
    )
}

/// Marks that end a sentence: the same set as [`is_sentence_terminal`],
/// under the name the document passes use.
///
/// ```
/// use arabic_text::chars::is_sentence_end;
/// assert!(is_sentence_end('.') && is_sentence_end('؟'));
/// assert!(!is_sentence_end('،'));
/// ```
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    is_sentence_terminal(c)
}

/// Marks that end a clause but not a sentence: `:` `,` `;`, U+060C ARABIC
/// COMMA (`،`) and U+061B ARABIC SEMICOLON (`؛`). A line ending in one of them
/// goes on in the next block, so it is never a heading.
///
/// ```
/// use arabic_text::chars::is_clause_end;
/// assert!(is_clause_end(':') && is_clause_end('،') && is_clause_end('؛'));
/// assert!(!is_clause_end('.'));
/// ```
#[inline]
pub fn is_clause_end(c: char) -> bool {
    c == ':' || is_comma_or_semicolon(c)
}

/// A comma or a semicolon, ASCII or Arabic: `,` `;` `،` (U+060C) `؛`
/// (U+061B). A line that ends in one runs on into the next.
///
/// ```
/// use arabic_text::chars::is_comma_or_semicolon;
/// assert!(is_comma_or_semicolon('،') && is_comma_or_semicolon(';'));
/// assert!(!is_comma_or_semicolon(':') && !is_comma_or_semicolon('.'));
/// ```
#[inline]
pub fn is_comma_or_semicolon(c: char) -> bool {
    matches!(c, ',' | ';' | ARABIC_COMMA | ARABIC_SEMICOLON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositions_agree_with_unicode_nfc() {
        use unicode_normalization::UnicodeNormalization;
        for base in [
            '\u{0627}', '\u{0648}', '\u{064A}', '\u{06D5}', '\u{06C1}', '\u{06D2}', 'ب',
        ] {
            for mark in [MADDAH_ABOVE, HAMZA_ABOVE, HAMZA_BELOW] {
                let nfc: String = [base, mark].iter().collect::<String>().nfc().collect();
                let ours = compose(base, mark)
                    .map(String::from)
                    .unwrap_or_else(|| [base, mark].iter().collect());
                assert_eq!(ours, nfc, "{base} + U+{:04X}", mark as u32);
            }
        }
    }

    #[test]
    fn digit_values_cover_all_three_scripts() {
        for (i, (a, (e, l))) in ('\u{0660}'..='\u{0669}')
            .zip(('\u{06F0}'..='\u{06F9}').zip('0'..='9'))
            .enumerate()
        {
            assert_eq!(digit_value(a), Some(i as u8));
            assert_eq!(digit_value(e), Some(i as u8));
            assert_eq!(digit_value(l), Some(i as u8));
        }
    }
}
