//! `Document::to_json` prints the same JSON with and without the `serde`
//! feature, and the same as `serde_json::to_string` when the feature is on.
//!
//! The expected texts are files in `tests/golden/`; this file runs in both
//! feature configurations (`cargo test`, `cargo test --all-features`), so
//! both must print them byte for byte. `BLESS=1 cargo test --test
//! document_json` rewrites them after an intended change.

use std::path::Path;

use arabic_text::Document;

const SAMPLE: &str = include_str!("data/news-article.txt");

/// Compares `got` with `tests/golden/<name>`, or writes it there with `BLESS`.
fn golden(name: &str, got: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, got).expect("the golden file is written");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("the golden file is read");
    assert!(
        got == want,
        "{name} differs from tests/golden/{name}:\n got: {got}\nwant: {want}"
    );
}

/// A document built from a fixed seed with every kind of block, and texts
/// that need escaping: quotes, backslashes, tabs, control characters, line
/// and paragraph separators, and characters outside the BMP.
fn generated() -> String {
    const WORDS: &[&str] = &[
        "الاقتصاد",
        "\"مؤشر\"",
        "نمو",
        "C:\\بيانات",
        "٣٫٥٪",
        "2024",
        "سوق\u{1}",
        "😀",
        "\u{2028}",
        "المدينة",
        "تقرير",
        "«خاص»",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        // xorshift64: a fixed sequence, the same on every platform.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let words = |count: usize, next: &mut dyn FnMut(usize) -> usize| {
        (0..count)
            .map(|_| WORDS[next(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut text = format!("{}\n\n", words(4, &mut next));
    for section in 0..4 {
        text += &format!("{}\n\n", words(3, &mut next));
        text += &format!("{}.\n\n", words(12, &mut next));
        text += &format!("{}\t{}.\n\n", words(6, &mut next), words(5, &mut next));
        match section % 3 {
            0 => {
                for _ in 0..3 {
                    text += &format!("  • {}\n", words(3, &mut next));
                }
            }
            1 => {
                for n in 1..=3 {
                    text += &format!("{n}. {}\n", words(2, &mut next));
                }
            }
            _ => {
                text += "يوضح الجدول التالي الأرقام:\n\n";
                text += "البند\tالقيمة\n";
                for _ in 0..3 {
                    text += &format!("{}\t{}\n", words(1, &mut next), words(2, &mut next));
                }
            }
        }
        text += "\n";
    }
    text
}

#[test]
fn the_sample_prints_its_golden_json() {
    golden("news-article.json", &Document::parse(SAMPLE).to_json());
}

#[test]
fn a_generated_document_prints_its_golden_json() {
    let text = generated();
    let doc = Document::parse(&text);
    let kinds: Vec<&str> = doc.blocks().iter().map(|b| b.kind()).collect();
    for kind in ["heading", "paragraph", "list", "table"] {
        assert!(kinds.contains(&kind), "no {kind} in {kinds:?}");
    }
    golden("generated.json", &doc.to_json());
}

#[cfg(feature = "serde")]
mod serde {
    use arabic_text::Document;
    use proptest::prelude::*;

    fn same(text: &str) {
        let doc = Document::parse(text);
        let serde = serde_json::to_string(&doc).expect("a document serializes");
        assert_eq!(doc.to_json(), serde, "for {text:?}");
    }

    #[test]
    fn the_sample_serializes_as_to_json_prints() {
        same(super::SAMPLE);
    }

    #[test]
    fn a_generated_document_serializes_as_to_json_prints() {
        same(&super::generated());
    }

    proptest! {
        #[test]
        fn any_text_serializes_as_to_json_prints(
            text in "([\\PC\t\u{0}-\u{1f}\"\\\\]{0,30}(\n|\n\n|\n  • |\t)?){0,12}"
        ) {
            same(&text);
        }

        #[test]
        fn any_unicode_serializes_as_to_json_prints(text in any::<String>()) {
            same(&text);
        }
    }
}
