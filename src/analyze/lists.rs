//! The closed word lists of the analyzer, written for this crate.
//!
//! Every entry is in the *folded* spelling the segmenter compares with:
//! no diacritics or tatweel, every alef variant (أ إ آ ٱ) written ا, and
//! ة, ى, ء, ؤ, ئ kept as they are. The lists are documented one by one in
//! the [module docs](super#closed-lists).

use crate::chars;

use once_cell::sync::Lazy;

use super::letters::fold_into;
use super::table::{self, Words};

/// Function words: prepositions, pronouns, demonstratives, relatives,
/// particles, auxiliaries and quantifiers. A word in this list is never
/// split itself (بعد is not ب + عد, كما is not ك + ما), and a conjunction
/// و / ف in front of one is always split off (وفي, فإن, وقد).
pub(crate) const FUNCTION: &[&str] = &[
    // prepositions and adverbs of place and time
    "في",
    "من",
    "على",
    "الى",
    "عن",
    "مع",
    "حتى",
    "منذ",
    "لدى",
    "عند",
    "بين",
    "نحو",
    "حول",
    "دون",
    "خلال",
    "ضد",
    "عبر",
    "تحت",
    "فوق",
    "بعد",
    "قبل",
    "امام",
    "خلف",
    "وراء",
    "عدا",
    "سوى",
    "مثل",
    "لدن",
    "حين",
    "حيث",
    "بعدما",
    "قبلما",
    "عندما",
    "بينما",
    "حينما",
    "كلما",
    "طالما",
    "ريثما",
    "اثناء",
    "ازاء",
    "تجاه",
    "لدي",
    "علي",
    "الي",
    // pronouns
    "هو",
    "هي",
    "هم",
    "هما",
    "هن",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "انتما",
    "انتن",
    // demonstratives
    "هذا",
    "هذه",
    "هذان",
    "هذين",
    "هاتان",
    "هاتين",
    "هؤلاء",
    "ذلك",
    "تلك",
    "ذلكم",
    "اولئك",
    "هنا",
    "هناك",
    "هنالك",
    "ذاك",
    "ثمة",
    // relatives
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
    "اللاتي",
    "اللواتي",
    "اللائي",
    // particles
    "قد",
    "لقد",
    "لا",
    "لم",
    "لن",
    "ما",
    "ان",
    "انما",
    "كأن",
    "كان",
    "لكن",
    "لكنما",
    "بل",
    "او",
    "ام",
    "ثم",
    "اذا",
    "اذ",
    "لو",
    "لولا",
    "كي",
    "لكي",
    "كما",
    "مما",
    "فيما",
    "ليس",
    "ليست",
    "ليسوا",
    "نعم",
    "كيف",
    "متى",
    "اين",
    "لماذا",
    "ماذا",
    "هل",
    "الا",
    "اما",
    "سوف",
    "ايضا",
    "فقط",
    "جدا",
    "ربما",
    "لعل",
    "لذا",
    "كذلك",
    "هكذا",
    "عسى",
    "اي",
    "اية",
    "ايا",
    "ايها",
    "حيثما",
    "اينما",
    "مهما",
    "كلا",
    "كلتا",
    "مثلما",
    // auxiliaries
    "كانت",
    "كانوا",
    "كنت",
    "كنا",
    "يكون",
    "تكون",
    "يكونوا",
    "تكونوا",
    "نكون",
    "اكون",
    "اصبح",
    "اصبحت",
    "صار",
    "صارت",
    "ظل",
    "ظلت",
    "بات",
    "باتت",
    "مازال",
    "لايزال",
    "زال",
    "يزال",
    "تزال",
    "مايزال",
    // quantifiers
    "كل",
    "بعض",
    "جميع",
    "غير",
    "عدة",
    "نفس",
    "ذات",
    "كافة",
    "معظم",
    "اكثر",
    "اقل",
];

/// Words that must stay whole although they look like a clitic and a stem:
/// الله (not ال + له), والد (father, not و + ال + د), وزير (not و + زير),
/// كبير, سيارة, and the words that begin with the letters of a clitic in
/// their root. Compared with the whole folded word.
pub(crate) const WHOLE: &[&str] = &[
    "الله",
    "لله",
    "بالله",
    "والله",
    "اللهم",
    "الاف",
    "الية",
    "اليات",
    "الة",
    "الات",
    "والد",
    "والدة",
    "والده",
    "والدي",
    "والدين",
    "والدان",
    "والدها",
    "والدهم",
    "والدته",
    "والي",
    "والدتها",
    "كالة",
    "وكالة",
    "وكالات",
    "بالغ",
    "بالغة",
    "بالغا",
    "فالح",
    "بي",
    "لي",
    "جنيه",
    "جنيها",
    "جنيهات",
];

/// Words that start with و and whose و belongs to the root (وجد, وصل, وضع,
/// وقع, ...): compared with the *beginning* of the folded word, so وزير
/// covers وزيرة and وزيرا, and only for a split of و without an article.
pub(crate) const WAW_STEMS: &[&str] = &[
    "وجد",
    "وجود",
    "وصل",
    "وصول",
    "وضع",
    "وقت",
    "وقع",
    "وقف",
    "وزير",
    "وزار",
    "وزر",
    "ولد",
    "ولاد",
    "وعد",
    "وجه",
    "وجهة",
    "وفق",
    "ورد",
    "وارد",
    "وسع",
    "واسع",
    "وحد",
    "واحد",
    "وحيد",
    "وطن",
    "وظيف",
    "وظائف",
    "وثيق",
    "وثائق",
    "وثق",
    "وصف",
    "ولاي",
    "ولاة",
    "وكال",
    "وكيل",
    "وكلاء",
    "وسط",
    "وسيل",
    "وسائل",
    "وراء",
    "ورائ",
    "ورق",
    "وفاة",
    "وفر",
    "وفير",
    "وقائع",
    "واقع",
    "واجه",
    "واجب",
    "وجب",
    "وعي",
    "وقود",
    "ورش",
    "ورث",
    "وريث",
    "ودي",
    "وديع",
    "وداع",
    "وزن",
    "وسام",
    "وصي",
    "وصية",
    "وضوح",
    "واضح",
    "وطيد",
    "وقاية",
    "وقائي",
    "ولع",
    "ولاء",
    "وهج",
    "وباء",
    "وجيز",
    "وحش",
    "ورم",
    "وشك",
    "وحدة",
    "وحدات",
    "وجبة",
    "ورود",
    "وسيط",
    "وصفة",
    "وفد",
    "وفود",
    "وليد",
    "ولادة",
    "وقوع",
    "وقوف",
    "وشيك",
    "وعاء",
    "وفات",
];

/// Words that start with س + a letter of the imperfect (ي ت ن ا) without
/// being a future verb: سياسة, سيارة, سيطرة, سيد, سنة, ستة, ...; compared
/// with the beginning of the folded word.
pub(crate) const SIN_STEMS: &[&str] = &[
    "سياس",
    "سيار",
    "سيطر",
    "سيد",
    "سيدة",
    "سيف",
    "سين",
    "سيول",
    "سيرة",
    "سير",
    "سيل",
    "سينار",
    "سنة",
    "سنو",
    "سنت",
    "سنين",
    "ستة",
    "ستين",
    "ستار",
    "ستو",
    "سياق",
    "سياح",
    "سيادة",
    "سيئ",
    "سيول",
    "سنغ",
    "سنا",
    "سنب",
    "سنام",
    "ستائر",
    "ستر",
    "سيم",
    "سيج",
    "ستاد",
    "سيبي",
];

/// Stems that a preposition ب, ل or ك is split from even when the
/// preposition is not followed by the article: function words (بأن, لأن,
/// بذلك, لهذا) and the prepositional nouns that follow ب or ل in set
/// phrases (بسبب, بشكل, بشأن, بحسب, بفضل, بنسبة, لصالح, لدعم).
pub(crate) const PREP_HOSTS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "ما",
    "من",
    "ذلك",
    "هذا",
    "هذه",
    "هؤلاء",
    "تلك",
    "الذي",
    "التي",
    "الذين",
    "كل",
    "بعض",
    "جميع",
    "غير",
    "عدم",
    "سبب",
    "شكل",
    "شأن",
    "حسب",
    "فضل",
    "نسبة",
    "صالح",
    "صفة",
    "اسم",
    "حيث",
    "مثابة",
    "مجرد",
    "نحو",
    "هدف",
    "غرض",
    "مناسبة",
    "واسطة",
    "رغم",
    "اعتبار",
    "فعل",
    "حلول",
    "خصوص",
    "مقدار",
    "طريقة",
    "دور",
    "مدة",
    "مقابل",
    "عام",
    "اول",
    "اكثر",
    "احد",
    "اجل",
    "ذا",
    "ها",
    "ه",
    "هم",
    "هما",
    "هن",
    "نا",
    "ي",
    "ك",
    "كم",
    "كما",
    "كن",
    "مزيد",
    "اي",
    "لا",
    "عدة",
    "ربما",
];

/// Hosts of enclitic pronouns that are shorter than a stem may be:
/// prepositions and particles (فيه, عليها, إليهم, منه, عنها, معه, أنه, له,
/// به). The pronoun is split off these even under the minimum stem length.
pub(crate) const PRONOUN_HOSTS: &[&str] = &[
    "في",
    "علي",
    "الي",
    "من",
    "عن",
    "مع",
    "ان",
    "ل",
    "ب",
    "عند",
    "حول",
    "دون",
    "خلال",
    "ضد",
    "عبر",
    "تحت",
    "فوق",
    "بعد",
    "قبل",
    "امام",
    "خلف",
    "نحو",
    "مثل",
    "غير",
    "نفس",
    "اي",
    "ذات",
    "حتي",
    "لكن",
    "ك",
    "لدي",
    "بين",
    "كل",
    "بعض",
    "جميع",
    "حيال",
    "عبر",
    "منذ",
    "وراء",
    "ورائ",
    "بدون",
    "اثناء",
];

/// Stopwords of the [`Analyzer`](super::Analyzer): the function words
/// above, in the spelling of a key (ة written ه, ى written ي), matched on
/// the key after clitic removal (so وفي and وهو are stopwords too).
pub(crate) const STOPWORDS_EXTRA: &[&str] = &[
    "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا", "ل", "ب", "و", "ف",
    "يا", "عليه", "اليه", "لديه", "انه", "انها",
];

/// A function word ([`FUNCTION`]).
pub(crate) const FUNCTION_F: u8 = 1;
/// A word that stays whole ([`WHOLE`]).
pub(crate) const WHOLE_F: u8 = 2;
/// A host of a preposition ([`PREP_HOSTS`]).
pub(crate) const PREP_HOST_F: u8 = 4;
/// A host of a pronoun ([`PRONOUN_HOSTS`]).
pub(crate) const PRONOUN_HOST_F: u8 = 8;
/// The beginning of a word whose root begins with و ([`WAW_STEMS`]).
pub(crate) const WAW_STEM_F: u8 = 16;
/// The beginning of a word in س that is no future verb ([`SIN_STEMS`]).
pub(crate) const SIN_STEM_F: u8 = 32;
/// A stopword, as listed or with ة written ه and ى written ي.
pub(crate) const STOPWORD_F: u8 = 64;
/// An ending after a three-letter entry of the stem lists ([`ENDINGS`]).
const ENDING_F: u8 = 128;

/// Every list in one map from folded word to the bits of the lists it is
/// in, so that one lookup answers every question about a string.
struct Lists {
    map: Words<u8>,
    /// The longest entry in bytes: a longer string is in no list.
    max_len: usize,
    /// A one-probe filter over the entries (bit [`probe`] set for each):
    /// most words of a text are in no list and are turned away by one
    /// load, before any hashing.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The size of the filter in 64-bit words (32 Kibit).
const FILTER_WORDS: usize = 512;

/// The filter bit of `s`: its length and its first and last bytes mixed.
#[inline]
fn probe(s: &[u8]) -> usize {
    let n = s.len();
    let (a, b) = (
        s.first().copied().unwrap_or(0),
        s.last().copied().unwrap_or(0),
    );
    let c = if n >= 3 { s[n - 3] } else { 0 };
    let d = if n >= 2 { s[1] } else { 0 };
    let h = (n as u32).wrapping_mul(0x9E37_79B9)
        ^ u32::from(a).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(b).wrapping_mul(0xC2B2_AE35)
        ^ u32::from(c).wrapping_mul(0x27D4_EB2F)
        ^ u32::from(d).wrapping_mul(0x1656_67B1);
    (h ^ (h >> 15)) as usize % (FILTER_WORDS * 64)
}

static LISTS: Lazy<Lists> = Lazy::new(|| {
    let mut map: Words<u8> = Words::default();
    let mut put = |w: &str, f: u8| {
        let mut k = String::new();
        fold_into(w, &mut k);
        let tag = table::tag(&k);
        match map.find(&k, tag) {
            Some(i) => *map.value_mut(i) |= f,
            None => {
                map.insert(&k, tag, f);
            }
        }
    };
    for (list, f) in [
        (FUNCTION, FUNCTION_F),
        (WHOLE, WHOLE_F),
        (PREP_HOSTS, PREP_HOST_F),
        (PRONOUN_HOSTS, PRONOUN_HOST_F),
        (WAW_STEMS, WAW_STEM_F),
        (SIN_STEMS, SIN_STEM_F),
        (ENDINGS, ENDING_F),
    ] {
        for w in list {
            put(w, f);
        }
    }
    for w in FUNCTION.iter().chain(STOPWORDS_EXTRA) {
        put(w, STOPWORD_F);
        put(
            &w.replace(chars::TEH_MARBUTA, "ه")
                .replace(chars::ALEF_MAKSURA, "ي"),
            STOPWORD_F,
        );
    }
    let max_len = map.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut filter = Box::new([0u64; FILTER_WORDS]);
    for (k, _) in map.iter() {
        let bit = probe(k.as_bytes());
        filter[bit / 64] |= 1 << (bit % 64);
    }
    Lists {
        map,
        max_len,
        filter,
    }
});

/// The lists `s` (folded) is in, as bits.
#[inline]
pub(crate) fn flags(s: &str) -> u8 {
    let lists = &*LISTS;
    if s.len() > lists.max_len {
        return 0;
    }
    let bit = probe(s.as_bytes());
    if lists.filter[bit / 64] & (1 << (bit % 64)) == 0 {
        return 0;
    }
    lists
        .map
        .find(s, table::tag(s))
        .map_or(0, |i| *lists.map.value(i))
}

/// Whether `s` (folded) is in one of the lists of `f`.
#[inline]
pub(crate) fn is(s: &str, f: u8) -> bool {
    flags(s) & f != 0
}

/// Whether `word` begins with an entry of the list `f`. Entries of the stem
/// lists have three to five letters. One of four or five letters matches
/// any word it begins (وزار: وزارة, وزارات); one of three letters only with
/// an inflectional ending or a pronoun after it (وعد: وعدت, وعده), since
/// three letters also begin words with a clitic (وعدد is و + عدد).
pub(crate) fn starts_with_any(word: &str, f: u8) -> bool {
    let mut ends = word.char_indices().map(|(i, _)| i).skip(3);
    let Some(three) = ends.next() else {
        return is(word, f);
    };
    if is(&word[..three], f) && (three == word.len() || is(&word[three..], ENDING_F)) {
        return true;
    }
    let mut rest = ends.take(2);
    rest.any(|e| is(&word[..e], f)) || (word.chars().count() <= 5 && is(word, f))
}

/// Endings after a three-letter stem of the stem lists.
const ENDINGS: &[&str] = &[
    "ة", "ت", "ا", "ه", "ها", "هم", "ي", "ات", "ين", "ون", "وا", "ته", "تها", "تهم", "نا",
];
