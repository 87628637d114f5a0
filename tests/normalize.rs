//! The normalizer's rules, one code point at a time, its presets, and the
//! behaviours its docs promise.

use std::borrow::Cow;

use arabic_text::{NormalizeOptions, Normalizer, Span};

/// `(rule, input, expected)`: every mapping the crate documents, each with
/// only its own rule switched on.
const MAPPINGS: &[(&str, &str, &str)] = &[
    // alef variants → ا
    ("alef", "\u{0622}", "\u{0627}"), // آ
    ("alef", "\u{0623}", "\u{0627}"), // أ
    ("alef", "\u{0625}", "\u{0627}"), // إ
    ("alef", "\u{0671}", "\u{0627}"), // ٱ
    ("alef", "\u{0672}", "\u{0627}"), // ٲ
    ("alef", "\u{0673}", "\u{0627}"), // ٳ
    ("alef", "\u{0675}", "\u{0627}"), // ٵ
    ("alef", "\u{0773}", "\u{0627}"),
    ("alef", "\u{0774}", "\u{0627}"),
    ("alef_maksura", "\u{0649}", "\u{064A}"), // ى → ي
    ("teh_marbuta", "\u{0629}", "\u{0647}"),  // ة → ه
    // hamza carriers
    ("hamza", "\u{0624}", "\u{0648}"), // ؤ → و
    ("hamza", "\u{0676}", "\u{0648}"), // ٶ → و
    ("hamza", "\u{0626}", "\u{064A}"), // ئ → ي
    ("hamza", "\u{0678}", "\u{064A}"), // ٸ → ي
    ("hamza", "\u{0621}", "\u{0621}"), // ء stays
    // Persian and Urdu letters
    ("persian", "\u{06A9}", "\u{0643}"), // ک → ك
    ("persian", "\u{06AA}", "\u{0643}"), // ڪ → ك
    ("persian", "\u{06CC}", "\u{064A}"), // ی → ي
    ("persian", "\u{06CD}", "\u{064A}"), // ۍ → ي
    ("persian", "\u{06D0}", "\u{064A}"), // ې → ي
    ("persian", "\u{06D2}", "\u{064A}"), // ے → ي
    ("persian", "\u{06D3}", "\u{0626}"), // ۓ → ئ
    ("persian", "\u{06D5}", "\u{0647}"), // ە → ه
    ("persian", "\u{06C0}", "\u{0647}"), // ۀ → ه
    ("persian", "\u{06C1}", "\u{0647}"), // ہ → ه
    ("persian", "\u{06C2}", "\u{0647}"), // ۂ → ه
    ("persian", "\u{06BE}", "\u{0647}"), // ھ → ه
    ("persian", "\u{06C3}", "\u{0629}"), // ۃ → ة
    ("persian", "\u{06AF}", "\u{06AF}"), // گ is a letter of its own
    ("persian", "\u{067E}", "\u{067E}"), // پ too
    // digits and number separators
    ("digits", "\u{0660}", "0"),
    ("digits", "\u{0661}", "1"),
    ("digits", "\u{0662}", "2"),
    ("digits", "\u{0663}", "3"),
    ("digits", "\u{0664}", "4"),
    ("digits", "\u{0665}", "5"),
    ("digits", "\u{0666}", "6"),
    ("digits", "\u{0667}", "7"),
    ("digits", "\u{0668}", "8"),
    ("digits", "\u{0669}", "9"),
    ("digits", "\u{06F0}", "0"),
    ("digits", "\u{06F1}", "1"),
    ("digits", "\u{06F2}", "2"),
    ("digits", "\u{06F3}", "3"),
    ("digits", "\u{06F4}", "4"),
    ("digits", "\u{06F5}", "5"),
    ("digits", "\u{06F6}", "6"),
    ("digits", "\u{06F7}", "7"),
    ("digits", "\u{06F8}", "8"),
    ("digits", "\u{06F9}", "9"),
    ("digits", "\u{066B}", "."),
    ("digits", "\u{066C}", ","),
    // punctuation
    ("punctuation", "\u{060C}", ","),
    ("punctuation", "\u{061B}", ";"),
    ("punctuation", "\u{061F}", "?"),
    ("punctuation", "\u{066A}", "%"),
    ("punctuation", "\u{06D4}", "."),
    ("punctuation", "\u{00AB}", "\u{00AB}"), // « stays
    // tatweel
    ("tatweel", "\u{0640}", ""),
    // invisible characters
    ("invisible", "\u{00AD}", ""),
    ("invisible", "\u{034F}", ""),
    ("invisible", "\u{061C}", ""),
    ("invisible", "\u{180E}", ""),
    ("invisible", "\u{200B}", ""),
    ("invisible", "\u{200C}", ""), // ZWNJ with no letters around it
    ("invisible", "\u{200D}", ""),
    ("invisible", "\u{200E}", ""),
    ("invisible", "\u{200F}", ""),
    ("invisible", "\u{202A}", ""),
    ("invisible", "\u{202B}", ""),
    ("invisible", "\u{202C}", ""),
    ("invisible", "\u{202D}", ""),
    ("invisible", "\u{202E}", ""),
    ("invisible", "\u{2060}", ""),
    ("invisible", "\u{2061}", ""),
    ("invisible", "\u{2062}", ""),
    ("invisible", "\u{2063}", ""),
    ("invisible", "\u{2064}", ""),
    ("invisible", "\u{2066}", ""),
    ("invisible", "\u{2067}", ""),
    ("invisible", "\u{2068}", ""),
    ("invisible", "\u{2069}", ""),
    ("invisible", "\u{FEFF}", ""),
    // whitespace
    ("whitespace", "\t", " "),
    ("whitespace", "\u{00A0}", " "),
    ("whitespace", "\u{1680}", " "),
    ("whitespace", "\u{2000}", " "),
    ("whitespace", "\u{2005}", " "),
    ("whitespace", "\u{200A}", " "),
    ("whitespace", "\u{202F}", " "),
    ("whitespace", "\u{205F}", " "),
    ("whitespace", "\u{3000}", " "),
    ("whitespace", "\n", "\n"),
    // presentation forms (a sample across both blocks) and ligatures
    ("presentation_forms", "\u{FE8D}", "\u{0627}"),           // ﺍ alef isolated
    ("presentation_forms", "\u{FE8F}", "\u{0628}"),           // ﺏ beh isolated
    ("presentation_forms", "\u{FE91}", "\u{0628}"),           // ﺑ beh initial
    ("presentation_forms", "\u{FEEA}", "\u{0647}"),           // ﻪ heh final
    ("presentation_forms", "\u{FE94}", "\u{0629}"),           // ﺔ teh marbuta final
    ("presentation_forms", "\u{FEF0}", "\u{0649}"),           // ﻰ alef maksura final
    ("presentation_forms", "\u{FEFB}", "\u{0644}\u{0627}"),   // ﻻ
    ("presentation_forms", "\u{FEF5}", "\u{0644}\u{0622}"),   // ﻵ
    ("presentation_forms", "\u{FEF7}", "\u{0644}\u{0623}"),   // ﻷ
    ("presentation_forms", "\u{FEF9}", "\u{0644}\u{0625}"),   // ﻹ
    ("presentation_forms", "\u{FB56}", "\u{067E}"),           // ﭖ peh isolated
    ("presentation_forms", "\u{FB8E}", "\u{06A9}"),           // ﮎ keheh isolated
    ("presentation_forms", "\u{FBFC}", "\u{06CC}"),           // ﯼ farsi yeh isolated
    ("presentation_forms", "\u{FDF2}", "\u{0627}\u{0644}\u{0644}\u{0647}"), // ﷲ
    ("presentation_forms", "\u{FDFA}", "\u{0635}\u{0644}\u{0649} \u{0627}\u{0644}\u{0644}\u{0647} \u{0639}\u{0644}\u{064A}\u{0647} \u{0648}\u{0633}\u{0644}\u{0645}"),
    ("presentation_forms", "\u{FE70}", "\u{064B}"),           // fathatan isolated
    ("presentation_forms", "\u{FE71}", "\u{0640}\u{064B}"),   // tatweel with fathatan above
    ("presentation_forms", "\u{FC5E}", "\u{064C}\u{0651}"),   // shadda with dammatan
    ("presentation_forms", "\u{FDFD}", "بسم الله الرحمن الرحيم"), // bismillah: its words
    ("presentation_forms", "\u{FEFF}", "\u{FEFF}"),           // the BOM is not a presentation form
];

/// The harakat and Quranic marks removed by `diacritics` and `quranic_marks`,
/// each checked on its own after a letter.
#[test]
fn every_mark_is_removed_by_its_rule() {
    let diacritics = Normalizer::new(NormalizeOptions::NONE.diacritics(true));
    let quranic = Normalizer::new(NormalizeOptions::NONE.quranic_marks(true));
    let marks = (0x064B..=0x065F).chain([0x0670]);
    for cp in marks {
        let mark = char::from_u32(cp).unwrap();
        // After ب, no madda or hamza mark composes: each is simply removed.
        let text = format!("ب{mark}");
        assert_eq!(diacritics.normalize(&text), "ب", "diacritics U+{cp:04X}");
        assert_eq!(
            quranic.normalize(&text),
            text,
            "quranic_marks leaves U+{cp:04X}"
        );
    }
    let quranic_marks = (0x0610..=0x061A)
        .chain(0x06D6..=0x06ED)
        .chain(0x0898..=0x089F)
        .chain(0x08CA..=0x08E1)
        .chain(0x08E3..=0x08FF);
    for cp in quranic_marks {
        let mark = char::from_u32(cp).unwrap();
        let text = format!("ب{mark}");
        assert_eq!(quranic.normalize(&text), "ب", "quranic_marks U+{cp:04X}");
        assert_eq!(
            diacritics.normalize(&text),
            text,
            "diacritics leaves U+{cp:04X}"
        );
    }
}

#[test]
fn every_documented_mapping_one_code_point_at_a_time() {
    for &(rule, input, expected) in MAPPINGS {
        let options = NormalizeOptions::NONE.with_rule(rule, true).unwrap();
        let n = Normalizer::new(options);
        let cp = input.chars().next().map_or(0, |c| c as u32);
        assert_eq!(n.normalize(input), expected, "{rule}: U+{cp:04X}");
        // Between letters, too: the fast path and the context path agree.
        let framed = format!("ب{input}ت");
        let want = if rule == "invisible" && input == "\u{200C}" {
            framed.clone()
        } else {
            format!("ب{expected}ت")
        };
        assert_eq!(
            n.normalize(&framed),
            want,
            "{rule}: U+{cp:04X} between letters"
        );
        // No other rule touches it.
        let others = NormalizeOptions::ALL.with_rule(rule, false).unwrap();
        let without = Normalizer::new(others).normalize(input).into_owned();
        if expected != input {
            assert_ne!(
                without, expected,
                "{rule}: U+{cp:04X} is changed by another rule too"
            );
        }
    }
}

#[test]
fn the_issue_sentence_under_search() {
    let n = Normalizer::search();
    assert_eq!(
        n.normalize("أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة"),
        "اهلا بكم في لا العربيه"
    );
}

#[test]
fn presets_do_what_their_docs_say() {
    let light = Normalizer::light();
    // LIGHT keeps vowels and spelling.
    assert_eq!(light.normalize("مَدْرَسَةٌ إلى"), "مَدْرَسَةٌ إلى");
    assert_eq!(light.normalize("\u{200F}الـعـربـيـة\u{FEFB}"), "العربيةلا");
    // LIGHT keeps a ZWNJ between letters: Persian spelling.
    assert_eq!(light.normalize("می\u{200C}خواهم"), "می\u{200C}خواهم");
    // SEARCH folds Persian and removes that ZWNJ.
    assert_eq!(Normalizer::search().normalize("می\u{200C}خواهم"), "ميخواهم");
    // SEARCH leaves hamza carriers, punctuation and whitespace.
    assert_eq!(
        Normalizer::search().normalize("سؤال،  قائد؟"),
        "سؤال،  قايد؟".replace('ي', "ئ")
    );
    assert_eq!(
        Normalizer::new(NormalizeOptions::NONE).normalize("أَ\u{200F}ـ"),
        "أَ\u{200F}ـ"
    );
    assert_eq!(NormalizeOptions::default(), NormalizeOptions::SEARCH);
}

#[test]
fn zwj_stays_only_inside_emoji_sequences() {
    use std::borrow::Cow;
    for n in [Normalizer::search(), Normalizer::light()] {
        // An emoji ZWJ sequence is one picture: family, heart on fire,
        // woman health worker with a skin tone. Nothing to change.
        for emoji in [
            "👨\u{200D}👩\u{200D}👧",
            "❤\u{FE0F}\u{200D}🔥",
            "👩\u{1F3FD}\u{200D}⚕\u{FE0F}",
        ] {
            let text = format!("قال: {emoji}!");
            assert!(matches!(n.normalize(&text), Cow::Borrowed(_)), "{text:?}");
            let (out, _) = n.normalize_with_offsets(&text);
            assert_eq!(out, text);
        }
        // A bidi mark inside the sequence goes, the ZWJ stays.
        assert_eq!(n.normalize("👨\u{200D}\u{200F}👩"), "👨\u{200D}👩");
        // Between letters, at an edge, or before a space, ZWJ goes.
        assert_eq!(n.normalize("ب\u{200D}ت"), "بت");
        assert_eq!(n.normalize("\u{200D}👩"), "👩");
        assert_eq!(n.normalize("👨\u{200D} 👩"), "👨 👩");
        assert_eq!(n.normalize("👨\u{200D}"), "👨");
    }
    // Without the invisible rule nothing looks at it.
    let none = Normalizer::new(NormalizeOptions::NONE);
    assert_eq!(none.normalize("ب\u{200D}ت"), "ب\u{200D}ت");
}

#[test]
fn decomposed_input_folds_like_precomposed() {
    let n = Normalizer::search();
    for (decomposed, precomposed) in [
        ("\u{0627}\u{0654}حمد", "أحمد"),
        ("\u{0627}\u{0655}سلام", "إسلام"),
        ("\u{0627}\u{0653}خر", "آخر"),
        ("مسو\u{0654}ول", "مسؤول"),
        ("قاي\u{0654}د", "قائد"),
    ] {
        assert_eq!(
            n.normalize(decomposed),
            n.normalize(precomposed),
            "{precomposed}"
        );
    }
    // With only `diacritics` on, the hamza is kept by composing it.
    let d = Normalizer::new(NormalizeOptions::NONE.diacritics(true));
    assert_eq!(d.normalize("\u{0627}\u{064E}\u{0654}"), "أ");
    assert_eq!(d.normalize("مسو\u{0654}ول"), "مسؤول");
    // A fatha between the letter and its hamza does not block composition.
    let hamza = Normalizer::new(NormalizeOptions::NONE.hamza(true));
    assert_eq!(hamza.normalize("و\u{064E}\u{0654}"), "و\u{064E}");
}

#[test]
fn ligature_with_hamza_then_alef_rule() {
    let forms = Normalizer::new(NormalizeOptions::NONE.presentation_forms(true));
    assert_eq!(forms.normalize("\u{FEF7}"), "لأ");
    let both = Normalizer::new(NormalizeOptions::NONE.presentation_forms(true).alef(true));
    assert_eq!(both.normalize("\u{FEF7}"), "لا");
    // A presentation alef followed by a combining hamza composes too.
    assert_eq!(forms.normalize("\u{FE8D}\u{0654}"), "أ");
}

#[test]
fn whitespace_runs_collapse_within_lines_only() {
    let n = Normalizer::new(NormalizeOptions::NONE.whitespace(true));
    assert_eq!(n.normalize("a \t\u{00A0} b"), "a b");
    assert_eq!(n.normalize("a  \n  b"), "a \n b");
    // Removing what stood between two spaces does not leave two spaces.
    let both = Normalizer::new(NormalizeOptions::NONE.whitespace(true).invisible(true));
    assert_eq!(both.normalize("a \u{200B} b"), "a b");
}

#[test]
fn borrowed_when_nothing_changes() {
    let n = Normalizer::search();
    assert!(matches!(n.normalize("العربيه جميله 123"), Cow::Borrowed(_)));
    assert!(matches!(n.normalize(""), Cow::Borrowed(_)));
    assert!(matches!(n.normalize("العربية"), Cow::Owned(_)));
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/news-article.txt"
    ))
    .unwrap();
    let once = n.normalize(&text).into_owned();
    assert!(n.is_normalized(&once));
    assert!(matches!(n.normalize(&once), Cow::Borrowed(_)));
}

#[test]
fn normalize_into_appends_and_never_clears() {
    let n = Normalizer::search();
    let mut buf = String::from("سابق ");
    n.normalize_into("إلى", &mut buf);
    n.normalize_into(" و", &mut buf);
    assert_eq!(buf, "سابق الي و");
    let w = Normalizer::new(NormalizeOptions::NONE.whitespace(true));
    let mut buf = String::from("a ");
    w.normalize_into(" b", &mut buf);
    assert_eq!(buf, "a  b", "the caller's text is not context");
}

#[test]
fn offsets_point_back_into_the_original() {
    let text = "قالَ:  إلى الـمـدرسـةِ ﻻ ١٢";
    let n = Normalizer::new(NormalizeOptions::SEARCH.whitespace(true));
    let (out, map) = n.normalize_with_offsets(text);
    assert_eq!(out, "قال: الي المدرسه لا 12");
    let find = |needle: &str| {
        let at = out.find(needle).unwrap();
        &text[map.to_input_span(Span::new(at, at + needle.len()))]
    };
    assert_eq!(find("الي"), "إلى");
    assert_eq!(find("المدرسه"), "الـمـدرسـةِ");
    assert_eq!(find("لا"), "\u{FEFB}");
    assert_eq!(find("12"), "١٢");
    assert_eq!(find(": "), ":  ", "the run of spaces collapsed into one");
    assert_eq!(
        find("قال"),
        "قالَ",
        "the fatha removed after the word belongs to it"
    );
    assert_eq!(map.to_input(out.len()), text.len());
    assert_eq!(
        map.to_input_span(Span::new(3, 3)),
        Span::new(map.to_input(3), map.to_input(3))
    );
}

/// ه + U+0654, the usual typed spelling of ۀ, folds under `persian` like ۀ
/// does, with `diacritics` off too.
#[test]
fn persian_folds_heh_with_typed_hamza_like_heh_with_yeh_above() {
    let n = Normalizer::new(NormalizeOptions::NONE.persian(true));
    assert_eq!(n.normalize("خانه\u{0654}"), "خانه");
    assert_eq!(n.normalize("خانۀ"), "خانه");
    let plain = Normalizer::new(NormalizeOptions::NONE.alef(true));
    assert_eq!(plain.normalize("خانه\u{0654}"), "خانه\u{0654}");
}
