//! `Document::to_markdown` read back by a CommonMark parser (pulldown-cmark,
//! with GFM tables and strikethrough) gives the document's blocks again: the
//! same block types in order, the same texts (whitespace folded), the same
//! list items at the same depths, the same table cells. The documents mix
//! Arabic words, digits and the characters Markdown reads as markup, in
//! lines shaped like headings, list items, quotes, rules and tables.

use arabic_text::{Block, Document};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A block as both sides can state it.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Heading(u8, String),
    Paragraph(String),
    /// Ordered, and each item's depth and text.
    List(bool, Vec<(usize, String)>),
    /// Header cells, then each row's cells.
    Table(Vec<String>, Vec<Vec<String>>),
    /// Anything the renderer never means to write (emphasis, a link, code,
    /// HTML, a quote, a rule …), named.
    Other(String),
}

/// `s` with its runs of whitespace folded to one space, trimmed.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The blocks of `doc`, its title first as a level-1 heading.
fn expected(doc: &Document) -> Vec<Shape> {
    let mut out: Vec<Shape> = doc
        .title()
        .map(|t| Shape::Heading(1, fold(t)))
        .into_iter()
        .collect();
    for block in doc.blocks() {
        out.push(match block {
            Block::Heading { level, text, .. } => Shape::Heading(*level, fold(text)),
            Block::Paragraph { text, .. } => Shape::Paragraph(fold(text)),
            Block::List { ordered, items, .. } => Shape::List(
                *ordered,
                items.iter().map(|i| (i.depth, fold(i.text))).collect(),
            ),
            Block::Table { header, rows, .. } => {
                let width = std::iter::once(header)
                    .chain(rows)
                    .map(|r| r.cells.len())
                    .max()
                    .unwrap_or(0);
                let cells = |texts: Vec<&str>| {
                    let mut v: Vec<String> = texts.into_iter().map(fold).collect();
                    v.resize(width, String::new());
                    v
                };
                Shape::Table(
                    cells(header.texts()),
                    rows.iter().map(|r| cells(r.texts())).collect(),
                )
            }
            other => Shape::Other(format!("{other:?}")),
        });
    }
    out
}

/// The blocks a CommonMark parser reads in `md`.
fn read_back(md: &str) -> Vec<Shape> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    // Text of the block being read.
    let mut text = String::new();
    // Inside a list: ordered, the items so far, and the open items (indices).
    let mut list: Option<(bool, Vec<(usize, String)>)> = None;
    let mut depth = 0usize;
    let mut open: Vec<usize> = Vec::new();
    // Inside a table: the header, the rows, the cells of the current row.
    let mut table: Option<(Vec<String>, Vec<Vec<String>>)> = None;
    let mut row: Vec<String> = Vec::new();
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) => match (open.last(), list.as_mut()) {
                (Some(&i), Some((_, items))) => items[i].1.push_str(&t),
                _ => text.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) => {
                if open.is_empty() {
                    text.clear();
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                out.push(Shape::Heading(level as u8, fold(&text)))
            }
            Event::End(TagEnd::Paragraph) => {
                if open.is_empty() {
                    out.push(Shape::Paragraph(fold(&text)));
                }
            }
            Event::Start(Tag::List(first)) => {
                if list.is_none() {
                    list = Some((first.is_some(), Vec::new()));
                    depth = 0;
                } else {
                    depth += 1;
                }
            }
            Event::End(TagEnd::List(_)) => {
                if depth == 0 {
                    let (ordered, items) = list.take().unwrap_or_default();
                    let items = items.into_iter().map(|(d, t)| (d, fold(&t))).collect();
                    out.push(Shape::List(ordered, items));
                } else {
                    depth -= 1;
                }
            }
            Event::Start(Tag::Item) => {
                if let Some((_, items)) = list.as_mut() {
                    open.push(items.len());
                    items.push((depth, String::new()));
                }
            }
            Event::End(TagEnd::Item) => {
                open.pop();
            }
            Event::Start(Tag::Table(_)) => table = Some((Vec::new(), Vec::new())),
            Event::Start(Tag::TableHead | Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableCell) => row.push(fold(&text)),
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.0 = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.1.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                let (header, rows) = table.take().unwrap_or_default();
                out.push(Shape::Table(header, rows));
            }
            other => out.push(Shape::Other(format!("{other:?}"))),
        }
    }
    out
}

/// Words: Arabic, digits, and the characters Markdown reads as markup, alone
/// and inside words.
fn word() -> impl Strategy<Value = &'static str> + Clone {
    prop::sample::select(vec![
        "التقرير",
        "السنوي",
        "نمو",
        "الاقتصاد",
        "في",
        "مرتفعة.",
        "2024",
        "3.5",
        "12",
        "5%",
        "data",
        "snake_case",
        "_مائل_",
        "*نجمة*",
        "**غامق**",
        "`code`",
        "[رابط](http://x.y)",
        "<b>",
        "<http://x.y>",
        "\\",
        "\\*",
        "&amp;",
        "&#1589;",
        "&",
        "#",
        "##",
        "-",
        "+",
        "*",
        "_",
        "~~شطب~~",
        "~",
        ">",
        "|",
        "!",
        "1.",
        "2)",
        "===",
        "---",
        "[^1]",
        "[x]:",
        "{#id}",
        "؟",
        "،",
        "سطر\rآخر",
    ])
}

/// One generated line: plain words, or words behind something that opens
/// structure in Markdown or in plain text.
fn line() -> impl Strategy<Value = String> {
    let words = prop::collection::vec(word(), 1..10).prop_map(|w| w.join(" "));
    let lead = prop::sample::select(vec![
        "", "", "", "", "# ", "## ", "- ", "* ", "+ ", "• ", "  • ", "    - ", "1. ", "١. ",
        "10. ", "   2. ", "2024. ", "3) ", "> ", "    ", "\t", "```", "~~~ ", "<div>", "[a]: ",
        "| ",
    ]);
    (0..6u8, lead, words.clone(), words).prop_map(|(kind, lead, a, b)| match kind {
        0 => String::new(),
        1 => format!("{a}\t{b}"),
        2 => format!("{a} | {b}"),
        3 => format!("{lead}{a}:"),
        _ => format!("{lead}{a}"),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn markdown_reads_back_as_the_same_blocks(lines in prop::collection::vec(line(), 0..32)) {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let doc = Document::parse(&text);
        let md = doc.to_markdown();
        prop_assert_eq!(read_back(&md), expected(&doc), "markdown:\n{}", md);
    }
}

/// Lines that open other structure in Markdown stay paragraphs and items.
#[test]
fn markup_at_the_start_of_a_block_is_escaped() {
    let text = "عنوان المقال\n\n# ليس عنوانا.\n\n2024. عام التحول.\n\n> ليس اقتباسا.\n\n---\n\n\
                نص فيه *نجمة* و_خط_ و`شيفرة` و[رابط](x) و<b> و&amp; و\\ هنا.\n\n\
                قائمة:\n\n- # بند\n- 1. بند\n  - > بند\n";
    let doc = Document::parse(text);
    let md = doc.to_markdown();
    assert_eq!(read_back(&md), expected(&doc), "markdown:\n{md}");
    assert!(md.contains("\n\\# ليس عنوانا.\n"), "{md}");
    assert!(md.contains("\n2024\\. عام التحول.\n"), "{md}");
    assert!(
        md.contains("\\*نجمة\\* و_خط\\_ و\\`شيفرة\\` و\\[رابط](x) و\\<b> و\\&amp; و\\\\ هنا."),
        "{md}"
    );
}

/// The sample article is written with no escape at all: its text holds no
/// markup, and Arabic text is never escaped.
#[test]
fn the_sample_needs_no_escape() {
    let sample = include_str!("data/news-article.txt");
    let doc = Document::parse(sample);
    let md = doc.to_markdown();
    assert!(!md.contains('\\'), "{md}");
    assert_eq!(read_back(&md), expected(&doc));
}

/// Items under a tenth item nest under its text (four columns in), and a
/// numbered item after bulleted ones at the same depth starts a new list
/// at 1, which may end the item before it.
#[test]
fn nested_items_under_long_numbers_and_mixed_markers() {
    let mut text = String::from("المراحل\n\nالخطوات:\n\n");
    for n in 1..=10 {
        text.push_str(&format!("{n}. الخطوة {n}\n"));
    }
    text.push_str(
        "   • فرعية أولى\n   • فرعية ثانية\n   ١. مرقمة\n   ٢. مرقمة ثانية\n11. الأخيرة\n",
    );
    let doc = Document::parse(&text);
    let md = doc.to_markdown();
    let shapes = expected(&doc);
    let Some(Shape::List(true, items)) = shapes.last() else {
        panic!("no list: {shapes:?}");
    };
    assert_eq!(items.len(), 15, "{items:?}");
    assert_eq!(items[11], (1, "فرعية ثانية".to_string()));
    assert_eq!(items[12], (1, "مرقمة".to_string()));
    assert!(md.contains("\n10. الخطوة 10\n    - فرعية أولى\n    - فرعية ثانية\n    1. مرقمة\n    2. مرقمة ثانية\n11. الأخيرة\n"), "{md}");
    assert_eq!(read_back(&md), shapes, "markdown:\n{md}");
}
