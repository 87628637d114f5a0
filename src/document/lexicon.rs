//! The words the structure passes know: closed lists, each with what it is
//! for. Code points live in `chars.rs`; whole words live here.

/// Ordinal words that open an item (`أولاً:` `ثانياً -` … `عاشراً:`), written
/// without their tanwin, which the marker pattern allows after them.
pub(super) const ORDINALS: &[&str] = &[
    "أولا",
    "اولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

/// The stems of the ordinal adjectives first to tenth, without the article
/// and the feminine ending (`الأول`, `الأولى`, `الثانية`), each with its
/// spellings.
pub(super) const ORDINAL_STEMS: [&[&str]; 10] = [
    &["أول", "اول"],
    &["ثاني", "ثان"],
    &["ثالث"],
    &["رابع"],
    &["خامس"],
    &["سادس"],
    &["سابع"],
    &["ثامن"],
    &["تاسع"],
    &["عاشر"],
];

/// Words that open with ل but introduce no purpose (`لماذا`, `لكن`): a line
/// they open is no intro to the steps after it.
pub(super) const NOT_PURPOSES: &[&str] = &["لماذا", "لكن", "لكنه", "لكنها"];

/// Interrogatives that open a question even when no question mark ends it
/// (`متى تختار كل نوع`, `كيف تبدأ`). `ما` is left out: it also negates
/// (`ما زال`) and relates (`ما يلي`).
pub(super) const INTERROGATIVES: &[&str] = &["متى", "كيف", "لماذا", "هل", "أين", "ماذا", "لمن"];

/// Words that open a figure or table caption when a number follows them
/// (`شكل 4.16. الإقلاع الأول`, as in translated handbooks).
pub(super) const CAPTION_WORDS: &[&str] = &[
    "شكل",
    "الشكل",
    "جدول",
    "صورة",
    "الصورة",
    "رسم",
    "مخطط",
    "Figure",
    "Fig.",
    "Table",
];
/// Labels that credit a source or an author before a colon (`المصدر: …`,
/// `تصوير: …`): such a line is text under a table or a photo, no heading.
pub(super) const CREDIT_LABELS: &[&str] = &[
    "المصدر",
    "المصادر",
    "مصدر",
    "تصوير",
    "إعداد",
    "اعداد",
    "ترجمة",
    "بقلم",
    "كتب",
    "تحرير",
];
/// Labels of a link to another article before a colon (`اقرأ أيضاً: …`):
/// such a line is text between paragraphs, no heading.
pub(super) const SEE_ALSO_LABELS: &[&str] = &[
    "اقرأ أيضاً",
    "اقرأ أيضا",
    "اقرأ ايضا",
    "اقرا ايضا",
    "إقرأ أيضاً",
    "إقرأ أيضا",
    "شاهد أيضاً",
    "شاهد أيضا",
    "طالع أيضاً",
    "طالع أيضا",
    "اقرأ المزيد",
];

/// Demonstrative pronouns: a line that opens with one and goes on is a
/// sentence about something already named (`هذا المقال كُتب على …`), not
/// the name of a section.
pub(super) const DEMONSTRATIVES: &[&str] =
    &["هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "أولئك"];

/// Words that end a lead-in (`… كان كالآتي`, `… النقاط الآتية`, `… بتعمل
/// كدا`, `… الفانكشن دي`): a line that ends with one points at what follows
/// (a list, a figure, a block of code), as a colon would.
pub(super) const AS_FOLLOWS: &[&str] = &[
    "التالي",
    "التالية",
    "التاليه",
    "كالتالي",
    "الآتي",
    "الآتية",
    "الاتي",
    "الاتية",
    "كالآتي",
    "كالاتي",
    "يلي",
    "هكذا",
    "كدا",
    "كده",
    "دي",
    "ده",
];

/// Weekday names that open a dateline (`الأربعاء، 28 آب/اغسطس 2013`, as under
/// news titles).
pub(super) const WEEKDAYS: &[&str] = &[
    "الأحد",
    "الاحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
];

/// Particles and function words that need a complement: no cell ends in one.
pub(super) const PARTICLES: &[&str] = &[
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
    "حوالي",
    "حوالى",
    "قرابة",
    "زهاء",
    "لكن",
    "بل",
    "عبر",
    "تحت",
    "فوق",
    "مقابل",
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
/// Syriac ones, the Hijri ones (the first word of those named in two,
/// `ربيع الأول`, `ذو الحجة`), and English, in full and abbreviated.
pub(super) const MONTHS: &[&str] = &[
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
    "محرم",
    "صفر",
    "ربيع",
    "جمادى",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
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

/// Words that close a range (`إلى` in `من 7 أيام إلى 7 سنوات`).
pub(super) const RANGE_OPENERS: &[&str] = &["إلى", "الى", "حتى", "to", "until"];

/// Words that open a range.
pub(super) const RANGE_STARTS: &[&str] = &["من", "بين", "from", "between"];

/// Conjunctions join two parts of one cell: no cell opens with one.
pub(super) const CONJUNCTIONS: &[&str] = &["أو", "او", "و", "ثم", "لكن", "بل", "or", "and", "but"];

/// Adverbs that end the phrase before them, never open a cell.
pub(super) const ADVERBS: &[&str] = &[
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
    "نسبيا",
];

/// Times of day written after the hour, compared without tanwin
/// (`10:00 مساءً`, `9 صباحاً`, `7:30 PM`): they close the time.
pub(super) const DAY_PERIODS: &[&str] = &[
    "صباحا",
    "مساء",
    "مساءا",
    "ظهرا",
    "عصرا",
    "ليلا",
    "فجرا",
    "ص",
    "م",
    "am",
    "pm",
];

/// Common adjectives that no nisba or participle shape tells, without the
/// article and the feminine ending (`الجديد`, `السابقة`, `الأخيرة`), and
/// the elatives of a bound (`الحد الأدنى`, `الحد الأقصى`): a definite one
/// qualifies the definite noun before it, as the ordinals of
/// [`ORDINAL_STEMS`] do (`الثالث`, `الثانية`).
pub(super) const ADJECTIVES: &[&str] = &[
    "جديد", "قديم", "سابق", "لاحق", "أخير", "اخير", "قادم", "كبير", "صغير", "كامل", "حديث", "خاص",
    "أدنى", "أقصى", "أعلى",
];

/// Particles that open a verb clause: negations of the past and future, and
/// the particles of the perfect and the future.
pub(super) const CLAUSE_OPENERS: &[&str] = &["لن", "لم", "قد", "سوف"];

/// Common verbs in the imperative, the instructions of a how-to or a
/// troubleshooting table (`احذف`, `أعد`, `اختر`): each opens a clause. The
/// forms that are also verbal nouns (`تحقق`, `تجنب`, `تناول`) are left out,
/// and so are those of the second form without their shadda (`غير` is
/// also `non-`).
pub(super) const IMPERATIVES: &[&str] = &[
    "احذف",
    "اختر",
    "اسحب",
    "اكتب",
    "اطلب",
    "افتح",
    "اضغط",
    "انقر",
    "ابحث",
    "اترك",
    "اتبع",
    "اشرب",
    "انتظر",
    "استخدم",
    "استشر",
    "اختبر",
    "أعد",
    "اعد",
    "أضف",
    "اضف",
    "أزل",
    "ازل",
    "أدخل",
    "ادخل",
    "أغلق",
    "اغلق",
    "غيّر",
    "نفّذ",
    "فعّل",
    "شغّل",
    "ثبّت",
    "حدّد",
    "جرّب",
    "قم",
    "ضع",
];

/// Common given names, male and female, that are no common noun or
/// adjective too (`سعيد`, `أمل` and `نور` are left out): a person's name
/// goes on with the next word, the father's or the family's name (`خالد
/// منصور`).
pub(super) const GIVEN_NAMES: &[&str] = &[
    "محمد",
    "أحمد",
    "احمد",
    "محمود",
    "مصطفى",
    "علي",
    "عمر",
    "عثمان",
    "خالد",
    "يوسف",
    "إبراهيم",
    "ابراهيم",
    "إسماعيل",
    "اسماعيل",
    "يعقوب",
    "موسى",
    "عيسى",
    "سليمان",
    "داود",
    "يحيى",
    "زكريا",
    "طارق",
    "ياسر",
    "وليد",
    "هشام",
    "حسام",
    "عصام",
    "عماد",
    "أيمن",
    "ايمن",
    "أسامة",
    "اسامة",
    "حمزة",
    "بلال",
    "زياد",
    "فيصل",
    "فهد",
    "سلطان",
    "ناصر",
    "منصور",
    "ماجد",
    "راشد",
    "سعود",
    "نايف",
    "مشعل",
    "حسين",
    "مروان",
    "رامي",
    "سامي",
    "هاني",
    "وائل",
    "شادي",
    "فادي",
    "باسل",
    "نبيل",
    "عمرو",
    "مازن",
    "معاذ",
    "أنس",
    "انس",
    "جعفر",
    "عباس",
    "صلاح",
    "سمير",
    "إياد",
    "اياد",
    "غسان",
    "نزار",
    "مراد",
    "تامر",
    "حازم",
    "عبدالله",
    "عبدالرحمن",
    "عبدالعزيز",
    "فاطمة",
    "عائشة",
    "خديجة",
    "مريم",
    "زينب",
    "سارة",
    "نورة",
    "هند",
    "ليلى",
    "سلمى",
    "رانيا",
    "رنا",
    "دينا",
    "ريم",
    "لينا",
    "آمنة",
    "نادية",
    "سعاد",
    "سميرة",
    "لمياء",
    "مها",
    "شيماء",
    "منال",
    "نجلاء",
    "غادة",
    "عبير",
    "لبنى",
    "يونس",
    "إلياس",
    "آدم",
    "أيوب",
    "فتحي",
    "حمدي",
    "مجدي",
    "عاطف",
    "عاصم",
    "علاء",
    "لؤي",
    "مدحت",
    "معتز",
    "مهند",
    "هيثم",
    "ياسين",
    "يزيد",
    "أنور",
    "بسام",
    "ثامر",
    "حاتم",
    "طلال",
    "عدنان",
    "عزت",
    "غازي",
    "فراس",
    "قصي",
    "منذر",
    "نواف",
    "هيفاء",
    "رقية",
    "رشا",
    "سهى",
    "سوسن",
    "عفاف",
    "علياء",
    "فدوى",
    "لجين",
    "ميار",
    "نسرين",
    "نوال",
    "هديل",
    "ياسمين",
    "روان",
    "سلوى",
    "شيرين",
    "نجوى",
    "ميساء",
    "ديما",
];

/// Words that link a name to the next one (`سارة عبد الله`, `محمد بن
/// سلمان`, `أبو نوار`): they bind the next word wherever they stand in a
/// name, as a given name binds the name after it.
pub(super) const NAME_LINKS: &[&str] = &["عبد", "بن", "ابن", "بنت", "أبو", "ابو"];

/// Prepositions with a pronoun suffix (`له`, `عليه`, `منها`): whole
/// phrases, never the head of a construct (`له | عليه | النقاط`, goals for
/// and against in a standings table).
pub(super) const PRONOUN_PREPOSITIONS: &[&str] = &[
    "له",
    "لها",
    "لهم",
    "عليه",
    "عليها",
    "عليهم",
    "منه",
    "منها",
    "منهم",
    "فيه",
    "فيها",
    "عنه",
    "عنها",
    "به",
    "بها",
];

/// Nouns that end as a nisba does (`ية`) but qualify no noun: column
/// names of their own (`الطبق | الكمية`, `الاسم | الجنسية`), written here
/// without the article.
pub(super) const NISBA_NOUNS: &[&str] = &[
    "كمية",
    "جنسية",
    "أهمية",
    "أولوية",
    "صلاحية",
    "مسؤولية",
    "هوية",
    "كيفية",
    "إمكانية",
    "فعالية",
    "ميزانية",
    "عضوية",
    "ملكية",
    "آلية",
    "خاصية",
    "توصية",
    "أفضلية",
    "تغطية",
    "رؤية",
    "وصية",
    "هدية",
    "أغلبية",
    "حرية",
    "نية",
    "أمنية",
];

/// Products, platforms and companies written in Arabic letters (`ويندوز`,
/// `أندرويد`, `سامسونج`): proper names like [`PLACES`], which head no
/// construct and stand apart side by side (`الخاصية | ويندوز | ماك |
/// لينكس`, a header of compared systems).
pub(super) const BRANDS: &[&str] = &[
    "ويندوز",
    "ماك",
    "لينكس",
    "أندرويد",
    "اندرويد",
    "آيفون",
    "ايفون",
    "آيباد",
    "آبل",
    "أبل",
    "ابل",
    "سامسونج",
    "سامسونغ",
    "هواوي",
    "شاومي",
    "أوبو",
    "جوجل",
    "غوغل",
    "مايكروسوفت",
    "أمازون",
    "فيسبوك",
    "إنستغرام",
    "انستغرام",
    "إنستجرام",
    "تويتر",
    "يوتيوب",
    "واتساب",
    "تيليجرام",
    "تلغرام",
    "نتفليكس",
    "كروم",
    "فايرفوكس",
    "سفاري",
    "بايثون",
    "جافا",
    "جافاسكريبت",
    "سويفت",
    "كوتلن",
];

/// Countries and cities named without the article (`مصر`, `بريطانيا`,
/// `دبي`): proper names, which head no construct (`المعيار | بريطانيا |
/// الولايات المتحدة`, a header of compared countries).
pub(super) const PLACES: &[&str] = &[
    "مصر",
    "قطر",
    "عمان",
    "تونس",
    "ليبيا",
    "سوريا",
    "سورية",
    "لبنان",
    "فلسطين",
    "موريتانيا",
    "جيبوتي",
    "تركيا",
    "إيران",
    "باكستان",
    "أفغانستان",
    "بريطانيا",
    "فرنسا",
    "ألمانيا",
    "إيطاليا",
    "إسبانيا",
    "روسيا",
    "أوكرانيا",
    "بولندا",
    "بلجيكا",
    "هولندا",
    "سويسرا",
    "كندا",
    "أمريكا",
    "أميركا",
    "أستراليا",
    "ماليزيا",
    "إندونيسيا",
    "سنغافورة",
    "كوريا",
    "إثيوبيا",
    "نيجيريا",
    "كينيا",
    "دبي",
    "جدة",
    "مكة",
    "بيروت",
    "دمشق",
    "بغداد",
    "طهران",
    "أنقرة",
    "إسطنبول",
    "لندن",
    "باريس",
    "برلين",
    "موسكو",
    "واشنطن",
    "بكين",
    "طوكيو",
];

/// Places named in two words (`الولايات المتحدة`, `كوريا الجنوبية`): no
/// cell boundary falls inside one.
pub(super) const TWO_WORD_PLACES: &[(&str, &str)] = &[
    ("الولايات", "المتحدة"),
    ("المملكة", "المتحدة"),
    ("المملكة", "العربية"),
    ("العربية", "السعودية"),
    ("العربية", "المتحدة"),
    ("الإمارات", "العربية"),
    ("كوريا", "الجنوبية"),
    ("كوريا", "الشمالية"),
    ("جنوب", "أفريقيا"),
    ("جنوب", "السودان"),
    ("الاتحاد", "الأوروبي"),
    ("الشرق", "الأوسط"),
    ("شمال", "أفريقيا"),
    ("أمريكا", "اللاتينية"),
    ("أمريكا", "الشمالية"),
    ("أمريكا", "الجنوبية"),
    ("الدار", "البيضاء"),
    ("هونغ", "كونغ"),
    ("نيو", "يورك"),
    ("سلطنة", "عمان"),
];

/// Grades that a comparison table gives as values, masculine and feminine
/// (`عالية`, `متوسط`, `ممتاز`, `سهلة`, `مجاني`): two side by side are two
/// cells (`متوسطة | عالية`), as in every labelled table but one place.
pub(super) const RATINGS: &[&str] = &[
    "عالي",
    "عالية",
    "مرتفع",
    "مرتفعة",
    "متوسط",
    "متوسطة",
    "منخفض",
    "منخفضة",
    "ضعيف",
    "ضعيفة",
    "جيد",
    "جيدة",
    "ممتاز",
    "ممتازة",
    "سهل",
    "سهلة",
    "صعب",
    "صعبة",
    "سريع",
    "سريعة",
    "بطيء",
    "بطيئة",
    "قوي",
    "قوية",
    "محدود",
    "محدودة",
    "مجاني",
    "مجانية",
    "مدفوع",
    "مدفوعة",
    "متاح",
    "متاحة",
    "كبير",
    "كبيرة",
    "صغير",
    "صغيرة",
];

/// Fractions written in words (`نصف كوب`, `ربع ساعة`): figures, which
/// open a quantity and take the unit after them.
pub(super) const FRACTIONS: &[&str] = &["نصف", "ربع", "ثلث", "ثلثا", "ثلثي", "خمس", "عشر"];

/// The Arabic marks of an era written after a year (`789 م`, `312 هـ`,
/// `300 ق.م`), looked up as they are written.
pub(super) const ERAS: &[&str] = &["م", "هـ", "ه", "ق.م", "ق.م."];

/// The second words of the months named in two (`ربيع الأول`, `ذو الحجة`,
/// `كانون الثاني`, `تشرين الأول`): the year follows them, not the first.
pub(super) const MONTH_SECOND_WORDS: &[&str] = &[
    "الأول",
    "الاول",
    "الثاني",
    "الآخر",
    "الاخر",
    "الأولى",
    "الاولى",
    "الآخرة",
    "الاخرة",
    "القعدة",
    "الحجة",
];

/// Scale words of a number (`45 ألف جنيه`, `4.2 مليار ريال`): the unit
/// after one is still the number's.
pub(super) const SCALES: &[&str] = &[
    "ألف",
    "الف",
    "آلاف",
    "مليون",
    "ملايين",
    "مليار",
    "مليارات",
    "تريليون",
];

/// Definite prefixes: the article and the article after a clitic.
pub(super) const DEFINITE_PREFIXES: &[&str] = &["ال", "وال", "بال", "فال", "كال", "لل"];

/// Units of time with their rank, longest first, compared without tanwin:
/// a duration in two units, the longer first, is one quantity (`2 ساعة 15
/// دقيقة`, `3 أشهر 10 أيام`).
pub(super) const TIME_UNITS: &[(&str, u8)] = &[
    ("سنة", 6),
    ("سنوات", 6),
    ("سنتين", 6),
    ("سنتان", 6),
    ("عام", 6),
    ("أعوام", 6),
    ("عاما", 6),
    ("عامين", 6),
    ("شهر", 5),
    ("أشهر", 5),
    ("شهور", 5),
    ("شهرا", 5),
    ("شهرين", 5),
    ("أسبوع", 4),
    ("أسابيع", 4),
    ("أسبوعا", 4),
    ("أسبوعين", 4),
    ("يوم", 3),
    ("أيام", 3),
    ("يوما", 3),
    ("يومين", 3),
    ("ساعة", 2),
    ("ساعات", 2),
    ("ساعتين", 2),
    ("ساعتان", 2),
    ("دقيقة", 1),
    ("دقائق", 1),
    ("دقيقتين", 1),
    ("ثانية", 0),
    ("ثوان", 0),
    ("ثانيتين", 0),
];

/// The noun that negates the adjective after it (`غير المحدودة`, `غير متاح`).
pub(super) const NEGATION: &str = "غير";
