//! Evidence for a cell boundary between two neighbouring words of a row.

use super::weights::{Weights, W};
use super::words::{
    bare, carries_unit, has_number_separator, has_tanwin, is_any_year, is_clock_time,
    is_coordinated, is_digit_group, is_letter_name, is_numeric_date, is_year, letters,
    names_a_place, Shape, Word,
};
use crate::chars::{
    is_pictograph, ALEF, ALEF_MAKSURA, ALEF_WITH_HAMZA_ABOVE, DASHES, NOON, TEH, YEH,
};
use crate::document::lexicon::NEGATION;

/// The letters an imperfect verb opens with.
const IMPERFECT: [char; 4] = [YEH, TEH, NOON, ALEF_WITH_HAMZA_ABOVE];
/// Nouns that `لا` negates as one phrase (`لا شيء`, `لا بد`).
const NEGATED_NOUNS: &[&str] = &["شيء", "بد", "بأس", "سيما", NEGATION];

/// Two neighbouring words of a row, `a` and `b`, with the words around them.
#[derive(Clone, Copy)]
pub(super) struct Pair<'w, 'a> {
    /// The word before `a`, if any.
    pub(super) before: Option<&'w Word<'a>>,
    pub(super) a: &'w Word<'a>,
    pub(super) b: &'w Word<'a>,
    /// The word after `b`, if any.
    pub(super) after: Option<&'w Word<'a>>,
    /// Whether `a` is the rank that opens a body row of ranked rows (`1
    /// يوسف`): it takes no unit.
    pub(super) a_is_rank: bool,
    /// Whether `before` is that rank: `a`, right after it, is no unit.
    pub(super) before_is_rank: bool,
    /// Whether `b` ends a range opened in the words before it (`من 9
    /// صباحاً | إلى 5 مساءً`): a range is one value.
    pub(super) closes_range: bool,
    /// Whether `a` is a header word that a figure after it names a variant
    /// of, as another figure does after the same word (`بنزين 91 | بنزين
    /// 95`): the figure `b` goes with it.
    pub(super) names_variant: bool,
}

/// Evidence for a cell boundary between the words `a` and `b` of `pair`;
/// `None` when a cell can never end with `a` or open with `b`.
pub(super) fn boundary(wt: &Weights, pair: Pair, head: &str, header: bool) -> Option<f32> {
    let Pair {
        before,
        a,
        b,
        after,
        a_is_rank,
        before_is_rank,
        closes_range,
        names_variant,
    } = pair;
    // A particle governs the word after it, except `لا` given as an answer
    // beside another value (`لا | نعم`, `لا | جزئي`): `لا` negates a verb
    // in the imperfect (`لا يوجد`, `لا ترسل`) and a few nouns (`لا شيء`).
    let answer = a.answer
        && (b.answer
            || b.shape != Shape::Arabic
            || !(b.text.starts_with(IMPERFECT) || NEGATED_NOUNS.contains(&b.text)));
    // A dash joins the words on either side of it (`2 - 1`, `القاهرة –
    // دبي`, `6.8% — أدنى مستوى`); first or last in a row, or between a
    // label and a figure, it stands for an empty value (`550 جنيه | —`,
    // `الحقوق | — | 78.5%`). Another connector always joins (`سعر الإيداع
    // + 0.25%`).
    let joins = |dash: &Word, left: &Word, right: Option<&Word>| {
        let empty_value = |r: &Word| {
            dash.text.starts_with(DASHES) && left.shape == Shape::Arabic && r.shape == Shape::Number
        };
        dash.connector && right.is_some_and(|r| !empty_value(r))
    };
    // A unit sign written apart closes the word before it and no more
    // (`معدل البطالة % | عدد العاطلين`).
    let sign = carries_unit(a.text) && a.text.chars().count() == 1;
    // A lone letter, or a letter and figures, names a kind of the thing
    // before it (`فيتامين أ`, `فيتامين ب12`, `الفئة ج`).
    let letter_name = a.shape == Shape::Arabic && !a.particle && is_letter_name(b.text);
    if (a.particle && !answer)
        || letter_name
        || b.conjunction
        || b.modifier
        || (before.is_some_and(|w| joins(a, w, Some(b))) && !sign)
        || joins(b, a, after)
        || (a.icon && !b.icon)
        || a.abbreviation
        || names_a_place(a, b)
    {
        return None;
    }
    // A header boundary needs no evidence, only the absence of evidence
    // against it: its names are short.
    let mut s = if header { 0.0 } else { wt[W::BoundaryCost] };
    if header && b.particle {
        s += wt[W::HeaderBeforeParticle];
    }
    if b.adverb {
        s += wt[W::BeforeAdverb];
    }
    // A title's abbreviation after a word opens a person's name (`ورشة عمل
    // تطبيقية | أ. نورة القحطاني`); after a figure, `م.` is its era.
    if b.abbreviation && a.shape == Shape::Arabic && !a.abbreviation {
        s += wt[W::BeforeTitle];
    }
    // A preposition with its pronoun completes the word before it (`الغرض
    // منه`, `الموصى به`), unless another follows it: goals for and against
    // (`له | عليه`) are names of their own.
    let completes = b.pronoun_preposition
        && a.shape == Shape::Arabic
        && !a.pronoun_preposition
        && !after.is_some_and(|w| w.pronoun_preposition);
    if b.complement || completes {
        s += wt[W::BeforeComplement];
    }
    // A grade, or a grade and its adverb (`عالية جداً`), closes its value
    // when another grade follows (`متوسطة | عالية جداً | عالية جداً`).
    let grade_before = a.rating || (a.adverb && before.is_some_and(|w| w.rating));
    if grade_before && b.rating && !header {
        s += wt[W::RatingPair];
    }
    if b.shape == Shape::Arabic && is_coordinated(b.text) {
        s += wt[W::BeforeCoordinated];
    }
    // A change after a quantity opens a value of its own (`12 جنيهاً |
    // ارتفاع جنيهين`).
    if b.change && a.shape == Shape::Arabic && before.is_some_and(|w| w.shape == Shape::Number) {
        s += wt[W::BeforeChange];
    }
    // A number written in words is a figure: it opens a quantity and
    // takes the unit after it (`عصير برتقال | نصف كوب`, `الرياضيات | ثلاث
    // ساعات`).
    if b.number_word && a.shape == Shape::Arabic && !a.particle {
        s += wt[W::BeforeNumber];
    }
    if a.number_word && b.shape == Shape::Arabic && !b.definite {
        s += wt[W::NumberUnit];
    }
    if a.sentence_end {
        s += wt[W::AfterSentence];
    } else if b.text.starts_with(['(', '[']) {
        s += wt[W::BeforeQualifier];
    } else if a.text.ends_with([')', ']']) {
        s += wt[W::AfterQualifier];
    }
    let code = |w: &Word| matches!(w.shape, Shape::Latin | Shape::Symbol);
    if (a.identifier || b.identifier) && code(a) && code(b) && !a.comma {
        s += wt[W::CodePair];
    } else if a.shape == Shape::Latin && b.shape == Shape::Latin && !a.comma {
        s += wt[W::LatinPair];
    }
    if a.comma {
        s += wt[W::AfterComma];
    }
    // A time of day closes the time before it (`10:00 مساءً | أبوظبي`),
    // unless a range goes on from it (`من 9 صباحاً إلى 5 مساءً`).
    if closes_range {
        s += wt[W::RangeEnd];
    } else if a.period && before.is_some_and(|w| w.shape == Shape::Number) {
        s += wt[W::TimeEnd];
    }
    match (a.shape, b.shape) {
        (Shape::Number, Shape::Number) => s += wt[W::NumberNumber],
        // A day goes on with its month (`15 أبريل`).
        (Shape::Number, _) if b.month => s += wt[W::DateParts],
        // A year closes its date; the word after it is no unit (`1 شوال
        // 1448 | يوم واحد`, `12 ربيع الأول 1448 | …`).
        (Shape::Number, _)
            if before.is_some_and(|w| w.month || (is_any_year(a.text) && w.month_second)) =>
        {
            s += wt[W::DateEnd]
        }
        // In a header, a year closes the name it qualifies (`الربع الثالث
        // 2024 | نسبة التغير`).
        (Shape::Number, Shape::Arabic)
            if header && is_year(a.text) && before.is_some_and(|w| w.shape == Shape::Arabic) =>
        {
            s += wt[W::DateEnd]
        }
        // A word in capitals longer than a unit's symbol (`MB`, `GHz`) is
        // a name, no unit (`layer 1 | APPLICATION`).
        (Shape::Number, Shape::Latin) if is_capitalised_name(b.text) => {}
        // A figure that carries its own unit sign is whole: the word after
        // `2.6%` is no unit of it.
        (Shape::Number, _) if carries_unit(a.text) => {}
        // A rank takes no unit (`1 | يوسف محمد`).
        (Shape::Number, _) if a_is_rank => {}
        // A change is no unit: it opens a value as a figure does (`11250 |
        // ارتفاع 0.8%`).
        (Shape::Number, _) if b.change => s += wt[W::BeforeChange],
        // A year that opens a row dates it, no quantity: the word after it
        // opens the event (`1902 | تأسيس أول مدرسة`), unless it is an era
        // mark (`1948 م`). A year after a Latin name is its model year and
        // closes it (`Toyota Yaris 2025 | سيدان`).
        (Shape::Number, Shape::Arabic)
            if (before.is_none() || before.is_some_and(|w| w.shape == Shape::Latin))
                && is_year(a.text)
                && b.text.chars().count() > 2 => {}
        // A time of day takes no unit, only its period (`10:15 | متأخرة`,
        // `10:00 مساءً`), and a date none (`05/09/2026 | أمسية شعرية`).
        (Shape::Number, _) if is_clock_time(a.text) && !b.period => {}
        (Shape::Number, _) if is_numeric_date(a.text) => {}
        // `غير` negates what follows it: no unit (`10 | غير محدود`).
        (Shape::Number, _) if b.text == NEGATION => {}
        // A unit is never definite: the word after `4.5` in `4.5 الصيف` is
        // no unit of it.
        (Shape::Number, _) if b.definite => {}
        (Shape::Number, _) => s += wt[W::NumberUnit],
        // A Latin unit after its figure (`16 GB | 699`) closes a quantity:
        // the number after it starts the next.
        (Shape::Latin, Shape::Number)
            if before.is_some_and(|w| w.shape == Shape::Number) && is_latin_unit(a.text) =>
        {
            s += wt[W::BeforeNumber] + wt[W::QuantityThenNumber]
        }
        // A Latin name goes on with its number (`Gen 3`, `iPhone 15`); a
        // code that holds its own digits is whole (`SV1020 | 08:30`), and a
        // measure is no model number (`Pro Max | 6.7 بوصة`).
        (Shape::Latin, Shape::Number)
            if !a.text.contains(|c: char| c.is_ascii_digit()) && !has_number_separator(b.text) =>
        {
            s += wt[W::LatinThenNumber]
        }
        (Shape::Latin, Shape::Number) => s += wt[W::BeforeNumber],
        // A change goes on with the figure that measures it (`ارتفاع 20
        // جنيهاً`), and so does a measure after its preposition (`بدقة 200
        // ميجابكسل`).
        (Shape::Arabic, Shape::Number) if a.change || a.measure => s += wt[W::MeasuredFigure],
        // A brand goes on with its version, as a Latin name does (`أندرويد
        // 15`, `ويندوز 11`).
        (Shape::Arabic, Shape::Number) if a.brand && !is_year(b.text) => {
            s += wt[W::LatinThenNumber]
        }
        // A variant's name goes on with its figure (`بنزين 91 | بنزين 95`).
        (Shape::Arabic, Shape::Number) if names_variant => s += wt[W::LatinThenNumber],
        // A month goes on with its year (`1 مارس 2024`, after the second
        // word of a month named in two: `12 ربيع الأول 1448`), but a month
        // that has its day already is followed by the day of the next date,
        // not by a year (`25 أبريل | 30 أكتوبر`).
        (_, Shape::Number)
            if (a.month || (before.is_some_and(|w| w.month) && a.month_second))
                && !is_clock_time(b.text)
                && !(before.is_some_and(|w| w.shape == Shape::Number)
                    && is_digit_group(b, 1..=2)) =>
        {
            s += wt[W::DateParts]
        }
        // In a header, a year between words qualifies the name before it
        // (`الربع الثالث 2025 | الربع الثالث 2024`).
        (Shape::Arabic, Shape::Number)
            if header && is_year(b.text) && after.is_some_and(|w| w.shape == Shape::Arabic) =>
        {
            s += wt[W::DateParts]
        }
        (_, Shape::Number) => {
            s += wt[W::BeforeNumber];
            // A time of day takes no unit to start a new quantity after
            // (`13:30 متأخرة | 45 دقيقة` is a time and a status).
            if before.is_some_and(|w| w.shape == Shape::Number && !is_clock_time(w.text)) {
                s += wt[W::QuantityThenNumber];
            }
        }
        _ if b.shape == Shape::Symbol && b.text.chars().next().is_some_and(is_pictograph) => {
            s += wt[W::BeforeSymbol]
        }
        _ if (code(a) && b.shape == Shape::Arabic) || (a.shape == Shape::Arabic && code(b)) => {
            s += wt[W::ScriptChange]
        }
        _ => {}
    }
    // A verb clause after a noun says something of it: the noun's cell ends
    // (after a sentence's end, the clause only opens the next sentence).
    if b.clause && a.shape == Shape::Arabic && !a.particle && !a.conjunction && !a.sentence_end {
        s += wt[W::BeforeVerbClause];
    }
    // A given name goes on with the father's or the family's name (`خالد
    // منصور`, `سارة عبد الله`), and a link between names with the name
    // after it (`أبو نوار`). The second name of a person is the last one
    // this can tell: the word after it is as often the next cell's (`خالد
    // منصور | رئيس المجلس`), unless it is a name too, the grandfather's
    // (`أحمد محمود علي`). Nor does a name take a word that opens a
    // construct, a phrase of its own (`د. سمير | جراحة القلب`), unless that
    // word is a name too.
    if a.given_name && b.shape == Shape::Arabic && !b.particle && !b.sentence_end {
        let link = a.name_link;
        let opens_name = !before.is_some_and(|w| w.given_name) || link;
        let opens_construct = !b.definite && after.is_some_and(|w| w.definite);
        if (opens_name || b.given_name) && (b.given_name || link || !opens_construct) {
            s += wt[W::GivenName];
        }
    }
    // A title goes on with the given name after it (`استاد الملك فهد`).
    if a.person_title && b.given_name {
        s += wt[W::GivenName];
    }
    // A scale word goes on with its number's unit (`45 ألف جنيه`).
    if a.scale
        && before.is_some_and(|w| w.shape == Shape::Number)
        && b.shape == Shape::Arabic
        && !b.definite
        && !b.particle
    {
        s += wt[W::NumberUnit];
    }
    // A bracket closes or opens a phrase of its own: no construct or
    // adjective reaches across it (`الثروة (مليار دولار) | المصدر`).
    let bracketed = a.text.ends_with([')', ']']) || b.text.starts_with(['(', '[']);
    // Nor does one reach a preposition with its pronoun, a whole phrase
    // (`له | عليه | النقاط`, goals for and against).
    if a.shape == Shape::Arabic
        && b.shape == Shape::Arabic
        && !bracketed
        && !a.pronoun_preposition
        && !b.pronoun_preposition
    {
        // The month of a date, after its day, heads no construct with the
        // word after it (`14 يونيو | اللغة العربية`, not `يونيو اللغة`).
        let dated_month = a.month && before.is_some_and(|w| w.shape == Shape::Number);
        // A unit after its figure heads none either (`4 أشهر | الخماسي`,
        // `أربعة أشهر | الخماسي`); a year and a row's rank take no unit,
        // and a header's words are names.
        let unit = !header
            && !before_is_rank
            && before.is_some_and(|w| {
                (w.shape == Shape::Number && !is_any_year(w.text)) || w.number_word
            });
        // The elative before an indefinite noun is a superlative, one
        // phrase in a row (`أفضل فيلم | ذاكرة البحر`, `أسرع طريق`); a
        // given name of that shape is no elative (`أحمد | لغة إنجليزية`).
        if is_elative(a.text) && !a.given_name && !b.definite && !b.particle && !header {
            s += wt[W::Construct];
        }
        // A lone letter is an abbreviation, no construct noun (`م | الاسم`,
        // the serial number's column), and a word with tanwin never heads a
        // construct (`ساعات التشغيل يومياً | الاستهلاك الشهري`).
        if !a.definite
            && b.definite
            && !a.place
            && !dated_month
            && !unit
            && !is_letter_name(a.text)
            && !a.sentence_end
            && a.text.chars().nth(1).is_some()
            && !has_tanwin(a.text)
        {
            s += wt[W::Construct];
            if header {
                s += wt[W::HeaderConstruct];
            }
        }
        if a.definite && !b.definite && !b.particle && !b.complement {
            s += wt[W::DefiniteThenIndefinite];
        }
        if qualifies(a, b, header) && a.definite == b.definite && !a.particle {
            s += wt[W::Adjective];
        } else if header && a.definite && b.definite && !b.complement {
            s += wt[W::HeaderDefinitePair];
        }
        // Two places side by side are two names (`ألمانيا | كندا`).
        let places = a.place && b.place;
        // A superlative heads a name of its own (`أمثلة | أفضل استخدام`):
        // the elative `أفعل` before the indefinite noun it is annexed to.
        let superlative = is_elative(b.text)
            && after.is_some_and(|w| w.shape == Shape::Arabic && !w.definite && !w.particle);
        if header
            && !a.definite
            && !b.definite
            && !b.particle
            && !a.complement
            && !places
            && !superlative
        {
            s += wt[W::HeaderIndefinitePair];
        }
        if bare(b.text) == head {
            s += wt[W::RepeatedHead];
        }
    }
    Some(s)
}

/// Whether `t` has the shape of the elative `أفعل` (`أفضل`, `أكثر`,
/// `أسرع`): four letters opening with alef with hamza above. The elative
/// of a doubled root (`أقل`, `أهم`) has three and is not read so.
fn is_elative(t: &str) -> bool {
    t.starts_with(ALEF_WITH_HAMZA_ABOVE) && t.chars().count() == 4
}

/// Whether `b` may be an adjective of the noun `a` by its shape and by
/// agreement: none without a feminine ending qualifies a noun with one
/// (`النسبة | المقاعد`; `الأولى`, `الكبرى` are feminine too). In a
/// `header`, whose names are nouns more often than not, only a sure
/// adjective qualifies the name before it (`الموعد | المكان`), and a
/// feminine one never a masculine noun.
pub(super) fn qualifies(a: &Word, b: &Word, header: bool) -> bool {
    let disagree = a.feminine && !b.feminine && !b.text.ends_with(ALEF_MAKSURA);
    !disagree
        && if header {
            (b.sure_adjective && !(a.masculine && b.feminine)) || second_adjective(a, b)
        } else {
            b.adjective
        }
}

/// Whether `b`, after the feminine adjective `a`, is a second adjective of
/// the same noun: definite, feminine and of the participle's shape `فاعلة`
/// (`الآثار الجانبية الشائعة`). Alone, that shape is as often a noun
/// (`العاصمة`, `الجائزة`); after an adjective that agrees, it qualifies.
fn second_adjective(a: &Word, b: &Word) -> bool {
    if !(a.sure_adjective && a.feminine && b.definite && b.feminine) {
        return false;
    }
    // The stem after the article: a letter, `ا`, two letters and `ة`.
    matches!(letters::<6>(b.text, 2), [Some(_), Some(alef), Some(_), Some(_), Some(_), None] if alef == ALEF)
}

/// Longest unit symbol in capitals (`MB`, `KWH`).
const LONGEST_UNIT: usize = 3;

/// Longest Latin unit symbol in any case (`kcal`).
const LONGEST_LATIN_UNIT: usize = 4;

/// Whether the Latin word `t` may be a unit symbol (`GB`, `mAh`, `GHz`,
/// `kg`): [`LONGEST_LATIN_UNIT`] letters at most and no name in title
/// case (`Gen` in `Snapdragon 8 Gen 3` goes on with its number).
fn is_latin_unit(t: &str) -> bool {
    let mut cs = t.chars();
    let title = cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && t.len() >= 3
        && cs.all(|c| c.is_ascii_lowercase());
    t.len() <= LONGEST_LATIN_UNIT && !title
}

/// Whether `t` is a word in capitals longer than a unit symbol.
fn is_capitalised_name(t: &str) -> bool {
    t.len() > LONGEST_UNIT && t.bytes().all(|b| b.is_ascii_uppercase())
}
