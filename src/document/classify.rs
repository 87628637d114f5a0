//! Pass 2: give each line a kind from its own text — blank, list item (with
//! the marker cut off) or text — and the small features the grouping pass
//! asks about (closing punctuation, a section number); the word count comes
//! from the line pass. One look at the neighbours follows
//! ([`keep_lettered_sequences`]): a letter numbers an item only beside the
//! next or previous letter.
//!
//! Whether a text line is a heading, a paragraph or a table row depends on
//! its neighbours, so that is decided in `build.rs`, not here.

use once_cell::sync::Lazy;
use regex::Regex;

use super::lexicon;
use super::lines::Line;
use crate::chars::{
    self, digit_value, is_bullet, is_clause_end, is_horizontal_space, is_sentence_end,
};
use crate::Span;

/// What a line is, judged on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Nothing but whitespace.
    Blank,
    /// A list item; `text` is its content after the marker.
    Item { ordered: bool, text: Span },
    /// Anything else: title, heading, paragraph or table row.
    Text,
}

/// Classifies one line of `text`.
pub(crate) fn classify(text: &str, line: &Line) -> Kind {
    if line.is_blank() {
        return Kind::Blank;
    }
    let content = &text[line.content];
    match marker(content) {
        Some((ordered, len)) => {
            let rest = &content[len..];
            let skip = rest.len() - rest.trim_start().len();
            let start = line.content.start + len + skip;
            Kind::Item {
                ordered,
                text: Span::new(start, line.content.end),
            }
        }
        None => Kind::Text,
    }
}

/// Ordinal words that open an item: أولاً: ثانياً: … عاشراً: with or without
/// the tanwin and the hamza, then `:` or `-`.
static ORDINAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        "^(?:{}){}?[ \t]*[:\\-\u{2013}][ \t]*",
        lexicon::ORDINALS.join("|"),
        chars::FATHATAN
    ))
    .expect("the ordinal pattern is valid")
});

/// Arabic letters used, in abjad order, to number items (`أ.` `ب-` `ج)`).
fn is_item_letter(c: char) -> bool {
    chars::ITEM_LETTERS.contains(&c)
}

/// The place in abjad order of the letter that numbers the item on `line`
/// (`أ.` and `ا.` are 0, `ب.` 1, …), or `None` when its marker is no
/// letter.
fn letter_rank(text: &str, line: &Line) -> Option<usize> {
    let content = &text[line.content];
    let mut cs = content.strip_prefix('(').unwrap_or(content).chars();
    let (letter, mark) = (cs.next()?, cs.next()?);
    // An ordinal word (`أولاً:`) opens with a letter too, but no mark follows.
    if !matches!(mark, '.' | '-' | ')') {
        return None;
    }
    let at = chars::ITEM_LETTERS.iter().position(|&c| c == letter)?;
    // أ and ا both stand first.
    Some(at.saturating_sub(1))
}

/// Turns back into text the lines whose marker is a letter out of sequence:
/// a letter numbers an item only beside the item of the letter before or
/// after it in abjad order (`أ.` over `ب.`). Alone, `د.` is a doctor's
/// title (`د. أحمد سالم، مدير المستشفى، …`) and `أ.` a teacher's, and the
/// line is a paragraph that keeps them.
pub(crate) fn keep_lettered_sequences(text: &str, lines: &[Line], kinds: &mut [Kind]) {
    let is_item = |k: &Kind| matches!(k, Kind::Item { ordered: true, .. });
    // The rank of each item's letter, of the items only; blank lines
    // between items keep them neighbours.
    let items: Vec<(usize, Option<usize>)> = (0..kinds.len())
        .filter(|&i| is_item(&kinds[i]))
        .map(|i| (i, letter_rank(text, &lines[i])))
        .collect();
    let adjacent = |a: usize, b: usize| kinds[a + 1..b].iter().all(|k| *k == Kind::Blank);
    let mut lone = Vec::new();
    for (n, &(i, rank)) in items.iter().enumerate() {
        let Some(r) = rank else { continue };
        let before = n
            .checked_sub(1)
            .map(|m| items[m])
            .is_some_and(|(p, pr)| adjacent(p, i) && pr.is_some_and(|pr| pr + 1 == r));
        let after = items
            .get(n + 1)
            .is_some_and(|&(q, qr)| adjacent(i, q) && qr == Some(r + 1));
        if !before && !after {
            lone.push(i);
        }
    }
    for i in lone {
        kinds[i] = Kind::Text;
    }
}

/// The number and mark of a digit list marker at the start of `s` (`3.`
/// gives `(3, '.')`, `١-` gives `(1, '-')`); `None` for other markers.
pub(crate) fn marker_number(s: &str) -> Option<(u32, char)> {
    // Lettered and bracketed markers open with no digit.
    if !s.starts_with(|c| digit_value(c).is_some()) {
        return None;
    }
    let (true, len) = marker(s)? else {
        return None;
    };
    let mut number = 0u32;
    let mut mark = None;
    for c in s[..len].chars() {
        match digit_value(c) {
            Some(d) => number = number * 10 + u32::from(d),
            None => mark = Some(c),
        }
    }
    mark.map(|m| (number, m))
}

/// The list marker at the start of `s` (trimmed content): whether it numbers
/// the item, and its length in bytes. The marker must be followed by
/// horizontal space and by some content.
pub(crate) fn marker(s: &str) -> Option<(bool, usize)> {
    let mut it = s.char_indices();
    let (_, first) = it.next()?;
    // `•` and friends, then a space.
    if is_bullet(first) {
        let len = first.len_utf8();
        return spaced(s, len).then_some((false, len));
    }
    // `1.` `1)` `١.` `١-` — up to three digits, never a section number `1.2.`
    if digit_value(first).is_some() {
        let digits = s.chars().take_while(|&c| digit_value(c).is_some()).count();
        if digits > 3 {
            return None;
        }
        let len: usize = s.chars().take(digits).map(char::len_utf8).sum();
        let punct = s[len..].chars().next()?;
        // The en dash is three bytes, the other marks one.
        let len = len + punct.len_utf8();
        return (matches!(punct, '.' | ')' | '-' | '\u{2013}') && spaced(s, len))
            .then_some((true, len));
    }
    // `(١)` `(1)` `(أ)`
    if first == '(' {
        let inner = &s[1..];
        let close = inner.find(')')?;
        let label = &inner[..close];
        let ok = (!label.is_empty()
            && label.chars().count() <= 3
            && label.chars().all(|c| digit_value(c).is_some()))
            || (label.chars().count() == 1 && label.chars().all(is_item_letter));
        let len = 1 + close + 1;
        return (ok && spaced(s, len)).then_some((true, len));
    }
    // `أ.` `ب-` `ج)`
    if is_item_letter(first) {
        let len = first.len_utf8();
        if let Some(p) = s[len..].chars().next() {
            if matches!(p, '.' | '-' | ')') && spaced(s, len + 1) {
                return Some((true, len + 1));
            }
        }
    }
    // أولاً: ثانياً:
    // The ordinal word is at most 14 bytes (`ثانياً` with its tanwin), so its
    // `:` or `-` comes early; most lines skip the pattern altogether.
    let early = &s.as_bytes()[..s.len().min(24)];
    let punct = early.iter().any(|&b| b == b':' || b == b'-')
        || early.windows(3).any(|w| w == "\u{2013}".as_bytes());
    if punct
        && matches!(
            first,
            chars::ALEF_WITH_HAMZA_ABOVE
                | chars::ALEF
                | chars::THEH
                | chars::REH
                | chars::KHAH
                | chars::SEEN
                | chars::TEH
                | chars::AIN
        )
    {
        if let Some(m) = ORDINAL.find(s) {
            if m.end() < s.len() {
                return Some((true, m.end()));
            }
        }
    }
    None
}

/// Whether `s[at..]` starts with horizontal space followed by more text.
fn spaced(s: &str, at: usize) -> bool {
    let Some(rest) = s.get(at..) else {
        return false;
    };
    let mut cs = rest.chars();
    matches!(cs.next(), Some(c) if is_horizontal_space(c)) && !rest.trim().is_empty()
}

/// The last `char` of `s`, if any.
#[inline]
pub(crate) fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Whether `s` ends a sentence with a single `.`, `!`, `?`, `؟` — but not an
/// ellipsis (`..`, `...`, `…`), which titles and table headers end with.
pub(crate) fn ends_sentence(s: &str) -> bool {
    match last_char(s) {
        Some('.') => !s.ends_with(".."),
        Some(chars::ELLIPSIS) => false,
        Some(c) => is_sentence_end(c),
        None => false,
    }
}

/// Whether `s` ends a statement: a sentence end other than a question or
/// an exclamation mark, which titles and headings may end with.
pub(crate) fn ends_statement(s: &str) -> bool {
    ends_sentence(s) && !s.ends_with(['?', chars::ARABIC_QUESTION_MARK, '!'])
}

/// Whether `s` asks a question: it holds an Arabic question mark, ends
/// with a Latin one (a `?` inside a pattern such as `(?=Y)` asks nothing),
/// or opens with an interrogative (`متى تختار كل نوع`).
pub(crate) fn asks_a_question(s: &str) -> bool {
    s.contains(chars::ARABIC_QUESTION_MARK)
        || s.ends_with('?')
        || lexicon::INTERROGATIVES.contains(&first_word(s).0)
}

/// Whether `s` ends with `:` `،` `,` `;` `؛`.
pub(crate) fn ends_clause(s: &str) -> bool {
    last_char(s).is_some_and(is_clause_end)
}

/// Whether `s` ends with a `:` — the line that introduces a list or table.
pub(crate) fn ends_colon(s: &str) -> bool {
    s.ends_with(':')
}

/// Shortest purpose word, in letters, that opens a line introducing steps
/// (`للتبديل`, `لتغيير`, `لمعرفة` in help pages); shorter `ل…` words are
/// nouns (`لمحة`, `لغة`).
const MIN_PURPOSE_LETTERS: usize = 5;

/// Whether a short unpunctuated line is still running text, not a heading: a
/// figure or table caption, a photo's caption (`صورة أرشيفية …`), a dateline
/// (a weekday and a date, or a place and a news source: `الرياض -
/// وكالات`), a sentence that opens with a
/// demonstrative (`هذا المقال كُتب …`) or whose clauses a comma joins (see
/// [`joins_clauses`]), a menu path (`Settings → Audio Player`), a lead-in
/// that ends with `التالية` or `كالآتي` (as follows), a field whose value is
/// a figure (`التاريخ: ٢٥/٠١/٢٠٢٦`), a credit (`المصدر: …`), a link to
/// another article (`اقرأ أيضاً: …`), or an aside in brackets (`(صورة
/// أرشيفية)`).
pub(crate) fn is_text_line(s: &str) -> bool {
    let (first, rest) = first_word(s);
    let numbered = rest.starts_with(chars::is_digit);
    let captioned = numbered
        || lexicon::CAPTION_KINDS
            .iter()
            .any(|k| opens_with_word(rest, k));
    if captioned && lexicon::CAPTION_WORDS.contains(&first) {
        return true;
    }
    if lexicon::DEMONSTRATIVES.contains(&first) && rest.contains(' ') {
        return true;
    }
    if s.contains('→') || s.contains(" > ") {
        return true;
    }
    // A lead-in of three words or more (`الخطوات التالية` names a section).
    let mut words = s.rsplit(' ');
    if words
        .next()
        .is_some_and(|last| lexicon::AS_FOLLOWS.contains(&last))
        && words.nth(1).is_some()
    {
        return true;
    }
    if is_field_with_figure(s) || is_credit(s) || links_to_an_article(s) || is_dateline(s) {
        return true;
    }
    if joins_clauses(s) || is_bracketed(s) {
        return true;
    }
    let day = first.trim_end_matches([',', chars::ARABIC_COMMA]);
    lexicon::WEEKDAYS.contains(&day) && s.bytes().any(|b| b.is_ascii_digit())
}

/// Fewest words of a line whose comma joins two clauses of a sentence.
const MIN_JOINED_CLAUSE_WORDS: usize = 7;

/// Whether `s` is a sentence of two clauses or more that a comma joins
/// (`الاتش ار كان علي امام، ولأنه من باكستان كان الانترفيو بالانجلش`): a
/// line of [`MIN_JOINED_CLAUSE_WORDS`] words or more with a comma between
/// words, outside brackets, and no colon. A heading names its section in
/// one phrase; the commas of the labelled headings stand inside brackets
/// (`(DistroKid وTuneCore وCD Baby، إلخ)`), after a label and its colon
/// (`أنواع السيو: على الصفحة، خارج الصفحة`), or in shorter lines
/// (`ارفع مستوى مجموعتك، ارفع مستوى هداياك`).
fn joins_clauses(s: &str) -> bool {
    if !s.contains([',', chars::ARABIC_COMMA])
        || s.contains(':')
        || s.split(' ').nth(MIN_JOINED_CLAUSE_WORDS - 1).is_none()
    {
        return false;
    }
    let mut depth = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | chars::ARABIC_COMMA if depth == 0 && chars.peek() == Some(&' ') => return true,
            _ => {}
        }
    }
    false
}

/// Most words of the label of a field line (`تاريخ الاجتماع: …`).
const MAX_FIELD_LABEL_WORDS: usize = 3;

/// The label and the value of a field line: the text before its first
/// colon, of one to [`MAX_FIELD_LABEL_WORDS`] words, and the text after it,
/// which is not empty (`الفائز` and `تعادل` in `الفائز: تعادل`).
pub(super) fn field(s: &str) -> Option<(&str, &str)> {
    field_of(s, MAX_FIELD_LABEL_WORDS)
}

/// The label and the value of a field line whose label has one to `most`
/// words and whose value is not empty.
fn field_of(s: &str, most: usize) -> Option<(&str, &str)> {
    let (label, value) = s.split_once(':')?;
    let (label, value) = (label.trim_end(), value.trim());
    let words = label.split(' ').filter(|w| !w.is_empty()).count();
    ((1..=most).contains(&words) && !value.is_empty()).then_some((label, value))
}

/// Most words of the label of a field whose value is a figure: what is
/// priced or counted may be named at length (`السعر التقريبي لـ Galaxy A16:
/// 9,499 جنيه`).
const MAX_FIGURE_LABEL_WORDS: usize = 6;

/// Whether `s` is a field whose value is a figure: a label, a colon, then a
/// date, a time, a price or a count (`التاريخ: ٢٥/٠١/٢٠٢٦`, `الموعد: 10:30
/// صباحاً`). A heading puts words after its colon, not a figure.
fn is_field_with_figure(s: &str) -> bool {
    field_of(s, MAX_FIGURE_LABEL_WORDS).is_some_and(|(label, value)| {
        !label.starts_with(chars::is_digit) && value.starts_with(chars::is_digit)
    })
}

/// Whether `s` credits a source or an author: a label of
/// [`CREDIT_LABELS`](lexicon::CREDIT_LABELS), a colon and a name (`المصدر:
/// سوق العبور`, `تصوير: أحمد سالم`), as under a table or a photo.
fn is_credit(s: &str) -> bool {
    field(s).is_some_and(|(label, _)| lexicon::CREDIT_LABELS.contains(&label))
}

/// Longest dateline, in bytes: three words of place, a dash and a source
/// of three words, in Arabic letters of two bytes each.
const MAX_DATELINE_BYTES: usize = 96;
/// Most words of the place of a dateline (`مدينة الكويت`, `أبو ظبي`).
const MAX_DATELINE_PLACE_WORDS: usize = 3;

/// Whether `s` is a dateline: a place, a dash and a news source of
/// [`NEWS_SOURCES`](lexicon::NEWS_SOURCES) (`الرياض - وكالات`, `القاهرة –
/// خاص`), as under a news title.
fn is_dateline(s: &str) -> bool {
    // Most lines are longer than a dateline, or hold no dash: they are
    // ruled out without a search.
    if s.len() > MAX_DATELINE_BYTES || !s.contains(chars::DASHES) {
        return false;
    }
    [" - ", " – ", " — "].iter().any(|dash| {
        s.split_once(dash).is_some_and(|(place, source)| {
            let words = place.split(' ').filter(|w| !w.is_empty()).count();
            (1..=MAX_DATELINE_PLACE_WORDS).contains(&words)
                && lexicon::NEWS_SOURCES.contains(&source.trim())
        })
    })
}

/// Whether `s` opens with the word or words `w`, whole.
fn opens_with_word(s: &str, w: &str) -> bool {
    s.strip_prefix(w)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Whether `s` links to another article: a label of
/// [`SEE_ALSO_LABELS`](lexicon::SEE_ALSO_LABELS), a colon and the
/// article's title (`اقرأ أيضاً: الذهب يتراجع مع صعود الدولار`).
fn links_to_an_article(s: &str) -> bool {
    field(s).is_some_and(|(label, _)| lexicon::SEE_ALSO_LABELS.contains(&label))
}

/// Whether `s` stands wholly between brackets (`(صورة أرشيفية)`): an aside
/// or a caption, no heading.
fn is_bracketed(s: &str) -> bool {
    (s.starts_with('(') && s.ends_with(')')) || (s.starts_with('[') && s.ends_with(']'))
}

/// The first space-separated word of `s` and the text after its space.
#[inline]
fn first_word(s: &str) -> (&str, &str) {
    match s.as_bytes().iter().position(|&b| b == b' ') {
        // A space is one byte, so both sides are on char boundaries.
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    }
}

/// Whether `s` opens with a purpose word (`لتغيير نوع الحساب …`): the line
/// introduces the steps that follow it, even without its colon.
pub(crate) fn opens_with_purpose(s: &str) -> bool {
    let (first, _) = first_word(s);
    let mut cs = first.chars();
    cs.next() == Some(chars::LAM)
        && matches!(
            cs.next(),
            Some(
                chars::LAM
                    | chars::TEH
                    | chars::ALEF
                    | chars::ALEF_WITH_HAMZA_BELOW
                    | chars::MEEM
                    | chars::HAH
                    | chars::AIN
                    | chars::FEH
            )
        )
        && first.chars().count() >= MIN_PURPOSE_LETTERS
        && !lexicon::NOT_PURPOSES.contains(&first)
}

/// The depth of a section number opening `s` (`15.4.1. …` has depth 3), when
/// it has at least two parts and is followed by a space.
pub(crate) fn section_depth(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let (mut i, mut parts) = (0, 0);
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 3 {
            return None;
        }
        parts += 1;
        match bytes.get(i) {
            Some(b'.') => i += 1,
            _ => break,
        }
        if bytes.get(i).map_or(true, |&b| b == b' ') {
            break;
        }
    }
    (parts >= 2 && bytes.get(i) == Some(&b' ')).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_numbers() {
        assert_eq!(marker_number("3. كنيسة"), Some((3, '.')));
        assert_eq!(marker_number("١٢- بند"), Some((12, '-')));
        assert_eq!(marker_number("7– بند"), Some((7, '–')));
        assert_eq!(marker_number("(3) بند"), None);
        assert_eq!(marker_number("أ. بند"), None);
        assert_eq!(marker_number("• بند"), None);
        assert_eq!(marker_number("2.5 مليون"), None);
    }

    #[test]
    fn markers() {
        let cases: &[(&str, Option<(bool, &str)>)] = &[
            ("• بند", Some((false, "•"))),
            ("- بند", Some((false, "-"))),
            ("* بند", Some((false, "*"))),
            ("– بند", Some((false, "–"))),
            ("· بند", Some((false, "·"))),
            ("✓ بند", Some((false, "✓"))),
            ("1. بند", Some((true, "1."))),
            ("12) بند", Some((true, "12)"))),
            ("١. بند", Some((true, "١."))),
            ("١- بند", Some((true, "١-"))),
            ("1\u{2013} بند", Some((true, "1\u{2013}"))),
            ("12\u{2013} بند", Some((true, "12\u{2013}"))),
            ("١\u{2013} بند", Some((true, "١\u{2013}"))),
            ("1\u{2013}بند", None),
            ("1\u{2013} ", None),
            ("1\u{2013}", None),
            ("(١) بند", Some((true, "(١)"))),
            ("أ. بند", Some((true, "أ."))),
            ("ب- بند", Some((true, "ب-"))),
            ("أولاً: بند", Some((true, "أولاً: "))),
            ("ثانيا - بند", Some((true, "ثانيا - "))),
            ("15.4.1. عنوان", None),
            ("2011 كانت سنة", None),
            ("3.5 مليون", None),
            ("-بند", None),
            ("**غامق**", None),
            ("أولاً ، يعزز التعاون", None),
            ("•", None),
        ];
        for (line, want) in cases {
            let got = marker(line).map(|(o, len)| (o, &line[..len]));
            assert_eq!(got, *want, "{line}");
        }
    }

    #[test]
    fn sections_and_endings() {
        assert_eq!(section_depth("15.4.1. تعلم إنشاء الحزم"), Some(3));
        assert_eq!(section_depth("15.4 كيف"), Some(2));
        assert_eq!(section_depth("1. بند"), None);
        assert_eq!(section_depth("2011 سنة"), None);
        assert!(ends_sentence("جملة."));
        assert!(!ends_sentence("عنوان.."));
        assert!(ends_sentence("سؤال؟"));
        assert!(ends_clause("التالية:"));
    }

    #[test]
    fn text_lines_and_purpose_intros() {
        assert!(is_text_line("شكل 4.16. الإقلاع الأول"));
        assert!(is_text_line("Figure 3 The network"));
        assert!(is_text_line("الأربعاء، 28 آب/اغسطس 2013"));
        assert!(!is_text_line("الشكل العام للمدينة"));
        assert!(!is_text_line("الأربعاء الأسود"));
        assert!(is_text_line("هذه الطريقة لا تعمل على الخادم"));
        assert!(
            !is_text_line("هذه الأدوات"),
            "a demonstrative and its noun may name"
        );
        assert!(is_text_line("الإعدادات → الخصوصية → الموقع"));
        // A field whose value is a figure, however long the name of what
        // it prices; a heading puts words after its colon.
        assert!(is_text_line("السعر التقريبي لـ Galaxy A16: 9,499 جنيه"));
        assert!(is_text_line("الموعد: 10:30 صباحاً"));
        assert!(!is_text_line("المرحلة الأولى: التأسيس (شهر 1)"));
        assert!(is_text_line("التاريخ: ٢٥/٠١/٢٠٢٦"));
        assert!(is_text_line("المصدر: سوق العبور"));
        assert!(is_text_line("تصوير: أحمد سالم"));
        assert!(!is_text_line("المصادر"));
        assert!(is_text_line("الفانكشن دي ممكن نقول انها بتعمل كدا"));
        assert!(is_text_line("وستبدو النتيجة في النهاية هكذا"));
        assert!(is_text_line("موعد الاجتماع: 10:30 صباحاً"));
        assert!(!is_text_line("الخطوة 3: الشوي على الفحم"));
        assert!(!is_text_line("المرحلة الثالثة: التطبيق العملي (شهر 4-6)"));
        assert!(is_text_line("Settings > Privacy > Location"));
        assert!(!is_text_line("الخصوصية والموقع"));
        assert!(is_text_line("كانت أسئلة المقابلة كالآتي"));
        assert!(!is_text_line("الخطوات التالية"));
        assert!(is_text_line(
            "وصلت الطائرة متأخرة، ولذلك فاتنا موعد الاجتماع الأول"
        ));
        assert!(!is_text_line("ارفع مستوى مجموعتك، ارفع مستوى هداياك"));
        assert!(is_text_line("(صورة أرشيفية)"));
        assert!(is_text_line("صورة أرشيفية لمحطة القطار القديمة"));
        assert!(!is_text_line("صورة المدينة في الأدب"));
        assert!(is_text_line("دبي - وكالات"));
        assert!(is_text_line("مدينة الكويت – خاص"));
        assert!(!is_text_line("الرياض - جدة"));
        assert!(is_text_line("أجرت الحوار: سلمى يوسف"));
        assert!(is_text_line("اقرأ أيضاً: الذهب يتراجع مع صعود الدولار"));
        assert!(!is_text_line("أسعار الذهب (تحديث)"));
        assert!(!is_text_line(
            "أنواع الخدمات: على الموقع، عبر الهاتف، وفي الفروع"
        ));
        assert!(!is_text_line(
            "إعداد الملفات للرفع (Dropbox وDrive وBox، إلخ) خطوة بخطوة"
        ));
        assert!(opens_with_purpose("للتبديل إلى حساب مستخدم آخر"));
        assert!(opens_with_purpose("لتغيير نوع الحساب"));
        assert!(!opens_with_purpose("لماذا نغير الحساب"));
        assert!(!opens_with_purpose("لمحة تاريخية"));
        assert!(!opens_with_purpose("الحساب الجديد"));
    }
}
