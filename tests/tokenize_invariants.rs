//! Properties of tokens and sentences that hold for every input.

use arabic_text::{Span, TokenKind, Tokenizer};
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

fn tokenizers() -> impl Strategy<Value = Tokenizer> {
    (any::<bool>(), any::<bool>())
        .prop_map(|(ws, web)| Tokenizer::new().with_whitespace(ws).with_web(web))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn spans_are_ordered_slices_of_the_input(text in text(), tokenizer in tokenizers()) {
        let mut last_end = 0;
        for t in tokenizer.tokens(&text) {
            prop_assert!(t.span.start < t.span.end, "empty token at {}", t.span.start);
            prop_assert!(t.span.start >= last_end, "overlap at {}", t.span.start);
            prop_assert!(t.span.end <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert_eq!(&text.as_str()[t.span], t.text);
            last_end = t.span.end;
        }
    }

    #[test]
    fn whitespace_tokens_make_the_tokens_tile_the_input(text in text(), web in any::<bool>()) {
        let tokenizer = Tokenizer::new().with_whitespace(true).with_web(web);
        let mut joined = String::with_capacity(text.len());
        let mut end = 0;
        for t in tokenizer.tokens(&text) {
            prop_assert_eq!(t.span.start, end);
            joined.push_str(t.text);
            end = t.span.end;
        }
        prop_assert_eq!(joined, text);
    }

    #[test]
    fn skipping_whitespace_drops_only_whitespace_tokens(text in text(), web in any::<bool>()) {
        let all: Vec<_> = Tokenizer::new().with_whitespace(true).with_web(web).tokens(&text)
            .filter(|t| t.kind != TokenKind::Whitespace).collect();
        let visible: Vec<_> = Tokenizer::new().with_web(web).tokens(&text).collect();
        prop_assert_eq!(all, visible);
    }

    #[test]
    fn no_token_but_whitespace_has_space_or_invisible_edges(text in text(), tokenizer in tokenizers()) {
        for t in tokenizer.tokens(&text).filter(|t| t.kind != TokenKind::Whitespace) {
            let first = t.text.chars().next().unwrap();
            let last = t.text.chars().next_back().unwrap();
            for c in [first, last] {
                prop_assert!(!c.is_whitespace() && !arabic_text::chars::is_invisible(c), "{:?} at an edge of {:?}", c, t.text);
            }
        }
    }

    #[test]
    fn sentences_cover_every_token_once(text in text(), web in any::<bool>()) {
        let tokenizer = Tokenizer::new().with_web(web);
        let sentences: Vec<Span> = tokenizer.sentences(&text).map(|s| s.span).collect();
        for pair in sentences.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "sentences overlap: {:?}", pair);
        }
        let mut at = 0;
        for t in tokenizer.tokens(&text) {
            while at < sentences.len() && sentences[at].end <= t.span.start {
                at += 1;
            }
            let inside = sentences.get(at).is_some_and(|s| s.start <= t.span.start && t.span.end <= s.end);
            prop_assert!(inside, "token {:?} at {:?} is in no sentence", t.text, t.span);
        }
        for s in tokenizer.sentences(&text) {
            prop_assert_eq!(&text.as_str()[s.span], s.text);
            prop_assert_eq!(s.text.trim(), s.text);
            prop_assert!(!s.text.is_empty());
        }
    }

    #[test]
    fn iterators_stay_done(text in text()) {
        let mut tokens = Tokenizer::new().tokens(&text);
        for _ in tokens.by_ref() {}
        prop_assert!(tokens.next().is_none());
        let mut sentences = arabic_text::sentences(&text);
        for _ in sentences.by_ref() {}
        prop_assert!(sentences.next().is_none());
    }
}
