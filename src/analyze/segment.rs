//! Clitic segmentation: which letters of a word are proclitics, the article,
//! the stem and an enclitic pronoun.
//!
//! A word is read as `conj? (prep | fut)? article? stem enclitic?` and the
//! candidates are tried from the most pieces to the fewest; the first one
//! the rules accept (or, with a [`Lexicon`], the counts support) is taken.
//! See the [module docs](super) for the rules.

use super::letters::Letters;
use super::lexicon::{Kind, Lexicon};
use super::lists::{
    self, is, FUNCTION_F, PREP_HOST_F, PRONOUN_HOST_F, SIN_STEM_F, WAW_STEM_F, WHOLE_F,
};
use crate::chars;
use crate::Span;

/// What a piece of a word is.
///
/// ```
/// use arabic_text::analyze::{Role, Segmenter};
/// let roles: Vec<Role> = Segmenter::new().segment("وبالكتاب").iter().map(|p| p.role).collect();
/// assert_eq!(roles, [Role::Proclitic, Role::Proclitic, Role::Article, Role::Stem]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum Role {
    /// A conjunction و ف, a preposition ب ك ل, or the future marker س.
    Proclitic,
    /// The definite article ال (or its ل after the preposition ل: للكتاب).
    Article,
    /// What is left: the word the clitics attach to.
    Stem,
    /// An attached pronoun: ه ها هم هما هن ك كم كما كن ي ني نا.
    Enclitic,
}

impl Role {
    /// The role's lowercase name: `"proclitic"`, `"article"`, `"stem"`,
    /// `"enclitic"`.
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Role::Enclitic.as_str(), "enclitic");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Proclitic => "proclitic",
            Role::Article => "article",
            Role::Stem => "stem",
            Role::Enclitic => "enclitic",
        }
    }
}

/// One piece of a word: its text, its byte span and its role.
///
/// ```
/// use arabic_text::analyze::{Role, Segmenter};
/// use arabic_text::Span;
/// let pieces = Segmenter::new().segment("كتابهم");
/// assert_eq!((pieces[1].text, pieces[1].span, pieces[1].role), ("هم", Span::new(8, 12), Role::Enclitic));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Piece<'a> {
    /// The piece's surface text.
    pub text: &'a str,
    /// Byte offsets of the piece in the text it was cut from (the word for
    /// [`Segmenter::segment`], the whole text for a [`Term`](super::Term)).
    pub span: Span,
    /// What the piece is.
    pub role: Role,
}

/// The most pieces a word is cut into: two proclitics, the article, the
/// stem and one enclitic.
pub(crate) const MAX_PIECES: usize = 5;

/// The pieces of one word, in order; they tile the word. Dereferences to a
/// slice of [`Piece`]s.
///
/// ```
/// use arabic_text::analyze::Segmenter;
/// let pieces = Segmenter::new().segment("للكتاب");
/// let texts: Vec<&str> = pieces.iter().map(|p| p.text).collect();
/// assert_eq!(texts, ["ل", "ل", "كتاب"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pieces<'a> {
    items: [Piece<'a>; MAX_PIECES],
    len: u8,
}

impl<'a> Pieces<'a> {
    pub(crate) fn new(
        text: &'a str,
        base: usize,
        parse: &Parse,
        letters: Option<&Letters>,
    ) -> Self {
        let empty = Piece {
            text: "",
            span: Span::new(0, 0),
            role: Role::Stem,
        };
        let mut p = Pieces {
            items: [empty; MAX_PIECES],
            len: 0,
        };
        let Some(l) = letters else {
            p.items[0] = Piece {
                text,
                span: Span::new(base, base + text.len()),
                role: Role::Stem,
            };
            p.len = 1;
            return p;
        };
        let (ends, roles, n) = parse.ends(l);
        Self::from_ends(text, base, &ends[..n], &roles[..n])
    }

    /// Pieces of `text` (at `base` in the analyzed text) ending at `ends`
    /// (bytes from the start of `text`) with `roles`.
    pub(crate) fn from_ends(text: &'a str, base: usize, ends: &[u32], roles: &[Role]) -> Self {
        let empty = Piece {
            text: "",
            span: Span::new(0, 0),
            role: Role::Stem,
        };
        let mut p = Pieces {
            items: [empty; MAX_PIECES],
            len: 0,
        };
        let mut start = 0;
        for (&end, &role) in ends.iter().zip(roles) {
            let end = end as usize;
            p.items[usize::from(p.len)] = Piece {
                text: &text[start..end],
                span: Span::new(base + start, base + end),
                role,
            };
            p.len += 1;
            start = end;
        }
        p
    }

    /// The pieces as a slice.
    ///
    /// ```
    /// let p = arabic_text::analyze::Segmenter::new().segment("بيته");
    /// assert_eq!(p.as_slice().len(), 2);
    /// ```
    pub fn as_slice(&self) -> &[Piece<'a>] {
        &self.items[..usize::from(self.len)]
    }
}

impl<'a> IntoIterator for Pieces<'a> {
    type Item = Piece<'a>;
    type IntoIter = core::iter::Take<core::array::IntoIter<Piece<'a>, MAX_PIECES>>;

    /// The pieces, by value.
    ///
    /// ```
    /// let roles: Vec<_> = arabic_text::analyze::Segmenter::new().segment("بيته").into_iter().map(|p| p.role.as_str()).collect();
    /// assert_eq!(roles, ["stem", "enclitic"]);
    /// ```
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(usize::from(self.len))
    }
}

impl<'a, 'p> IntoIterator for &'p Pieces<'a> {
    type Item = &'p Piece<'a>;
    type IntoIter = core::slice::Iter<'p, Piece<'a>>;

    /// The pieces, by reference.
    ///
    /// ```
    /// let pieces = arabic_text::analyze::Segmenter::new().segment("بيته");
    /// assert_eq!((&pieces).into_iter().count(), 2);
    /// ```
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<'a> core::ops::Deref for Pieces<'a> {
    type Target = [Piece<'a>];
    fn deref(&self) -> &[Piece<'a>] {
        self.as_slice()
    }
}

/// A reading of a word, in letters: `procl` proclitic letters (one piece
/// each), then `art` letters of article, the stem up to `stem_end`, and an
/// enclitic from there to the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parse {
    pub procl: u8,
    pub art: u8,
    pub stem_end: u8,
}

impl Parse {
    pub(crate) fn whole(n: usize) -> Self {
        Parse {
            procl: 0,
            art: 0,
            stem_end: n as u8,
        }
    }

    /// The first letter of the stem.
    pub(crate) fn stem_start(&self) -> usize {
        usize::from(self.procl + self.art)
    }

    /// Whether an enclitic was cut off a word of `n` letters.
    pub(crate) fn has_enclitic(&self, n: usize) -> bool {
        usize::from(self.stem_end) < n
    }

    /// The end of each piece in bytes from the word's start, its role, and
    /// how many pieces there are (they tile the word: the first one also
    /// takes anything before the first letter).
    pub(crate) fn ends(&self, l: &Letters) -> ([u32; MAX_PIECES], [Role; MAX_PIECES], usize) {
        let mut ends = [0u32; MAX_PIECES];
        let mut roles = [Role::Proclitic; MAX_PIECES];
        let p = usize::from(self.procl);
        // One letter a proclitic, then the article, stem and enclitic
        // where they are not empty.
        ends[..p].copy_from_slice(&l.at[1..=p]);
        let mut k = p;
        let s = self.stem_start();
        let e = usize::from(self.stem_end);
        for (a, b, role) in [
            (p, s, Role::Article),
            (s, e, Role::Stem),
            (e, l.n, Role::Enclitic),
        ] {
            if a < b {
                ends[k] = l.at[b];
                roles[k] = role;
                k += 1;
            }
        }
        (ends, roles, k)
    }
}

/// Enclitic pronouns, longest first, so هما is tried before ها and ه.
/// Each with its length in letters.
const ENCLITICS: [(&str, usize); 12] = [
    ("هما", 3),
    ("كما", 3),
    ("ها", 2),
    ("هم", 2),
    ("هن", 2),
    ("كم", 2),
    ("كن", 2),
    ("ني", 2),
    ("نا", 2),
    ("ه", 1),
    ("ك", 1),
    ("ي", 1),
];

/// The last letter of each of [`ENCLITICS`] (all two-byte letters).
const ENCLITIC_LAST: [char; ENCLITICS.len()] = {
    let mut out = ['\0'; ENCLITICS.len()];
    let mut k = 0;
    while k < ENCLITICS.len() {
        let b = ENCLITICS[k].0.as_bytes();
        let n = b.len();
        let c = ((b[n - 2] as u32 & 0x1F) << 6) | (b[n - 1] as u32 & 0x3F);
        out[k] = match char::from_u32(c) {
            Some(c) => c,
            None => panic!("a pronoun ends in a letter"),
        };
        k += 1;
    }
    out
};

/// The shortest stem, in letters, that a proclitic or an enclitic is cut
/// from, unless the stem is a listed host (في, من, أن, ...).
const MIN_STEM: usize = 3;
/// The shortest stem after the article: ال + two letters (الأب, الدم).
const MIN_STEM_AFTER_ARTICLE: usize = 2;

/// Cuts words into proclitics, article, stem and enclitic.
///
/// Without a [`Lexicon`] the built-in rules decide (conservative: a word
/// stays whole unless the split is safe); [`Segmenter::with_lexicon`] lets
/// counts learned from the user's text decide the doubtful cases. Build it
/// once and reuse it; it is `Send + Sync`.
///
/// ```
/// use arabic_text::analyze::Segmenter;
/// let seg = Segmenter::new();
/// let texts = |w| seg.segment(w).iter().map(|p| p.text).collect::<Vec<_>>();
/// assert_eq!(texts("وبالكتاب"), ["و", "ب", "ال", "كتاب"]);
/// assert_eq!(texts("مدرسته"), ["مدرست", "ه"]);
/// assert_eq!(texts("الله"), ["الله"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    lexicon: Option<Lexicon>,
}

impl Segmenter {
    /// A segmenter with the built-in rules only.
    ///
    /// ```
    /// let pieces = arabic_text::analyze::Segmenter::new().segment("وزير");
    /// assert_eq!(pieces.len(), 1); // و belongs to the root: not و + زير
    /// ```
    pub fn new() -> Self {
        Segmenter { lexicon: None }
    }

    /// A segmenter whose doubtful splits are decided by `lexicon`'s counts.
    ///
    /// ```
    /// use arabic_text::analyze::{Lexicon, Segmenter};
    /// let mut lex = Lexicon::new();
    /// lex.observe("ذهب المعلمون إلى المدرسة. معلمون كثيرون ومعلمون آخرون. قابلت معلمين");
    /// let seg = Segmenter::with_lexicon(lex);
    /// assert_eq!(seg.segment("ومعلمون").len(), 2);
    /// ```
    pub fn with_lexicon(lexicon: Lexicon) -> Self {
        Segmenter {
            lexicon: Some(lexicon),
        }
    }

    /// The lexicon, if any.
    ///
    /// ```
    /// assert!(arabic_text::analyze::Segmenter::new().lexicon().is_none());
    /// ```
    pub fn lexicon(&self) -> Option<&Lexicon> {
        self.lexicon.as_ref()
    }

    /// The pieces of `word`, spans relative to `word`. A string that is not
    /// one Arabic word comes back as one stem piece.
    ///
    /// ```
    /// use arabic_text::analyze::{Role, Segmenter};
    /// let pieces = Segmenter::new().segment("فيها");
    /// assert_eq!(pieces.iter().map(|p| (p.text, p.role)).collect::<Vec<_>>(),
    ///            [("في", Role::Stem), ("ها", Role::Enclitic)]);
    /// ```
    pub fn segment<'a>(&self, word: &'a str) -> Pieces<'a> {
        let letters = Letters::new(word);
        let parse = letters.as_ref().map_or(Parse::whole(0), |l| self.parse(l));
        Pieces::new(word, 0, &parse, letters.as_ref())
    }

    /// The reading of a word's letters.
    pub(crate) fn parse(&self, l: &Letters) -> Parse {
        let n = l.n;
        let whole = Parse::whole(n);
        if n < 2 || !l.chars[..n].iter().all(|&c| is_letter(c)) {
            // Digits glued to a conjunction (و2006) are the one mixed case.
            if n >= 2
                && matches!(l.chars[0], chars::WAW | chars::FEH)
                && l.chars[1..n].iter().all(|c| {
                    c.is_ascii_digit()
                        || (chars::ARABIC_INDIC_ZERO..=chars::ARABIC_INDIC_NINE).contains(c)
                })
            {
                return Parse {
                    procl: 1,
                    art: 0,
                    stem_end: n as u8,
                };
            }
            return whole;
        }
        let word = l.folded(0, n);
        if is(word, WHOLE_F | FUNCTION_F) {
            return whole;
        }
        let lex = self.lexicon.as_ref();
        // Proclitic chains, most pieces first.
        for chain in prefix_chains(l) {
            if let Some(parse) = self.try_chain(l, chain, lex) {
                return parse;
            }
        }
        whole
    }

    /// Checks one proclitic chain and, when it holds, finds the enclitic.
    fn try_chain(&self, l: &Letters, chain: Chain, lex: Option<&Lexicon>) -> Option<Parse> {
        let n = l.n;
        let p = chain.len();
        let art = chain.art;
        let s = p + usize::from(art);
        if art > 0 {
            // The article: at least two letters of stem, and no enclitic.
            if n - s < MIN_STEM_AFTER_ARTICLE || is(l.folded(p, n), WHOLE_F | FUNCTION_F) {
                // والذي is و + الذي: a relative keeps its ال.
                return None;
            }
            let stem = l.folded(s, n);
            if n - s == 2
                && (stem.ends_with(chars::TEH_MARBUTA)
                    || stem == "ات"
                    || stem == "ين"
                    || stem == "ون")
            {
                return None;
            }
            return Some(Parse {
                procl: p as u8,
                art,
                stem_end: n as u8,
            });
        }
        let host = l.folded(p, n);
        if p == 0 {
            return Some(self.enclitic(l, 0, lex, true));
        }
        // ولايات is not و + ل + ايات: a root in و holds after a preposition too.
        if matches!(chain.last, Last::Prep(_))
            && l.get(0) == chars::WAW
            && lists::starts_with_any(l.folded(0, n), WAW_STEM_F)
        {
            return None;
        }
        // The host must stand as a word of its own.
        if host.chars().count() < 2 {
            return None;
        }
        let encl = self.enclitic(l, p, lex, false);
        let stem = l.folded(p, usize::from(encl.stem_end));
        let host_known = is(host, FUNCTION_F)
            || (usize::from(encl.stem_end) < n
                && is(stem, PRONOUN_HOST_F)
                && stem.chars().count() >= 2);
        let ok = match chain.last {
            Last::Conj(c) => {
                if host_known {
                    true
                } else if c == chars::FEH {
                    // ف before a bare stem is rare and ف begins many words
                    // (فكرة, فحسب, فلكي): only before the article, a
                    // preposition, the future or a function word.
                    false
                } else {
                    let rule = n - p >= MIN_STEM;
                    !lists::starts_with_any(l.folded(0, n), WAW_STEM_F)
                        && !is(host, WHOLE_F)
                        && (doubtful(lex, l.folded(0, n), host, Kind::Proclitic(c), rule)
                            // A host with a pronoun is seldom seen as such
                            // (وشاركها): its stem speaks for it.
                            || (rule
                                && usize::from(encl.stem_end) < n
                                && doubtful(lex, l.folded(0, n), stem, Kind::Proclitic(c), false)))
                }
            }
            Last::Prep(c) => {
                let with_prep = l.folded(p - 1, n);
                let stem_len = usize::from(encl.stem_end) - p;
                if is(with_prep, FUNCTION_F | WHOLE_F) || stem_len < 2 {
                    // وكان is و + كان, not و + ك + ان; كلها is كل + ها, not
                    // ك + ل + ها.
                    false
                } else if is(host, PREP_HOST_F) || is(stem, PREP_HOST_F) {
                    true
                } else if c == chars::LAM
                    && is(host, FUNCTION_F)
                    && matches!(l.get(p), chars::YEH | chars::TEH)
                {
                    // ليكون, لتكون: ل before an auxiliary verb.
                    true
                } else if is(host, FUNCTION_F) && (c == chars::KAF || stem_len < 3) {
                    false
                } else if stem_len < if c == chars::KAF { 4 } else { 3 } {
                    // بحر, بيد, برس: before a stem this short the letter is
                    // the word's own far more often than a clitic.
                    false
                } else {
                    doubtful(lex, with_prep, host, Kind::Proclitic(c), prep_rule(c, l, p))
                }
            }
            Last::Fut => {
                // ا only as أ, the first person (سأكتب): a bare ا after س
                // begins a name or a noun (سابق, سامسونغ).
                (matches!(l.get(p), chars::YEH | chars::TEH | chars::NOON)
                    || (l.get(p) == chars::ALEF && l.bare_alef & (1 << p) == 0))
                    && usize::from(encl.stem_end) - p >= 3
                    && !lists::starts_with_any(l.folded(p - 1, n), SIN_STEM_F)
                    && doubtful(
                        lex,
                        l.folded(p - 1, n),
                        host,
                        Kind::Proclitic(chars::SEEN),
                        // An imperfect verb has its prefix and three root
                        // letters; with three letters in all (سيضع), only
                        // counts can tell.
                        usize::from(encl.stem_end) - p >= 4,
                    )
            }
        };
        ok.then_some(Parse {
            procl: p as u8,
            art: 0,
            stem_end: encl.stem_end,
        })
    }

    /// The enclitic of the host at letters `p..n`, if one comes off.
    /// `checked`: the whole word is known to be in no list.
    fn enclitic(&self, l: &Letters, p: usize, lex: Option<&Lexicon>, checked: bool) -> Parse {
        let n = l.n;
        let none = Parse {
            procl: p as u8,
            art: 0,
            stem_end: n as u8,
        };
        // Every pronoun ends in ه, ا, م, ن, ك or ي: most words are done here.
        if n - p < 2
            || !matches!(
                l.get(n - 1),
                chars::HEH | chars::ALEF | chars::MEEM | chars::NOON | chars::KAF | chars::YEH
            )
        {
            return none;
        }
        let host = l.folded(p, n);
        if (p > 0 || !checked) && is(host, FUNCTION_F | WHOLE_F) {
            return none;
        }
        let last = l.get(n - 1);
        for (k, &(e, elen)) in ENCLITICS.iter().enumerate() {
            // The last letter first: most pronouns end otherwise.
            if ENCLITIC_LAST[k] != last || !host.ends_with(e) || n - p <= elen {
                continue;
            }
            let end = n - elen;
            let stem = l.folded(p, end);
            let slen = end - p;
            let f = lists::flags(stem);
            if f & PRONOUN_HOST_F != 0 {
                return Parse {
                    stem_end: end as u8,
                    ..none
                };
            }
            if slen < MIN_STEM || f & FUNCTION_F != 0 {
                continue;
            }
            let last = l.get(end - 1);
            let rule = match e {
                "ه" => last != chars::ALEF && !ROOT_FINAL_HEH.iter().any(|r| host.ends_with(r)),
                "ها" | "هم" | "هما" => last != chars::ALEF,
                "هن" => last != chars::ALEF && slen >= 3,
                "نا" => !matches!(last, chars::ALEF | chars::WAW | chars::YEH),
                _ => false,
            };
            // ي and ني end too many nouns and adjectives (عربي, وطني, شهري):
            // only off a listed host.
            if matches!(e, "ي" | "ني") {
                continue;
            }
            // After a perfect verb نا is its subject, not a pronoun to cut
            // off (طلبنا), and names end in it (مارينا): counts may only
            // refuse what the rule allows.
            let split = if e == "نا" {
                rule && doubtful(lex, host, stem, Kind::Enclitic, rule)
            } else {
                doubtful(lex, host, stem, Kind::Enclitic, rule)
            };
            if split {
                return Parse {
                    stem_end: end as u8,
                    ..none
                };
            }
            // A shorter pronoun may still come off (ها after هما fails).
        }
        none
    }
}

/// A split the rules cannot be sure of: `whole` would become `part` once
/// a clitic of `kind` is cut off. With a lexicon, the counts decide when
/// they have seen either form; otherwise `rule` does.
fn doubtful(lex: Option<&Lexicon>, whole: &str, part: &str, kind: Kind, rule: bool) -> bool {
    match lex {
        Some(lex) => lex.supports_split(whole, part, kind).unwrap_or(rule),
        None => rule,
    }
}

/// The rule for a preposition before a stem that is not a listed host:
/// ل before an imperfect verb or a verbal noun in ت (ليكون, لتحقيق), ب or ل
/// before a long verbal noun in ا (باستخدام, لانتخاب).
fn prep_rule(c: char, l: &Letters, p: usize) -> bool {
    let rest = l.n - p;
    match (c, l.get(p)) {
        (chars::LAM, chars::YEH | chars::TEH) => rest >= 4,
        // Verbal nouns of the derived forms: افتعال, استفعال (third letter
        // ت: اعتبار, استخدام) and انفعال (انتقال, انسحاب).
        (chars::BEH | chars::LAM, chars::ALEF) => {
            rest >= 5
                && (l.get(p + 2) == chars::TEH
                    || (l.get(p + 1) == chars::NOON && l.get(p + 4) == chars::ALEF))
        }
        _ => false,
    }
}

/// Endings whose final ه is the root's last letter, not a pronoun: the
/// families of وجه (توجه, اتجه, يواجه), شبه (تشابه), نبه (انتبه), كره, فقه,
/// نزه, تافه, فواكه, شوه, نوه.
const ROOT_FINAL_HEH: &[&str] = &[
    "وجه",
    "واجه",
    "تجه",
    "شبه",
    "شابه",
    "نبه",
    "كره",
    "فقه",
    "نزه",
    "تافه",
    "فواكه",
    "شوه",
    "نوه",
    "وجيه",
    "نبيه",
];

/// Whether `c` is an Arabic letter the rules read.
#[inline]
fn is_letter(c: char) -> bool {
    (chars::HAMZA..=chars::YEH).contains(&c)
}

/// The last proclitic of a chain.
#[derive(Clone, Copy, Debug)]
enum Last {
    Conj(char),
    Prep(char),
    Fut,
}

/// A proclitic chain: how many clitic letters, the kind of the last one,
/// and the article's letters after them.
#[derive(Clone, Copy, Debug)]
struct Chain {
    procl: u8,
    last: Last,
    art: u8,
}

impl Chain {
    fn len(&self) -> usize {
        usize::from(self.procl)
    }
}

/// The proclitic chains `l` could start with, most pieces first; the empty
/// chain (with or without the article) last.
fn prefix_chains(l: &Letters) -> impl Iterator<Item = Chain> {
    let mut out: [Option<Chain>; 8] = [None; 8];
    let mut k = 0;
    let mut push = |c: Chain| {
        if k < out.len() {
            out[k] = Some(c);
            k += 1;
        }
    };
    let c0 = l.get(0);
    let conj = matches!(c0, chars::WAW | chars::FEH);
    let at = if conj { 1 } else { 0 };
    // conj? prep article / conj? ل ل
    for start in [at, 0] {
        let c = l.get(start);
        if matches!(c, chars::BEH | chars::KAF | chars::LAM) {
            let last = Last::Prep(c);
            if c == chars::LAM && l.get(start + 1) == chars::LAM && !l.is_article_at(start + 1) {
                push(Chain {
                    procl: (start + 1) as u8,
                    last,
                    art: 1,
                });
            } else if c != chars::LAM && l.is_article_at(start + 1) {
                push(Chain {
                    procl: (start + 1) as u8,
                    last,
                    art: 2,
                });
            }
        }
        if start == 0 {
            break;
        }
    }
    if conj && l.is_article_at(1) {
        push(Chain {
            procl: 1,
            last: Last::Conj(c0),
            art: 2,
        });
    }
    if l.is_article_at(0) {
        push(Chain {
            procl: 0,
            last: Last::Conj('\0'),
            art: 2,
        });
    }
    // conj? (prep | fut) without article
    for start in [at, 0] {
        let c = l.get(start);
        if matches!(c, chars::BEH | chars::KAF | chars::LAM) {
            push(Chain {
                procl: (start + 1) as u8,
                last: Last::Prep(c),
                art: 0,
            });
        } else if c == chars::SEEN {
            push(Chain {
                procl: (start + 1) as u8,
                last: Last::Fut,
                art: 0,
            });
        }
        if start == 0 {
            break;
        }
    }
    if conj {
        push(Chain {
            procl: 1,
            last: Last::Conj(c0),
            art: 0,
        });
    }
    push(Chain {
        procl: 0,
        last: Last::Conj('\0'),
        art: 0,
    });
    out.into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (why, word, pieces joined by +) with the built-in rules.
    const RULES: &[(&str, &str, &str)] = &[
        (
            "conjunction, preposition, article",
            "وبالكتاب",
            "و+ب+ال+كتاب",
        ),
        ("ل + ال is written لل", "للكتاب", "ل+ل+كتاب"),
        ("conjunction before a function word", "وفي", "و+في"),
        ("ف before a function word", "فإن", "ف+إن"),
        ("ف before a bare stem stays", "فكرة", "فكرة"),
        ("root in و", "وزير", "وزير"),
        ("root in و with an ending", "وعدت", "وعدت"),
        (
            "three letters of a root in و begin و + عدد",
            "وعدد",
            "و+عدد",
        ),
        ("future before an imperfect verb", "سيكون", "س+يكون"),
        ("no future before a noun", "سياسة", "سياسة"),
        ("no future before a bare alef", "سابق", "سابق"),
        ("pronoun off a noun", "مدرسته", "مدرست+ه"),
        ("pronoun off a listed host", "فيها", "في+ها"),
        ("root-final ه", "توجه", "توجه"),
        ("ه after ا is the root's", "اتجاه", "اتجاه"),
        ("tanween after ه", "اتجاها", "اتجاها"),
        ("nisba ي stays", "عربي", "عربي"),
        ("words that stay whole", "الله", "الله"),
        ("article needs a bare alef", "إلغاء", "إلغاء"),
        ("a preposition before a host", "بسبب", "ب+سبب"),
        ("no preposition before an unknown stem", "برنامج", "برنامج"),
        ("ل before an imperfect verb", "ليكون", "ل+يكون"),
        ("ب before a derived verbal noun", "باستخدام", "ب+استخدام"),
        ("كان is no ك + ان", "وكان", "و+كان"),
        ("digits after و", "و2006", "و+2006"),
        (
            "diacritics stay with their letter",
            "وَبِالكِتَابِ",
            "وَ+بِ+ال+كِتَابِ",
        ),
    ];

    #[test]
    fn enclitic_last_letters() {
        for (k, (e, _)) in ENCLITICS.iter().enumerate() {
            assert_eq!(Some(ENCLITIC_LAST[k]), e.chars().last(), "{e}");
        }
    }

    #[test]
    fn rules_table() {
        let seg = Segmenter::new();
        for (why, word, want) in RULES {
            let got: Vec<&str> = seg.segment(word).iter().map(|p| p.text).collect();
            assert_eq!(got.join("+"), *want, "{why}: {word}");
        }
    }

    #[test]
    fn lexicon_refuses_a_stem_it_never_saw_and_takes_one_it_did() {
        let mut lex = Lexicon::new();
        lex.observe(&"وصل الوفد. قال المدير. قال الوزير. وقال الرئيس. ".repeat(3));
        let seg = Segmenter::with_lexicon(lex);
        let texts = |w| seg.segment(w).iter().map(|p| p.text).collect::<Vec<_>>();
        assert_eq!(texts("وصل"), ["وصل"]);
        assert_eq!(texts("وقال"), ["و", "قال"]);
    }
}
