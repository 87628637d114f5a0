//! Tables: splitting delimited rows, and inferring the columns of rows whose
//! cells are joined by single spaces.
//!
//! # Delimited rows
//!
//! A tab, a ` | ` or a run of two or more spaces between cells says where a
//! cell ends; [`split_delimited`] cuts a line on them. A leading separator (or
//! leading whitespace in an aligned row) is an empty first cell: the corner
//! of a comparison table.
//!
//! # Single-space rows: column inference
//!
//! When the cells are joined by one space, nothing on the line says where a
//! cell ends. [`infer`] takes the column count `k` from the header, cut
//! wherever nothing speaks against a boundary (and never more than the
//! shortest row has words), then chooses for each row the split into `k`
//! cells that scores best. A split scores the sum of:
//!
//! * **Boundary evidence** between the last word of a cell and the first of
//!   the next. Every boundary costs [`BOUNDARY_COST`]; it is earned back by a
//!   sentence end before it, a number after a word or two numbers side by
//!   side, a new quantity after a number and its unit (`20 دقيقة | 15
//!   دقيقة`), a change of script (Arabic next to Latin, code or symbols), an
//!   emoji opening the next cell, a definite noun followed by an indefinite
//!   word, or the head noun of the row's first cell coming back (`بطاقات …
//!   البطاقات …`). It is lost by a comma before it, a number split from its
//!   unit, a construct noun split from its definite genitive (`جانب |
//!   التعاون`), a definite adjective split from its noun (`الأثر | المتوقع`),
//!   a لِ phrase split from the noun it completes (`الحد الأدنى | للفتح`),
//!   a range split at its `إلى` (`من 7 أيام | إلى 7 سنوات`), a date split
//!   between day, month and year, or a Latin name split from its number
//!   (`Snapdragon 8 Gen | 3`); a year that closes a date earns it back. A
//!   cell never ends in a particle that needs a complement (`في`, `من`, `of`,
//!   …), never opens with a conjunction, and a lone `/`, `+` or `-` joins its
//!   neighbours.
//! * **Cell shape priors.** Each cell pays `sqrt(words)`, so one long cell
//!   and short others beat two middling ones; the first cell of a body row
//!   pays for each word after its first, since that column holds the row
//!   labels (terms, years, feature names), and more when it ends a
//!   statement before the description that follows; two neighbouring cells with the
//!   same words earn a bonus (`متاح متاح`), and two neighbouring value cells
//!   that open with the same word a smaller one (`من 7 أيام … | من 3 سنوات
//!   …`): comparison rows hold parallel phrases. In a comparison table (an
//!   empty corner, or column names that open alike: `الخطة الأساسية الخطة
//!   المتقدمة`) neighbouring value cells also pay for differing in length. An icon (`📍`) labels the
//!   words after it and never ends a cell.
//! * **Consistency down the columns.** After a first split on the above
//!   alone, each column gets a profile from the body rows: its dominant shape
//!   (number, Latin, symbol or Arabic first word), how often its cells end a
//!   sentence, and the values it holds. The rows are split again, each cell
//!   judged against the profile of the *other* rows (its own current cell is
//!   taken out), and the profiles rebuilt, a few rounds. A value repeated
//!   down a column earns a bonus, a first word repeated down a column a
//!   smaller one; a cell whose shape or final punctuation differs from its
//!   column pays. Cell values and words are compared by hashes computed once
//!   per word, and the rounds stop as soon as no row changes.
//!
//! Each row is split by dynamic programming over cells (start and end), so
//! that each cell is scored beside the exact cell before it: `O(k · n³)` for
//! a row of `n` words, and rows longer than
//! [`MAX_ROW_WORDS`] words are not table rows, so the work per row is bounded.

use super::lines::Line;
use crate::chars::{is_arabic, is_digit, is_pictograph, is_sentence_end};
use crate::Span;

/// How cells are separated on a delimited line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Separator {
    /// A tab between cells.
    Tab,
    /// ` | ` between cells, with or without outer pipes.
    Pipe,
    /// Two or more spaces, the cells aligned in columns.
    Spaces,
}

/// Splits a delimited row into cell spans, or `None` when the line has no
/// separator. A markdown rule row (`|---|---|`) splits into its dashes.
pub(crate) fn split_delimited(text: &str, line: &Line) -> Option<(Separator, Vec<Span>)> {
    // The line pass noted whether a separator occurs: most lines hold no
    // tab, no pipe and no two spaces in a row.
    if !line.delimited {
        return None;
    }
    let content = &text[line.content];
    if content.contains('\t') {
        // A line that opens with a tab opens with an empty corner cell.
        let raw = &text[line.span.start..line.content.end];
        let (start, body) = if raw.starts_with('\t') {
            (line.span.start, raw)
        } else {
            (line.content.start, content)
        };
        let mut cells = Vec::new();
        let mut at = 0;
        for piece in body.split('\t') {
            cells.push(trimmed(text, start + at, start + at + piece.len()));
            at += piece.len() + 1;
        }
        return (cells.len() >= 2).then_some((Separator::Tab, cells));
    }
    if content.contains(" | ")
        || (content.starts_with('|') && content.ends_with('|') && content.len() > 1)
    {
        let start = line.content.start;
        let mut cells = Vec::new();
        let mut at = 0;
        for piece in content.split('|') {
            cells.push(trimmed(text, start + at, start + at + piece.len()));
            at += piece.len() + 1;
        }
        if content.starts_with('|') && content.ends_with('|') && cells.len() >= 2 {
            cells.pop();
            cells.remove(0);
        }
        return (cells.len() >= 2).then_some((Separator::Pipe, cells));
    }
    if content.contains("  ") {
        let start = line.content.start;
        let mut cells = Vec::new();
        if line.indent >= 2 {
            cells.push(Span::new(start, start));
        }
        let bytes = content.as_bytes();
        let mut cell_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
                cells.push(Span::new(start + cell_start, start + i));
                while i < bytes.len() && bytes[i] == b' ' {
                    i += 1;
                }
                cell_start = i;
            } else {
                i += 1;
            }
        }
        cells.push(Span::new(start + cell_start, start + bytes.len()));
        return (cells.len() >= 2).then_some((Separator::Spaces, cells));
    }
    None
}

/// The span `start..end` of `text` without surrounding whitespace; empty and
/// placed at `start` when only whitespace is left.
pub(crate) fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let head = s.trim_start();
    let body = head.trim_end();
    if body.is_empty() {
        return Span::new(start, start);
    }
    let a = start + (s.len() - head.len());
    Span::new(a, a + body.len())
}

/// Whether a split cell is a markdown rule (`---`, `:---:`), which separates
/// the header from the rows and holds no content.
pub(crate) fn is_rule_cell(cell: &str) -> bool {
    let c = cell.trim_matches(':');
    c.len() >= 3 && c.bytes().all(|b| b == b'-')
}

// ---------------------------------------------------------------------------
// Column inference for single-space rows.

/// Most columns a single-space table may have: the widest tables in news and
/// statistics pages (nine columns of yearly figures plus a label column).
pub(crate) const MAX_COLUMNS: usize = 10;
/// Longest single-space row, in words, that is still a table row: the longest
/// row of the dev corpus tables (a visa table of two long cells) has 31 words.
pub(crate) const MAX_ROW_WORDS: usize = 48;
/// What a boundary between two cells of a body row costs before any evidence
/// for it, so that a row is not cut where nothing says a cell ends.
const BOUNDARY_COST: f32 = -1.0;
/// Evidence of a sentence end before the boundary (`… والدفاعية. | …`).
const AFTER_SENTENCE: f32 = 3.0;
/// A bracketed qualifier after a word belongs to it (`كبيرة (5MB)`,
/// `الحالة (ساكن/متحرك)`): cells rarely open with a bracket.
const BEFORE_QUALIFIER: f32 = -2.0;
/// Two Latin words side by side are usually one name (`Local Storage`,
/// `Web Server`, `Apple Music`).
const LATIN_PAIR: f32 = -0.5;
/// A comma before the boundary: cells rarely end in one.
const AFTER_COMMA: f32 = -1.5;
/// A number opens the next cell (`فرنك سويسري | 90 يورو`).
const BEFORE_NUMBER: f32 = 1.5;
/// Two numbers side by side are two cells (`2019 | 2020`).
const NUMBER_NUMBER: f32 = 2.5;
/// A number and the word after it are a quantity and its unit (`20 دقيقة`).
const NUMBER_UNIT: f32 = -1.0;
/// A quantity with its unit followed by another number starts a new
/// quantity (`20 دقيقة | 15 دقيقة | 4 أشخاص`, a recipe's time sheet).
const QUANTITY_THEN_NUMBER: f32 = 1.0;
/// A number after a Latin word is part of a name or a version
/// (`Snapdragon 8 Gen 3`, `Windows 11`), not a new cell.
const LATIN_THEN_NUMBER: f32 = -0.5;
/// A day and its month, or a month and its year, are parts of one date
/// (`15 أبريل 2024`, `آب 2013`).
const DATE_PARTS: f32 = -2.0;
/// A year after its month closes a date, a whole value (`3 يناير 2025 |
/// القاعة الكبرى`).
const DATE_END: f32 = 1.0;
/// A change of script between Arabic and Latin or code (`map.keys() | مكرر`,
/// `$& | إدراج`).
const SCRIPT_CHANGE: f32 = 1.0;
/// An emoji or pictograph opens the next cell (`📍 النطاق`).
const BEFORE_SYMBOL: f32 = 2.0;
/// A construct noun and its definite genitive (`جانب التعاون`).
const CONSTRUCT: f32 = -1.0;
/// A definite noun followed by an indefinite word (`الإصدار | بضمانات`).
const DEFINITE_THEN_INDEFINITE: f32 = 0.5;
/// A definite adjective after a definite noun (`الأثر المتوقع`).
const ADJECTIVE: f32 = -1.5;
/// A word that opens with the preposition لِ continues the phrase before it
/// (`الحد الأدنى للفتح`, `الودائع لأجل`, `التالي ليوم الشراء`).
const BEFORE_LI: f32 = -1.5;
/// The row's first word coming back opens a parallel cell
/// (`بطاقات الائتمان | بطاقات الخصم`).
const REPEATED_HEAD: f32 = 1.0;
/// In a header, two definite nouns side by side are usually two column names
/// (`الطبق الوصف السعر`).
const HEADER_DEFINITE_PAIR: f32 = 1.0;
/// In a header, a column name rarely opens with a particle
/// (`الاجراء في نص الأستبدال` is one name).
const HEADER_BEFORE_PARTICLE: f32 = -1.0;
/// In a header, two indefinite Arabic words are usually one name in
/// construct (`سعر صرف`), unless the first closes a phrase with لِ
/// (`الودائع لأجل | شهادات الادخار`).
const HEADER_INDEFINITE_PAIR: f32 = -0.5;
/// An adverb stays with the words before it (`المدفوعة مقدما`).
const BEFORE_ADVERB: f32 = -1.5;
/// A cell whose shape is not its column's dominant shape.
const SHAPE_MISMATCH: f32 = -1.0;
/// Share of a column's cells that makes a shape or an ending dominant.
const DOMINANT_SHARE: f32 = 0.6;
/// A cell whose final punctuation disagrees with its column.
const PUNCT_MISMATCH: f32 = -1.5;
/// A cell whose value appears in the same column of another row.
const REPEATED_VALUE: f32 = 1.5;
/// Weight of `sqrt(words)` a cell pays: the sum is smallest when one cell
/// holds the long text and the others are short names and values, the shape
/// of the dev corpus tables (labels, figures, one description).
const CELL_LENGTH_PRIOR: f32 = 0.3;
/// What each word after the first costs in a body row's first cell: that
/// column holds the row labels (a term, a year, a feature name), short in
/// glossaries, spec sheets, comparisons and numeric tables alike.
const LABEL_WORD: f32 = -0.25;
/// A row label that ends a statement (`.` or `!`) before the row's other
/// cells: labels are names, the full stop belongs to a description
/// (`⏰ مدة المعالجة | من أسبوعين إلى شهر. قد تطول …`). A question mark may
/// end a label (a question in a FAQ table).
const LABEL_STATEMENT: f32 = -2.0;
/// Two neighbouring cells with the same text (`متاح متاح`, `في أي وقت في أي
/// وقت`): a comparison row whose columns agree.
const IDENTICAL_NEIGHBOURS: f32 = 2.0;
/// A value cell opening with the same word as the value cell before it, in
/// a comparison row (`من 7 أيام … | من 3 سنوات …`, `يومي أو … | يومي أو …`).
const PARALLEL_NEIGHBOURS: f32 = 1.0;
/// Weight of the difference in log length between neighbouring value cells
/// of a comparison table (a header with an empty corner, or parallel
/// column names, see [`compares`]): the compared
/// things are described in phrases of like length (`ضمانات أو فحوصات
/// ائتمانية | حسابات جارية أو حسابات توفير`).
const UNBALANCED: f32 = 0.5;
/// Most shared leading words a pair of parallel cells is rewarded for: a
/// longer shared opening says no more (`يومي أو شهري أو …`).
const MAX_PARALLEL_WORDS: usize = 3;
/// A cell opening with the end of a range begun in the cell before
/// (`من 7 أيام | إلى 7 سنوات`, `from 2 | to 5`): a range is one value.
const RANGE_END: f32 = -1.5;
/// Words before `إلى` that are searched for the range's `من`.
const RANGE_WORDS: usize = 3;
/// A cell whose first word opens the same column in another row
/// (`في أي وقت` under `في أي وقت، مع …`, `تصل إلى …` under `تصل إلى …`).
const SHARED_FIRST_WORD_DOWN: f32 = 0.5;
/// Rounds of split-then-profile.
const ROUNDS: usize = 4;
/// Fewest other rows a column profile needs before it is trusted.
const MIN_PROFILE_ROWS: u32 = 2;

/// The first word's class, which a column tends to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Number,
    Latin,
    Symbol,
    Arabic,
}

impl Shape {
    const COUNT: usize = 4;

    fn index(self) -> usize {
        self as usize
    }
}

/// A word and the features the boundary evidence asks about.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    span: Span,
    text: &'a str,
    shape: Shape,
    definite: bool,
    adjective: bool,
    particle: bool,
    conjunction: bool,
    adverb: bool,
    /// A lone punctuation mark between words (`/`, `+`, `-`, `=`): it joins
    /// its neighbours, so no cell starts or ends with it.
    connector: bool,
    /// Opens with the preposition لِ (`للفتح`, `لأجل`).
    li: bool,
    /// Ends with `.` or `!` (not a question mark): a statement.
    statement: bool,
    /// A month name (`مارس`, `آذار`, `March`).
    month: bool,
    /// Nothing but pictographs (`📍`, `⏱️`): an icon that labels the words
    /// after it, so no cell ends with it unless an icon follows.
    icon: bool,
    sentence_end: bool,
    comma: bool,
    /// A hash of the word's text, so that cells are compared without
    /// hashing strings again.
    hash: u64,
}

/// Particles and function words that need a complement: no cell ends in one.
const PARTICLES: &[&str] = &[
    "في",
    "من",
    "إلى",
    "الى",
    "على",
    "عن",
    "مع",
    "أو",
    "او",
    "و",
    "ثم",
    "حتى",
    "غير",
    "دون",
    "بين",
    "عند",
    "لدى",
    "ضد",
    "مثل",
    "كل",
    "بعض",
    "أي",
    "التي",
    "الذي",
    "الذين",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "ليس",
    "إذا",
    "اذا",
    "إن",
    "أن",
    "ان",
    "لأن",
    "كما",
    "بعد",
    "قبل",
    "خلال",
    "حول",
    "نحو",
    "لكن",
    "بل",
    "عبر",
    "تحت",
    "فوق",
    "منذ",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هل",
    "يتم",
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "to",
    "in",
    "for",
    "on",
    "with",
    "at",
    "by",
    "from",
    "is",
    "are",
    "as",
    "not",
    "but",
];

/// Month names: the Egyptian and Gulf forms of the Latin months, the Levantine
/// Syriac ones, and English, in full and abbreviated.
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];
/// Longest entry of [`MONTHS`], in bytes (`September`, `نوفمبر`).
const LONGEST_MONTH: usize = 12;

/// Words that close a range (`إلى` in `من 7 أيام إلى 7 سنوات`).
const RANGE_OPENERS: &[&str] = &["إلى", "الى", "حتى", "to", "until"];
/// Words that open a range.
const RANGE_STARTS: &[&str] = &["من", "بين", "from", "between"];

/// Longest entry of [`PARTICLES`] and [`CONJUNCTIONS`], in bytes (`الذين`):
/// longer words are not looked up.
const LONGEST_PARTICLE: usize = 10;
/// Longest entry of [`ADVERBS`] with a tanwin, in bytes (`أسبوعياً`).
const LONGEST_ADVERB: usize = 16;

/// Conjunctions join two parts of one cell: no cell opens with one.
const CONJUNCTIONS: &[&str] = &["أو", "او", "و", "ثم", "لكن", "بل", "or", "and", "but"];

/// Adverbs that end the phrase before them, never open a cell.
const ADVERBS: &[&str] = &[
    "مقدما",
    "مسبقا",
    "أيضا",
    "ايضا",
    "جدا",
    "تقريبا",
    "فقط",
    "حاليا",
    "سابقا",
    "لاحقا",
    "يوميا",
    "أسبوعيا",
    "شهريا",
    "سنويا",
    "تلقائيا",
    "دائما",
    "غالبا",
    "أحيانا",
    "مجانا",
    "فورا",
];

/// Definite prefixes: the article and the article after a clitic.
const DEFINITE_PREFIXES: &[&str] = &["ال", "وال", "بال", "فال", "كال", "لل"];

fn word<'a>(text: &'a str, span: Span) -> Word<'a> {
    let t = &text[span];
    // Brackets and quotes do not change what a word is.
    let core = t.trim_start_matches(['(', '[', '{', '"', '\'', '«', '“', '”', '`', '<']);
    let mut cs = core.chars();
    let first = cs.next().unwrap_or(' ');
    let digit_next = cs.next().is_some_and(is_digit);
    let shape = if is_digit(first)
        || (matches!(first, '$' | '€' | '£' | '+' | '-' | '~') && digit_next)
    {
        Shape::Number
    } else if first.is_ascii_alphabetic() {
        Shape::Latin
    } else if is_arabic(first) {
        Shape::Arabic
    } else if first.is_alphanumeric() {
        Shape::Latin
    } else {
        Shape::Symbol
    };
    let definite = shape == Shape::Arabic
        && DEFINITE_PREFIXES
            .iter()
            .any(|p| t.starts_with(p) && t.len() > p.len() + 2);
    let chars = t.chars().count();
    let nisba = chars >= 4 && (t.ends_with('ي') || t.ends_with("ية"));
    let adjective = shape == Shape::Arabic
        && (nisba || (definite && t.starts_with("الم") && chars >= 6 && !t.ends_with("ات")));
    let last = t.chars().next_back().unwrap_or(' ');
    let connector = chars <= 2
        && t.chars()
            .all(|c| c.is_ascii_punctuation() || matches!(c, '–' | '—'))
        && !t.starts_with('$');
    let li = shape == Shape::Arabic
        && chars >= 4
        && (t.starts_with("لل") || t.starts_with("لأ") || t.starts_with("لإ"));
    Word {
        span,
        text: t,
        shape,
        definite,
        adjective,
        particle: t.len() <= LONGEST_PARTICLE
            && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(t)),
        conjunction: t.len() <= LONGEST_PARTICLE
            && CONJUNCTIONS.iter().any(|p| p.eq_ignore_ascii_case(t)),
        adverb: t.len() <= LONGEST_ADVERB && ADVERBS.contains(&t.trim_end_matches('\u{064B}')),
        connector,
        li,
        month: t.len() <= LONGEST_MONTH && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(t)),
        icon: t
            .chars()
            .all(|c| is_pictograph(c) || matches!(c, '\u{FE0F}' | '\u{200D}')),
        statement: matches!(last, '.' | '!') && !t.ends_with(".."),
        sentence_end: is_sentence_end(last) && !t.ends_with("..."),
        comma: matches!(last, ',' | '،' | ';' | '؛'),
        hash: fnv(t.as_bytes()),
    }
}

/// FNV-1a over `bytes`: a short, fast hash for words.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The word with its definite prefix removed, to compare head nouns.
fn bare(w: &str) -> &str {
    w.strip_prefix("ال").unwrap_or(w)
}

/// Evidence for a cell boundary between `a` and `b` (`before` is the word
/// before `a`, if any); `None` when a cell can never end with `a` or open
/// with `b`.
fn boundary(before: Option<&Word>, a: &Word, b: &Word, head: &str, header: bool) -> Option<f32> {
    if a.particle || b.conjunction || a.connector || b.connector || (a.icon && !b.icon) {
        return None;
    }
    // A header boundary needs no evidence, only the absence of evidence
    // against it: its names are short.
    let mut s = if header { 0.0 } else { BOUNDARY_COST };
    if header && b.particle {
        s += HEADER_BEFORE_PARTICLE;
    }
    if b.adverb {
        s += BEFORE_ADVERB;
    }
    if b.li {
        s += BEFORE_LI;
    }
    if a.sentence_end {
        s += AFTER_SENTENCE;
    } else if b.text.starts_with(['(', '[']) {
        s += BEFORE_QUALIFIER;
    }
    if a.shape == Shape::Latin && b.shape == Shape::Latin && !a.comma {
        s += LATIN_PAIR;
    }
    if a.comma {
        s += AFTER_COMMA;
    }
    let code = |w: &Word| matches!(w.shape, Shape::Latin | Shape::Symbol);
    match (a.shape, b.shape) {
        (Shape::Number, Shape::Number) => s += NUMBER_NUMBER,
        // A day goes on with its month (`15 أبريل`).
        (Shape::Number, _) if b.month => s += DATE_PARTS,
        // A year closes its date; the word after it is no unit.
        (Shape::Number, _) if before.is_some_and(|w| w.month) => s += DATE_END,
        (Shape::Number, _) => s += NUMBER_UNIT,
        // A Latin name goes on with its number (`Gen 3`, `iPhone 15`).
        (Shape::Latin, Shape::Number) => s += LATIN_THEN_NUMBER,
        // A month goes on with its year (`1 مارس 2024`).
        (_, Shape::Number) if a.month => s += DATE_PARTS,
        (_, Shape::Number) => {
            s += BEFORE_NUMBER;
            if before.is_some_and(|w| w.shape == Shape::Number) {
                s += QUANTITY_THEN_NUMBER;
            }
        }
        _ if b.shape == Shape::Symbol && b.text.chars().next().is_some_and(is_pictograph) => {
            s += BEFORE_SYMBOL
        }
        _ if (code(a) && b.shape == Shape::Arabic) || (a.shape == Shape::Arabic && code(b)) => {
            s += SCRIPT_CHANGE
        }
        _ => {}
    }
    if a.shape == Shape::Arabic && b.shape == Shape::Arabic {
        if !a.definite && b.definite && !a.sentence_end {
            s += CONSTRUCT;
        }
        if a.definite && !b.definite && !b.particle && !b.li {
            s += DEFINITE_THEN_INDEFINITE;
        }
        if b.adjective && a.definite == b.definite && !a.particle {
            s += ADJECTIVE;
        } else if header && a.definite && b.definite && !b.li {
            s += HEADER_DEFINITE_PAIR;
        }
        if header && !a.definite && !b.definite && !b.particle && !a.li {
            s += HEADER_INDEFINITE_PAIR;
        }
        if bare(b.text) == head {
            s += REPEATED_HEAD;
        }
    }
    Some(s)
}

/// A row prepared for splitting.
struct Row<'a> {
    words: Vec<Word<'a>>,
    /// Boundary evidence after word `i`; `None` where no boundary may fall.
    evidence: Vec<Option<f32>>,
    /// Whether the row starts with an empty cell (a leading space).
    corner: bool,
    header: bool,
}

impl Row<'_> {
    /// A hash of the text of words `a..b`, equal for equal word sequences.
    fn value(&self, a: usize, b: usize) -> u64 {
        self.words[a..b]
            .iter()
            .fold(0x9e37_79b9_7f4a_7c15, |h: u64, w| {
                (h.rotate_left(5) ^ w.hash).wrapping_mul(0x0100_0000_01b3)
            })
    }
}

/// What a column looks like in the current split of the body rows: sums
/// from which one row's own cell is taken out before it is compared (each
/// row is judged by the others).
#[derive(Debug, Default)]
struct Profile {
    /// Cells counted.
    n: u32,
    shapes: [u32; Shape::COUNT],
    sentence_ends: u32,
    /// Hashes of the cell values, sorted, with how often each occurs.
    values: Vec<(u64, u32)>,
    /// Hashes of the cells' first words, sorted, with their counts.
    firsts: Vec<(u64, u32)>,
}

/// A split of one row: the word index where each cell starts (after the
/// corner cell, if any).
type Cuts = Vec<usize>;

/// Splits single-space rows (`rows[0]` is the header) into the same number of
/// cells. Returns the cells of each row, or `None` when the rows do not make a
/// table of at least two columns.
///
/// Every column count the rows allow is tried: the header is split into that
/// many names, the body rows are fitted to them, and the count whose header
/// and rows together score best wins.
pub(crate) fn infer(text: &str, rows: &[Line]) -> Option<Vec<Vec<Span>>> {
    if rows.len() < 2 {
        return None;
    }
    let mut prepared = Vec::with_capacity(rows.len());
    for (i, line) in rows.iter().enumerate() {
        let words: Vec<Word> = split_words(text, line.content)
            .into_iter()
            .map(|s| word(text, s))
            .collect();
        if words.is_empty() || words.len() > MAX_ROW_WORDS {
            return None;
        }
        let head = bare(words[0].text);
        let open = open_after(&words);
        let evidence = (0..words.len() - 1)
            .map(|j| {
                if open[j] {
                    return None;
                }
                let before = j.checked_sub(1).map(|b| &words[b]);
                let range = RANGE_OPENERS.contains(&words[j + 1].text)
                    && words[j.saturating_sub(RANGE_WORDS - 1)..=j]
                        .iter()
                        .any(|w| RANGE_STARTS.contains(&w.text));
                boundary(before, &words[j], &words[j + 1], head, i == 0).map(|e| {
                    if range {
                        e + RANGE_END
                    } else {
                        e
                    }
                })
            })
            .collect();
        prepared.push(Row {
            words,
            evidence,
            corner: line.indent > 0,
            header: i == 0,
        });
    }
    // No row can have more cells than words.
    let most = prepared
        .iter()
        .map(|r| r.words.len() + usize::from(r.corner))
        .min()?
        .min(MAX_COLUMNS);
    // A header with an empty corner names at least two compared things.
    let fewest = if prepared[0].corner { 3 } else { 2 };
    // The header gives the column count: its names are cut wherever nothing
    // speaks against a boundary.
    let header = &prepared[0];
    let named = 1 + header
        .evidence
        .iter()
        .filter(|e| e.is_some_and(|e| e >= 0.0))
        .count();
    let mut k = named + usize::from(header.corner);
    // Rows of figures say it too: when every body row holds at least `q`
    // numbers (plus a label before the first), there are at least `q` cells
    // (`20 دقيقة 15 دقيقة 4 أشخاص` under `التحضير الطهي الحصة`).
    let quantities = prepared[1..]
        .iter()
        .map(|r| {
            let numbers = r.words.iter().filter(|w| w.shape == Shape::Number).count();
            numbers + usize::from(numbers > 0 && r.words[0].shape != Shape::Number)
        })
        .min()
        .unwrap_or(0);
    if quantities > k {
        k = quantities;
    }
    let k = k.clamp(fewest, most.max(fewest));
    let mut best: Option<(f32, Vec<Cuts>, usize)> = None;
    let mut scratch = Vec::new();
    for k in [k].into_iter().chain(fewest..=most) {
        let Some((head_score, head_cuts)) =
            split_row(&prepared[0], k, None, None, false, &mut scratch)
        else {
            continue;
        };
        if let Some((score, cuts)) = fit(&prepared, k, head_cuts, &mut scratch) {
            best = Some((score + head_score, cuts, k));
            break;
        }
    }
    let (_, cuts, k) = best?;
    Some(
        prepared
            .iter()
            .zip(&cuts)
            .map(|(row, c)| cells(row, c, k))
            .collect(),
    )
}

/// Most words in a cell of a column that [`columns_agree`] calls typed.
const TYPED_CELL_WORDS: usize = 3;
/// Share of a column's cells that must open with the same non-Arabic shape
/// (a number, a Latin name, a symbol) for the column to be typed.
const TYPED_SHARE: f32 = 0.8;

/// Whether the body rows of an inferred table (`rows[0]` is the header)
/// agree down some value column, as table columns do and prose cut at
/// random does not: every cell of the column is short, and either most open
/// with the same number, Latin or symbol shape, or half the cells repeat a
/// value of another row (`نعم`, `غير محدود`, `⭐⭐⭐`).
pub(crate) fn columns_agree(text: &str, rows: &[Vec<Span>]) -> bool {
    let body = &rows[1.min(rows.len())..];
    let width = rows.first().map_or(0, Vec::len);
    if body.len() < 2 {
        return false;
    }
    (1..width).any(|c| {
        let cells: Vec<&str> = body
            .iter()
            .filter_map(|r| r.get(c))
            .map(|&s| &text[s])
            .collect();
        if cells.len() < body.len()
            || cells
                .iter()
                .any(|t| t.is_empty() || t.split(' ').count() > TYPED_CELL_WORDS)
        {
            return false;
        }
        let mut shapes = [0u32; Shape::COUNT];
        for t in &cells {
            let first = split_words(t, Span::new(0, t.len()));
            if let Some(&w) = first.first() {
                shapes[word(t, w).shape.index()] += 1;
            }
        }
        let n = cells.len() as f32;
        let typed = [Shape::Number, Shape::Latin, Shape::Symbol]
            .iter()
            .any(|s| shapes[s.index()] as f32 >= TYPED_SHARE * n);
        let repeated = cells
            .iter()
            .filter(|t| cells.iter().filter(|u| u == t).count() > 1)
            .count();
        typed || 2 * repeated >= cells.len()
    })
}

/// For each word, whether a bracket or a quotation opened at or before it
/// is still open after it: no cell ends inside brackets or quotes
/// (`متوسط (يتطلب معرفة بـ React)` is one value). A bracket never closed on
/// the row opens nothing, so a stray `(` cannot glue the rest of the row.
fn open_after(words: &[Word]) -> Vec<bool> {
    let mut depth = 0i32;
    let mut quoted = false;
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        for c in w.text.chars() {
            match c {
                '(' | '[' | '{' | '«' | '“' => depth += 1,
                ')' | ']' | '}' | '»' | '”' => depth = (depth - 1).max(0),
                '"' => quoted = !quoted,
                _ => {}
            }
        }
        out.push(depth > 0 || quoted);
    }
    if depth > 0 || quoted {
        // Unbalanced on this row: the marks say nothing.
        out.iter_mut().for_each(|o| *o = false);
    }
    out
}

/// Splits the span into words on spaces.
fn split_words(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span];
    let mut out = Vec::new();
    let mut start = None;
    for (i, b) in s.bytes().enumerate() {
        let space = b == b' ' || b == b'\t';
        match (space, start) {
            (false, None) => start = Some(i),
            (true, Some(st)) => {
                out.push(Span::new(span.start + st, span.start + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(Span::new(span.start + st, span.end));
    }
    out
}

/// The cell spans of a row split at `cuts` into `k` cells.
fn cells(row: &Row, cuts: &Cuts, k: usize) -> Vec<Span> {
    let mut out = Vec::with_capacity(k);
    if row.corner {
        let at = row.words[0].span.start;
        out.push(Span::new(at, at));
    }
    for (j, &start) in cuts.iter().enumerate() {
        let end = cuts.get(j + 1).copied().unwrap_or(row.words.len());
        out.push(Span::new(
            row.words[start].span.start,
            row.words[end - 1].span.end,
        ));
    }
    out
}

/// The best split of every body row into `k` cells under the header split
/// `head`, and the body's score.
fn fit(
    rows: &[Row],
    k: usize,
    head: Cuts,
    scratch: &mut Vec<(f32, u32)>,
) -> Option<(f32, Vec<Cuts>)> {
    let mut cuts: Vec<Cuts> = Vec::with_capacity(rows.len());
    cuts.push(head);
    let compare = compares(&rows[0], &cuts[0], k);
    let mut total = 0.0;
    for row in &rows[1..] {
        let (score, c) = split_row(row, k, None, None, compare, scratch)?;
        total += score;
        cuts.push(c);
    }
    for _ in 0..ROUNDS {
        let profiles = profiles(rows, &cuts, k);
        let mut next_total = 0.0;
        let mut changed = false;
        for (row, own) in rows.iter().zip(cuts.iter_mut()).skip(1) {
            let (score, c) = split_row(row, k, Some(&profiles), Some(own), compare, scratch)?;
            next_total += score;
            if c != *own {
                changed = true;
                *own = c;
            }
        }
        total = next_total;
        if !changed {
            break;
        }
    }
    Some((total, cuts))
}

/// Whether the header split `cuts` names compared things: it opens with an
/// empty corner, or its names after the first open with the same word
/// (`الخطة الأساسية الخطة المتقدمة`, `بطاقات الائتمان بطاقات الخصم`).
fn compares(header: &Row, cuts: &Cuts, k: usize) -> bool {
    if header.corner {
        return true;
    }
    let starts: Vec<u64> = cell_ranges(header, cuts, k)
        .skip(1)
        .map(|(a, _)| header.words[a].hash)
        .collect();
    starts.len() >= 2 && starts.windows(2).all(|w| w[0] == w[1])
}

/// Column profiles of the body rows (the header is left out: its cells are
/// names, not values).
fn profiles(rows: &[Row], cuts: &[Cuts], k: usize) -> Vec<Profile> {
    let mut out: Vec<Profile> = (0..k).map(|_| Profile::default()).collect();
    for (row, c) in rows.iter().zip(cuts).filter(|(r, _)| !r.header) {
        for (j, (a, b)) in cell_ranges(row, c, k).enumerate() {
            if a == b {
                continue;
            }
            let p = &mut out[j];
            p.n += 1;
            p.shapes[row.words[a].shape.index()] += 1;
            p.sentence_ends += u32::from(row.words[b - 1].sentence_end);
            p.values.push((row.value(a, b), 1));
            p.firsts.push((row.words[a].hash, 1));
        }
    }
    for p in &mut out {
        tally(&mut p.values);
        tally(&mut p.firsts);
    }
    out
}

/// Sorts `(hash, 1)` pairs and merges equal hashes into one with a count.
fn tally(v: &mut Vec<(u64, u32)>) {
    v.sort_unstable_by_key(|&(h, _)| h);
    v.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            kept.1 += next.1;
        }
        same
    });
}

/// How often `h` occurs in a tally.
fn count(v: &[(u64, u32)], h: u64) -> u32 {
    v.binary_search_by_key(&h, |&(x, _)| x)
        .map_or(0, |i| v[i].1)
}

/// The word ranges `(start, end)` of each of the `k` cells of a row; the
/// corner cell is the empty range `(0, 0)`.
fn cell_ranges<'r>(
    row: &'r Row,
    cuts: &'r Cuts,
    k: usize,
) -> impl Iterator<Item = (usize, usize)> + 'r {
    let corner = row.corner.then_some((0, 0));
    let n = row.words.len();
    corner
        .into_iter()
        .chain(
            cuts.iter()
                .enumerate()
                .map(move |(j, &a)| (a, cuts.get(j + 1).copied().unwrap_or(n))),
        )
        .take(k)
}

/// The row's own cell in a column, taken out of the column's sums.
#[derive(Clone, Copy)]
struct Own {
    shape: Shape,
    sentence_end: bool,
    value: u64,
    first: u64,
}

/// How well the words `a..b` of a body row fit column `p`, judged against
/// the other rows (`own` is this row's current cell in the column).
fn cell_fit(row: &Row, a: usize, b: usize, p: &Profile, own: Option<Own>) -> f32 {
    let out = u32::from(own.is_some());
    let n = p.n - out.min(p.n);
    if n < MIN_PROFILE_ROWS {
        return 0.0;
    }
    let nf = n as f32;
    let mut shapes = p.shapes;
    let mut ends = p.sentence_ends;
    if let Some(o) = own {
        shapes[o.shape.index()] -= 1;
        ends -= u32::from(o.sentence_end);
    }
    let mut s = 0.0;
    let shape = row.words[a].shape;
    let dominant = (0..Shape::COUNT).max_by_key(|&i| shapes[i]).unwrap_or(0);
    if shapes[dominant] as f32 >= DOMINANT_SHARE * nf && shape.index() != dominant {
        s += SHAPE_MISMATCH;
    }
    let end_share = ends as f32 / nf;
    let ends = row.words[b - 1].sentence_end;
    if (end_share >= DOMINANT_SHARE && !ends) || (end_share <= 1.0 - DOMINANT_SHARE && ends) {
        s += PUNCT_MISMATCH;
    }
    let value = row.value(a, b);
    let seen = count(&p.values, value);
    let seen = seen - u32::from(own.is_some_and(|o| o.value == value)).min(seen);
    if seen > 0 {
        s += REPEATED_VALUE;
    } else {
        let first = row.words[a].hash;
        let seen = count(&p.firsts, first);
        let seen = seen - u32::from(own.is_some_and(|o| o.first == first)).min(seen);
        if seen > 0 {
            s += SHARED_FIRST_WORD_DOWN;
        }
    }
    s
}

/// The bonus for neighbouring value cells `p..a` and `a..i` that open alike
/// (one [`PARALLEL_NEIGHBOURS`] per shared leading word, up to
/// [`MAX_PARALLEL_WORDS`]) or close with the same word.
fn parallel(row: &Row, p: usize, a: usize, i: usize) -> f32 {
    let w = &row.words;
    let shared = (0..(a - p).min(i - a).min(MAX_PARALLEL_WORDS))
        .take_while(|&d| w[p + d].hash == w[a + d].hash)
        .count();
    let closes = w[a - 1].hash == w[i - 1].hash;
    PARALLEL_NEIGHBOURS * (shared as f32 + f32::from(u8::from(closes)))
}

/// Whether the words `p..a` of `row` are the words `a..i`.
fn same_words(row: &Row, p: usize, a: usize, i: usize) -> bool {
    a - p == i - a && (0..a - p).all(|d| row.words[p + d].hash == row.words[a + d].hash)
}

/// The best split of `row` into `k` cells by dynamic programming over word
/// boundaries, scored by boundary evidence and, when given, column fit.
///
/// The state is a cell with its start and end, so that each cell is judged
/// beside the exact cell before it (parallel neighbours): `O(k · n³)` for a
/// row of `n` words, with `n` at most [`MAX_ROW_WORDS`].
fn split_row(
    row: &Row,
    k: usize,
    profiles: Option<&[Profile]>,
    own: Option<&Cuts>,
    compare: bool,
    scratch: &mut Vec<(f32, u32)>,
) -> Option<(f32, Cuts)> {
    let compare = compare && !row.header;
    let n = row.words.len();
    let first = usize::from(row.corner);
    let parts = k.checked_sub(first)?;
    if parts == 0 || parts > n {
        return None;
    }
    let mut own_cells = [None; MAX_COLUMNS];
    if let Some(c) = own {
        for (j, (a, b)) in cell_ranges(row, c, k).enumerate() {
            own_cells[j] = (a < b).then(|| Own {
                shape: row.words[a].shape,
                sentence_end: row.words[b - 1].sentence_end,
                value: row.value(a, b),
                first: row.words[a].hash,
            });
        }
    }
    let label = if row.header || row.corner {
        0.0
    } else {
        LABEL_WORD
    };
    let fit = |a: usize, b: usize, j: usize| -> f32 {
        let lead = if j == 0 && label != 0.0 {
            let stated = row.words[b - 1].statement && b < n;
            label * (b - a - 1) as f32 + if stated { LABEL_STATEMENT } else { 0.0 }
        } else {
            0.0
        };
        lead - CELL_LENGTH_PRIOR * SQRT[(b - a).min(MAX_ROW_WORDS)]
            + profiles.map_or(0.0, |p| {
                cell_fit(row, a, b, &p[first + j], own_cells[first + j])
            })
    };
    // best[(j, a, i)]: best score of cells 0..=j with cell j holding words
    // a..i, and the start of cell j - 1 in that split.
    let m = n + 1;
    let at = |j: usize, a: usize, i: usize| (j * m + a) * m + i;
    let neg = f32::NEG_INFINITY;
    scratch.clear();
    scratch.resize(parts * m * m, (neg, 0));
    let best = scratch;
    for i in 1..=n - (parts - 1) {
        best[at(0, 0, i)] = (fit(0, i, 0), 0);
    }
    for j in 1..parts {
        // Cell j starts at a and ends at i; cell j - 1 ends at a.
        for a in j..n - (parts - 1 - j) {
            let Some(e) = row.evidence[a - 1] else {
                continue;
            };
            // The best ways to reach a boundary at a, whatever the start p
            // of cell j - 1.
            for i in (a + 1)..=n - (parts - 1 - j) {
                let f = fit(a, i, j) + e;
                let mut top = (neg, 0u32);
                // Only the first cell is known to start at 0.
                let starts = if j == 1 { 0..1 } else { (j - 1)..a };
                for p in starts {
                    let (prev, _) = best[at(j - 1, p, a)];
                    if prev == neg {
                        continue;
                    }
                    let mut s = prev + f;
                    if same_words(row, p, a, i) {
                        s += IDENTICAL_NEIGHBOURS;
                    } else if j >= 2 {
                        s += parallel(row, p, a, i);
                    }
                    if j >= 2 && compare {
                        s -= UNBALANCED * (LN[i - a] - LN[a - p]).abs();
                    }
                    if s > top.0 {
                        top = (s, p as u32);
                    }
                }
                best[at(j, a, i)] = top;
            }
        }
    }
    let (score, mut a) = (0..n)
        .map(|a| (best[at(parts - 1, a, n)].0, a))
        .fold((neg, 0), |acc, x| if x.0 > acc.0 { x } else { acc });
    if score == neg {
        return None;
    }
    let mut cuts = vec![0; parts];
    let mut i = n;
    for j in (1..parts).rev() {
        cuts[j] = a;
        let p = best[at(j, a, i)].1 as usize;
        i = a;
        a = p;
    }
    Some((score, cuts))
}

/// `ln(words)` for each cell length, for the balance of compared cells.
static LN: once_cell::sync::Lazy<[f32; MAX_ROW_WORDS + 1]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0.0; MAX_ROW_WORDS + 1];
    for (i, v) in t.iter_mut().enumerate().skip(1) {
        *v = (i as f32).ln();
    }
    t
});

/// `sqrt(words)` for each cell length, so that the inner loop does not
/// compute it.
static SQRT: once_cell::sync::Lazy<[f32; MAX_ROW_WORDS + 1]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0.0; MAX_ROW_WORDS + 1];
    for (i, v) in t.iter_mut().enumerate() {
        *v = (i as f32).sqrt();
    }
    t
});
#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::lines;

    fn table(text: &str) -> Vec<Vec<&str>> {
        let ls = lines(text);
        let cells = infer(text, &ls).expect("a table");
        cells
            .iter()
            .map(|r| r.iter().map(|&c| &text[c]).collect())
            .collect()
    }

    #[test]
    fn two_columns_with_sentences() {
        let t = "المرحلة الهدف المنتظر\nالتخطيط الأولي وضع جدول زمني واضح للمشروع.\nالتنفيذ الميداني بناء المرافق وفق المعايير المعتمدة.\nالتقييم النهائي قياس النتائج ومقارنتها بالأهداف.";
        let got = table(t);
        assert_eq!(got[0], ["المرحلة", "الهدف المنتظر"]);
        assert_eq!(got[1], ["التخطيط الأولي", "وضع جدول زمني واضح للمشروع."]);
        assert_eq!(
            got[3],
            ["التقييم النهائي", "قياس النتائج ومقارنتها بالأهداف."]
        );
    }

    #[test]
    fn numeric_columns() {
        let t = "السنة الإيرادات الأرباح النمو\n2021 120 30 5%\n2022 135 34 12%\n2023 150 41 11%";
        let got = table(t);
        assert_eq!(got[0], ["السنة", "الإيرادات", "الأرباح", "النمو"]);
        assert_eq!(got[2], ["2022", "135", "34", "12%"]);
    }

    #[test]
    fn corner_cell_and_repeated_values() {
        let t = " الخطة الأساسية الخطة المتقدمة\nالتخزين السحابي متاح متاح\nالدعم الفني غير متاح متاح\nالنسخ الاحتياطي غير متاح غير متاح";
        let got = table(t);
        assert_eq!(got[0], ["", "الخطة الأساسية", "الخطة المتقدمة"]);
        assert_eq!(got[2], ["الدعم الفني", "غير متاح", "متاح"]);
        assert_eq!(got[3], ["النسخ الاحتياطي", "غير متاح", "غير متاح"]);
    }

    #[test]
    fn delimited_rows() {
        let text = "أ\tب\tج\n | الأول | الثاني\n|---|---|\nالاسم  القيمة";
        let ls = lines(text);
        let got: Vec<(Separator, Vec<&str>)> = ls
            .iter()
            .map(|l| {
                let (sep, cells) = split_delimited(text, l).unwrap();
                (sep, cells.iter().map(|&c| &text[c]).collect())
            })
            .collect();
        assert_eq!(got[0], (Separator::Tab, vec!["أ", "ب", "ج"]));
        assert_eq!(got[1], (Separator::Pipe, vec!["", "الأول", "الثاني"]));
        assert_eq!(got[2], (Separator::Pipe, vec!["---", "---"]));
        assert_eq!(got[3], (Separator::Spaces, vec!["الاسم", "القيمة"]));
        assert!(is_rule_cell("---") && is_rule_cell(":---:") && !is_rule_cell("-"));
    }

    #[test]
    fn glossary_of_labels_and_long_descriptions() {
        let t = "المصطلح الشرح\nالتضخم ارتفاع عام في أسعار السلع والخدمات خلال فترة زمنية معينة.\nالركود تراجع النشاط الاقتصادي لفترة طويلة، ويظهر في الإنتاج والتوظيف.\nالفائدة ثمن اقتراض المال، يحدده البنك المركزي عادةً.";
        let got = table(t);
        assert_eq!(got[0], ["المصطلح", "الشرح"]);
        assert_eq!(
            got[2],
            [
                "الركود",
                "تراجع النشاط الاقتصادي لفترة طويلة، ويظهر في الإنتاج والتوظيف."
            ]
        );
        assert_eq!(got[3][0], "الفائدة");
    }

    #[test]
    fn symbol_led_cells() {
        let t = "الرمز المعنى\n$& النص المطابق كاملا\n\\d رقم واحد من 0 إلى 9\nX(?=Y) X إذا تبعه Y";
        let got = table(t);
        assert_eq!(got[1], ["$&", "النص المطابق كاملا"]);
        assert_eq!(got[2], ["\\d", "رقم واحد من 0 إلى 9"]);
    }

    #[test]
    fn quantities_with_units() {
        let t = "التحضير الطهي الحصة\n20 دقيقة 15 دقيقة 4 أشخاص";
        let got = table(t);
        assert_eq!(got[1], ["20 دقيقة", "15 دقيقة", "4 أشخاص"]);
    }

    #[test]
    fn spec_sheet_rows() {
        let t = "الخاصية القيمة\nالوزن 180 غراما\nالشاشة 6.1 بوصة\nالبطارية 4000 ملي أمبير\nنظام التشغيل أندرويد 14";
        let got = table(t);
        assert_eq!(got[1], ["الوزن", "180 غراما"]);
        assert_eq!(got[3], ["البطارية", "4000 ملي أمبير"]);
    }

    #[test]
    fn comparison_rows_with_parallel_phrases() {
        let t = " الاشتراك الشهري الاشتراك السنوي\nرسوم التسجيل مطلوبة مطلوبة\nمدة الالتزام من شهر إلى 3 أشهر من سنة إلى سنتين\nطريقة الدفع نقدا أو ببطاقة نقدا أو ببطاقة\nالحد الأدنى للاستخدام غير محدد غير محدد\nالخصم متاح متاح";
        let got = table(t);
        assert_eq!(got[1], ["رسوم التسجيل", "مطلوبة", "مطلوبة"]);
        assert_eq!(
            got[2],
            ["مدة الالتزام", "من شهر إلى 3 أشهر", "من سنة إلى سنتين"]
        );
        assert_eq!(got[3], ["طريقة الدفع", "نقدا أو ببطاقة", "نقدا أو ببطاقة"]);
        assert_eq!(got[4], ["الحد الأدنى للاستخدام", "غير محدد", "غير محدد"]);
    }

    #[test]
    fn long_parallel_values_keep_a_multiword_label() {
        let t = " الباقة الفضية الباقة الذهبية\nمواعيد تسليم الطلبات صباحي أو مسائي أو ليلي صباحي أو مسائي\nمدة الضمان من سنة إلى سنتين من سنتين إلى خمس سنوات\nالتوصيل مجاني مجاني";
        let got = table(t);
        assert_eq!(
            got[1],
            [
                "مواعيد تسليم الطلبات",
                "صباحي أو مسائي أو ليلي",
                "صباحي أو مسائي"
            ]
        );
        assert_eq!(
            got[2],
            ["مدة الضمان", "من سنة إلى سنتين", "من سنتين إلى خمس سنوات"]
        );
    }

    #[test]
    fn word_lists_fit_their_length_limits() {
        assert!(PARTICLES
            .iter()
            .chain(CONJUNCTIONS)
            .all(|p| p.len() <= LONGEST_PARTICLE));
        assert!(ADVERBS.iter().all(|p| p.len() + 2 <= LONGEST_ADVERB));
        assert!(MONTHS.iter().all(|m| m.len() <= LONGEST_MONTH));
    }

    #[test]
    fn dates_and_model_names_stay_whole() {
        let t = "الحدث الموعد القاعة\nالافتتاح 3 يناير 2025 القاعة الكبرى\nالندوة الأولى 17 شباط 2025 قاعة المكتبة\nالختام 30 March 2025 المسرح\n";
        let got = table(t.trim_end());
        assert_eq!(got[1], ["الافتتاح", "3 يناير 2025", "القاعة الكبرى"]);
        assert_eq!(got[2], ["الندوة الأولى", "17 شباط 2025", "قاعة المكتبة"]);
        let t = "الجهاز المعالج\nالهاتف الأول Snapdragon 8 Gen 3\nالهاتف الثاني Dimensity 9300\nالحاسوب Core i7";
        let got = table(t);
        assert_eq!(got[1], ["الهاتف الأول", "Snapdragon 8 Gen 3"]);
    }

    #[test]
    fn comparison_named_by_parallel_column_names() {
        let t = "الميزة الخطة الأساسية الخطة المتقدمة\nالتخزين 50 غيغابايت 2 تيرابايت\nعدد المستخدمين مستخدم واحد حتى 10 مستخدمين\nالدعم الفني عبر البريد الإلكتروني على مدار الساعة";
        let got = table(t);
        assert_eq!(got[0], ["الميزة", "الخطة الأساسية", "الخطة المتقدمة"]);
        assert_eq!(got[2], ["عدد المستخدمين", "مستخدم واحد", "حتى 10 مستخدمين"]);
        assert_eq!(
            got[3],
            ["الدعم الفني", "عبر البريد الإلكتروني", "على مدار الساعة"]
        );
    }

    #[test]
    fn icons_label_the_words_after_them() {
        let t = "البند التفاصيل\n🏨 الإقامة فندق من ثلاث نجوم قرب المحطة الرئيسية\n🚆 التنقل بطاقة قطار لسبعة أيام. تشمل الحافلات أيضا.\n🍽 الوجبات الإفطار فقط";
        let got = table(t);
        assert_eq!(got[1][0], "🏨 الإقامة");
        assert_eq!(got[2][0], "🚆 التنقل");
        assert_eq!(got[3], ["🍽 الوجبات", "الإفطار فقط"]);
        let t = "البند التفاصيل\n📄 الوثائق المطلوبة جواز سفر وصورتان. يجب أن تكون الصور حديثة.\n⏰ مدة المعالجة من أسبوعين إلى شهر. قد تطول المدة في الصيف.\n🏠 مكان التقديم مكتب الهجرة في المدينة";
        let got = table(t);
        assert_eq!(got[2][0], "⏰ مدة المعالجة");
        assert_eq!(got[1][0], "📄 الوثائق المطلوبة");
    }

    #[test]
    fn nine_figures_and_a_label() {
        let t = "البلد 2015 2016 2017 2018 2019 2020 2021 2022 2023\nمصر 3.2 3.4 4.1 5.3 5.6 3.6 3.3 6.6 3.8\nالأردن 2.5 2.0 2.1 1.9 1.8 -1.6 3.7 2.4 2.6";
        let got = table(t);
        assert_eq!(got[0].len(), 10);
        assert_eq!(got[2][0], "الأردن");
        assert_eq!(got[2][6], "-1.6");
    }
}
