//! Words of a single-space row and what the column search asks about them:
//! shape, article, particles, months, brackets.

use super::phrases::join;
use crate::chars::{
    digit_value, is_answer_mark, is_arabic, is_arabic_letter, is_comma_or_semicolon, is_diacritic,
    is_digit, is_number_separator, is_pictograph, is_sentence_end, ALEF, ALEF_MAKSURA,
    ALEF_WITH_HAMZA_ABOVE, ARABIC_PERCENT, DAMMATAN, FATHATAN, KASRATAN, MEEM, NOON, TEH,
    TEH_MARBUTA, WAW, YEH,
};
use crate::document::lexicon::{
    ADJECTIVES, ADVERBS, BRANDS, CARDINALS, CHANGES, CLAUSE_OPENERS, CONJUNCTIONS, DAY_PERIODS,
    DEFINITE_PREFIXES, ERAS, FRACTIONS, GIVEN_NAMES, IMPERATIVES, MEASURES, MONTHS,
    MONTH_SECOND_WORDS, NAME_LINKS, NISBA_NOUNS, ORDINAL_STEMS, PARTICLES, PERSON_TITLES, PLACES,
    PRONOUN_PREPOSITIONS, RATINGS, SCALES, TIME_UNITS, TWO_WORD_PLACES, WAW_ROOTS,
};
use crate::hash::word as word_hash;
use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    Number,
    Latin,
    Symbol,
    Arabic,
}

impl Shape {
    pub(super) const COUNT: usize = 4;

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// A word and the features the boundary evidence asks about.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'a> {
    pub(super) span: Span,
    pub(super) text: &'a str,
    pub(super) shape: Shape,
    pub(super) definite: bool,
    /// A word that may qualify the noun before it: a nisba (`العربية`), a
    /// participle (`المتقدمة`) or an elative (`الأولى`, `الأدنى`).
    pub(super) adjective: bool,
    /// An adjective that no noun of the same shape could be: a header reads
    /// only these as qualifying the name before them.
    pub(super) sure_adjective: bool,
    /// A definite noun that reads as masculine and singular: no feminine or
    /// plural ending and none of the common shapes of a broken plural
    /// (see [`masculine_singular`]). A feminine adjective never qualifies
    /// it (`الاستخدام | الشعبية`).
    pub(super) masculine: bool,
    /// Ends with teh marbuta: feminine, as an adjective.
    pub(super) feminine: bool,
    /// An identifier from code (`entity-table`, `itemActions`): a whole
    /// name, never part of a longer one (see [`is_identifier`]).
    pub(super) identifier: bool,
    pub(super) particle: bool,
    pub(super) conjunction: bool,
    pub(super) adverb: bool,
    /// A word that only modifies the word before it (`جداً`, `فقط`,
    /// `نسبيًا`, `واحد` after what it counts): it never opens a cell.
    pub(super) modifier: bool,
    /// A lone punctuation mark between words (`/`, `+`, `-`, `=`): it joins
    /// its neighbours, so no cell starts or ends with it.
    pub(super) connector: bool,
    /// Opens with the preposition لِ (`للفتح`, `لأجل`), or with بِ before
    /// the article (`بالكهرباء`): a phrase that completes the noun before it.
    pub(super) complement: bool,
    /// Ends with `.` or `!` (not a question mark): a statement.
    pub(super) statement: bool,
    /// A month name (`مارس`, `آذار`, `March`).
    pub(super) month: bool,
    /// A time of day (`مساءً`, `PM`): after an hour, it closes the time.
    pub(super) period: bool,
    /// Nothing but pictographs (`📍`, `⏱️`): an icon that labels the words
    /// after it, so no cell ends with it unless an icon follows. A yes-or-no
    /// mark (`✔`, `❌`) is an answer instead.
    pub(super) icon: bool,
    pub(super) sentence_end: bool,
    pub(super) comma: bool,
    /// A scale word of a number (`ألف`, `مليون`, `مليار`).
    pub(super) scale: bool,
    /// A letter and a full stop, a title's abbreviation (`د.`, `م.`): it
    /// belongs to the name after it.
    pub(super) abbreviation: bool,
    /// A particle that opens a verb clause (`لن`, `لم`, `قد`, `سوف`), or a
    /// verb in the imperative (`احذف`, `أعد`).
    pub(super) clause: bool,
    /// A common given name, or a word that links a name to the next (`عبد`,
    /// `بن`): the next word goes on with the person's name.
    pub(super) given_name: bool,
    /// A word that links a name to the next (`عبد`, `بن`, `أبو`).
    pub(super) name_link: bool,
    /// A preposition with its pronoun (`له`, `عليه`): a whole phrase.
    pub(super) pronoun_preposition: bool,
    /// The second word of a month named in two (`الأول` in `ربيع الأول`,
    /// `الحجة` in `ذو الحجة`).
    pub(super) month_second: bool,
    /// A yes or a no (`نعم`, `لا`, `✔`, `✘`): a whole value in a comparison
    /// table.
    pub(super) answer: bool,
    /// A country or a city named without the article (`مصر`, `بريطانيا`),
    /// or a product or company written in Arabic letters (`ويندوز`,
    /// `سامسونج`): a proper name, which heads no construct.
    pub(super) place: bool,
    /// A number written in words, a fraction (`نصف`, `ربع`) or a cardinal
    /// (`ثلاث`, `خمسة`): a figure.
    pub(super) number_word: bool,
    /// A grade given as a value (`عالية`, `ممتاز`, see [`RATINGS`]).
    pub(super) rating: bool,
    /// A measure after its preposition (`بدقة`, `بسعة`, see [`MEASURES`]).
    pub(super) measure: bool,
    /// A product or company written in Arabic letters (`أندرويد`, see
    /// [`BRANDS`]): a figure after it is its version (`أندرويد 15`).
    pub(super) brand: bool,
    /// A title written before a person's given name (`الملك`, `الشيخ`, see
    /// [`PERSON_TITLES`]).
    pub(super) person_title: bool,
    /// A change, as a figure measures it: a verbal noun of a derived form
    /// without the article (`ارتفاع`, `انخفاض`, see [`names_a_change`]) or
    /// a word of [`CHANGES`] (`تراجع`, `زيادة`).
    pub(super) change: bool,
    /// A hash of the word's text, so that cells are compared without
    /// hashing strings again.
    pub(super) hash: u64,
}

/// Words that only modify the word before them, compared without their
/// tanwin: adverbs (`جداً`, `فقط`) and the number one after what it counts
/// (`موقع واحد`, `حبة واحدة`).
pub(super) const MODIFIERS: &[&str] = &[
    "جدا",
    "نسبيا",
    "تقريبا",
    "فقط",
    "أيضا",
    "ايضا",
    "واحد",
    "واحدة",
];

/// The answers of a comparison table's cells.
const ANSWERS: &[&str] = &["نعم", "لا"];

/// Whether `t` is a yes-or-no mark (`✔`, `✘`, `✅`, `❌`, see
/// [`is_answer_mark`]), with its emoji selector if any.
fn is_answer_word(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some_and(is_answer_mark) && cs.all(|c| c == '\u{FE0F}')
}

/// Longest entry of [`MONTHS`], in bytes (`September`, `نوفمبر`).
pub(super) const LONGEST_MONTH: usize = 12;

/// Longest entry of [`PARTICLES`] and [`CONJUNCTIONS`], in bytes (`الذين`):
/// longer words are not looked up.
pub(super) const LONGEST_PARTICLE: usize = 10;
/// Longest entry of [`ADVERBS`] with a tanwin, in bytes (`أسبوعياً`).
pub(super) const LONGEST_ADVERB: usize = 16;
/// Longest entry of [`GIVEN_NAMES`], in bytes (`عبدالرحمن`).
pub(super) const LONGEST_GIVEN_NAME: usize = 18;
/// Longest entry of [`BRANDS`], in bytes (`مايكروسوفت`).
pub(super) const LONGEST_BRAND: usize = 20;

/// The words of `text[span]`, split on spaces and tabs.
pub(super) fn split_words(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    for_each_word(&text[span], |a, b| {
        out.push(Span::new(span.start + a, span.start + b))
    });
    out
}

/// Calls `f` with the byte range of every word of `s`: the runs of bytes
/// between spaces and tabs (as the line pass counts words).
///
/// The separators are found eight bytes at a time. For each separator
/// byte `c`, `x = v ^ c…c` is zero in the bytes of `v` that hold `c`; the
/// sum `(x & 0x7F…) + 0x7F…` sets the high bit of every byte of `x` whose
/// low seven bits are not all zero, with no carry across bytes, and `| x`
/// adds those whose high bit was set: what is left clear marks the
/// separators.
pub(super) fn for_each_word(s: &str, mut f: impl FnMut(usize, usize)) {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |x: u64| !(((x & LOW) + LOW) | x) & HIGH;
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut emit = |end: usize, start: &mut usize| {
        if end > *start {
            f(*start, end);
        }
        *start = end + 1;
    };
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[at..at + 8]);
        let v = u64::from_le_bytes(chunk);
        let mut separators =
            zero_bytes(v ^ 0x2020_2020_2020_2020) | zero_bytes(v ^ 0x0909_0909_0909_0909);
        while separators != 0 {
            emit(at + separators.trailing_zeros() as usize / 8, &mut start);
            separators &= separators - 1;
        }
        at += 8;
    }
    for (i, &b) in bytes.iter().enumerate().skip(at) {
        if b == b' ' || b == b'\t' {
            emit(i, &mut start);
        }
    }
    emit(bytes.len(), &mut start);
}

/// The shape of a word by its first character (brackets and quotes do not
/// change what a word is).
pub(super) fn shape(t: &str) -> Shape {
    // Most words open with an Arabic letter, whose lead byte (U+0600 to
    // U+06FF) says so: no bracket to skip. Arabic-Indic digits share it.
    let arabic_lead = t
        .as_bytes()
        .first()
        .is_some_and(|b| (0xD8..=0xDB).contains(b));
    if arabic_lead
        && t.chars()
            .next()
            .is_some_and(|c| !is_digit(c) && is_arabic(c))
    {
        // The conjunction before a Latin word leaves it Latin
        // (`MySQL وPostgreSQL`).
        let latin_after_wa = t
            .strip_prefix(WAW)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()));
        return if latin_after_wa {
            Shape::Latin
        } else {
            Shape::Arabic
        };
    }
    let core = t.trim_start_matches(['(', '[', '{', '"', '\'', '«', '“', '”', '`', '<']);
    let mut cs = core.chars();
    let first = cs.next().unwrap_or(' ');
    let digit_next = cs.next().is_some_and(is_digit);
    if is_digit(first) || (matches!(first, '$' | '€' | '£' | '+' | '-' | '−' | '~') && digit_next)
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
    }
}

/// Whether the Arabic word `t` opens with the article (`الصيف`, `بالكهرباء`)
/// and has letters after it.
pub(super) fn has_article(t: &str) -> bool {
    DEFINITE_PREFIXES
        .iter()
        .any(|p| t.starts_with(p) && t.len() > p.len() + 2)
}

/// Whether the definite word `t` reads as a masculine singular noun: it
/// ends in none of `ة`, `ات`, `اء`, `ى`, and its stem after the article
/// (without diacritics) has four letters or more and none of the shapes
/// of the common broken plurals, which take a feminine adjective (`الدول
/// العربية`): `أفعال` (`الأسواق`), `فعال` (`الرجال`), `فعول` (`الدروس`),
/// `مفاعل`, `فواعل` and `فعائل` (`المشاكل`), `مفاعيل` (`المشاريع`). What
/// is left is mostly verbal nouns and nouns of one thing (`الاستخدام`,
/// `المكون`).
fn masculine_singular(t: &str) -> bool {
    if t.ends_with(TEH_MARBUTA)
        || t.ends_with(ALEF_MAKSURA)
        || t.ends_with("ات")
        || t.ends_with("اء")
    {
        return false;
    }
    let Some(rest) = DEFINITE_PREFIXES.iter().find_map(|p| t.strip_prefix(p)) else {
        return false;
    };
    let mut stem = ['\0'; 8];
    let mut n = 0;
    for c in rest.chars().filter(|&c| !is_diacritic(c)) {
        if n == stem.len() {
            return true;
        }
        stem[n] = c;
        n += 1;
    }
    let at = |i: usize, c: char| stem[i] == c;
    let plural = match n {
        // `فعول`, but not a participle (`مفعل`: `المكون`).
        4 => at(2, ALEF) || (at(2, WAW) && !at(0, MEEM)),
        5 => (at(0, ALEF_WITH_HAMZA_ABOVE) && at(3, ALEF)) || at(2, ALEF),
        6 => at(2, ALEF) && at(4, YEH),
        _ => false,
    };
    n >= 4 && !plural
}

/// Whether `t` is an identifier from code: a lower-case word joined by a
/// hyphen or an underscore (`entity-table`, `user_id`, but not the English
/// compound `File-based`), letters joined by a colon (`UI:{event}`), or a
/// word that opens with two lower-case letters and has a capital inside
/// (`itemActions`, but not `iOS` or `iPhone`: a name's capital comes
/// second).
fn is_identifier(t: &str) -> bool {
    let b = t.as_bytes();
    let lower = b.first().is_some_and(u8::is_ascii_lowercase);
    let joined = b.windows(3).any(|w| {
        w[0].is_ascii_alphanumeric()
            && match w[1] {
                b'-' | b'_' => lower,
                b':' => true,
                _ => false,
            }
            && (w[2].is_ascii_alphabetic() || w[2] == b'{')
    });
    let camel = lower
        && b.get(1).is_some_and(u8::is_ascii_lowercase)
        && b.iter().skip(2).any(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphanumeric);
    joined || camel
}

/// Whether `s` holds a figure: a digit, Latin or Arabic-Indic.
pub(crate) fn holds_figure(s: &str) -> bool {
    s.chars().any(is_digit)
}

/// Whether `s` opens with a figure.
pub(crate) fn opens_with_figure(s: &str) -> bool {
    s.starts_with(is_digit)
}

/// The `N` letters of `t` after its first `skip` (`None` past its end):
/// the pattern a word's shape is read from.
pub(super) fn letters<const N: usize>(t: &str, skip: usize) -> [Option<char>; N] {
    let mut cs = t.chars().skip(skip);
    std::array::from_fn(|_| cs.next())
}

/// The first six letters of the definite word `t` after `الم`: the
/// pattern its stem is cut to.
fn after_alm(t: &str) -> [Option<char>; 6] {
    letters(t, 3)
}

/// Whether the definite word `t` that opens with `الم` has a shape only a
/// broken plural has, never a participle: `مفاعيل` (`المشاريع`,
/// `المعايير`) or a plural ending in `ايا` (`المزايا`, `المرايا`). Such a
/// word names things; it qualifies no noun before it.
fn is_broken_plural(t: &str) -> bool {
    t.ends_with("ايا")
        || matches!(after_alm(t), [Some(_), Some(a), Some(_), Some(y), Some(_), None] if a == ALEF && y == YEH)
}

/// Whether the definite word `t` has the shape of an active participle of
/// the third form, `الم` + a letter + `ا` + two letters (`المنافس`,
/// `المشارك`, `المساعد`), most often a noun of the one who does it.
fn is_agent_noun_shape(t: &str) -> bool {
    matches!(after_alm(t), [Some(_), Some(a), Some(_), Some(_), None, _] if a == ALEF)
}

/// Fewest letters of an indefinite nisba (`عربي`).
const MIN_NISBA: usize = 4;
/// Fewest letters of a definite nisba, the article included (`الطبي`).
const MIN_DEFINITE_NISBA: usize = 5;

/// Whether the word `t` has the shape of a verbal noun of the seventh,
/// eighth or tenth form: `انفعال` (`انخفاض`, `انكماش`), `افتعال`
/// (`ارتفاع`, `اختبار`) or `استفعال` (`استقرار`). After a figure such a
/// word is no unit of it but the change it goes with (`11250 | ارتفاع
/// 0.8%`); the word before a figure that measures it (`ارتفاع 20 جنيهاً`).
/// The sixth form, `تفاعل` (`تراجع`), shares its shape with broken plurals
/// that count things (`5 تجارب`) and is left out.
pub(super) fn names_a_change(t: &str) -> bool {
    // Each of the three shapes opens with alef: most words are ruled out
    // by their first letter.
    if !t.starts_with(ALEF) {
        return false;
    }
    match letters::<8>(t, 0) {
        [Some(first), Some(second), Some(third), _, Some(fifth), Some(_), None, _] => {
            first == ALEF && fifth == ALEF && (second == NOON || third == TEH)
        }
        [_, _, _, _, _, Some(sixth), Some(_), None] => t.starts_with("است") && sixth == ALEF,
        _ => false,
    }
}

/// Whether `w` is a group of digits alone, as many as `len` allows (`280`
/// in `1 280`; `30`, a day, with `1..=2`).
pub(super) fn is_digit_group(w: &Word, len: std::ops::RangeInclusive<usize>) -> bool {
    w.shape == Shape::Number
        && w.text.chars().all(is_digit)
        && len.contains(&w.text.chars().count())
}

pub(super) fn word<'a>(text: &'a str, span: Span) -> Word<'a> {
    let t = &text[span];
    let shape = shape(t);
    let mut bare_buf = [0u8; LONGEST_ADVERB];
    let bare_adverb = (shape == Shape::Arabic && t.len() <= LONGEST_ADVERB)
        .then(|| without_tanwin(t, &mut bare_buf))
        .flatten();
    let definite = shape == Shape::Arabic && has_article(t);
    let chars = t.chars().count();
    // A nisba ends with `ي` or `ية`, unless it is a noun of that shape
    // (`الكمية`, `الجنسية`, `الأولوية`), and after two letters at least:
    // `الحي`, the article and one letter before `ي`, is a noun (the
    // quarter), no adjective.
    let least = if definite {
        MIN_DEFINITE_NISBA
    } else {
        MIN_NISBA
    };
    let nisba = chars >= least && (t.ends_with(YEH) || (t.ends_with("ية") && !is_nisba_noun(t)));
    let participle = definite
        && t.starts_with("الم")
        && chars >= 6
        && !t.ends_with("ات")
        && !is_broken_plural(t);
    // The elative and its feminine, `أفعل` and `فعلى` (`الأدنى`, `الأولى`,
    // `الكبرى`): six letters with the article, ending with alef maksura
    // and not opening as a participle does (`المبنى`, `المعنى`).
    let elative = definite && chars == 6 && t.ends_with(ALEF_MAKSURA) && !t.starts_with("الم");
    let listed_adjective = definite && is_listed_adjective(t);
    let adjective = shape == Shape::Arabic && (nisba || participle || elative || listed_adjective);
    // The stem after the article, without a feminine ending: five letters
    // or more is a participle of a derived form (`المتقدمة`, `المدعوم`);
    // four are as often a noun of place or time (`المكان`, `الموعد`,
    // `المدينة`).
    let stem = chars.saturating_sub(2 + usize::from(t.ends_with(TEH_MARBUTA)));
    let sure_adjective = shape == Shape::Arabic
        && (nisba || (participle && stem >= 5 && !is_agent_noun_shape(t)) || listed_adjective);
    let last = t.chars().next_back().unwrap_or(' ');
    let connector = chars <= 2
        && t.chars()
            .all(|c| c.is_ascii_punctuation() || matches!(c, '–' | '—' | '×'))
        && !t.starts_with('$');
    let abbreviation = is_abbreviation(t);
    let answer_mark = is_answer_word(t);
    let hash = word_hash(t.as_bytes());
    let (listed, adverbial) = lists_of(t, hash, bare_adverb);
    let complement = shape == Shape::Arabic
        && ((chars >= 4 && (t.starts_with("لل") || t.starts_with("لأ") || t.starts_with("لإ")))
            || (chars >= 6 && t.starts_with("بال")));
    Word {
        span,
        text: t,
        shape,
        definite,
        adjective,
        sure_adjective,
        masculine: definite && masculine_singular(t),
        feminine: shape == Shape::Arabic && t.ends_with(TEH_MARBUTA),
        identifier: matches!(shape, Shape::Latin | Shape::Symbol) && is_identifier(t),
        particle: listed & PARTICLE != 0,
        conjunction: listed & CONJUNCTION != 0,
        adverb: adverbial & ADVERB != 0,
        modifier: adverbial & MODIFIER != 0,
        connector,
        complement,
        month: listed & MONTH != 0,
        period: adverbial & PERIOD != 0,
        icon: !answer_mark
            && t.chars()
                .all(|c| is_pictograph(c) || matches!(c, '\u{FE0F}' | '\u{200D}')),
        statement: matches!(last, '.' | '!') && !t.ends_with("..") && !abbreviation,
        sentence_end: ends_sentence(t),
        comma: is_comma_or_semicolon(last),
        answer: answer_mark || ANSWERS.contains(&t),
        scale: listed & SCALE != 0,
        abbreviation,
        clause: listed & CLAUSE != 0,
        given_name: listed & (GIVEN_NAME | NAME_LINK) != 0,
        name_link: listed & NAME_LINK != 0,
        pronoun_preposition: listed & PRONOUN_PREPOSITION != 0,
        month_second: listed & MONTH_SECOND != 0,
        place: listed & PLACE != 0,
        number_word: listed & NUMBER_WORD != 0,
        rating: listed & RATING != 0,
        person_title: listed & PERSON_TITLE != 0,
        measure: listed & MEASURE != 0,
        brand: listed & BRAND != 0,
        change: listed & CHANGE != 0 || (shape == Shape::Arabic && !definite && names_a_change(t)),
        hash,
    }
}

/// The pairs of [`TWO_WORD_PLACES`], as the hashes of their two words
/// joined (see [`join`]), sorted.
static PLACE_PAIRS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
    let mut pairs: Vec<u64> = TWO_WORD_PLACES
        .iter()
        .map(|(a, b)| join(word_hash(a.as_bytes()), word_hash(b.as_bytes())))
        .collect();
    pairs.sort_unstable();
    pairs
});

/// Whether the words `a` and `b` name a place together (`الولايات
/// المتحدة`).
pub(super) fn names_a_place(a: &Word, b: &Word) -> bool {
    a.shape == Shape::Arabic
        && b.shape == Shape::Arabic
        && PLACE_PAIRS.binary_search(&join(a.hash, b.hash)).is_ok()
}

/// A word of [`PARTICLES`].
const PARTICLE: u32 = 1;
/// A word of [`CONJUNCTIONS`].
const CONJUNCTION: u32 = 2;
/// A word of [`MONTHS`].
const MONTH: u32 = 4;
/// A word of [`ADVERBS`].
const ADVERB: u32 = 8;
/// A word of [`MODIFIERS`].
const MODIFIER: u32 = 16;
/// A word of [`DAY_PERIODS`].
const PERIOD: u32 = 32;
/// A word of [`SCALES`].
const SCALE: u32 = 64;
/// A word of [`CLAUSE_OPENERS`] or [`IMPERATIVES`].
const CLAUSE: u32 = 128;
/// A word of [`GIVEN_NAMES`].
const GIVEN_NAME: u32 = 256;
/// A word of [`NAME_LINKS`].
const NAME_LINK: u32 = 512;
/// A word of [`PRONOUN_PREPOSITIONS`].
const PRONOUN_PREPOSITION: u32 = 1024;
/// A word of [`MONTH_SECOND_WORDS`].
const MONTH_SECOND: u32 = 2048;
/// A word of [`NISBA_NOUNS`].
const NISBA_NOUN: u32 = 4096;
/// A word of [`ERAS`].
const ERA: u32 = 8192;
/// A word of [`PLACES`] or [`BRANDS`].
const PLACE: u32 = 16384;
/// A word of [`FRACTIONS`] or [`CARDINALS`].
const NUMBER_WORD: u32 = 32768;
/// A word of [`RATINGS`].
const RATING: u32 = 65536;
/// A word of [`WAW_ROOTS`].
const WAW_ROOT: u32 = 131072;
/// A word of [`CHANGES`].
const CHANGE: u32 = 262144;
/// A word of [`PERSON_TITLES`].
const PERSON_TITLE: u32 = 524288;
/// A word of [`MEASURES`].
const MEASURE: u32 = 1048576;
/// A word of [`BRANDS`].
const BRAND: u32 = 2097152;
/// A word of [`ADJECTIVES`], looked up by its stem (see
/// [`is_listed_adjective`]).
const ADJECTIVE: u32 = 4194304;

/// Every word of the lists a word is looked up in, in lower case, with the
/// flags of the lists that hold it, in an open-addressed table indexed by
/// the hash of its text: a word is looked up once by the hash it has
/// anyway, not compared with each entry of each list.
static LISTED: once_cell::sync::Lazy<Listed> = once_cell::sync::Lazy::new(|| {
    let lists: [(&[&str], u32); 25] = [
        (PARTICLES, PARTICLE),
        (CONJUNCTIONS, CONJUNCTION),
        (MONTHS, MONTH),
        (ADVERBS, ADVERB),
        (MODIFIERS, MODIFIER),
        (DAY_PERIODS, PERIOD),
        (SCALES, SCALE),
        (CLAUSE_OPENERS, CLAUSE),
        (IMPERATIVES, CLAUSE),
        (GIVEN_NAMES, GIVEN_NAME),
        (NAME_LINKS, NAME_LINK),
        (PRONOUN_PREPOSITIONS, PRONOUN_PREPOSITION),
        (MONTH_SECOND_WORDS, MONTH_SECOND),
        (NISBA_NOUNS, NISBA_NOUN),
        (ERAS, ERA),
        (PLACES, PLACE),
        (BRANDS, PLACE | BRAND),
        (FRACTIONS, NUMBER_WORD),
        (CARDINALS, NUMBER_WORD),
        (RATINGS, RATING),
        (WAW_ROOTS, WAW_ROOT),
        (CHANGES, CHANGE),
        (PERSON_TITLES, PERSON_TITLE),
        (MEASURES, MEASURE),
        (ADJECTIVES, ADJECTIVE),
    ];
    // Each word once, with the flags of every list that holds it.
    let mut words: Vec<(String, u32)> = lists
        .iter()
        .flat_map(|&(list, flag)| list.iter().map(move |w| (w.to_ascii_lowercase(), flag)))
        .collect();
    words.sort_unstable();
    let mut all: Vec<(u64, u32, String)> = Vec::with_capacity(words.len());
    for (word, flag) in words {
        match all.last_mut() {
            Some(e) if e.2 == word => e.1 |= flag,
            _ => all.push((word_hash(word.as_bytes()), flag, word)),
        }
    }
    Listed::new(all)
});

/// An open-addressed hash table of listed words: at most one slot in
/// [`LISTED_LOAD`] is taken, so a lookup probes a slot or two.
struct Listed {
    slots: Vec<Option<(u64, u32, String)>>,
}

/// Slots of [`Listed`] per entry, at least.
const LISTED_LOAD: usize = 4;

impl Listed {
    fn new(entries: Vec<(u64, u32, String)>) -> Self {
        let size = (entries.len() * LISTED_LOAD).next_power_of_two();
        let mut slots = vec![None; size];
        for e in entries {
            let mut i = Listed::home(e.0, size);
            while slots[i].is_some() {
                i = (i + 1) & (size - 1);
            }
            slots[i] = Some(e);
        }
        Listed { slots }
    }

    fn home(hash: u64, size: usize) -> usize {
        // The hash's high bits mix best: a multiply carries every bit up.
        (hash >> 40) as usize & (size - 1)
    }

    /// The flags of `t` (compared without ASCII case), whose lower-case
    /// text hashes to `hash`; 0 when no list holds it.
    fn get(&self, t: &str, hash: u64) -> u32 {
        let size = self.slots.len();
        let mut i = Listed::home(hash, size);
        while let Some((h, flags, text)) = &self.slots[i] {
            if *h == hash && text.eq_ignore_ascii_case(t) {
                return *flags;
            }
            i = (i + 1) & (size - 1);
        }
        0
    }
}

/// The flags of the lists that hold `t` (compared without ASCII case),
/// whose text hashes to `hash`; `t` is at most [`LONGEST_LISTED`] bytes.
fn listed(t: &str, hash: u64) -> u32 {
    LISTED.get(t, hash)
}

/// Longest entry of the lists [`listed`] looks words up in, in bytes: a
/// longer word is in none of them.
const LONGEST_LISTED: usize = {
    let mut most = LONGEST_ADVERB;
    if LONGEST_PARTICLE > most {
        most = LONGEST_PARTICLE;
    }
    if LONGEST_MONTH > most {
        most = LONGEST_MONTH;
    }
    if LONGEST_GIVEN_NAME > most {
        most = LONGEST_GIVEN_NAME;
    }
    if LONGEST_BRAND > most {
        most = LONGEST_BRAND;
    }
    most
};

/// The flags of the lists that hold `t` (at most [`LONGEST_LISTED`]
/// bytes), compared without ASCII case: its lower-case form is hashed when
/// it has capitals (`March`), or else `hash`, its own hash, is used.
fn listed_folded(t: &str, hash: u64) -> u32 {
    if t.bytes().any(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; LONGEST_LISTED];
        let lower = &mut buf[..t.len()];
        lower.copy_from_slice(t.as_bytes());
        lower.make_ascii_lowercase();
        listed(t, word_hash(lower))
    } else {
        listed(t, hash)
    }
}

/// Whether a list of `flags` holds `t`, compared without ASCII case.
fn listed_as(t: &str, flags: u32) -> bool {
    t.len() <= LONGEST_LISTED && listed_folded(t, word_hash(t.as_bytes())) & flags != 0
}

/// The flags of the lists that hold `t`, compared without ASCII case, and
/// of those that hold its form without tanwin `bare` (adverbs, modifiers,
/// times of day), given the hash of `t`.
fn lists_of(t: &str, hash: u64, bare: Option<&str>) -> (u32, u32) {
    if t.len() > LONGEST_LISTED {
        return (0, 0);
    }
    let flags = listed_folded(t, hash);
    // Each list is asked about the form it is looked up by: the adverbs and
    // modifiers by its bare form, the times of day by either (`PM`,
    // `مساءً`), every other list by the word.
    let by_word = flags
        & (PARTICLE
            | CONJUNCTION
            | MONTH
            | SCALE
            | CLAUSE
            | GIVEN_NAME
            | NAME_LINK
            | PRONOUN_PREPOSITION
            | MONTH_SECOND
            | PLACE
            | NUMBER_WORD
            | RATING
            | CHANGE
            | PERSON_TITLE
            | MEASURE
            | BRAND);
    let by_bare = match bare {
        Some(b) if b == t => flags,
        Some(b) => listed(b, word_hash(b.as_bytes())),
        None => 0,
    } & (ADVERB | MODIFIER | PERIOD);
    (by_word, by_bare | (flags & PERIOD))
}

/// `t` without the tanwin of its final alef, written after the alef (`جداً`)
/// or before it (`جدًا`), so that adverbs are looked up once (`جدا`). The
/// second spelling is copied into `buf`, which `t` fits in.
pub(super) fn without_tanwin<'b>(t: &'b str, buf: &'b mut [u8; LONGEST_ADVERB]) -> Option<&'b str> {
    match t.strip_suffix(ALEF).and_then(|s| s.strip_suffix(FATHATAN)) {
        Some(stem) => {
            let n = stem.len();
            buf[..n].copy_from_slice(stem.as_bytes());
            let end = n + ALEF.encode_utf8(&mut buf[n..]).len();
            std::str::from_utf8(&buf[..end]).ok()
        }
        None => Some(t.trim_end_matches(FATHATAN)),
    }
}

/// Whether `t` ends with a tanwin, on its last letter or, for the
/// accusative, around its final alef (`يومياً`, `يوميًا`, `كتابٌ`): an
/// indefinite word, which never heads a construct.
pub(super) fn has_tanwin(t: &str) -> bool {
    t.ends_with([FATHATAN, DAMMATAN, KASRATAN])
        || t.strip_suffix(ALEF).is_some_and(|s| s.ends_with(FATHATAN))
}

/// The rank of `w` as a unit of time, seconds 0 to years 6 (`دقيقة`,
/// `أيام`, `يوماً`), looked up only where a duration may stand.
pub(super) fn time_unit(w: &Word) -> Option<u8> {
    if w.shape != Shape::Arabic || w.text.len() > LONGEST_ADVERB {
        return None;
    }
    let mut buf = [0u8; LONGEST_ADVERB];
    let bare = without_tanwin(w.text, &mut buf)?;
    TIME_UNITS.iter().find(|u| u.0 == bare).map(|u| u.1)
}

/// Signs that close a figure as its unit: percent, per mille, degree and
/// the currency signs written after the amount.
const UNIT_SIGNS: [char; 7] = ['%', ARABIC_PERCENT, '‰', '°', '$', '€', '£'];

/// Whether the figure `t` carries its unit sign (`2.6%`, `120$`): no word
/// after it is its unit.
pub(super) fn carries_unit(t: &str) -> bool {
    t.ends_with(UNIT_SIGNS)
}

/// Whether `t` is an Arabic letter alone, or followed by figures, used as
/// a name (`أ`, `ج`, `ب12`), not the conjunction `و`.
pub(super) fn is_letter_name(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some_and(|c| is_arabic_letter(c) && c != WAW) && cs.all(is_digit)
}

/// Whether the Arabic word `t` opens with the conjunction `و`: `و` and
/// three letters or more, in a word whose root does not open with `و`
/// (`والأسنان`, `ونصف`, `وتنميل`; not `وزارة` or `والد`, see
/// [`WAW_ROOTS`]): it joins the phrase before it. In the labelled tables
/// no cell opens with such a word.
pub(super) fn is_coordinated(t: &str) -> bool {
    t.strip_prefix(WAW)
        .is_some_and(|rest| rest.chars().nth(2).is_some())
        && !listed_as(t, WAW_ROOT)
}

/// Whether `t` is a grade (`عالية`, `ممتاز`, see [`RATINGS`]) or an
/// answer (`نعم`, `لا`, `✔`): a value from a closed set.
pub(super) fn is_closed_value(t: &str) -> bool {
    listed_as(t, RATING) || ANSWERS.contains(&t) || is_answer_word(t)
}

/// Whether `t` is a scale word of a number written in words (`ألف`,
/// `مليون`).
pub(super) fn is_scale(t: &str) -> bool {
    listed_as(t, SCALE)
}

/// Whether `t` is one of the common [`GIVEN_NAMES`] (`خالد`, `سارة`).
pub(super) fn is_given_name(t: &str) -> bool {
    listed_as(t, GIVEN_NAME)
}

/// Whether `t`, with or without its article, is a noun of [`NISBA_NOUNS`]
/// (`الكمية`, `كمية`).
pub(super) fn is_nisba_noun(t: &str) -> bool {
    let noun = t.strip_prefix("ال").unwrap_or(t);
    listed_as(noun, NISBA_NOUN)
}

/// Whether the cell `t` is a date or a year alone: a figure of four digits
/// at most, then figures, months and era marks (`789 م`, `30 مارس 1912
/// م`, `12 ربيع الأول`) and perhaps a bracketed word (`808 م (تقريباً)`);
/// a date in figures (`05/09/2026`) or a time of day (`10:30`).
pub(super) fn is_date_cell(t: &str) -> bool {
    // Most cells open with a word: they are turned away at their first
    // letter, before any lookup (runs of short lines ask this of every
    // first cell, once per header tried).
    if !t.starts_with(is_digit) {
        return false;
    }
    if is_numeric_date(t) || is_clock_time(t) {
        return true;
    }
    let mut words = t.split(' ');
    words.next().is_some_and(|w| whole_number(w, 4).is_some())
        && words.all(|w| {
            whole_number(w, 4).is_some()
                || (w.starts_with('(') && w.ends_with(')'))
                || listed_as(w, MONTH | MONTH_SECOND | ERA)
        })
}

/// `t` without its article and its feminine ending (`السابقة` → `سابق`).
fn adjective_stem(t: &str) -> &str {
    let stem = t.strip_prefix("ال").unwrap_or(t);
    stem.strip_suffix(TEH_MARBUTA).unwrap_or(stem)
}

/// The rank an ordinal adjective says, masculine or feminine, with or
/// without the article (`الأول`, `الأولى`, `الثانية`, `ثالث`): 1 to 10.
pub(super) fn ordinal_rank(t: &str) -> Option<u32> {
    let stem = adjective_stem(t);
    ordinal_of_stem(stem.strip_suffix(ALEF_MAKSURA).unwrap_or(stem))
}

/// The rank of an ordinal's stem (`ثالث` → 3).
fn ordinal_of_stem(stem: &str) -> Option<u32> {
    ORDINAL_STEMS
        .iter()
        .position(|o| o.contains(&stem))
        .map(|i| i as u32 + 1)
}

/// Whether the definite word `t` is one of the common [`ADJECTIVES`] or an
/// ordinal, masculine or feminine (`الجديد`, `السابقة`, `الثالثة`).
fn is_listed_adjective(t: &str) -> bool {
    let stem = adjective_stem(t);
    // Looked up by the stem's hash: the stems hold no capital to fold.
    listed(stem, word_hash(stem.as_bytes())) & ADJECTIVE != 0 || ordinal_of_stem(stem).is_some()
}

/// Whether the word or cell `t` ends a sentence: a final `.`, `!`, `?` or
/// `؟`, but no ellipsis (`...`, the text goes on) and no title's
/// abbreviation (`د.`).
pub(super) fn ends_sentence(t: &str) -> bool {
    t.chars().next_back().is_some_and(is_sentence_end) && !t.ends_with("...") && !is_abbreviation(t)
}

/// Whether `t` is an Arabic letter and a full stop, the abbreviation of a
/// title or a word (`د.` for a doctor, `م.` for an engineer): no sentence
/// ends with it.
fn is_abbreviation(t: &str) -> bool {
    let mut cs = t.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if is_arabic(c))
}

/// The value of `t` when it is a whole number of at most `most` digits,
/// Western or Arabic-Indic (`12`, `١٢`), and how many digits it has.
pub(super) fn whole_number(t: &str, most: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut digits = 0;
    for c in t.chars() {
        value = value * 10 + u32::from(digit_value(c)?);
        digits += 1;
        if digits > most {
            return None;
        }
    }
    (digits > 0).then_some((value, digits))
}

/// Whether `t` is a year: four digits, from 1900 to 2099 (`2025`, `٢٠٢٥`).
pub(super) fn is_year(t: &str) -> bool {
    whole_number(t, 4).is_some_and(|(y, digits)| digits == 4 && (1900..2100).contains(&y))
}

/// Whether `t` is a year of either calendar: four digits (`2025`, `1448`).
pub(super) fn is_any_year(t: &str) -> bool {
    whole_number(t, 4).is_some_and(|(_, digits)| digits == 4)
}

/// Whether `t` is a time of day: one or two digits, a colon, two digits
/// (`10:15`, `8:30`, `١٠:١٥`).
pub(super) fn is_clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    whole_number(h, 2).is_some() && whole_number(m, 2).is_some_and(|(_, digits)| digits == 2)
}

/// Whether `t` is a date written in figures: a day, a month and a year
/// joined by `/` or `-`, either way round (`05/09/2026`, `2026-09-05`,
/// `٥/٩/٢٠٢٦`).
pub(super) fn is_numeric_date(t: &str) -> bool {
    let Some(sep) = t.chars().find(|&c| c == '/' || c == '-') else {
        return false;
    };
    let mut parts = t.split(sep);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let short = |p: &str| whole_number(p, 2).is_some();
    (short(a) && short(b) && is_year(c)) || (is_year(a) && short(b) && short(c))
}

/// Whether `t` has digits joined by a number separator (`6.7`, `1,280`,
/// `٣٫٥`): a measure or an amount, not a whole count.
pub(super) fn has_number_separator(t: &str) -> bool {
    let mut chars = t.chars().peekable();
    let mut after_digit = false;
    while let Some(c) = chars.next() {
        if is_number_separator(c) && after_digit && chars.peek().is_some_and(|&n| is_digit(n)) {
            return true;
        }
        after_digit = is_digit(c);
    }
    false
}

/// The word with its definite prefix removed, to compare head nouns.
pub(super) fn bare(w: &str) -> &str {
    w.strip_prefix("ال").unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_by_the_shape_of_a_derived_verbal_noun() {
        for t in ["ارتفاع", "انخفاض", "استقرار", "انكماش"] {
            assert!(names_a_change(t), "{t}");
        }
        for t in [
            "جنيهاً",
            "دولار",
            "ساعات",
            "أسعار",
            "الارتفاع",
            "تجارب",
            "استاد",
        ] {
            assert!(!names_a_change(t), "{t}");
        }
    }

    #[test]
    fn shapes_by_the_first_character() {
        for (t, want) in [
            ("الصيف", Shape::Arabic),
            ("،", Shape::Arabic),
            ("٢٠٢٥", Shape::Number),
            ("۱۴۰۳", Shape::Number),
            ("2025", Shape::Number),
            ("$99", Shape::Number),
            ("(الثاني)", Shape::Arabic),
            ("«كتاب»", Shape::Arabic),
            ("Storage", Shape::Latin),
            ("وPostgreSQL", Shape::Latin),
            ("وجفاف", Shape::Arabic),
            ("Ünïcode", Shape::Latin),
            ("📍", Shape::Symbol),
            ("—", Shape::Symbol),
        ] {
            assert_eq!(shape(t), want, "{t}");
        }
    }

    #[test]
    fn words_that_open_with_the_conjunction_wa() {
        for t in ["والأسنان", "ونصف", "وجفاف", "وتنميل", "وأهدافك"] {
            assert!(is_coordinated(t), "{t}");
        }
        for t in ["وزارة", "وقت", "والد", "وجبة", "وال", "ولا", "جفاف"] {
            assert!(!is_coordinated(t), "{t}");
        }
        // Every listed root is found, whatever its length.
        for t in WAW_ROOTS {
            assert!(!is_coordinated(t), "{t}");
        }
    }

    #[test]
    fn third_form_shapes_are_no_sure_adjectives() {
        let sure = |t: &str| word(t, Span::new(0, t.len())).sure_adjective;
        for t in ["المنافس", "المشارك", "المناطق"] {
            assert!(is_agent_noun_shape(t) && !sure(t), "{t}");
        }
        for t in ["المتقدمة", "المدعوم", "المستخدمة"] {
            assert!(!is_agent_noun_shape(t) && sure(t), "{t}");
        }
    }

    #[test]
    fn broken_plurals_are_no_participles() {
        let adjective = |t: &str| word(t, Span::new(0, t.len())).adjective;
        for t in ["المزايا", "المرايا", "المشاريع", "المعايير"] {
            assert!(is_broken_plural(t) && !adjective(t), "{t}");
        }
        for t in ["المتقدمة", "المدعوم", "المشارك", "المستخدمين"] {
            assert!(!is_broken_plural(t) && adjective(t), "{t}");
        }
    }

    #[test]
    fn years_clock_times_and_ranks_in_either_digits() {
        assert!(is_year("2025") && is_year("٢٠٢٥") && is_year("1999"));
        assert!(!is_year("2150") && !is_year("202") && !is_year("20255") && !is_year("20a5"));
        assert!(is_clock_time("10:15") && is_clock_time("8:30") && is_clock_time("١٠:١٥"));
        assert!(!is_clock_time("10:5") && !is_clock_time("123:45") && !is_clock_time(":30"));
        assert_eq!(whole_number("١٢", 3), Some((12, 2)));
        assert_eq!(whole_number("1234", 3), None);
        assert_eq!(whole_number("", 3), None);
    }

    #[test]
    fn a_year_with_any_era_mark_is_a_date_cell() {
        for era in ERAS {
            assert!(is_date_cell(&format!("789 {era}")), "{era}");
        }
        assert!(is_date_cell("30 مارس 1912 م (تقريباً)"));
        assert!(is_date_cell("30 March 1912"));
        assert!(!is_date_cell("789 سنة"));
        assert!(!is_date_cell("م 789"));
    }

    #[test]
    fn ordinal_ranks_in_either_gender() {
        assert_eq!(ordinal_rank("الأولى"), Some(1));
        assert_eq!(ordinal_rank("الأول"), Some(1));
        assert_eq!(ordinal_rank("الثانية"), Some(2));
        assert_eq!(ordinal_rank("ثالث"), Some(3));
        assert_eq!(ordinal_rank("العاشرة"), Some(10));
        assert_eq!(ordinal_rank("الأولوية"), None);
        assert_eq!(ordinal_rank("المرحلة"), None);
    }

    #[test]
    fn dates_in_figures_either_way_round() {
        assert!(is_numeric_date("05/09/2026") && is_numeric_date("2026-09-05"));
        assert!(is_numeric_date("٥/٩/٢٠٢٦") && is_numeric_date("5-9-2026"));
        assert!(!is_numeric_date("05/09") && !is_numeric_date("1/2/3") && !is_numeric_date("2026"));
        assert!(!is_numeric_date("05/09-2026") && !is_numeric_date("10:15"));
    }

    #[test]
    fn an_ellipsis_or_a_title_ends_no_sentence() {
        assert!(ends_sentence("الطب.") && ends_sentence("لماذا؟"));
        assert!(!ends_sentence("د.") && !ends_sentence("وغيرها...") && !ends_sentence("الطب"));
    }

    #[test]
    fn times_of_day_with_and_without_tanwin() {
        let period = |t: &str| word(t, Span::new(0, t.len())).period;
        assert!(period("مساءً"));
        assert!(period("مساء"));
        assert!(period("صباحاً"));
        assert!(period("PM"));
        assert!(!period("مسار"));
        assert!(!period("الصباح"));
    }

    #[test]
    fn identifiers_and_names() {
        for t in [
            "entity-table",
            "user_id",
            "itemActions",
            "UI:{event}",
            "onChange",
        ] {
            assert!(is_identifier(t), "{t}");
        }
        for t in ["File-based", "iPhone", "iOS", "Apple", "Local", "x", "S24"] {
            assert!(!is_identifier(t), "{t}");
        }
    }

    #[test]
    fn masculine_singular_nouns_and_broken_plurals() {
        for noun in ["الاستخدام", "المكوّن", "البرنامج", "والتطبيق"]
        {
            assert!(masculine_singular(noun), "{noun}");
        }
        // Feminine, sound plural, broken plurals, a stem too short to tell,
        // and no article.
        for noun in [
            "الشركة",
            "المعلومات",
            "الأسواق",
            "الرجال",
            "الدروس",
            "المشاكل",
            "المشاريع",
            "الدول",
            "استخدام",
        ] {
            assert!(!masculine_singular(noun), "{noun}");
        }
    }

    #[test]
    fn words_are_found_eight_bytes_at_a_time_and_in_the_tail() {
        let s = "abcdefg hijklmnopq  r\ts tuvwxyz0123 x";
        let mut got = Vec::new();
        for_each_word(s, |a, b| got.push(&s[a..b]));
        assert_eq!(got, ["abcdefg", "hijklmnopq", "r", "s", "tuvwxyz0123", "x"]);
        // High bytes (Arabic letters) hold no space.
        let mut arabic = Vec::new();
        for_each_word("كلمة أخرى", |a, b| arabic.push(b - a));
        assert_eq!(arabic, [8, 8]);
        // Spans point into the text.
        let text = "  قبل الجدول";
        let spans = split_words(text, Span::new(2, text.len()));
        assert_eq!(spans, [Span::new(2, 8), Span::new(9, text.len())]);
    }
}
