//! Properties of tokens and sentences that hold for every input.

#[path = "support/invariants.rs"]
mod invariants;

use proptest::prelude::*;

/// Characters that reach every scanner: Arabic letters, marks, tatweel,
/// digits of three sets and their separators, punctuation, symbols and
/// emoji parts, URL and tag starts, invisible characters, spaces and line
/// breaks, other scripts.
fn token_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => (0x0621u32..=0x064A).prop_map(|c| char::from_u32(c).unwrap()),
        2 => (0x064Bu32..=0x065F).prop_map(|c| char::from_u32(c).unwrap()),
        2 => prop::sample::select(vec!['ـ', 'ق', 'م', 'د', 'ه', 'ا', 'ل']),
        3 => prop::sample::select(vec!['٣', '۴', '7', '0', '٫', '٬', '.', ',', ':', '،', '؛', '؟', '!', '?', '۔', '…']),
        2 => prop::sample::select(vec!['"', '\'', '(', ')', '«', '»', '-', '_', '#', '@', '/', '%', '٪', '$', '*']),
        1 => prop::sample::select(vec!['😀', '👍', '\u{1F3FD}', '\u{200D}', '\u{FE0F}', '\u{20E3}', '🇸', '🇦']),
        1 => prop::sample::select(vec!['h', 't', 'p', 's', 'w', 'w', 'e', 'x', 'c', 'o', 'm', 'A', 'é', '\u{0301}']),
        1 => prop::sample::select(vec!['\u{200B}', '\u{200C}', '\u{200F}', '\u{202B}', '\u{FEFF}', '\u{00AD}', '\u{061C}']),
        3 => prop::sample::select(vec![' ', ' ', '\t', '\u{00A0}', '\n', '\n', '\r']),
        1 => prop::sample::select(vec!['中', 'ก', '한', 'ж', '\u{FEFB}', '\u{FD3E}', '\u{0600}']),
    ]
}

/// Arabic-looking text, or any text at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(token_char(), 0..60).prop_map(|v| v.into_iter().collect()),
        1 => prop::sample::select(vec!["https://", "www.", "a@b.co", "#وسم", "@user", "ق.م.", "د. ", "١٬٢٠٠٫٥", "6:30"])
            .prop_flat_map(|head| prop::collection::vec(token_char(), 0..20)
                .prop_map(move |tail| format!("{head}{}", tail.into_iter().collect::<String>()))),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Tokens tile the input with whitespace on, are those minus the
    /// whitespace ones with it off, slice the input at their spans, never
    /// start or end with a separator, and the iterator stays ended.
    #[test]
    fn tokens_keep_their_promises(text in text(), web in any::<bool>()) {
        invariants::check_tokens(&text, web);
    }

    /// Sentences are trimmed slices of the input, in order, and every token
    /// lies inside exactly one.
    #[test]
    fn sentences_keep_their_promises(text in text(), web in any::<bool>()) {
        invariants::check_sentences(&text, web);
    }
}
