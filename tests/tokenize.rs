//! The tokenizer through the public API, and the `tokenize` example.

use arabic_text::{sentences, Normalizer, Span, TokenKind, Tokenizer};

use TokenKind::{Email, Hashtag, Mention, Number, Punctuation, Symbol, Url, Whitespace, Word};

const MUST_SHOW: &str = "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟! #الاقتصاد";

fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
    Tokenizer::new()
        .tokens(text)
        .map(|t| (t.text, t.kind))
        .collect()
}

#[test]
fn must_show_tokens() {
    assert_eq!(
        tokens(MUST_SHOW),
        [
            ("قال", Word),
            ("د", Word),
            (".", Punctuation),
            ("أحمد", Word),
            (":", Punctuation),
            ("ارتفع", Word),
            ("المؤشر", Word),
            ("٣٫٥", Number),
            ("٪", Symbol),
            ("إلى", Word),
            ("١٬٢٠٠", Number),
            ("نقطة", Word),
            ("؟", Punctuation),
            ("!", Punctuation),
            ("#الاقتصاد", Hashtag),
        ]
    );
}

#[test]
fn must_show_sentences() {
    let got: Vec<&str> = sentences(MUST_SHOW).map(|s| s.text).collect();
    assert_eq!(
        got,
        [
            "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟!",
            "#الاقتصاد"
        ]
    );
}

/// A named case: (name, text, expected tokens).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, TokenKind)],
);

#[test]
fn token_table() {
    let cases: &[Case] = &[
        (
            "diacritics kept",
            "ذَهَبَ الوَلَدُ",
            &[("ذَهَبَ", Word), ("الوَلَدُ", Word)],
        ),
        (
            "script change",
            "iPhoneالجديد",
            &[("iPhone", Word), ("الجديد", Word)],
        ),
        (
            "persian zwnj",
            "می\u{200C}خواهم",
            &[("می\u{200C}خواهم", Word)],
        ),
        (
            "bidi marks at the edges",
            "\u{200F}مرحبا\u{200F} بك",
            &[("مرحبا", Word), ("بك", Word)],
        ),
        (
            "bom and zwsp",
            "\u{FEFF}سلام\u{200B}عليكم",
            &[("سلام", Word), ("عليكم", Word)],
        ),
        (
            "ascii number",
            "بلغ 1,200.50 دولار",
            &[("بلغ", Word), ("1,200.50", Number), ("دولار", Word)],
        ),
        (
            "eastern digits",
            "سال ۱۴۰۲",
            &[("سال", Word), ("۱۴۰۲", Number)],
        ),
        (
            "arabic comma between digits",
            "١،٢",
            &[("١", Number), ("،", Punctuation), ("٢", Number)],
        ),
        (
            "percent",
            "نما 5% فقط",
            &[("نما", Word), ("5", Number), ("%", Symbol), ("فقط", Word)],
        ),
        (
            "year range",
            "2013-2014",
            &[("2013", Number), ("-", Punctuation), ("2014", Number)],
        ),
        (
            "clock",
            "من 6:30 إلى 10:00",
            &[
                ("من", Word),
                ("6:30", Number),
                ("إلى", Word),
                ("10:00", Number),
            ],
        ),
        (
            "ellipsis run",
            "ثم...",
            &[("ثم", Word), ("...", Punctuation)],
        ),
        (
            "question runs",
            "حقا؟؟",
            &[("حقا", Word), ("؟؟", Punctuation)],
        ),
        (
            "guillemets",
            "«نعم»",
            &[("«", Punctuation), ("نعم", Word), ("»", Punctuation)],
        ),
        (
            "ornate parentheses",
            "﴿الحمد﴾",
            &[("﴿", Punctuation), ("الحمد", Word), ("﴾", Punctuation)],
        ),
        (
            "dash tatweel",
            "مختلف ـيمكننا",
            &[("مختلف", Word), ("ـ", Punctuation), ("يمكننا", Word)],
        ),
        ("stretched word", "جميـــل", &[("جميـــل", Word)]),
        (
            "article before latin",
            "الـ CNN",
            &[("الـ", Word), ("CNN", Word)],
        ),
        (
            "era abbreviation",
            "عام 700 ق.م.",
            &[
                ("عام", Word),
                ("700", Number),
                ("ق.م", Word),
                (".", Punctuation),
            ],
        ),
        ("glued prefix", "و2006", &[("و2006", Word)]),
        (
            "emoji",
            "رائع 👍🏽🇸🇦",
            &[("رائع", Word), ("👍🏽", Symbol), ("🇸🇦", Symbol)],
        ),
        (
            "keycap",
            "1\u{FE0F}\u{20E3} أولا",
            &[("1\u{FE0F}\u{20E3}", Symbol), ("أولا", Word)],
        ),
        (
            "currency",
            "$5 و€",
            &[("$", Symbol), ("5", Number), ("و", Word), ("€", Symbol)],
        ),
        (
            "url",
            "انظر https://example.com/ar.",
            &[
                ("انظر", Word),
                ("https://example.com/ar", Url),
                (".", Punctuation),
            ],
        ),
        (
            "email",
            "راسلنا: info@example.com",
            &[
                ("راسلنا", Word),
                (":", Punctuation),
                ("info@example.com", Email),
            ],
        ),
        (
            "mention",
            "شكرا @arabic_news!",
            &[
                ("شكرا", Word),
                ("@arabic_news", Mention),
                ("!", Punctuation),
            ],
        ),
        (
            "compound hashtag",
            "#كلمة_مركبة،",
            &[("#كلمة_مركبة", Hashtag), ("،", Punctuation)],
        ),
        (
            "hashtag after a full stop",
            "انتهت المباراة.#كرة_القدم",
            &[
                ("انتهت", Word),
                ("المباراة", Word),
                (".", Punctuation),
                ("#كرة_القدم", Hashtag),
            ],
        ),
        (
            "latin hashtag after a full stop",
            "done.#football",
            &[("done", Word), (".", Punctuation), ("#football", Hashtag)],
        ),
        (
            "mention after a full stop",
            "شكرا.@محمد",
            &[("شكرا", Word), (".", Punctuation), ("@محمد", Mention)],
        ),
        (
            "latin mention after a full stop",
            "thanks.@arabic_news",
            &[
                ("thanks", Word),
                (".", Punctuation),
                ("@arabic_news", Mention),
            ],
        ),
        (
            "tags after an ellipsis and after a lone full stop",
            "...#وسم .@name",
            &[
                ("...", Punctuation),
                ("#وسم", Hashtag),
                (".", Punctuation),
                ("@name", Mention),
            ],
        ),
        (
            "not a hashtag",
            "C# لغة",
            &[("C", Word), ("#", Punctuation), ("لغة", Word)],
        ),
        (
            "chinese",
            "中文 نص",
            &[("中", Word), ("文", Word), ("نص", Word)],
        ),
        ("empty", "", &[]),
    ];
    for &(name, text, want) in cases {
        assert_eq!(tokens(text), want, "{name}");
    }
}

#[test]
fn web_tokens_can_be_switched_off() {
    let t = Tokenizer::new().with_web(false);
    let got: Vec<&str> = t
        .tokens("@user #وسم www.example.com")
        .map(|t| t.text)
        .collect();
    assert_eq!(
        got,
        ["@", "user", "#", "وسم", "www", ".", "example", ".", "com"]
    );
}

#[test]
fn whitespace_tokens_tile_the_text() {
    let text = "\u{200F}نص ،  عربي\n\n٣٫٥ ";
    let t: Vec<(&str, TokenKind)> = Tokenizer::new()
        .with_whitespace(true)
        .tokens(text)
        .map(|t| (t.text, t.kind))
        .collect();
    assert_eq!(
        t,
        [
            ("\u{200F}", Whitespace),
            ("نص", Word),
            (" ", Whitespace),
            ("،", Punctuation),
            ("  ", Whitespace),
            ("عربي", Word),
            ("\n\n", Whitespace),
            ("٣٫٥", Number),
            (" ", Whitespace),
        ]
    );
}

#[test]
fn spans_point_into_the_input() {
    let text = "العدد ٤٢ فقط.";
    let t: Vec<Span> = Tokenizer::new().tokens(text).map(|t| t.span).collect();
    assert_eq!(
        t,
        [
            Span::new(0, 10),
            Span::new(11, 15),
            Span::new(16, 22),
            Span::new(22, 23)
        ]
    );
}

#[test]
fn normalized_tokens_keep_their_spans() {
    let search = Normalizer::search();
    let text = "الـعَـرَبِـيَّـةُ جميلة";
    let t = Tokenizer::new().tokens(text).next().unwrap();
    assert_eq!(t.normalized(&search), "العربيه");
    assert_eq!(&text[t.span], "الـعَـرَبِـيَّـةُ");
}

/// Named cases: (name, text, expected sentences).
#[test]
fn sentence_table() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "news paragraph",
            "أعلنت الوزارة أمس عن خطة جديدة. وقال م. خالد إن التنفيذ يبدأ في ٢٠٢٥. هل تنجح الخطة؟",
            &[
                "أعلنت الوزارة أمس عن خطة جديدة.",
                "وقال م. خالد إن التنفيذ يبدأ في ٢٠٢٥.",
                "هل تنجح الخطة؟",
            ],
        ),
        (
            "page abbreviation",
            "انظر ص. 12 من التقرير.",
            &["انظر ص. 12 من التقرير."],
        ),
        (
            "heading and list",
            "أهم النقاط\n\n  • تطوير التدريب.\n  • بناء القدرات\n",
            &["أهم النقاط", "• تطوير التدريب.", "• بناء القدرات"],
        ),
        (
            "quote closes the sentence",
            "قالت: «وصلنا.» ثم صمتت.",
            &["قالت: «وصلنا.»", "ثم صمتت."],
        ),
        (
            "decimal",
            "بلغ النمو ٣٫٥ بالمئة. وهو رقم قياسي.",
            &["بلغ النمو ٣٫٥ بالمئة.", "وهو رقم قياسي."],
        ),
    ];
    for &(name, text, want) in cases {
        let got: Vec<&str> = sentences(text).map(|s| s.text).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn sample_article_sentences() {
    let text = include_str!("data/news-article.txt");
    let all: Vec<_> = sentences(text).collect();
    // The title, five headings or paragraphs that are one sentence each, the
    // five list items, the table's rows and the last paragraph: every block
    // of the sample ends with a full stop, a colon or no mark at all.
    assert!(all.iter().all(|s| !s.text.contains("\n\n")));
    assert_eq!(
        all[0].text,
        "فريق “صدام حفتر”.. تفاصيل لقاء نائب القائد العام للقوات المسلحة ورئيس الأركان"
    );
    assert!(all
        .iter()
        .any(|s| s.text == "• تطوير برامج التدريب التخصصي للوحدات القتالية والرفع من جاهزيتها."));
    for s in &all {
        assert_eq!(&text[s.span], s.text);
    }
}

/// Runs the example as a user would and checks its JSON lines.
#[test]
fn example_prints_tokens_and_sentences() {
    use std::io::Write;
    use std::process::{Command, Stdio};

    let run = |flags: &[&str]| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["run", "-q", "--example", "tokenize"]);
        if cfg!(feature = "serde") {
            cmd.args(["--features", "serde"]);
        }
        let mut child = cmd
            .arg("--")
            .args(flags)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("cargo runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{MUST_SHOW}\n").as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let lines: Vec<serde_json::Value> = run(&[])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = lines.iter().map(|v| v["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        tokens(MUST_SHOW).iter().map(|t| t.0).collect::<Vec<_>>()
    );
    assert_eq!(
        lines[7],
        serde_json::json!({"text": "٣٫٥", "kind": "number", "start": 45, "end": 51})
    );
    assert_eq!(lines[14]["kind"], "hashtag");

    let sents: Vec<serde_json::Value> = run(&["--sentences"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(sents.len(), 2);
    assert_eq!(
        sents[1],
        serde_json::json!({"text": "#الاقتصاد", "start": 84, "end": 101})
    );
}

/// With the `serde` feature, tokens serialize with lowercase kinds.
#[cfg(feature = "serde")]
#[test]
fn tokens_serialize() {
    let t = Tokenizer::new().tokens("١٢ كتابا").next().unwrap();
    assert_eq!(
        serde_json::to_value(t).unwrap(),
        serde_json::json!({"text": "١٢", "span": {"start": 0, "end": 4}, "kind": "number"})
    );
    let s = sentences("نعم.").next().unwrap();
    assert_eq!(
        serde_json::to_value(s).unwrap(),
        serde_json::json!({"text": "نعم.", "span": {"start": 0, "end": 7}})
    );
}

/// Long runs of what makes scanners look ahead or start over. Each input is
/// 200 KB; a scanner that rescanned the run from every token in it would
/// take minutes here instead of milliseconds.
#[test]
fn long_runs_take_linear_time() {
    let n = 50_000;
    let inputs = [
        "a.".repeat(n),
        "a-".repeat(n),
        "1,".repeat(n),
        "1.2".repeat(n),
        "6:30:".repeat(n),
        ".".repeat(4 * n),
        format!("http://x{}", ")".repeat(4 * n)),
        format!("www.{}", "a(".repeat(2 * n)),
        "한a".repeat(n),
        "中文".repeat(n),
        "#".repeat(4 * n),
        "@a".repeat(2 * n),
        "ـ".repeat(2 * n),
        "\u{064B}".repeat(2 * n),
        "د.".repeat(n),
        "ق.م ".repeat(n),
        "\u{200C}".repeat(n),
        "a'".repeat(2 * n),
        "😀\u{200D}".repeat(n),
        "ال".repeat(n) + "ـ",
        "؟!".repeat(n),
    ];
    for text in &inputs {
        let tiled: usize = Tokenizer::new()
            .with_whitespace(true)
            .tokens(text)
            .map(|t| t.text.len())
            .sum();
        assert_eq!(tiled, text.len());
        let covered: usize = sentences(text).map(|s| s.text.len()).sum();
        assert!(covered <= text.len());
    }
}
