//! Properties of the normalizer that hold for every input.

#[path = "support/invariants.rs"]
mod invariants;

use arabic_text::{NormalizeOptions, Normalizer};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Characters that exercise every rule and every context: letters, the
/// variants the rules fold, marks (the composing ones too), presentation
/// forms, digits, invisible characters, spaces and line breaks, and the
/// pieces of emoji ZWJ sequences.
fn arabic_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => (0x0621u32..=0x064A).prop_map(|c| char::from_u32(c).unwrap()),
        2 => (0x064Bu32..=0x065F).prop_map(|c| char::from_u32(c).unwrap()),
        1 => prop::sample::select(vec!['\u{0670}', '\u{0640}', '\u{0653}', '\u{0654}', '\u{0655}', '\u{0671}', '\u{06D6}', '\u{0610}']),
        1 => prop::sample::select(vec!['ک', 'ی', 'ە', 'ۀ', 'ہ', 'ے', 'ۓ', 'ۃ', 'ھ', 'ې', 'پ']),
        1 => (0xFE70u32..=0xFEFF).prop_map(|c| char::from_u32(c).unwrap()),
        1 => (0xFB50u32..=0xFDFF).prop_map(|c| char::from_u32(c).unwrap_or('x')),
        1 => prop::sample::select(vec!['٣', '۴', '٫', '٬', '،', '؛', '؟', '٪', '۔', '7', '.']),
        1 => prop::sample::select(vec!['\u{200B}', '\u{200C}', '\u{200D}', '\u{200F}', '\u{202B}', '\u{2066}', '\u{FEFF}', '\u{00AD}', '\u{061C}']),
        2 => prop::sample::select(vec![' ', ' ', '\t', '\u{00A0}', '\u{3000}', '\n', '\r']),
        1 => prop::sample::select(vec!['a', 'Z', '中', '😀', 'ש']),
        1 => prop::sample::select(vec!['👨', '👩', '❤', '\u{FE0F}', '\u{1F3FD}', '\u{200D}']),
    ]
}

fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec(arabic_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

/// Mostly plain Arabic prose with the letters the block loop replaces in
/// register (أ إ آ ٱ ة ى) and the odd other rule-triggering character, long
/// enough to cross several 32-byte blocks of the fast loop.
fn long_text() -> impl Strategy<Value = String> {
    let plain = prop::sample::select(vec![
        'ب', 'ت', 'س', 'ل', 'م', 'ن', 'ا', 'و', 'ي', ' ', ' ', 'أ', 'إ', 'آ', 'ٱ', 'ة', 'ى',
    ]);
    let chars = prop_oneof![12 => plain, 1 => arabic_char()];
    prop::collection::vec(chars, 0..400).prop_map(|v| v.into_iter().collect())
}

/// Fully vowelled text: most letters carry a mark, as in classical prose.
fn vowelled_text() -> impl Strategy<Value = String> {
    let letter = prop::sample::select(vec![
        'ب', 'ت', 'س', 'ل', 'م', 'ن', 'ا', 'أ', 'ة', 'ى', 'و', 'ي', ' ',
    ]);
    let mark = prop::option::weighted(
        0.7,
        (0x064Bu32..=0x0652).prop_map(|c| char::from_u32(c).unwrap()),
    );
    let unit = prop_oneof![
        20 => (letter, mark).prop_map(|(l, m)| m.map_or(l.to_string(), |m| format!("{l}{m}"))),
        1 => arabic_char().prop_map(String::from),
    ];
    prop::collection::vec(unit, 0..300).prop_map(|v| v.concat())
}

/// Arabic-looking text or any text at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => arabic_text(), 1 => any::<String>()]
}

fn options() -> impl Strategy<Value = NormalizeOptions> {
    prop::collection::vec(any::<bool>(), 13).prop_map(|on| {
        NormalizeOptions::RULE_NAMES
            .iter()
            .zip(on)
            .fold(NormalizeOptions::NONE, |o, (name, on)| {
                o.with_rule(name, on).unwrap()
            })
    })
}

fn normalizer() -> impl Strategy<Value = Normalizer> {
    prop_oneof![
        Just(NormalizeOptions::NONE),
        Just(NormalizeOptions::LIGHT),
        Just(NormalizeOptions::SEARCH),
        Just(NormalizeOptions::ALL),
        options(),
    ]
    .prop_map(Normalizer::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Borrowed exactly when normalized, idempotent, `normalize_into` and
    /// the offsets path agree with `normalize` (the block and table loops
    /// against the offsets path, which the unit tests check against the
    /// character path), line by line equals whole, and the offset map is
    /// monotone, in bounds and points at each output character's source.
    #[test]
    fn every_normalizer_keeps_its_promises(
        n in normalizer(),
        s in prop_oneof![text(), long_text(), vowelled_text()],
    ) {
        invariants::check_normalize(&n, &s);
    }

    #[test]
    fn normalize_into_appends_what_normalize_returns(n in normalizer(), prefix in text(), s in text()) {
        invariants::check_normalize_into(&n, &prefix, &s);
    }

    #[test]
    fn nfc_and_nfd_fold_alike_under_search(s in arabic_text()) {
        let n = Normalizer::search();
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(n.normalize(&nfc), n.normalize(&nfd));
    }

    /// The edits of `explain` are in order, tile nothing twice, name a rule
    /// that is on, and applied to the input give `normalize`'s output.
    #[test]
    fn explain_edits_rebuild_the_output(
        n in normalizer(),
        s in prop_oneof![text(), vowelled_text()],
    ) {
        let want = n.normalize(&s);
        let (mut rebuilt, mut at, mut out_at) = (String::new(), 0, 0);
        for e in n.explain(&s) {
            prop_assert!(e.input.start >= at, "{:?}", e);
            prop_assert!(n.options().with_rule(e.rule, true) == Some(n.options()), "{:?}", e);
            prop_assert_eq!(&s[e.input.start..e.input.end], e.before);
            // The copied text between two edits is the same in both.
            rebuilt.push_str(&s[at..e.input.start]);
            prop_assert_eq!(e.output.start, out_at + (e.input.start - at));
            rebuilt.push_str(&e.after);
            prop_assert_eq!(e.output.len(), e.after.len());
            at = e.input.end;
            out_at = e.output.end;
        }
        rebuilt.push_str(&s[at..]);
        prop_assert_eq!(rebuilt.as_str(), want.as_ref());
    }
}

/// A ZWNJ before a presentation form that leaves only a dropped mark (`ﹲ`,
/// dammatan, under `diacritics`) is judged by the character after the form,
/// as it is when the output is normalized again: here a digit, so the ZWNJ
/// goes at once and normalizing twice changes nothing.
#[test]
fn a_zwnj_before_a_form_that_leaves_nothing_is_judged_by_what_follows() {
    let n = Normalizer::new(
        NormalizeOptions::NONE
            .diacritics(true)
            .presentation_forms(true)
            .invisible(true),
    );
    let text = "ء\u{200c}\u{fe72}٣";
    assert_eq!(n.normalize(text), "ء٣");
    invariants::check_normalize(&n, text);
    // Before a letter, the ZWNJ stays between the two letters.
    assert_eq!(n.normalize("ء\u{200c}\u{fe72}ب"), "ء\u{200c}ب");
    invariants::check_normalize(&n, "ء\u{200c}\u{fe72}ب");
}
