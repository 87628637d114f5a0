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
//! cell ends. [`infer`] first takes the column count `k` from the header,
//! cut wherever nothing speaks against a boundary (and never more than the
//! shortest row has words). A larger count wins when the rows split into
//! that many cells make value columns that agree down the table: every
//! cell after the first short and not ended by a comma, and the column
//! either of one non-Arabic shape (numbers, Latin names, symbols) or with
//! half its values repeated (`نعم`, `لا`, `غير محدود`). Each larger count is
//! tried, the largest first, with the best split of each row and with each
//! row peeled from its end into the shortest values the evidence allows
//! (the label keeps the rest): a header that glues two names (`Flacbox
//! Free Flacbox Premium`) does not hide the columns its rows show.
//! In a header, Latin words side by side name compared things
//! (`Next.js Nuxt.js`) unless a lower-case word or a word that comes back
//! binds them into one name (`Local Storage Session Storage`); the larger
//! counts are then tried from the count that reads them as one name.
//! Otherwise `k` is kept when every body row can be split into `k` cells;
//! failing that, every other count the rows allow is tried and the
//! best-scoring one kept, each column paying `W::ColumnCost` per body row. For a given `k` it chooses for each row the split into `k` cells
//! that scores best. A split scores the sum of the following, each weight a
//! named entry of `W` (`weights.rs`) whose value is in `fitted.rs`:
//!
//! * **Boundary evidence** between the last word of a cell and the first of
//!   the next. Every boundary costs `W::BoundaryCost`; it is earned back by a
//!   sentence end or a closing bracket before it (`كبيرة (5MB) | صغيرة`), a number after a word or two numbers side by
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
//!   (`Snapdragon 8 Gen | 3`), a bracketed qualifier split from the word
//!   before it (`كبيرة | (5MB)`), or two Latin words split apart (`Local |
//!   Storage`); a year that closes a date earns it back. A cell never ends
//!   in a particle that needs a complement (`في`, `من`, `of`, …; `لا` may
//!   when it is an answer beside another, `لا | نعم`), never opens with an
//!   adverb that modifies the word before it (`جداً`, `فقط`), nor ends inside
//!   brackets or quotes, never opens with a conjunction, and a lone `/`,
//!   `+`, `×` or `-` joins its neighbours.
//! * **Figures** are whole: digits in groups of three (`1 280 كغ`, and in a
//!   row that holds a figure more than most rows, `1 920 1933`), a duration
//!   in two units (`2 ساعة 15 دقيقة`), a unit of time after its number; a
//!   figure with its unit sign (`2.6%`) takes no unit after it, and a
//!   decimal after a Latin name is no model number (`Pro Max | 6.7`).
//! * **Pairs the article writes.** Two words that stand side by side
//!   elsewhere in the article (`Local Storage`, `الانتشار في السوق`) are
//!   most often one phrase in a row too: a boundary between them pays
//!   `W::PhraseInProse` when the article's prose writes the pair, and
//!   `W::PhraseInArticle` when only its other lines do (headings, rows of
//!   other tables). The table's own rows are not counted (see
//!   `phrases.rs`).
//! * **Header names**: only a sure adjective (a nisba, or a participle stem
//!   of five letters) qualifies the name before it (`الموعد | المكان`), and
//!   names that open with the same word are cut before it comes back
//!   (`السعر الشهري | السعر السنوي`).
//! * **Cell shape priors.** Each cell pays `ln(1 + words)`, so one long cell
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
//!
//! # Modules
//!
//! `delimited` cuts rows on separators; `words` reads each word's features;
//! `phrases` counts the article's pairs of neighbouring words;
//! `evidence` scores a boundary between two words; `columns` runs the
//! search; `weights` names every weight and `fitted` holds their values;
//! `fit` (tests only) is the program that fits and reports them.

mod columns;
mod delimited;
mod evidence;
#[cfg(test)]
mod fit;
mod fitted;
mod phrases;
mod weights;
mod words;

pub(crate) use columns::{
    columns_agree, empty_cells, foreign_tail, infer, names_compared, tears_construct, MAX_ROW_WORDS,
};
pub(crate) use delimited::{is_rule_cell, split_delimited, trimmed, Separator};
pub(crate) use phrases::{Phrases, REACH};
pub(crate) use words::{holds_figure, opens_with_figure};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lexicon::{
        ADVERBS, BRANDS, CARDINALS, CHANGES, CLAUSE_OPENERS, CONJUNCTIONS, FRACTIONS, GIVEN_NAMES,
        IMPERATIVES, MEASURES, MONTHS, MONTH_SECOND_WORDS, NAME_LINKS, NISBA_NOUNS, PARTICLES,
        PERSON_TITLES, PLACES, PRONOUN_PREPOSITIONS, RATINGS,
    };
    use crate::document::lines::lines;
    use words::*;

    /// The cells of `text`, every line a row.
    fn table(text: &str) -> Vec<Vec<&str>> {
        table_in(text, 0..lines(text).len())
    }

    #[test]
    fn figures_with_units_beside_a_column_of_definite_words() {
        // Six columns: a price in digit groups with its currency, a
        // duration, two bare figures, and a season. The season after `4.5`
        // is a value of its own, no unit of the figure.
        let t = "الوجهة السعر المدة المقاعد التقييم الموسم\n\
                 القاهرة 1 280 دولار 59 يوماً 12 4.5 الصيف\n\
                 عمان 980 دولار 30 يوماً 8 4.1 الشتاء\n\
                 دبي 2 450 دولار 14 يوماً 20 4.8 الربيع\n\
                 تونس 1 050 دولار 45 يوماً 9 4.0 الصيف\n\
                 مسقط 890 دولار 10 يوماً 18 3.9 الربيع";
        let got = table(t);
        assert_eq!(
            got[0],
            ["الوجهة", "السعر", "المدة", "المقاعد", "التقييم", "الموسم"]
        );
        assert_eq!(
            got[1],
            ["القاهرة", "1 280 دولار", "59 يوماً", "12", "4.5", "الصيف"]
        );
        assert_eq!(
            got[2],
            ["عمان", "980 دولار", "30 يوماً", "8", "4.1", "الشتاء"]
        );
    }

    #[test]
    fn figures_in_steps_that_match_another_row_shifted() {
        // Gains of a tone control in ten bands. Cut after `High`, the
        // figures of `High Cut` would move one cell on and stand where
        // `Small Room` has the same ones (`-1 -2 -3`). Equal figures in a
        // column are chance, and no two rows share a label.
        let t = "Mode 31 63 125 250 500 1k 2k 4k 8k 16k\n\
                 Flat 0 0 0 0 0 0 0 0 0 0\n\
                 Bright -1 0 0 0 +1 +2 +2 +3 +3 +4\n\
                 Small Room +5 +4 +3 +2 +1 0 -1 -2 -3 -4\n\
                 Voice -2 -1 0 +2 +3 +3 +2 +1 0 -1\n\
                 High Lift 0 0 0 0 0 +1 +2 +3 +4 +5\n\
                 High Cut 0 0 0 0 0 -1 -2 -3 -4 -5\n\
                 Night +2 +2 +1 0 -1 -2 0 +1 +1 +2";
        let got = table(t);
        assert_eq!(got[0].len(), 11);
        assert_eq!(
            got[6],
            ["High Cut", "0", "0", "0", "0", "0", "-1", "-2", "-3", "-4", "-5"]
        );
        assert_eq!(got[3][0], "Small Room");
    }

    #[test]
    fn a_feminine_adjective_does_not_qualify_a_masculine_name() {
        // `الشعبية` is feminine and `الاستخدام` masculine: two names, not a
        // noun and its adjective as in `الواجهات التفاعلية`.
        let t = "الأداة الاستخدام الشعبية\n\
                 React الواجهات التفاعلية عالية جداً\n\
                 Django الخوادم والمواقع الكبيرة متوسطة\n\
                 Laravel مواقع المتاجر متوسطة\n\
                 Flutter تطبيقات الهاتف عالية";
        let got = table(t);
        assert_eq!(got[0], ["الأداة", "الاستخدام", "الشعبية"]);
        assert_eq!(got[1], ["React", "الواجهات التفاعلية", "عالية جداً"]);
    }

    #[test]
    fn an_elative_qualifies_the_noun_before_it() {
        // `الأولى` qualifies `اللغة الأجنبية` as `الأجنبية` does `اللغة`:
        // one subject, not a subject and a column of its own.
        let t = "اليوم التاريخ المادة\n\
                 الأحد 14 يونيو اللغة العربية\n\
                 الثلاثاء 16 يونيو اللغة الأجنبية الأولى\n\
                 الخميس 18 يونيو الرياضيات\n\
                 الأحد 21 يونيو الفيزياء";
        let got = table(t);
        assert_eq!(got[2], ["الثلاثاء", "16 يونيو", "اللغة الأجنبية الأولى"]);
    }

    #[test]
    fn digit_groups_make_as_many_values_as_the_header_names() {
        // Read one by one, the digit groups would make four figures a row;
        // the header names a label and two prices, so they are numbers
        // written in groups of three.
        let t = "العيار سعر البيع سعر الشراء\n\
                 عيار 24 4 120 4 125\n\
                 عيار 21 3 605 3 580\n\
                 عيار 18 3 115 3 085\n\
                 الجنيه الذهب 28 840 28 640";
        let got = table(t);
        assert_eq!(got[0], ["العيار", "سعر البيع", "سعر الشراء"]);
        assert_eq!(got[1], ["عيار 24", "4 120", "4 125"]);
        assert_eq!(got[4], ["الجنيه الذهب", "28 840", "28 640"]);
    }

    #[test]
    fn a_time_of_day_closes_its_time() {
        // `مساءً` ends the kick-off time; the channel's number belongs to
        // its name (`بي إن سبورت 1`), not to a column of its own.
        let t = "المباراة التوقيت القناة\n\
                 ريال مدريد ضد برشلونة 10:00 مساءً بي إن سبورت 1\n\
                 مانشستر سيتي ضد ليفربول 6:30 مساءً بي إن سبورت 2\n\
                 بايرن ميونخ ضد دورتموند 7:30 مساءً أبوظبي الرياضية\n\
                 يوفنتوس ضد إنتر ميلان 9:45 مساءً بي إن سبورت 3";
        let got = table(t);
        assert_eq!(
            got[1],
            ["ريال مدريد ضد برشلونة", "10:00 مساءً", "بي إن سبورت 1"]
        );
        assert_eq!(
            got[3],
            ["بايرن ميونخ ضد دورتموند", "7:30 مساءً", "أبوظبي الرياضية"]
        );
    }

    #[test]
    fn a_clock_time_takes_no_unit() {
        // The word after `10:15` is the flight's status, not a unit of the
        // time, and no new quantity starts after it.
        let t = "رقم الرحلة الوجهة موعد الإقلاع الحالة\n\
                 MS985 نيويورك 10:15 متأخرة ساعتين\n\
                 MS777 لندن 11:40 في الموعد\n\
                 SV302 الرياض 12:05 ملغاة\n\
                 EK928 دبي 13:30 متأخرة 45 دقيقة";
        let got = table(t);
        assert_eq!(got[0], ["رقم الرحلة", "الوجهة", "موعد الإقلاع", "الحالة"]);
        assert_eq!(got[1], ["MS985", "نيويورك", "10:15", "متأخرة ساعتين"]);
        assert_eq!(got[4], ["EK928", "دبي", "13:30", "متأخرة 45 دقيقة"]);
    }

    #[test]
    fn a_scale_word_keeps_the_unit_with_its_number() {
        // `ألف جنيه` is the unit of `45`: the repeated `جنيه` is no column
        // of its own, and the header keeps `التغير السنوي` whole.
        let t = "المنطقة متوسط سعر المتر التغير السنوي\n\
                 التجمع الخامس 45 ألف جنيه 28%\n\
                 مدينة الشروق 32 ألف جنيه 31%\n\
                 مدينة بدر 21 ألف جنيه 35%\n\
                 العاصمة الإدارية 52 ألف جنيه 22%";
        let got = table(t);
        assert_eq!(got[0], ["المنطقة", "متوسط سعر المتر", "التغير السنوي"]);
        assert_eq!(got[1], ["التجمع الخامس", "45 ألف جنيه", "28%"]);
    }

    #[test]
    fn a_year_closes_the_header_name_it_qualifies() {
        // Two quarters named with their years, and amounts whose units
        // (`ريال`, `مليار ريال`) stay with their figures.
        let t = "البند الربع الثالث 2025 الربع الثالث 2024 نسبة التغير\n\
                 الإيرادات 4.2 مليار ريال 3.8 مليار ريال +10.5%\n\
                 صافي الربح 910 مليون ريال 812 مليون ريال +12.1%\n\
                 ربحية السهم 1.82 ريال 1.62 ريال +12.3%\n\
                 المصاريف التشغيلية 2.1 مليار ريال 2.2 مليار ريال -4.5%";
        let got = table(t);
        assert_eq!(
            got[0],
            [
                "البند",
                "الربع الثالث 2025",
                "الربع الثالث 2024",
                "نسبة التغير"
            ]
        );
        assert_eq!(
            got[1],
            ["الإيرادات", "4.2 مليار ريال", "3.8 مليار ريال", "+10.5%"]
        );
        assert_eq!(got[3], ["ربحية السهم", "1.82 ريال", "1.62 ريال", "+12.3%"]);
    }

    #[test]
    fn a_verb_clause_ends_the_label_before_it() {
        // `لن` opens a clause that says something of the label: the label's
        // cell ends before it, not after its first word.
        let t = "المؤشر القيمة\n\
                 نمو الناتج المحلي 3.4% (مقابل 2.1% في العام السابق)\n\
                 الدين العام 89% من الناتج المحلي\n\
                 الاحتياطي الأجنبي 41.3 مليار دولار\n\
                 عودة التضخم إلى المستهدف لن تتحقق قبل نهاية 2027 وفق تقديرات البنك";
        let got = table(t);
        assert_eq!(
            got[4],
            [
                "عودة التضخم إلى المستهدف",
                "لن تتحقق قبل نهاية 2027 وفق تقديرات البنك"
            ]
        );
    }

    #[test]
    fn a_common_adjective_qualifies_the_header_name_before_it() {
        // `الجديد` and `السابق` have no nisba or participle shape, but they
        // are adjectives: three column names, not five.
        let t = "الوزارة الوزير الجديد المنصب السابق\n\
                 وزارة المالية أحمد عبد الرحمن نائب محافظ البنك المركزي\n\
                 وزارة النقل خالد منصور رئيس هيئة الطرق\n\
                 وزارة الثقافة ليلى إبراهيم مديرة دار الأوبرا";
        let got = table(t);
        assert_eq!(got[0], ["الوزارة", "الوزير الجديد", "المنصب السابق"]);
        assert_eq!(
            got[1],
            [
                "وزارة المالية",
                "أحمد عبد الرحمن",
                "نائب محافظ البنك المركزي"
            ]
        );
    }

    #[test]
    fn a_rank_takes_no_unit() {
        // Rows that open with 1, 2, 3 open with ranks: the name after a
        // rank is no unit of it.
        let t = "الترتيب الاسم المدرسة المجموع\n\
                 1 يوسف محمد علي مدرسة المتفوقين بعين شمس 99.8%\n\
                 2 مريم أحمد حسن مدرسة الشهيد عبد المنعم رياض 99.7%\n\
                 3 عمر خالد سعيد مدرسة النيل الدولية 99.6%";
        let got = table(t);
        let ranks: Vec<&str> = got[1..].iter().map(|r| r[0]).collect();
        assert_eq!(ranks, ["1", "2", "3"]);
    }

    #[test]
    fn a_multiplication_sign_joins_its_neighbours() {
        // `×` joins what stands on either side of it, as `-` and `/` do:
        // `المجموعات × التكرارات` is one column, `4 × 10` one value.
        let t = "التمرين المجموعات × التكرارات الراحة\n\
                 القرفصاء 4 × 10 90 ثانية\n\
                 الضغط 3 × 12 60 ثانية\n\
                 العقلة 3 × 8 90 ثانية";
        let got = table(t);
        assert_eq!(got[0], ["التمرين", "المجموعات × التكرارات", "الراحة"]);
        assert_eq!(got[1], ["القرفصاء", "4 × 10", "90 ثانية"]);
    }

    #[test]
    fn a_preposition_with_its_pronoun_completes_the_word_before_it() {
        // `منه` and `عليه` complete the name before them (`الغرض منه`,
        // `طريقة الحصول عليه`); two side by side (`له عليه`) stay apart.
        let t = "المستند الغرض منه طريقة الحصول عليه\n\
                 جواز السفر إثبات الهوية تجديده قبل السفر\n\
                 الشهادة إثبات المؤهل توثيقها من الوزارة\n\
                 الصورة الشخصية ملف الطلب خلفية بيضاء";
        let got = table(t);
        assert_eq!(got[0], ["المستند", "الغرض منه", "طريقة الحصول عليه"]);
    }

    #[test]
    fn a_noun_that_ends_as_a_nisba_names_a_column_of_its_own() {
        // `الكمية` ends as `العربية` does, but it is a noun, no adjective
        // of `الطبق`: the header has three names.
        let t = "الطبق الكمية السعرات\n\
                 شوربة عدس كوب 180 سعرة\n\
                 سمبوسة جبن حبة واحدة 80 سعرة\n\
                 سلطة فتوش صحن متوسط 160 سعرة";
        let got = table(t);
        assert_eq!(got[0], ["الطبق", "الكمية", "السعرات"]);
    }

    #[test]
    fn a_word_of_approximation_opens_its_figure_cell() {
        // `حوالي` and `قرابة` say how near a figure is: they stand with the
        // figure after them, never last in the cell before it.
        let t = "الموديل استهلاك الوقود الضمان\n\
                 السيارة الصغيرة حوالي 22 كم/لتر 3 سنوات\n\
                 السيارة العائلية قرابة 15 كم/لتر 5 سنوات\n\
                 السيارة الرياضية حوالي 9 كم/لتر 2 سنة";
        let got = table(t);
        assert_eq!(got[1], ["السيارة الصغيرة", "حوالي 22 كم/لتر", "3 سنوات"]);
        assert_eq!(got[2][1], "قرابة 15 كم/لتر");
    }

    #[test]
    fn a_given_name_goes_on_with_the_next_name() {
        // A person's name is a given name and the father's or the family's:
        // the cell ends after the second name, not after the first.
        let t = "الاسم المنصب\n\
                 خالد منصور رئيس مجلس الإدارة\n\
                 سارة عبد الله نائب الرئيس\n\
                 ريم حسين عضو\n\
                 فيصل ناصر أمين السر";
        let got = table(t);
        let names: Vec<&str> = got[1..].iter().map(|r| r[0]).collect();
        assert_eq!(
            names,
            ["خالد منصور", "سارة عبد الله", "ريم حسين", "فيصل ناصر"]
        );
        let t = "المرشح القائمة الأصوات\n\
                 طارق محمود التغيير 12450\n\
                 أحمد سمير المستقبل 9870\n\
                 هند مصطفى البناء 7310";
        let got = table(t);
        assert_eq!(got[1], ["طارق محمود", "التغيير", "12450"]);
    }

    #[test]
    fn a_serial_number_column_and_a_grandfather_name() {
        // `م` heads the serial numbers: a lone letter is no construct noun.
        // A given name after the father's is the grandfather's.
        let t = "م الاسم التخصص المدرسة\n\
                 1 أحمد محمود علي رياضيات مدرسة النصر الإعدادية\n\
                 2 سارة يوسف أحمد لغة إنجليزية مدرسة النور الابتدائية\n\
                 3 خالد منصور فيزياء مدرسة الفتح الثانوية";
        let got = table(t);
        assert_eq!(got[0], ["م", "الاسم", "التخصص", "المدرسة"]);
        assert_eq!(
            got[1],
            ["1", "أحمد محمود علي", "رياضيات", "مدرسة النصر الإعدادية"]
        );
        assert_eq!(got[2][1], "سارة يوسف أحمد");
    }

    #[test]
    fn a_name_link_takes_the_next_word_whatever_follows() {
        // `أبو نوار` is one name although a definite word follows it; a
        // listed given name goes on with a definite family name.
        let t = "الفيلم المخرج البلد\n\
                 وجدة هيفاء المنصور السعودية\n\
                 كفرناحوم نادين لبكي لبنان\n\
                 ذيب أبو نوار الأردن";
        let got = table(t);
        assert_eq!(got[1], ["وجدة", "هيفاء المنصور", "السعودية"]);
        assert_eq!(got[3], ["ذيب", "أبو نوار", "الأردن"]);
    }

    #[test]
    fn a_construct_is_one_header_name() {
        // `إيرادات الأسبوع` is a construct; `الإجمالي` names a column alone.
        let t = "الفيلم إيرادات الأسبوع الإجمالي\n\
                 بيت العيلة 12.4 مليون جنيه 27.9 مليون جنيه\n\
                 الحارس الأخير 8.1 مليون جنيه 15.3 مليون جنيه\n\
                 ليلة العيد 3.2 مليون جنيه 19.8 مليون جنيه";
        assert_eq!(table(t)[0], ["الفيلم", "إيرادات الأسبوع", "الإجمالي"]);
    }

    #[test]
    fn words_after_a_figure_leave_a_column_of_figures_alone() {
        // The other rows hold a figure alone under `الصغرى`: the words after
        // `22` describe the weather, no unit of it.
        let t = "المدينة العظمى الصغرى الحالة\n\
                 القاهرة 24 15 مشمس\n\
                 الرياض 28 14 صحو\n\
                 دبي 30 22 غائم جزئياً\n\
                 بيروت 19 13 ممطر\n\
                 الدار البيضاء 21 12 رياح نشطة";
        let got = table(t);
        assert_eq!(got[3], ["دبي", "30", "22", "غائم جزئياً"]);
        assert_eq!(got[5], ["الدار البيضاء", "21", "12", "رياح نشطة"]);
    }

    #[test]
    fn names_that_open_alike_far_apart_hold_other_names_between() {
        // `الترتيب` opens the first and the last name; the two names between
        // them are names of their own, not words of the first.
        let t = "الترتيب العربي الجامعة الدولة الترتيب العالمي\n\
                 1 جامعة قطر قطر 224\n\
                 2 جامعة القاهرة مصر 350\n\
                 3 جامعة الكويت الكويت 410";
        assert_eq!(
            table(t)[0],
            ["الترتيب العربي", "الجامعة", "الدولة", "الترتيب العالمي"]
        );
    }

    #[test]
    fn names_that_close_alike_are_cut_after_the_word_that_comes_back() {
        let t = "الصنف أقل سعر أعلى سعر\n\
                 الطماطم 6 9\n\
                 البطاطس 8 11\n\
                 البصل 10 14";
        assert_eq!(table(t)[0], ["الصنف", "أقل سعر", "أعلى سعر"]);
    }

    #[test]
    fn no_construct_reaches_across_a_bracket() {
        // `دولار)` closes the qualifier of `الثروة`; `المصدر` names the next
        // column, no genitive of it.
        let t = "الدولة الثروة (مليار دولار) المصدر\n\
                 قطر 12 الغاز\n\
                 الكويت 9 النفط\n\
                 عمان 4 السياحة";
        assert_eq!(table(t)[0], ["الدولة", "الثروة (مليار دولار)", "المصدر"]);
    }

    #[test]
    fn a_bound_elative_qualifies_the_header_name_before_it() {
        let t = "الدولة الحد الأدنى للأجر\n\
                 السعودية 4000 ريال\n\
                 الكويت 75 دينار\n\
                 الأردن 290 دينار";
        assert_eq!(table(t)[0], ["الدولة", "الحد الأدنى للأجر"]);
    }

    #[test]
    fn a_dash_last_in_a_row_is_an_empty_value() {
        // `—` ends the row: no words after it to join, it stands for a
        // missing value. Ordinals qualify the noun before them, and units
        // cut from their figures in half the rows make no column.
        let t = "الشركة السرعة السعر الشهري حد الاستهلاك\n\
                 الشركة الأولى 30 ميجا 250 جنيه 140 جيجا\n\
                 الشركة الثانية 50 ميجا 330 جنيه 200 جيجا\n\
                 الشركة الثالثة 70 ميجا 420 جنيه غير محدود\n\
                 الشركة الرابعة 100 ميجا 550 جنيه —";
        let got = table(t);
        assert_eq!(
            got[3],
            ["الشركة الثالثة", "70 ميجا", "420 جنيه", "غير محدود"]
        );
        assert_eq!(got[4], ["الشركة الرابعة", "100 ميجا", "550 جنيه", "—"]);
    }

    #[test]
    fn a_unit_cut_from_its_figure_is_no_answer() {
        // `جيجا` and `جنيهاً` come back in every row, but as the units of
        // the figures before them, not as values of their own.
        let t = "الباقة الدقائق الإنترنت السعر\n\
                 الأساسية 500 دقيقة 10 جيجا 99 جنيهاً\n\
                 المتوسطة 1000 دقيقة 25 جيجا 179 جنيهاً\n\
                 المتقدمة غير محدودة 60 جيجا 299 جنيهاً";
        let got = table(t);
        assert_eq!(got[1], ["الأساسية", "500 دقيقة", "10 جيجا", "99 جنيهاً"]);
        assert_eq!(got[3], ["المتقدمة", "غير محدودة", "60 جيجا", "299 جنيهاً"]);
    }

    #[test]
    fn a_dash_between_a_label_and_a_figure_is_an_empty_value() {
        let t = "الكلية الحد الأدنى (علمي) الحد الأدنى (أدبي)\n\
                 الطب 96.5% —\n\
                 الاقتصاد 88.5% 85.0%\n\
                 الحقوق — 78.5%\n\
                 الآداب — 72.0%";
        let got = table(t);
        assert_eq!(got[1], ["الطب", "96.5%", "—"]);
        assert_eq!(got[3], ["الحقوق", "—", "78.5%"]);
    }

    #[test]
    fn a_standings_table_with_ranks_and_goals_for_and_against() {
        // `له` and `عليه` are whole names; the ranks say where the team
        // names start, two words long in some rows.
        let t = "المركز الفريق لعب فوز تعادل خسارة له عليه النقاط\n\
                 1 الأهلي 12 9 2 1 24 8 29\n\
                 2 بيراميدز 12 8 3 1 20 7 27\n\
                 3 المصري البورسعيدي 12 6 4 2 15 10 22\n\
                 4 حرس الحدود 12 3 4 5 9 14 13";
        let got = table(t);
        assert_eq!(
            got[0],
            [
                "المركز",
                "الفريق",
                "لعب",
                "فوز",
                "تعادل",
                "خسارة",
                "له",
                "عليه",
                "النقاط"
            ]
        );
        assert_eq!(
            got[3],
            [
                "3",
                "المصري البورسعيدي",
                "12",
                "6",
                "4",
                "2",
                "15",
                "10",
                "22"
            ]
        );
    }

    #[test]
    fn hijri_dates_stay_whole() {
        // Hijri months, two of them named in two words; the year of the
        // Hijri calendar closes the date as a Gregorian one does.
        let t = "المناسبة التاريخ الهجري عدد الأيام\n\
                 رأس السنة الهجرية 1 محرم 1448 يوم واحد\n\
                 المولد النبوي 12 ربيع الأول 1448 يوم واحد\n\
                 عيد الفطر 1 شوال 1448 أربعة أيام\n\
                 عيد الأضحى 10 ذو الحجة 1448 خمسة أيام";
        let got = table(t);
        assert_eq!(got[2], ["المولد النبوي", "12 ربيع الأول 1448", "يوم واحد"]);
        assert_eq!(got[4], ["عيد الأضحى", "10 ذو الحجة 1448", "خمسة أيام"]);
    }

    #[test]
    fn a_unit_sign_written_apart_closes_the_name_before_it() {
        let t = "السنة معدل البطالة % عدد العاطلين (ألف)\n\
                 2021 7.4 2,110\n\
                 2022 7.2 2,050\n\
                 2023 7.0 2,010";
        assert_eq!(
            table(t)[0],
            ["السنة", "معدل البطالة %", "عدد العاطلين (ألف)"]
        );
    }

    #[test]
    fn a_latin_unit_closes_its_quantity() {
        // `GB` is the unit of `16`: the price after it is the next cell,
        // no model number of it.
        let t = "الجهاز المعالج الذاكرة السعر\n\
                 PlayStation 5 Pro AMD Zen 2 16 GB 699 دولاراً\n\
                 Xbox Series X AMD Zen 2 16 GB 499 دولاراً\n\
                 Steam Deck AMD Aerith 16 GB 549 دولاراً";
        let got = table(t);
        assert_eq!(
            got[1],
            ["PlayStation 5 Pro", "AMD Zen 2", "16 GB", "699 دولاراً"]
        );
        // A name in title case is no unit: `Gen` goes on with its number.
        let t = "الهاتف الشريحة الذاكرة السعر\n\
                 الهاتف الأول Snapdragon 8 Gen 3 12 GB 999 دولاراً\n\
                 الهاتف الثاني Tensor G4 16 GB 899 دولاراً\n\
                 الهاتف الثالث Snapdragon 8 Gen 3 12 GB 799 دولاراً";
        assert_eq!(
            table(t)[1],
            ["الهاتف الأول", "Snapdragon 8 Gen 3", "12 GB", "999 دولاراً"]
        );
    }

    #[test]
    fn a_month_takes_no_time_of_day_as_its_year() {
        // `1 مارس` is a date; the time after it opens the next cell.
        let t = "اليوم التاريخ الإمساك الفجر المغرب\n\
                 الأحد 1 مارس 4:52 5:02 6:01\n\
                 الاثنين 2 مارس 4:51 5:01 6:02\n\
                 الثلاثاء 3 مارس 4:50 5:00 6:02";
        assert_eq!(table(t)[1], ["الأحد", "1 مارس", "4:52", "5:02", "6:01"]);
    }

    #[test]
    fn a_title_abbreviation_stays_with_the_name() {
        // `د.` is a doctor's title, no sentence end and no cell of its own,
        // although it repeats down the column.
        let t = "الطبيب التخصص\n\
                 د. سمير جراحة القلب\n\
                 د. هالة طب الأطفال\n\
                 د. كريم العظام";
        let got = table(t);
        let doctors: Vec<&str> = got[1..].iter().map(|r| r[0]).collect();
        assert_eq!(doctors, ["د. سمير", "د. هالة", "د. كريم"]);
    }

    #[test]
    fn an_adjective_agrees_with_its_noun_in_gender() {
        // `المقاعد` has the shape of a participle, but no adjective without
        // a feminine ending qualifies `النسبة`: two column names.
        let t = "القائمة عدد الأصوات النسبة المقاعد\n\
                 قائمة التغيير 48 210 41.3% 12\n\
                 قائمة الوفاء 31 905 27.3% 8\n\
                 المستقلون 22 480 19.2% 5";
        let got = table(t);
        assert_eq!(got[0], ["القائمة", "عدد الأصوات", "النسبة", "المقاعد"]);
        assert_eq!(got[1], ["قائمة التغيير", "48 210", "41.3%", "12"]);
    }

    #[test]
    fn identifiers_from_code_are_whole_cells() {
        // A component, its property and the event it sends: an identifier
        // in camel case or with a colon names one thing, never part of a
        // longer name.
        let t = "المكوّن الخاصية يُرسل\n\
                 date-picker onChange UI:{value} عند تغيير التاريخ\n\
                 search-box onSubmit UI:{query} عند إرسال البحث\n\
                 file-upload onDrop UI:{files} عند إفلات الملفات";
        let got = table(t);
        assert_eq!(got[0], ["المكوّن", "الخاصية", "يُرسل"]);
        assert_eq!(
            got[1],
            ["date-picker", "onChange", "UI:{value} عند تغيير التاريخ"]
        );
    }

    #[test]
    fn a_model_code_binds_the_words_of_a_product_name() {
        // Latin words side by side in a header name compared things, but a
        // model code (`S25`) is part of one product's name with the words
        // around it.
        let t = "الجهاز iPhone 16 Pro Galaxy S25 Ultra\n\
                 الشاشة 6.3 بوصة 6.9 بوصة\n\
                 الذاكرة 8 جيجابايت 12 جيجابايت\n\
                 السعر 999 دولار 1299 دولار";
        let got = table(t);
        assert_eq!(got[0], ["الجهاز", "iPhone 16 Pro", "Galaxy S25 Ultra"]);
        assert_eq!(got[1], ["الشاشة", "6.3 بوصة", "6.9 بوصة"]);
        assert_eq!(got[3], ["السعر", "999 دولار", "1299 دولار"]);
        // A code beside a format's name in capitals stays apart from it.
        let t = "الصيغة MP3 FLAC WAV\n\
                 الضغط مع فقد دون فقد دون فقد\n\
                 الحجم صغير كبير كبير جداً\n\
                 الجودة جيدة ممتازة ممتازة";
        assert_eq!(table(t)[0], ["الصيغة", "MP3", "FLAC", "WAV"]);
    }

    #[test]
    fn long_labels_over_a_closed_set_of_figures_and_answers() {
        // A comparison of plans: long feature names, and values that are
        // figures or answers repeated across the table. The labels are as
        // long as they need to be; each figure is a value of its own.
        let t = "الميزة الخطة المجانية الخطة المدفوعة\n\
                 عدد المشاريع التي يمكن إنشاؤها في الحساب الواحد 3 غير محدود\n\
                 حجم التخزين السحابي المتاح لكل مشروع 5 غير محدود\n\
                 عدد الأعضاء الذين يمكن دعوتهم إلى الفريق 2 غير محدود\n\
                 التصدير بصيغة PDF عالية الجودة لا نعم\n\
                 الدعم الفني عبر البريد الإلكتروني نعم نعم\n\
                 النسخ الاحتياطي التلقائي للملفات لا نعم";
        let got = table(t);
        assert_eq!(got[0], ["الميزة", "الخطة المجانية", "الخطة المدفوعة"]);
        assert_eq!(
            got[1],
            [
                "عدد المشاريع التي يمكن إنشاؤها في الحساب الواحد",
                "3",
                "غير محدود"
            ]
        );
        assert_eq!(
            got[3],
            ["عدد الأعضاء الذين يمكن دعوتهم إلى الفريق", "2", "غير محدود"]
        );
        assert_eq!(got[5], ["الدعم الفني عبر البريد الإلكتروني", "نعم", "نعم"]);
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
    fn values_show_columns_a_glued_header_hides() {
        // The header's product names read as one Latin name; the answers
        // and figures down the rows show three columns.
        let t = "خصائص الخطة Nova Basic Nova Plus\nحفظ الملفات على الجهاز لا نعم\nعدد الحسابات المرتبطة بالتطبيق 2 غير محدود\nمزامنة القوائم بين الأجهزة لا نعم\nحجم المرفقات في الرسالة الواحدة 10 غير محدود";
        let got = table(t);
        assert_eq!(got[0], ["خصائص الخطة", "Nova Basic", "Nova Plus"]);
        assert_eq!(got[1], ["حفظ الملفات على الجهاز", "لا", "نعم"]);
        assert_eq!(got[2], ["عدد الحسابات المرتبطة بالتطبيق", "2", "غير محدود"]);
    }

    #[test]
    fn names_opening_with_the_same_latin_word_are_cut_before_it() {
        // `Nova` opens both names; the Arabic word after the first stays in
        // its name rather than standing as a column of its own.
        let t = "خصائص الخطة Nova المجانية Nova Plus\nحفظ الملفات على الجهاز لا نعم\nعدد الحسابات المرتبطة 2 غير محدود\nمزامنة القوائم لا نعم";
        let got = table(t);
        assert_eq!(got[0], ["خصائص الخطة", "Nova المجانية", "Nova Plus"]);
        assert_eq!(got[2], ["عدد الحسابات المرتبطة", "2", "غير محدود"]);
    }

    #[test]
    fn latin_names_side_by_side_in_a_header_are_columns() {
        let t = "المعيار Vite Webpack\nسرعة البناء عالية متوسطة\nسهولة الإعداد سهلة معقدة\nحجم المجتمع متوسط كبير";
        let got = table(t);
        assert_eq!(got[0], ["المعيار", "Vite", "Webpack"]);
        assert_eq!(got[3], ["حجم المجتمع", "متوسط", "كبير"]);
        // A word that comes back closes each name.
        let t = "العنصر Local Storage Session Storage\nالسعة كبيرة متوسطة\nالمدة دائمة مؤقتة";
        assert_eq!(table(t)[0], ["العنصر", "Local Storage", "Session Storage"]);
    }

    #[test]
    fn a_modifying_adverb_stays_with_its_word() {
        let t = "الميزة Alpha Beta Gamma\nالسرعة عالية جداً متوسطة عالية جداً\nالحجم متوسط كبير صغير جداً\nالتوثيق ممتاز جيد ضعيف\nالدعم نعم نعم لا";
        let got = table(t);
        assert_eq!(got[1], ["السرعة", "عالية جداً", "متوسطة", "عالية جداً"]);
        assert_eq!(got[2], ["الحجم", "متوسط", "كبير", "صغير جداً"]);
    }

    #[test]
    fn a_name_in_capitals_after_a_number_is_no_unit() {
        let t = "الطبقة الاسم\nlayer 1 APPLICATION\nlayer 2 PRESENTATION\nlayer 3 SESSION";
        let got = table(t);
        assert_eq!(got[1], ["layer 1", "APPLICATION"]);
        assert_eq!(got[3], ["layer 3", "SESSION"]);
    }

    #[test]
    fn a_minus_sign_opens_a_number() {
        let t = "المؤشر القيمة\nالنمو في 2023 −2.5%\nالتضخم في 2023 −1.1%\nالبطالة في 2023 +0.4%";
        let got = table(t);
        assert_eq!(got[1], ["النمو في 2023", "−2.5%"]);
        assert_eq!(got[2], ["التضخم في 2023", "−1.1%"]);
    }

    #[test]
    fn digits_in_groups_of_three_are_one_number() {
        let t = "المدينة الوزن التكلفة المدة\nالرياض 1 280 كغ 3 450 ريال 4 أيام\nجدة 2 100 كغ 5 120 ريال 6 أيام\nالدمام 950 كغ 2 300 ريال 3 أيام";
        let got = table(t);
        assert_eq!(got[1], ["الرياض", "1 280 كغ", "3 450 ريال", "4 أيام"]);
        assert_eq!(got[3], ["الدمام", "950 كغ", "2 300 ريال", "3 أيام"]);
        // Before a percentage too; whole numbers side by side stay apart.
        let t = "القائمة الأصوات النسبة\nقائمة التنمية 45 210 38.2%\nقائمة الوفاء 31 870 26.9%\nالمستقلون 19 020 16.0%";
        assert_eq!(table(t)[3], ["المستقلون", "19 020", "16.0%"]);
        let t = "السنة يناير فبراير مارس\n2021 120 135 150\n2022 125 140 155\n2023 130 145 160";
        assert_eq!(table(t)[1], ["2021", "120", "135", "150"]);
        // A row with a figure more than the others holds a number in groups
        // that no word closes.
        let t = "الشركة القطاع القيمة التأسيس\nأرامكو السعودية الطاقة 1 920 1933\nالراجحي المصرفية البنوك 95 1957\nسابك الكيماويات 60 1976\nقطر الوطني البنوك 43 1964";
        assert_eq!(table(t)[1], ["أرامكو السعودية", "الطاقة", "1 920", "1933"]);
        // A first row of data is grouped as the rows under it are.
        let t = "المؤشر الرئيسي 11 245 نقطة +1.2%\nمؤشر البنوك 1 980 نقطة -0.3%\nمؤشر الطاقة 5 620 نقطة +2.1%";
        assert_eq!(table(t)[0], ["المؤشر الرئيسي", "11 245 نقطة", "+1.2%"]);
    }

    #[test]
    fn a_unit_stays_with_its_number() {
        // The units repeat down the rows, yet they are no column of their
        // own; a phrase with بِ completes the name before it.
        let t = "الدولة تسجيل الشركة استخراج الترخيص التوصيل بالكهرباء\nمصر 12 يوماً 59 يوماً 77 يوماً\nالأردن 8 أيام 31 يوماً 45 يوماً\nتونس 11 يوماً 40 يوماً 65 يوماً";
        let got = table(t);
        assert_eq!(
            got[0],
            [
                "الدولة",
                "تسجيل الشركة",
                "استخراج الترخيص",
                "التوصيل بالكهرباء"
            ]
        );
        assert_eq!(got[2], ["الأردن", "8 أيام", "31 يوماً", "45 يوماً"]);
    }

    #[test]
    fn a_duration_in_two_units_is_one_value() {
        let t = "الرحلة الإقلاع الهبوط المدة الحالة\nSV1020 08:30 10:45 2 ساعة 15 دقيقة في الموعد\nEK815 11:00 13:20 2 ساعة 20 دقيقة متأخرة\nQR1175 14:10 16:05 1 ساعة 55 دقيقة في الموعد\nMS643 19:45 22:00 2 ساعة 15 دقيقة ملغاة";
        let got = table(t);
        assert_eq!(
            got[1],
            ["SV1020", "08:30", "10:45", "2 ساعة 15 دقيقة", "في الموعد"]
        );
        assert_eq!(got[2][4], "متأخرة");
        // The values show the five columns that a header read as four
        // names hides (`الرحلة المغادرة` as a noun and its adjective).
        let t = t.replacen("الرحلة الإقلاع الهبوط", "الرحلة المغادرة الوصول", 1);
        let got = table(&t);
        assert_eq!(got[0], ["الرحلة", "المغادرة", "الوصول", "المدة", "الحالة"]);
        assert_eq!(got[3][3], "1 ساعة 55 دقيقة");
    }

    #[test]
    fn a_measure_after_a_name_is_no_model_number() {
        let t = "الهاتف الشاشة البطارية السعر\nGalaxy S24 Ultra 6.8 بوصة 5000 مللي أمبير 1299 دولاراً\niPhone 15 Pro Max 6.7 بوصة 4422 مللي أمبير 1199 دولاراً\nPixel 8 Pro 6.7 بوصة 5050 مللي أمبير 999 دولاراً";
        let got = table(t);
        assert_eq!(
            got[2],
            [
                "iPhone 15 Pro Max",
                "6.7 بوصة",
                "4422 مللي أمبير",
                "1199 دولاراً"
            ]
        );
    }

    #[test]
    fn a_negated_adjective_stays_with_its_noun() {
        let t = "الباقة السرعة السعة السعر\nالباقة الأساسية 30 ميجابت 140 جيجابايت 210 جنيهات\nالباقة المتقدمة 100 ميجابت 400 جيجابايت 525 جنيهاً\nالباقة غير المحدودة 200 ميجابت غير محدودة 900 جنيه";
        let got = table(t);
        assert_eq!(
            got[3],
            [
                "الباقة غير المحدودة",
                "200 ميجابت",
                "غير محدودة",
                "900 جنيه"
            ]
        );
    }

    #[test]
    fn a_header_name_keeps_its_bracketed_qualifier() {
        // Repeated first names would make a column of their own; the header
        // does not part a name from its qualifier to give them one.
        let t = "الفيلم المخرج السنة الإيرادات (مليون جنيه)\nالفيل الأزرق مروان حامد 2019 103\nكيرة والجن مروان حامد 2022 120\nولاد رزق طارق العريان 2024 250\nبيت الروبي بيتر ميمي 2023 126";
        let got = table(t);
        assert_eq!(
            got[0],
            ["الفيلم", "المخرج", "السنة", "الإيرادات (مليون جنيه)"]
        );
    }

    #[test]
    fn a_percentage_is_whole_and_the_word_after_it_opens_a_cell() {
        let t = "الدولة الناتج المحلي معدل النمو أبرز القطاعات\nالسعودية 1.1 تريليون دولار 2.6% النفط والبتروكيماويات\nالإمارات 509 مليار دولار 3.4% التجارة والسياحة\nمصر 396 مليار دولار 3.8% الزراعة والخدمات";
        let got = table(t);
        assert_eq!(
            got[2],
            ["الإمارات", "509 مليار دولار", "3.4%", "التجارة والسياحة"]
        );
    }

    #[test]
    fn a_noun_of_place_or_time_in_a_header_is_a_name_of_its_own() {
        // `الموعد` and `المكان` look like participles (`المتقدمة`) but name
        // columns; a participle of a derived form still qualifies its name.
        let t = "اليوم الموعد المكان\nالسبت صباحاً المسرح\nالأحد ظهراً القاعة\nالاثنين عصراً المكتبة";
        assert_eq!(table(t)[0], ["اليوم", "الموعد", "المكان"]);
        let t = "الخطة المتقدمة السعر\nشهرية 10\nسنوية 100\nدائمة 300";
        assert_eq!(table(t)[0], ["الخطة المتقدمة", "السعر"]);
    }

    #[test]
    fn names_that_open_alike_split_before_the_word_that_comes_back() {
        let t = " بطاقات الائتمان المضمنة بطاقات الائتمان غير المضمنة\nالضمان وديعة نقدية لا يوجد\nالرسوم السنوية منخفضة مرتفعة\nسقف الائتمان محدود مرتفع";
        assert_eq!(
            table(t)[0],
            ["", "بطاقات الائتمان المضمنة", "بطاقات الائتمان غير المضمنة"]
        );
        // Another name may follow the last that opens alike.
        let t = "الكلية الحد الأدنى الحد الأقصى عدد المقاعد\nالطب 95-97% 99% 120\nالهندسة 88-90% 97% 300\nالحقوق 75-78% 92% 450";
        let got = table(t);
        assert_eq!(
            got[0],
            ["الكلية", "الحد الأدنى", "الحد الأقصى", "عدد المقاعد"]
        );
        assert_eq!(got[2], ["الهندسة", "88-90%", "97%", "300"]);
    }

    #[test]
    fn ranks_before_the_labels() {
        let t = "الترتيب الفريق لعب فاز تعادل خسر النقاط\n1 الهلال 10 8 2 0 26\n2 النصر 10 7 2 1 23\n3 الاتحاد 10 6 3 1 21\n4 الأهلي 10 6 1 3 19";
        let got = table(t);
        assert_eq!(got[0].len(), 7);
        assert_eq!(got[2], ["2", "النصر", "10", "7", "2", "1", "23"]);
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

    /// The cells of the rows at lines `rows` of `text`, the other lines
    /// being the article's prose.
    fn table_in(text: &str, rows: std::ops::Range<usize>) -> Vec<Vec<&str>> {
        let ls = lines(text);
        let cells = infer(text, &ls[rows], &Phrases::of(text)).expect("a table");
        cells
            .iter()
            .map(|r| r.iter().map(|&c| &text[c]).collect())
            .collect()
    }

    #[test]
    fn pairs_the_prose_writes_stay_in_one_cell() {
        let rows = "الأداة لغة الكتابة مدة الحفظ\nWeb Worker JavaScript دائم\nService Worker JavaScript مؤقت\nCron Shell حسب الإعداد";
        let prose = "يعمل Web Worker في الخلفية، بينما يعترض Service Worker طلبات الشبكة.";
        let text = format!("{rows}\n\n{prose}");
        let got = table_in(&text, 0..4);
        assert_eq!(got[1], ["Web Worker", "JavaScript", "دائم"]);
        assert_eq!(got[2], ["Service Worker", "JavaScript", "مؤقت"]);
        // The rows alone vouch for no pair of their own.
        let alone = table_in(rows, 0..4);
        assert_ne!(alone[1], got[1]);
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
        assert!(GIVEN_NAMES.iter().all(|n| n.len() <= LONGEST_GIVEN_NAME));
        assert!(BRANDS.iter().all(|n| n.len() <= LONGEST_BRAND));
    }

    #[test]
    fn listed_words_are_found_as_a_scan_of_each_list_finds_them() {
        // Every entry, in upper case, with a tanwin, and words of no list.
        let mut words: Vec<String> = Vec::new();
        for w in PARTICLES
            .iter()
            .chain(CONJUNCTIONS)
            .chain(MONTHS)
            .chain(ADVERBS)
            .chain(MODIFIERS)
            .chain(GIVEN_NAMES)
            .chain(NAME_LINKS)
            .chain(PRONOUN_PREPOSITIONS)
            .chain(MONTH_SECOND_WORDS)
            .chain(CLAUSE_OPENERS)
            .chain(IMPERATIVES)
            .chain(PLACES)
            .chain(BRANDS)
            .chain(FRACTIONS)
            .chain(CARDINALS)
            .chain(RATINGS)
            .chain(CHANGES)
            .chain(PERSON_TITLES)
            .chain(MEASURES)
        {
            words.push(w.to_string());
            words.push(w.to_ascii_uppercase());
            words.push(format!("{w}{}", crate::chars::FATHATAN));
        }
        words.extend(["كتاب", "Storage", "JANUARY", "Mai", "جداً", "جدًا", "x"].map(String::from));
        for w in &words {
            let text = w.as_str();
            let got = word(text, crate::Span::new(0, text.len()));
            let mut buf = [0u8; LONGEST_ADVERB];
            let bare = (got.shape == Shape::Arabic && text.len() <= LONGEST_ADVERB)
                .then(|| without_tanwin(text, &mut buf))
                .flatten();
            let particle = text.len() <= LONGEST_PARTICLE
                && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(text));
            let conjunction = text.len() <= LONGEST_PARTICLE
                && CONJUNCTIONS.iter().any(|p| p.eq_ignore_ascii_case(text));
            let month =
                text.len() <= LONGEST_MONTH && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(text));
            let adverb = bare.is_some_and(|b| ADVERBS.contains(&b));
            let modifier = bare.is_some_and(|b| MODIFIERS.contains(&b));
            let name_link = NAME_LINKS.contains(&text);
            let given_name = GIVEN_NAMES.contains(&text) || name_link;
            let pronoun_preposition = PRONOUN_PREPOSITIONS.contains(&text);
            let month_second = MONTH_SECOND_WORDS.contains(&text);
            let clause = CLAUSE_OPENERS.contains(&text) || IMPERATIVES.contains(&text);
            let place = PLACES.contains(&text) || BRANDS.contains(&text);
            let number_word = FRACTIONS.contains(&text) || CARDINALS.contains(&text);
            let rating = RATINGS.contains(&text);
            assert_eq!(
                (got.place, got.number_word, got.rating),
                (place, number_word, rating),
                "{text}"
            );
            let brand = BRANDS.contains(&text);
            let person_title = PERSON_TITLES.contains(&text);
            let measure = MEASURES.contains(&text);
            // A listed change always is one; a word of another list may
            // have the shape of one (`اختبار`).
            assert!(!CHANGES.contains(&text) || got.change, "{text}");
            assert_eq!(
                (got.brand, got.person_title, got.measure),
                (brand, person_title, measure),
                "{text}"
            );
            assert_eq!(
                (
                    got.particle,
                    got.conjunction,
                    got.month,
                    got.adverb,
                    got.modifier,
                    got.given_name,
                    got.name_link,
                    got.pronoun_preposition,
                    got.month_second,
                    got.clause
                ),
                (
                    particle,
                    conjunction,
                    month,
                    adverb,
                    modifier,
                    given_name,
                    name_link,
                    pronoun_preposition,
                    month_second,
                    clause
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn nouns_that_end_as_a_nisba_are_found_with_and_without_the_article() {
        for noun in NISBA_NOUNS {
            assert!(is_nisba_noun(noun), "{noun}");
            assert!(is_nisba_noun(&format!("ال{noun}")), "{noun}");
            assert!(
                !word(noun, crate::Span::new(0, noun.len())).adjective,
                "{noun}"
            );
        }
        for adjective in ["العربية", "السنوية", "شهري"] {
            assert!(!is_nisba_noun(adjective), "{adjective}");
            assert!(word(adjective, crate::Span::new(0, adjective.len())).adjective);
        }
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
        // A month that has its day is followed by the next date's day, not
        // by its year.
        let t = "الفصل البداية النهاية\nالأول 5 سبتمبر 20 يناير\nالثاني 3 فبراير 15 يونيو\nالصيفي 1 يوليو 25 أغسطس";
        let got = table(t);
        assert_eq!(got[1], ["الأول", "5 سبتمبر", "20 يناير"]);
        assert_eq!(got[3], ["الصيفي", "1 يوليو", "25 أغسطس"]);
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
    fn check_marks_are_answers_not_icons() {
        // `✔` and `✘` answer yes or no: a cell may end with one (`✔ |
        // محدود`), where an icon labels the words after it.
        let t = "الميزة النسخة المجانية النسخة المدفوعة\n\
                 الحفظ التلقائي ✔ ✔\n\
                 التصدير بجودة عالية ✘ ✔\n\
                 التخزين السحابي ✔ محدود\n\
                 الدعم الفني ✘ ✔ (بالبريد)";
        let got = table(t);
        assert_eq!(got[3], ["التخزين السحابي", "✔", "محدود"]);
        assert_eq!(got[4], ["الدعم الفني", "✘", "✔ (بالبريد)"]);
    }

    #[test]
    fn a_word_with_tanwin_heads_no_construct() {
        // `سنوياً` is indefinite by its tanwin: the definite word after it
        // opens the next name, it is no genitive of `سنوياً`.
        let t = "المنتج الإنتاج سنوياً الحصة السوقية\n\
                 القمح 3 ملايين طن 12%\n\
                 الأرز مليون طن 5%\n\
                 الذرة 7 ملايين طن 20%";
        assert_eq!(table(t)[0], ["المنتج", "الإنتاج سنوياً", "الحصة السوقية"]);
        assert!(words::has_tanwin("سنوياً") && words::has_tanwin("سنويًا"));
        assert!(!words::has_tanwin("سنوي"));
    }

    #[test]
    fn a_word_that_comes_back_as_a_genitive_opens_no_name() {
        // `الاستهلاك` comes back after `ترتيب`, its construct noun: the
        // names do not open alike (`الاستهلاك الشهري ترتيب | الاستهلاك`).
        let t = "الجهاز الاستهلاك الشهري ترتيب الاستهلاك\n\
                 المكيف 360 كيلوواط ساعة مرتفع جداً\n\
                 الثلاجة 60 كيلوواط ساعة متوسط\n\
                 المصباح 2 كيلوواط ساعة منخفض";
        assert_eq!(table(t)[0], ["الجهاز", "الاستهلاك الشهري", "ترتيب الاستهلاك"]);
    }

    #[test]
    fn a_year_that_opens_a_row_takes_no_unit() {
        // The word after the year opens the event: no quantity of it.
        let t = "العام الحدث\n\
                 1902 تأسيس أول مدرسة نظامية\n\
                 1938 اكتشاف النفط في المنطقة الشرقية\n\
                 1975 افتتاح الجامعة\n\
                 2010 إطلاق مشروع المترو";
        let got = table(t);
        assert_eq!(got[1], ["1902", "تأسيس أول مدرسة نظامية"]);
        assert_eq!(got[4], ["2010", "إطلاق مشروع المترو"]);
    }

    #[test]
    fn one_stays_with_what_it_counts() {
        let t = "الباقة المساحة المواقع السعر الشهري\n\
                 الأساسية 10 جيجابايت موقع واحد 15 دولاراً\n\
                 المتقدمة 50 جيجابايت 5 مواقع 30 دولاراً\n\
                 الاحترافية غير محدودة غير محدودة 60 دولاراً";
        assert_eq!(
            table(t)[1],
            ["الأساسية", "10 جيجابايت", "موقع واحد", "15 دولاراً"]
        );
    }

    #[test]
    fn a_title_opens_the_name_cell() {
        let t = "الوقت الجلسة المتحدث\n\
                 9:00 صباحاً الكلمة الافتتاحية د. سعاد الحربي\n\
                 10:30 صباحاً مستقبل الذكاء الاصطناعي م. خالد العتيبي\n\
                 1:30 مساءً ورشة عمل تطبيقية أ. نورة القحطاني";
        assert_eq!(
            table(t)[3],
            ["1:30 مساءً", "ورشة عمل تطبيقية", "أ. نورة القحطاني"]
        );
    }

    #[test]
    fn a_letter_names_a_kind_of_the_word_before_it() {
        let t = "الفيتامين الوظيفة\n\
                 فيتامين أ يحافظ على صحة العينين\n\
                 فيتامين ب12 يدعم الجهاز العصبي\n\
                 فيتامين ج يعزز المناعة";
        let got = table(t);
        assert_eq!(got[1], ["فيتامين أ", "يحافظ على صحة العينين"]);
        assert_eq!(got[2], ["فيتامين ب12", "يدعم الجهاز العصبي"]);
    }

    #[test]
    fn a_fraction_in_words_opens_a_quantity() {
        let t = "المكون الكمية\n\
                 دقيق 2 كوب\n\
                 سكر 1 كوب\n\
                 بيض 3 حبات\n\
                 عصير برتقال نصف كوب\n\
                 زيت ربع كوب\n\
                 بيكنج بودر 1 ملعقة كبيرة";
        assert_eq!(table(t)[4], ["عصير برتقال", "نصف كوب"]);
    }

    #[test]
    fn a_date_closes_on_its_month_and_a_number_in_words_opens_a_quantity() {
        // `يونيو اللغة` is no construct: the month closes the date after
        // its day. `ثلاث` is a figure and takes its unit, as `3` would.
        let t = "اليوم التاريخ المادة المدة\n\
                 السبت 6 مارس الكيمياء أربع ساعات\n\
                 الاثنين 8 مارس التاريخ الحديث ساعتان\n\
                 الأربعاء 10 مارس الأحياء أربع ساعات\n\
                 السبت 13 مارس اللغة الفرنسية ساعتان ونصف";
        let got = table(t);
        assert_eq!(got[1], ["السبت", "6 مارس", "الكيمياء", "أربع ساعات"]);
        assert_eq!(got[2], ["الاثنين", "8 مارس", "التاريخ الحديث", "ساعتان"]);
    }

    #[test]
    fn a_change_is_no_unit_and_goes_on_with_its_figure() {
        // `ارتفاع`, `انخفاض` and `استقرار` are verbal nouns of derived
        // forms and `تراجع` a listed change: none is the unit of the closing
        // price before it, and each is one value with the figure after it.
        let t = "السهم سعر الإغلاق التغير\n\
                 أرامكو 27.40 ارتفاع 1.5%\n\
                 سابك 61.20 انخفاض 0.4%\n\
                 الراجحي 88.90 استقرار\n\
                 معادن 45.10 تراجع 2.1%";
        let got = table(t);
        assert_eq!(got[1], ["أرامكو", "27.40", "ارتفاع 1.5%"]);
        assert_eq!(got[4], ["معادن", "45.10", "تراجع 2.1%"]);
    }

    #[test]
    fn a_given_name_goes_on_with_the_family_name() {
        // `هالة` and `سامر` open names: the word after each is the family
        // name, not the first word of the task.
        let t = "الجهة الممثل المهمة\n\
                 وزارة الزراعة هالة يوسف ترشيد الري\n\
                 وزارة الداخلية سامر نجم ضبط المخالفات\n\
                 وزارة النقل خليل داود صيانة الطرق\n\
                 وزارة البيئة جاسم ناصر مراقبة التلوث";
        let got = table(t);
        assert_eq!(got[1], ["وزارة الزراعة", "هالة يوسف", "ترشيد الري"]);
        assert_eq!(got[2], ["وزارة الداخلية", "سامر نجم", "ضبط المخالفات"]);
    }

    #[test]
    fn a_title_goes_on_with_the_given_name_after_it() {
        // `الملك فهد`: the title goes on with the name, which the stadium
        // is named after; the row's country stands alone.
        let t = "التاريخ المنافس الملعب\n\
                 5 سبتمبر الأردن استاد الملك فهد الدولي\n\
                 10 سبتمبر العراق ملعب البصرة الدولي\n\
                 12 أكتوبر فلسطين استاد الملك فهد الدولي\n\
                 17 أكتوبر الكويت استاد جابر الأحمد";
        let got = table(t);
        assert_eq!(got[1], ["5 سبتمبر", "الأردن", "استاد الملك فهد الدولي"]);
        assert_eq!(got[3], ["12 أكتوبر", "فلسطين", "استاد الملك فهد الدولي"]);
    }

    #[test]
    fn a_superlative_goes_on_with_its_noun() {
        // `أفضل مخرج` is one name: the elative before an indefinite noun.
        let t = "الجائزة الفائز العمل\n\
                 أفضل رواية سامي الخطيب ظلال المدينة\n\
                 أفضل ديوان ليلى العمر رسائل الصيف\n\
                 أفضل مسرحية يوسف حمدان الباب الأخير\n\
                 أفضل ترجمة منى الصالح مدن الملح";
        let got = table(t);
        assert_eq!(got[1], ["أفضل رواية", "سامي الخطيب", "ظلال المدينة"]);
        assert_eq!(got[4], ["أفضل ترجمة", "منى الصالح", "مدن الملح"]);
    }

    #[test]
    fn a_second_adjective_in_a_header_qualifies_the_same_noun() {
        // `الشائعة` has the shape of a participle and agrees with the nisba
        // before it: `الآثار الجانبية الشائعة` names one column.
        let t = "الدواء الفئة الآثار الجانبية الشائعة\n\
                 أملوديبين حاصرات قنوات الكالسيوم تورم الكاحلين\n\
                 ليسينوبريل مثبطات الإنزيم المحول سعال جاف\n\
                 لوسارتان حاصرات مستقبلات الأنجيوتنسين دوخة خفيفة\n\
                 هيدروكلوروثيازيد مدرات البول كثرة التبول";
        let got = table(t);
        assert_eq!(got[0], ["الدواء", "الفئة", "الآثار الجانبية الشائعة"]);
        assert_eq!(got[4], ["هيدروكلوروثيازيد", "مدرات البول", "كثرة التبول"]);
    }

    #[test]
    fn a_measure_and_a_brand_go_on_with_their_figures() {
        // `بدقة 200`: the figure is what the measure after `ب` measures;
        // `أندرويد 15`: a brand's version. Neither figure opens a value.
        let t = "المواصفة التفاصيل\n\
                 الشاشة 6.7 بوصة بدقة عالية\n\
                 المعالج ثماني النواة بتقنية 3 نانومتر\n\
                 الذاكرة 12 جيجابايت\n\
                 البطارية 5000 مللي أمبير\n\
                 الكاميرا الخلفية ثلاثية بدقة 200 ميجابكسل\n\
                 نظام التشغيل أندرويد 15";
        let got = table(t);
        assert_eq!(got[5], ["الكاميرا الخلفية", "ثلاثية بدقة 200 ميجابكسل"]);
        assert_eq!(got[6], ["نظام التشغيل", "أندرويد 15"]);
    }

    #[test]
    fn a_number_in_words_keeps_its_unit_when_rows_are_peeled() {
        // `أربعة أشهر` is an age as `4 أشهر` is: the unit stays with the
        // number written in words when the rows are cut value by value.
        let t = "العمر التطعيم طريقة الإعطاء\n\
                 عند الولادة الدرن حقن\n\
                 أربعة أشهر الخماسي حقن\n\
                 ستة أشهر شلل الأطفال فم\n\
                 تسعة أشهر الحصبة حقن";
        let got = table(t);
        assert_eq!(got[0], ["العمر", "التطعيم", "طريقة الإعطاء"]);
        assert_eq!(got[2], ["أربعة أشهر", "الخماسي", "حقن"]);
        assert_eq!(got[4], ["تسعة أشهر", "الحصبة", "حقن"]);
        // Here the rows are first cut value by value from their ends: the
        // number in words keeps its unit then too, so no column of units
        // (`أشهر`) makes a fourth and fifth column agree.
        let t = "العمر التطعيم طريقة الإعطاء\n\
                 عند الولادة الدرن والتهاب الكبد ب حقن\n\
                 شهران الخماسي وشلل الأطفال حقن وفم\n\
                 أربعة أشهر الخماسي وشلل الأطفال حقن وفم\n\
                 ستة أشهر الخماسي وشلل الأطفال حقن وفم\n\
                 تسعة أشهر الحصبة حقن";
        let got = table(t);
        assert_eq!(got[0], ["العمر", "التطعيم", "طريقة الإعطاء"]);
        assert_eq!(got[3], ["أربعة أشهر", "الخماسي وشلل الأطفال", "حقن وفم"]);
    }

    #[test]
    fn a_short_word_ending_in_yeh_is_no_nisba() {
        // `الحي` (the quarter) is a noun: it names a column of its own.
        let t = "اليوم الحي مدة الانقطاع\n\
                 الأحد حي النزهة من 8 صباحاً إلى 4 عصراً\n\
                 الاثنين حي الروضة من 9 صباحاً إلى 2 ظهراً\n\
                 الثلاثاء حي السلام طوال اليوم\n\
                 الأربعاء حي الملز من 10 صباحاً إلى 6 مساءً";
        let got = table(t);
        assert_eq!(got[0], ["اليوم", "الحي", "مدة الانقطاع"]);
        assert_eq!(got[1], ["الأحد", "حي النزهة", "من 8 صباحاً إلى 4 عصراً"]);
    }

    #[test]
    fn a_listed_adjective_qualifies_the_name_before_it_in_a_header() {
        // `السريع` qualifies `الشحن`: one column, `زمن الشحن السريع`.
        let t = "السيارة المدى الكامل زمن الشحن السريع السعر التقريبي\n\
                 نيسان أريا 500 كيلومتر 35 دقيقة 42 ألف دولار\n\
                 كيا نيرو 460 كيلومتراً 45 دقيقة 38 ألف دولار\n\
                 بي واي دي سيل 570 كيلومتراً 30 دقيقة 35 ألف دولار";
        let got = table(t);
        assert_eq!(
            got[0],
            [
                "السيارة",
                "المدى الكامل",
                "زمن الشحن السريع",
                "السعر التقريبي"
            ]
        );
        assert_eq!(
            got[1],
            ["نيسان أريا", "500 كيلومتر", "35 دقيقة", "42 ألف دولار"]
        );
    }

    #[test]
    fn and_a_half_goes_on_with_its_quantity() {
        let t = "الوقت النشاط المدة ملاحظات\n\
                 7:00 – 9:00 صباحاً الرياضيات ساعتان الذهن في أفضل حالاته\n\
                 9:00 – 9:30 صباحاً الإفطار 30 دقيقة بعيداً عن الهاتف\n\
                 4:00 – 5:30 مساءً اللغة العربية ساعة ونصف نحو وبلاغة بالتناوب\n\
                 6:00 – 7:30 مساءً اللغة الأجنبية ساعة ونصف قطعة وقواعد وكتابة\n\
                 8:00 – 9:00 مساءً حل الأسئلة ساعة أهم ساعة في اليوم";
        let got = table(t);
        assert_eq!(got[3][2], "ساعة ونصف");
        assert_eq!(got[4][2], "ساعة ونصف");
    }

    #[test]
    fn a_plus_sign_joins_a_label_and_a_figure() {
        // A dash between a label and a figure stands for an empty value;
        // a plus sign adds the figure to the label (`سعر الإيداع + 0.25%`).
        let t = "الشهادة المدة العائد الصرف\n\
                 الشهادة الثلاثية 3 سنوات سعر الإيداع + 0.25% شهري\n\
                 الشهادة الخماسية 5 سنوات سعر الإيداع + 0.5% ربع سنوي\n\
                 الشهادة السنوية سنة واحدة 23.5% سنوي";
        assert_eq!(
            table(t)[1],
            ["الشهادة الثلاثية", "3 سنوات", "سعر الإيداع + 0.25%", "شهري"]
        );
    }

    #[test]
    fn a_variant_in_a_header_keeps_its_figure() {
        // `بنزين` comes back before another figure: each figure names a
        // variant of it. Figures after different words are a row of values.
        let t = "الدولة بنزين 91 بنزين 95 الديزل\n\
                 السعودية 2.18 ريال 2.33 ريال 1.66 ريال\n\
                 الإمارات 2.58 درهم 2.69 درهم 2.78 درهم\n\
                 الكويت 85 فلساً 105 فلوس 115 فلساً";
        let got = table(t);
        assert_eq!(got[0], ["الدولة", "بنزين 91", "بنزين 95", "الديزل"]);
        assert_eq!(got[2], ["الإمارات", "2.58 درهم", "2.69 درهم", "2.78 درهم"]);
        let t = "الصنف عيار 24 عيار 21 عيار 18\n\
                 سعر الجرام 4120 جنيه 3605 جنيه 3090 جنيه\n\
                 سعر الأونصة 128150 جنيه 112130 جنيه 96110 جنيه";
        assert_eq!(table(t)[0], ["الصنف", "عيار 24", "عيار 21", "عيار 18"]);
    }

    #[test]
    fn a_time_of_day_inside_a_range_goes_on_to_its_end() {
        // `صباحاً` closes a time, but `إلى` goes on with the range that
        // `من` opened: the hours are one value.
        let t = "الفرع ساعات الدوام ملاحظات\n\
                 فرع الدقي من 9 صباحاً إلى 5 مساءً للأفراد فقط\n\
                 فرع المعادي من 8 صباحاً إلى 4 مساءً مغلق يوم الجمعة\n\
                 فرع الزمالك من 10 صباحاً إلى 6 مساءً للشركات والأفراد";
        let got = table(t);
        assert_eq!(got[1], ["فرع الدقي", "من 9 صباحاً إلى 5 مساءً", "للأفراد فقط"]);
        assert_eq!(got[2][1], "من 8 صباحاً إلى 4 مساءً");
    }

    #[test]
    fn an_imperative_opens_the_instruction_cell() {
        // The remedy column opens with a verb in the imperative: the cause
        // before it ends there (`… في قائمة الانتظار | احذف …`).
        let t = "المشكلة السبب الحل\n\
                 الطابعة لا تطبع مهام عالقة في قائمة الانتظار احذف المهام ثم أعد تشغيل الطابعة\n\
                 الورق ينحشر ورق رطب أو درج ممتلئ اسحب الورق ببطء وقلل عدد الأوراق\n\
                 الألوان باهتة حبر منخفض أو خرطوشة مقلدة اختر خرطوشة أصلية من المتجر";
        let got = table(t);
        assert_eq!(got[1][2], "احذف المهام ثم أعد تشغيل الطابعة");
        assert_eq!(got[2][2], "اسحب الورق ببطء وقلل عدد الأوراق");
        assert_eq!(got[3][2], "اختر خرطوشة أصلية من المتجر");
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
