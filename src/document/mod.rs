//! The structure of a plain-text article: title, headings, paragraphs, lists
//! and tables.
//!
//! [`Document::parse`] runs its passes over the lines of the text, each in
//! its own module and each linear in the input:
//!
//! 1. `lines` cuts the text into lines with their spans, indentation and
//!    word counts;
//! 2. `classify` gives each line a kind on its own (blank, list item with its
//!    marker cut off, or text) and answers small questions about its text
//!    (closing punctuation, a section number, a caption);
//! 3. `build` groups lines into blocks, asking `evidence` whether a line is
//!    the title or a heading and `runs` which lines a table spans;
//! 4. `table` cuts the rows of a table into cells: by their separator, or,
//!    when single spaces join the cells, by a search over column splits whose
//!    weights are named in `table/weights.rs`.
//!
//! Every text the document hands out is a slice of the input, except a
//! paragraph wrapped over several lines, whose lines are joined by a space.
//! Every span is a byte range of the input.

mod build;
mod classify;
mod evidence;
#[cfg(feature = "serde")]
mod json;
mod lexicon;
mod lines;
mod markdown;
mod runs;
mod table;
mod tally;
mod to_json;

use std::borrow::Cow;

use crate::Span;

/// The structure of a plain-text article.
///
/// ```
/// use arabic_text::{Block, Document};
///
/// let text = "أخبار المدينة\n\nافتتاح المكتبة\n\nافتتحت البلدية مكتبة جديدة اليوم.\n";
/// let doc = Document::parse(text);
/// assert_eq!(doc.title(), Some("أخبار المدينة"));
/// assert!(matches!(doc.blocks()[0], Block::Heading { text: "افتتاح المكتبة", .. }));
/// assert_eq!(doc.blocks()[1].text(), Some("افتتحت البلدية مكتبة جديدة اليوم."));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document<'a> {
    title: Option<(&'a str, Span)>,
    blocks: Vec<Block<'a>>,
}

/// One block of a [`Document`].
///
/// ```
/// use arabic_text::{Block, Document};
///
/// let doc = Document::parse("عنوان\n\nالنقاط التالية:\n\n• الأولى\n• الثانية\n");
/// match &doc.blocks()[1] {
///     Block::List { ordered, items, .. } => {
///         assert!(!ordered);
///         assert_eq!(items[1].text, "الثانية");
///     }
///     other => panic!("expected a list, got {other:?}"),
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Block<'a> {
    /// A heading line.
    Heading {
        /// 2 for a plain heading (the title is level 1); a heading numbered
        /// as a section (`3.2.1.`) takes its depth, up to 6; a numbered line
        /// standing alone over its text (`3. كنيسة فراومونستر`) ranks one
        /// below the plain heading before it and level with the numbered
        /// heading before it.
        level: u8,
        /// The heading, its number kept.
        text: &'a str,
        /// Where the heading's text is in the input.
        span: Span,
    },
    /// A paragraph.
    Paragraph {
        /// The paragraph; lines of a wrapped paragraph are joined by a space.
        text: Cow<'a, str>,
        /// From the start of its first line to the end of its last.
        span: Span,
    },
    /// A bulleted or numbered list; nested items are kept in order, with
    /// their depth.
    List {
        /// Whether the first item is numbered (`1.`, `١-`, `أ.`, `أولاً:` …).
        ordered: bool,
        /// The items, markers removed.
        items: Vec<Item<'a>>,
        /// From the first item's marker to the end of the last item.
        span: Span,
    },
    /// A table, one row per line.
    Table {
        /// The first row, which names the columns. Every table the parser
        /// finds has one: a header line opens each table it recognises.
        header: Row<'a>,
        /// The other rows, each with as many cells as the header.
        rows: Vec<Row<'a>>,
        /// From the first row to the end of the last.
        span: Span,
    },
}

/// A list item.
///
/// ```
/// use arabic_text::{Block, Document};
///
/// let text = "المراحل:\n\n١. التخطيط\n  - جمع البيانات\n";
/// let doc = Document::parse(text);
/// let Block::List { items, .. } = &doc.blocks()[1] else { panic!() };
/// assert_eq!((items[0].text, items[0].depth), ("التخطيط", 0));
/// assert_eq!((items[1].text, items[1].depth), ("جمع البيانات", 1));
/// assert_eq!(&text[items[1].span], "جمع البيانات");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Item<'a> {
    /// The item's text without its marker.
    pub text: &'a str,
    /// Where the text is in the input.
    pub span: Span,
    /// 0 for a top-level item, 1 for an item nested one level deeper, ….
    pub depth: usize,
    /// Whether this item is numbered (a nested list may differ from its
    /// parent).
    pub ordered: bool,
}

/// A table row.
///
/// ```
/// use arabic_text::{Block, Document};
///
/// let text = "الأسعار:\n\nالصنف\tالسعر\nالخبز\t5 جنيهات\n";
/// let doc = Document::parse(text);
/// let Block::Table { rows, .. } = &doc.blocks()[1] else { panic!() };
/// assert_eq!(rows[0].texts(), ["الخبز", "5 جنيهات"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Row<'a> {
    /// The cells, left to right in reading order.
    pub cells: Vec<Cell<'a>>,
    /// The row's line, without its line ending.
    pub span: Span,
}

impl<'a> Row<'a> {
    /// The texts of the cells.
    ///
    /// ```
    /// use arabic_text::{Block, Document};
    ///
    /// let doc = Document::parse("البيانات:\n\nالمدينة | السكان\nالقاهرة | 10 ملايين\n");
    /// let Block::Table { header, .. } = &doc.blocks()[1] else { panic!() };
    /// assert_eq!(header.texts(), ["المدينة", "السكان"]);
    /// ```
    pub fn texts(&self) -> Vec<&'a str> {
        self.cells.iter().map(|c| c.text).collect()
    }
}

/// A table cell.
///
/// ```
/// use arabic_text::{Block, Document};
///
/// let text = "الجدول التالي:\n\nالمدينة\tالسكان\nالقاهرة\t10 ملايين\n";
/// let doc = Document::parse(text);
/// let Block::Table { rows, .. } = &doc.blocks()[1] else { panic!() };
/// let cell = rows[0].cells[1];
/// assert_eq!(cell.text, "10 ملايين");
/// assert_eq!(&text[cell.span], "10 ملايين");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Cell<'a> {
    /// The cell's text, trimmed; empty for an empty cell.
    pub text: &'a str,
    /// Where the text is in the input (empty for an empty cell).
    pub span: Span,
}

impl<'a> Document<'a> {
    /// Finds the title and blocks of `text`. Never panics; runs in time linear
    /// in the length of `text`.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("\u{FEFF}قمة الرياض..\r\n\r\nانطلقت القمة صباح الأحد.\r\n");
    /// assert_eq!(doc.title(), Some("قمة الرياض.."));
    /// assert_eq!(doc.blocks().len(), 1);
    /// ```
    pub fn parse(text: &'a str) -> Self {
        let (title, blocks) = build::build(text);
        Document { title, blocks }
    }

    /// The title: the first line, when it reads as one.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// assert_eq!(Document::parse("دليل السفر\n\nنص.").title(), Some("دليل السفر"));
    /// // A first line that ends a sentence is a paragraph, not a title.
    /// assert_eq!(Document::parse("هذا نص قصير.\n").title(), None);
    /// ```
    pub fn title(&self) -> Option<&'a str> {
        self.title.map(|(t, _)| t)
    }

    /// Where the title is in the input.
    ///
    /// ```
    /// use arabic_text::{Document, Span};
    ///
    /// assert_eq!(Document::parse("دليل السفر\n").title_span(), Some(Span::new(0, 19)));
    /// ```
    pub fn title_span(&self) -> Option<Span> {
        self.title.map(|(_, s)| s)
    }

    /// The blocks after the title, in order.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("العنوان\n\nالفقرة الأولى.\n\nالفقرة الثانية.\n");
    /// assert_eq!(doc.blocks().len(), 2);
    /// ```
    pub fn blocks(&self) -> &[Block<'a>] {
        &self.blocks
    }

    /// The document as Markdown: `#` title, `##` headings, `-` or `1.` list
    /// items (nested under their parent's text), GFM tables. Characters that
    /// CommonMark would read as markup (`*`, `_`, `` ` ``, `[`, `<`, a `#` or
    /// `-` opening a paragraph, the `.` of `2024. …`) are escaped with a
    /// backslash, so that a CommonMark parser reads back the same blocks.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("العنوان\n\nالمقارنة التالية:\n\nالاسم\tالقيمة\nالطول\t3 أمتار\n");
    /// assert_eq!(
    ///     doc.to_markdown(),
    ///     "# العنوان\n\nالمقارنة التالية:\n\n| الاسم | القيمة |\n| --- | --- |\n| الطول | 3 أمتار |\n"
    /// );
    /// let doc = Document::parse("العنوان\n\n2024. عام *الإنجازات*\n");
    /// assert_eq!(doc.to_markdown(), "# العنوان\n\n2024\\. عام \\*الإنجازات\\*\n");
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }
}

impl<'a> Block<'a> {
    /// The block's span in the input.
    ///
    /// ```
    /// use arabic_text::{Document, Span};
    ///
    /// let text = "العنوان\n\nفقرة.";
    /// let doc = Document::parse(text);
    /// assert_eq!(doc.blocks()[0].span(), Span::new(16, 25));
    /// ```
    pub fn span(&self) -> Span {
        match self {
            Block::Heading { span, .. }
            | Block::Paragraph { span, .. }
            | Block::List { span, .. }
            | Block::Table { span, .. } => *span,
        }
    }

    /// The text of a heading or paragraph; `None` for a list or table.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("العنوان\n\nنص الفقرة.");
    /// assert_eq!(doc.blocks()[0].text(), Some("نص الفقرة."));
    /// ```
    pub fn text(&self) -> Option<&str> {
        match self {
            Block::Heading { text, .. } => Some(text),
            Block::Paragraph { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The block's type as the JSON schema names it: `"heading"`,
    /// `"paragraph"`, `"list"` or `"table"`.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("العنوان\n\n- بند\n");
    /// assert_eq!(doc.blocks()[0].kind(), "list");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "heading",
            Block::Paragraph { .. } => "paragraph",
            Block::List { .. } => "list",
            Block::Table { .. } => "table",
        }
    }
}
