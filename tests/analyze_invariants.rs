//! Invariants of the analyzer on any input: pieces tile their word, keys are
//! never empty, a bare stem keys as itself normalized, and nothing panics.

use arabic_text::analyze::{Analyzer, Lexicon, Role, Segmenter};
use arabic_text::Normalizer;
use proptest::prelude::*;

/// Arabic-looking words: letters, clitic letters, marks, tatweel, digits.
fn arabic_word() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[وفبكلسالهمنيتةىأإآؤئءكتبدرسعقحجخشصضطظغزذثقپکی\u{064B}-\u{0652}\u{0640}0-9]{1,14}",
    )
    .unwrap()
}

/// Text mixing Arabic words, Latin, punctuation, spaces and any char.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(arabic_word(), 0..12).prop_map(|w| w.join(" ")),
        any::<String>(),
        proptest::string::string_regex("[\u{0600}-\u{06FF}a-zA-Z .،\u{200C}\u{200D}]{0,60}")
            .unwrap(),
    ]
}

fn analyzers() -> Vec<Analyzer> {
    let mut lex = Lexicon::new();
    lex.observe("والكتاب كتاب الكتاب بالكتاب كتابهم مدرسة مدرسته وقال قال يقول سيقول");
    vec![
        Analyzer::new().with_stopwords(false),
        Analyzer::with_lexicon(lex).with_stopwords(false),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn pieces_tile_the_word(text in text()) {
        for a in analyzers() {
            for t in a.terms(&text) {
                prop_assert_eq!(&text[t.span.start..t.span.end], t.text);
                let pieces = t.pieces();
                prop_assert!(!pieces.is_empty());
                let mut at = t.span.start;
                for p in pieces.iter() {
                    prop_assert_eq!(p.span.start, at);
                    prop_assert!(p.span.end > p.span.start);
                    prop_assert_eq!(&text[p.span.start..p.span.end], p.text);
                    at = p.span.end;
                }
                prop_assert_eq!(at, t.span.end);
                prop_assert_ne!(pieces.last().unwrap().role, Role::Article);
                prop_assert_eq!(pieces.iter().filter(|p| p.role == Role::Stem).count(), 1);
            }
        }
    }

    #[test]
    fn keys_are_never_empty(text in text()) {
        for a in analyzers() {
            for t in a.terms(&text) {
                prop_assert!(!t.key.is_empty(), "empty key for {:?}", t.text);
            }
        }
    }

    #[test]
    fn segment_tiles_any_string(word in any::<String>()) {
        let pieces = Segmenter::new().segment(&word);
        let joined: String = pieces.iter().map(|p| p.text).collect();
        prop_assert_eq!(joined, word);
    }

    #[test]
    fn positions_are_consecutive(text in text()) {
        let a = Analyzer::new();
        for (i, t) in a.terms(&text).enumerate() {
            prop_assert_eq!(t.position, i);
        }
    }
}

/// A bare stem (no clitic letters at either end, no suffix the stemmer
/// reads, three letters or more): its key is the stem normalized.
#[test]
fn bare_stem_keys_as_itself_normalized() {
    let search = Normalizer::search();
    let stems = [
        "كتاب",
        "قلم",
        "شمس",
        "درس",
        "عمل",
        "رجل",
        "حجر",
        "شجر",
        "قمر",
        "جبل",
        "صحف",
        "رحلة",
        "أرض",
        "إذاعة",
        "قرار",
        "مشروع",
        "حديقة",
        "طريق",
        "صديق",
        "مؤتمر",
    ];
    let a = Analyzer::new();
    for stem in stems {
        let t = a.terms(stem).next().unwrap();
        assert_eq!(t.key, search.normalize(stem), "{stem}");
        assert_eq!(t.pieces().len(), 1, "{stem}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Generated bare stems: three to six letters that are no clitic at
    /// either end and no ending the suffix rules read.
    #[test]
    fn generated_bare_stem_keys_as_itself_normalized(
        stem in proptest::string::string_regex("[دذرزشصضطظعغقحجخث][دذرزشصضطظعغقحجخثمع]{1,4}[دذرزشصضطظعغقحجخث]").unwrap()
    ) {
        let a = Analyzer::new();
        let t = a.terms(&stem).next().unwrap();
        prop_assert_eq!(&t.key, &Normalizer::search().normalize(&stem).into_owned());
        prop_assert_eq!(t.pieces().len(), 1);
    }

    #[test]
    fn lexicon_never_panics(text in text(), saved in any::<String>()) {
        let mut lex = Lexicon::new();
        lex.observe(&text);
        let mut out = Vec::new();
        lex.write_to(&mut out).unwrap();
        let back = Lexicon::read_from(out.as_slice()).unwrap();
        prop_assert_eq!(back.len(), lex.len());
        let _ = Lexicon::read_from(saved.as_bytes());
        let a = Analyzer::with_lexicon(lex);
        let _ = a.terms(&text).count();
        let _ = a.key(&text);
    }
}

/// With the `serde` feature a lexicon round-trips through JSON.
#[cfg(feature = "serde")]
#[test]
fn lexicon_serde_round_trip() {
    let mut lex = Lexicon::new();
    lex.observe("قال الوزير وقال المدير");
    let json = serde_json::to_string(&lex).unwrap();
    let back: Lexicon = serde_json::from_str(&json).unwrap();
    assert_eq!(back.count("قال"), 1);
    assert_eq!(back.count("وقال"), 1);
    assert_eq!(back.len(), lex.len());
    let mut one = Lexicon::new();
    one.add("قال", 2);
    assert_eq!(
        serde_json::to_string(&one).unwrap(),
        r#"{"counts":{"قال":2}}"#
    );
}
