//! The weights of the column search: one number for each piece of evidence
//! that a cell ends between two words, for each prior on cell shape and for
//! each test of consistency down a column. The search adds them up; a
//! positive weight speaks for the split, a negative one against it.
//!
//! The values live in `fitted.rs`, written by the fitting program in `fit.rs`
//! (see there for the command), which tunes them on labelled articles.

use std::ops::Index;

/// A named weight of the column search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum W {
    /// What a boundary between two cells of a body row costs before any evidence
    /// for it, so that a row is not cut where nothing says a cell ends.
    BoundaryCost,
    /// Evidence of a sentence end before the boundary (`… والدفاعية. | …`).
    AfterSentence,
    /// A bracketed qualifier after a word belongs to it (`كبيرة (5MB)`,
    /// `الحالة (ساكن/متحرك)`): cells rarely open with a bracket.
    BeforeQualifier,
    /// A closing bracket ends its qualifier and, most often, its cell
    /// (`كبيرة (5MB) | كبيرة`, `نعم (12+ خدمة) | لا`).
    AfterQualifier,
    /// Two Latin words side by side are usually one name (`Local Storage`,
    /// `Web Server`, `Apple Music`).
    LatinPair,
    /// Two Latin words side by side of which one is an identifier from code
    /// (`entity-table`, `itemActions`, `UI:{event}`): identifiers are whole
    /// names, never the parts of one. Takes the place of [`W::LatinPair`].
    CodePair,
    /// Two Latin words side by side in a header that name two compared
    /// things (`Next.js Nuxt.js`): see `latin_names` in `columns.rs`.
    HeaderLatinNames,
    /// A comma before the boundary: cells rarely end in one.
    AfterComma,
    /// A number opens the next cell (`فرنك سويسري | 90 يورو`).
    BeforeNumber,
    /// Two numbers side by side are two cells (`2019 | 2020`).
    NumberNumber,
    /// A number and the word after it are a quantity and its unit (`20 دقيقة`),
    /// and so are a number's scale word and the word after it (`45 ألف
    /// جنيه`). A time of day takes none (`10:15 | متأخرة`).
    NumberUnit,
    /// A quantity with its unit followed by another number starts a new
    /// quantity (`20 دقيقة | 15 دقيقة | 4 أشخاص`, a recipe's time sheet).
    QuantityThenNumber,
    /// A number after a Latin word is part of a name or a version
    /// (`Snapdragon 8 Gen 3`, `Windows 11`), not a new cell; so is a
    /// number after a header word that it names a variant of, as another
    /// number after the same word does (`بنزين 91 | بنزين 95`).
    LatinThenNumber,
    /// A change after a figure, or after a figure and its unit, is no unit:
    /// it opens a value of its own (`11250 | ارتفاع 0.8%`, `12 جنيهاً |
    /// ارتفاع جنيهين`).
    BeforeChange,
    /// A word goes on with the figure that measures it: a change (`ارتفاع
    /// 20 جنيهاً`, `انخفاض 1.2%`), or a measure after its preposition
    /// (`بدقة 200 ميجابكسل`, `بسعة 128 جيجابايت`).
    MeasuredFigure,
    /// A day and its month, or a month and its year, are parts of one date
    /// (`15 أبريل 2024`, `آب 2013`); a day of one or two digits after a
    /// month that has its day opens the next date (`25 أبريل | 30 أكتوبر`).
    /// In a header, a year between words belongs to the name before it
    /// (`الربع الثالث 2025 | الربع الثالث 2024`).
    DateParts,
    /// A year after its month closes a date, a whole value (`3 يناير 2025 |
    /// القاعة الكبرى`); in a header, a year after words closes their name
    /// (`الربع الثالث 2024 | نسبة التغير`).
    DateEnd,
    /// A time of day after its hour closes the time, a whole value
    /// (`10:00 مساءً | أبوظبي الرياضية`), as a sentence end closes a cell;
    /// inside a range [`W::RangeEnd`] takes its place (`من 9 صباحاً | إلى`).
    TimeEnd,
    /// A particle that opens a verb clause (`لن`, `لم`, `قد`, `سوف`) after
    /// a noun: the clause says something of the cell before it
    /// (`العودة إلى الناتج المحلي | لن تتحقق قبل 2031`).
    BeforeVerbClause,
    /// A change of script between Arabic and Latin or code (`map.keys() | مكرر`,
    /// `$& | إدراج`).
    ScriptChange,
    /// An emoji or pictograph opens the next cell (`📍 النطاق`).
    BeforeSymbol,
    /// A construct noun and its definite genitive (`جانب التعاون`).
    Construct,
    /// A definite noun followed by an indefinite word (`الإصدار | بضمانات`).
    DefiniteThenIndefinite,
    /// A definite adjective after a definite noun (`الأثر المتوقع`).
    Adjective,
    /// A word that opens with the preposition لِ, or with بِ before the
    /// article, continues the phrase before it (`الحد الأدنى للفتح`,
    /// `الودائع لأجل`, `التوصيل بالكهرباء`).
    BeforeComplement,
    /// The row's first word coming back opens a parallel cell
    /// (`بطاقات الائتمان | بطاقات الخصم`).
    RepeatedHead,
    /// In a header, two definite nouns side by side are usually two column names
    /// (`الطبق الوصف السعر`).
    HeaderDefinitePair,
    /// In a header, a column name rarely opens with a particle
    /// (`الاجراء في نص الأستبدال` is one name).
    HeaderBeforeParticle,
    /// In a header, two indefinite Arabic words are usually one name in
    /// construct (`سعر صرف`), unless the first closes a phrase with لِ
    /// (`الودائع لأجل | شهادات الادخار`).
    HeaderIndefinitePair,
    /// In a header, a construct noun and its definite genitive are one name
    /// (`إيرادات الأسبوع`): an indefinite noun seldom names a column alone.
    /// Added to [`W::Construct`].
    HeaderConstruct,
    /// A common given name and the word after it, the father's or the
    /// family's name, are one person's name (`خالد منصور`, `سارة عبد
    /// الله`).
    GivenName,
    /// A title's abbreviation opens a person's name, and the cell that
    /// holds it (`ورشة عمل تطبيقية | أ. نورة القحطاني`).
    BeforeTitle,
    /// A word that opens with the conjunction `و` joins the phrase before
    /// it (`العظام والأسنان`, `التعب وتنميل الأطراف`; see `is_coordinated`
    /// in `words.rs`): cells seldom open with one.
    BeforeCoordinated,
    /// The two words stand side by side elsewhere in the article, outside
    /// the table's rows, but only on lines that are not prose (headings,
    /// rows of other tables): one phrase (`Local Storage`, `الانتشار في
    /// السوق`), seldom the end of one cell and the start of the next (see
    /// `phrases.rs`).
    PhraseInArticle,
    /// The two words stand side by side in the article's prose (lines that
    /// end as sentences and clauses do), outside the table's rows. Takes
    /// the place of [`W::PhraseInArticle`]; the two never add up.
    PhraseInProse,
    /// An adverb stays with the words before it (`المدفوعة مقدما`).
    BeforeAdverb,
    /// Two grades side by side are two values (`متوسطة | عالية`, `سهلة |
    /// ممتاز`, `عالية جداً | عالية جداً`): a grade qualifies a noun, never
    /// another grade.
    RatingPair,
    /// A cell whose shape is not its column's dominant shape, or a cell
    /// that is no grade alone in a column of grades alone (`متوسطة`, `عالية
    /// جداً`).
    ShapeMismatch,
    /// A cell whose final punctuation disagrees with its column.
    PunctMismatch,
    /// A figure with words after it, in a column whose other cells hold a
    /// figure alone: the words open the next cell (`22 | غائم جزئياً`
    /// under `العظمى الصغرى الحالة`, not `22 غائم | جزئياً`).
    LoneFigures,
    /// A cell whose value appears in the same column of another row.
    RepeatedValue,
    /// A row label (a body row's first cell) whose value labels another row
    /// too: labels are keys, none of the labelled tables repeats one, so a
    /// repeat says the label was cut short (`High | Cut` beside `High |
    /// Lift`). Takes the place of [`W::RepeatedValue`] there.
    RepeatedLabel,
    /// A number that stands in the same column of another row. Figures
    /// repeat by chance (a row of steps `-1 -2 -3` matches another row
    /// shifted by one cell), so this takes the place of
    /// [`W::RepeatedValue`], for less, in cells that open with a number.
    /// At zero the rounds of split-then-profile settle late on rows of
    /// bare figures: the parse of such runs takes twice as long.
    RepeatedNumber,
    /// Weight of `ln(1 + words)` a cell pays: the sum is smallest when one cell
    /// holds the long text and the others are short names and values, the shape
    /// of the dev corpus tables (labels, figures, one description).
    CellLengthPrior,
    /// What each word after the first costs in a body row's first cell: that
    /// column holds the row labels (a term, a year, a feature name), short in
    /// glossaries, spec sheets, comparisons and numeric tables alike.
    LabelWord,
    /// A row label that ends a statement (`.` or `!`) before the row's other
    /// cells: labels are names, the full stop belongs to a description
    /// (`⏰ مدة المعالجة | من أسبوعين إلى شهر. قد تطول …`). A question mark may
    /// end a label (a question in a FAQ table).
    LabelStatement,
    /// Two neighbouring cells with the same text (`متاح متاح`, `في أي وقت في أي
    /// وقت`): a comparison row whose columns agree.
    IdenticalNeighbours,
    /// A value cell opening with the same word as the value cell before it, in
    /// a comparison row (`من 7 أيام … | من 3 سنوات …`, `يومي أو … | يومي أو …`).
    ParallelNeighbours,
    /// Weight of the difference in log length between neighbouring value cells
    /// of a comparison table (a header with an empty corner, or parallel
    /// column names, see `columns::compares`): the compared
    /// things are described in phrases of like length (`ضمانات أو فحوصات
    /// ائتمانية | حسابات جارية أو حسابات توفير`).
    Unbalanced,
    /// A cell opening with the end of a range begun in the cell before
    /// (`من 7 أيام | إلى 7 سنوات`, `from 2 | to 5`): a range is one value.
    RangeEnd,
    /// A cell whose first word opens the same column in another row
    /// (`في أي وقت` under `في أي وقت، مع …`, `تصل إلى …` under `تصل إلى …`).
    SharedFirstWordDown,
    /// What each column costs per body row when column counts are compared:
    /// the price of explaining a row with one more cell.
    ColumnCost,
}

impl W {
    /// How many weights there are.
    pub(crate) const COUNT: usize = W::ColumnCost as usize + 1;
    /// Every weight, in the order of [`Weights`].
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) const ALL: [W; W::COUNT] = [
        W::BoundaryCost,
        W::AfterSentence,
        W::BeforeQualifier,
        W::AfterQualifier,
        W::LatinPair,
        W::CodePair,
        W::HeaderLatinNames,
        W::AfterComma,
        W::BeforeNumber,
        W::NumberNumber,
        W::NumberUnit,
        W::QuantityThenNumber,
        W::LatinThenNumber,
        W::BeforeChange,
        W::MeasuredFigure,
        W::DateParts,
        W::DateEnd,
        W::TimeEnd,
        W::BeforeVerbClause,
        W::ScriptChange,
        W::BeforeSymbol,
        W::Construct,
        W::DefiniteThenIndefinite,
        W::Adjective,
        W::BeforeComplement,
        W::RepeatedHead,
        W::HeaderDefinitePair,
        W::HeaderBeforeParticle,
        W::HeaderIndefinitePair,
        W::HeaderConstruct,
        W::GivenName,
        W::BeforeTitle,
        W::BeforeCoordinated,
        W::PhraseInArticle,
        W::PhraseInProse,
        W::BeforeAdverb,
        W::RatingPair,
        W::ShapeMismatch,
        W::PunctMismatch,
        W::LoneFigures,
        W::RepeatedValue,
        W::RepeatedLabel,
        W::RepeatedNumber,
        W::CellLengthPrior,
        W::LabelWord,
        W::LabelStatement,
        W::IdenticalNeighbours,
        W::ParallelNeighbours,
        W::Unbalanced,
        W::RangeEnd,
        W::SharedFirstWordDown,
        W::ColumnCost,
    ];
}

/// A value for every [`W`], indexed by it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Weights(pub(crate) [f32; W::COUNT]);

impl Index<W> for Weights {
    type Output = f32;

    #[inline]
    fn index(&self, w: W) -> &f32 {
        &self.0[w as usize]
    }
}
