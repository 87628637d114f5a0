//! Sentence boundaries, decided on the token stream.
//!
//! The splitter walks the tokens (whitespace included) once and keeps three
//! facts: where the open sentence started, the last visible token, and
//! whether the tokens since the last whitespace form a *terminal cluster*
//! (`.`, `؟!`, `."`, `!)`). A sentence ends at the whitespace after a strong
//! cluster, at a blank line, and at any line break unless the line ends
//! with a comma or semicolon. Numbers, URLs and abbreviations such as `ق.م`
//! are single tokens, so the dots inside them never reach this module.

use super::{Token, TokenKind, Tokens};
use crate::chars;
use crate::Span;

/// A sentence: its text and its byte span in the input, with no surrounding
/// whitespace.
///
/// ```
/// let s = arabic_text::sentences("وصل الوفد. بدأ الاجتماع.").nth(1).unwrap();
/// assert_eq!(s.text, "بدأ الاجتماع.");
/// assert_eq!((s.span.start, s.span.end), (19, 43));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Sentence<'a> {
    /// The sentence, `&input[span]`.
    pub text: &'a str,
    /// Where the sentence is in the input.
    pub span: Span,
}

/// Latin titles that a period follows without ending the sentence. Single
/// capital letters (initials: `J. K.`) are abbreviations too.
const LATIN_TITLES: [&str; 14] = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Capt", "Lt", "Rev", "vs",
];

/// Whether a period right after `word` marks an abbreviation rather than the
/// end of a sentence. True for:
///
/// - one Arabic letter, with any marks or tatweel: `د.` (دكتور), `م.`
///   (مهندس, or ميلادي after a year), `ص.` (صفحة), `ج.` (جزء), `هـ.`
///   (هجري), `أ.` (أستاذ);
/// - a chain of single letters joined by dots, which the tokenizer keeps as
///   one word: `أ.د.` (أستاذ دكتور), `ق.م.` (قبل الميلاد), `ص.ب.` (صندوق
///   بريد);
/// - one capital Latin letter (an initial) and the titles `Dr`, `Mr`,
///   `Mrs`, `Ms`, `Prof`, `Sr`, `Jr`, `St`, `Gen`, `Col`, `Capt`, `Lt`,
///   `Rev`, `vs`.
///
/// A sentence that really ends with such a word (a date `… 1420 هـ.`) runs on
/// into the next one; the cost of a missed boundary is smaller than that of
/// cutting `قال د. أحمد` in two.
///
/// ```
/// use arabic_text::tokenize::is_abbreviation;
/// assert!(is_abbreviation("د") && is_abbreviation("هـ") && is_abbreviation("أ.د"));
/// assert!(!is_abbreviation("أحمد") && !is_abbreviation("2015"));
/// ```
pub fn is_abbreviation(word: &str) -> bool {
    let mut arabic = 0;
    let mut other = false;
    for c in word.chars() {
        if chars::is_arabic_letter(c) {
            arabic += 1;
        } else if c == '.' && arabic > 0 {
            arabic = 0;
        } else if !(chars::is_arabic_mark(c) || chars::is_tatweel(c)) {
            other = true;
            break;
        }
    }
    if !other {
        return arabic == 1;
    }
    let mut latin = word.chars();
    matches!((latin.next(), latin.next()), (Some(c), None) if c.is_ascii_uppercase())
        || LATIN_TITLES.contains(&word)
}

/// How strongly the tokens since the last whitespace end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cluster {
    /// Not a sentence end.
    None,
    /// An ellipsis (`...`, `…`): a pause inside a line, an end at a line
    /// break.
    Pause,
    /// `.` `!` `?` `؟` `۔` and their runs, with closing quotes and brackets
    /// after them.
    End,
}

/// The sentences of a text, from [`sentences`](super::sentences) or
/// [`Tokenizer::sentences`](super::Tokenizer::sentences).
///
/// ```
/// let text = "ارتفع المؤشر ٣٫٥٪ اليوم. هل يستمر؟";
/// let got: Vec<&str> = arabic_text::sentences(text).map(|s| s.text).collect();
/// assert_eq!(got, ["ارتفع المؤشر ٣٫٥٪ اليوم.", "هل يستمر؟"]);
/// ```
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    /// Start of the open sentence, if a token has been seen since the last
    /// boundary.
    start: Option<usize>,
    /// End of the last visible token.
    end: usize,
    /// The last visible token.
    prev: Option<Token<'a>>,
    /// Whether `prev` was the first token of its sentence.
    prev_opens: bool,
    cluster: Cluster,
}

impl<'a> Sentences<'a> {
    pub(super) fn new(text: &'a str, tokens: Tokens<'a>) -> Self {
        Sentences {
            text,
            tokens,
            start: None,
            end: 0,
            prev: None,
            prev_opens: false,
            cluster: Cluster::None,
        }
    }

    fn emit(&mut self) -> Option<Sentence<'a>> {
        let start = self.start.take()?;
        self.cluster = Cluster::None;
        let span = Span::new(start, self.end);
        Some(Sentence {
            text: &self.text[start..self.end],
            span,
        })
    }

    /// Whether the line that just ended runs on into the next one: it ends
    /// with a comma or a semicolon.
    fn line_runs_on(&self) -> bool {
        self.prev.is_some_and(|t| {
            t.kind == TokenKind::Punctuation
                && t.text
                    .chars()
                    .next()
                    .is_some_and(chars::is_comma_or_semicolon)
        })
    }

    /// The cluster after the visible token `t`.
    fn cluster_after(&self, t: &Token<'a>) -> Cluster {
        let Some(c) = t.text.chars().next() else {
            return Cluster::None;
        };
        if t.kind != TokenKind::Punctuation {
            return Cluster::None;
        }
        let glued = self.prev.filter(|p| p.span.end == t.span.start);
        if chars::is_sentence_terminal(c) {
            if glued.is_some_and(|p| p.text.chars().all(chars::is_opening_bracket)) {
                return Cluster::None; // `(!)`, `(؟)`: a remark, not an end.
            }
            let this = if c == chars::ELLIPSIS || (c == '.' && t.text.len() > 1) {
                Cluster::Pause
            } else if c == '.' && self.cluster == Cluster::None && self.abbreviation_before(glued) {
                Cluster::None
            } else {
                Cluster::End
            };
            return self.cluster.max(this);
        }
        if chars::is_closing_punctuation(c) {
            return self.cluster;
        }
        Cluster::None
    }

    /// Whether a period after `prev` is not a full stop: `prev` is an
    /// abbreviation, or a number opening the sentence (`1.` of a list: the
    /// line break before it ended the sentence before).
    fn abbreviation_before(&self, prev: Option<Token<'a>>) -> bool {
        prev.is_some_and(|p| match p.kind {
            TokenKind::Word => is_abbreviation(p.text),
            TokenKind::Number => self.prev_opens,
            _ => false,
        })
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        loop {
            let Some(t) = self.tokens.next() else {
                return self.emit();
            };
            if t.kind == TokenKind::Whitespace {
                // Only invisible characters: the tokens around them still touch.
                if !t
                    .text
                    .chars()
                    .any(|c| c.is_whitespace() || c == chars::ZWSP)
                {
                    continue;
                }
                let breaks = line_breaks(t.text);
                let ends = self.cluster == Cluster::End
                    || breaks >= 2
                    || (breaks == 1 && !self.line_runs_on());
                self.cluster = Cluster::None;
                if ends && self.start.is_some() {
                    return self.emit();
                }
                continue;
            }
            let opens = self.start.is_none();
            self.start.get_or_insert(t.span.start);
            self.cluster = self.cluster_after(&t);
            self.prev_opens = opens;
            self.prev = Some(t);
            self.end = t.span.end;
        }
    }
}

impl core::iter::FusedIterator for Sentences<'_> {}

/// Line breaks in a run of whitespace: `\n`, a `\r` not followed by `\n`,
/// U+0085, U+2028 and U+2029.
fn line_breaks(ws: &str) -> usize {
    let mut n = 0;
    let mut chars = ws.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\u{0085}' | '\u{2028}' | '\u{2029}' => n += 1,
            '\r' if chars.peek() != Some(&'\n') => n += 1,
            _ => {}
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::super::sentences;
    use super::*;

    /// (name, text, expected sentences)
    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "two sentences",
            "وصل الوفد. بدأ الاجتماع.",
            &["وصل الوفد.", "بدأ الاجتماع."],
        ),
        (
            "question and exclamation",
            "هل انتهى؟! نعم",
            &["هل انتهى؟!", "نعم"],
        ),
        (
            "title abbreviation",
            "قال د. أحمد إن السوق هادئة. ثم غادر.",
            &["قال د. أحمد إن السوق هادئة.", "ثم غادر."],
        ),
        (
            "professor",
            "حاضر أ.د. محمود في الجامعة.",
            &["حاضر أ.د. محمود في الجامعة."],
        ),
        (
            "hijri year",
            "توفي سنة 1420 هـ. ودفن في مكة.",
            &["توفي سنة 1420 هـ. ودفن في مكة."],
        ),
        (
            "decimal point",
            "نما الاقتصاد 2.5 في المئة.",
            &["نما الاقتصاد 2.5 في المئة."],
        ),
        (
            "comma does not end",
            "جاء الوفد، وبدأ الاجتماع؛ ثم انتهى.",
            &["جاء الوفد، وبدأ الاجتماع؛ ثم انتهى."],
        ),
        (
            "closing quote",
            "قال: \"انتهى الأمر.\" ثم خرج.",
            &["قال: \"انتهى الأمر.\"", "ثم خرج."],
        ),
        ("guillemets", "قال «انتهى!» وخرج", &["قال «انتهى!»", "وخرج"]),
        (
            "ellipsis mid-line",
            "كنت أفكر... ثم قررت.",
            &["كنت أفكر... ثم قررت."],
        ),
        (
            "ellipsis at line end",
            "كنت أفكر...\nثم قررت.",
            &["كنت أفكر...", "ثم قررت."],
        ),
        (
            "heading",
            "عنوان الخبر\nنص الخبر هنا.",
            &["عنوان الخبر", "نص الخبر هنا."],
        ),
        (
            "blank line",
            "سطر أول،\n\nسطر ثان",
            &["سطر أول،", "سطر ثان"],
        ),
        (
            "comma runs on",
            "سطر أول،\nسطر ثان.",
            &["سطر أول،\nسطر ثان."],
        ),
        (
            "list number",
            "1. البند الأول\n2. البند الثاني",
            &["1. البند الأول", "2. البند الثاني"],
        ),
        (
            "remark in brackets",
            "قال إنه فاز (!) بالجائزة.",
            &["قال إنه فاز (!) بالجائزة."],
        ),
        (
            "url dots",
            "زوروا www.example.com للمزيد. شكرا",
            &["زوروا www.example.com للمزيد.", "شكرا"],
        ),
        (
            "initials",
            "كتب J. K. Rowling الرواية.",
            &["كتب J. K. Rowling الرواية."],
        ),
        (
            "urdu full stop",
            "یہ کتاب ہے۔ وہ قلم ہے۔",
            &["یہ کتاب ہے۔", "وہ قلم ہے۔"],
        ),
        ("leading and trailing space", "  جملة.  ", &["جملة."]),
        ("empty", "", &[]),
        ("only space", " \n\t ", &[]),
    ];

    #[test]
    fn splits() {
        for &(name, text, want) in CASES {
            let got: Vec<&str> = sentences(text).map(|s| s.text).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn abbreviations() {
        for (word, want) in [
            ("د", true),
            ("م", true),
            ("هـ", true),
            ("ق.م", true),
            ("Dr", true),
            ("J", true),
            ("في", false),
            ("Mar", false),
            ("2", false),
        ] {
            assert_eq!(is_abbreviation(word), want, "{word}");
        }
    }
}
