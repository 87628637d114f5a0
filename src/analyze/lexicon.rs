//! Word counts learned from the user's own text, for the splits the rules
//! cannot be sure of.

use crate::chars;
use std::io::{self, BufRead, Write};

use super::letters::fold_into;
use super::table::{self, Words};
use crate::{TokenKind, Tokenizer};

/// What a doubtful split cuts off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A proclitic letter: و ف ب ك ل س.
    Proclitic(char),
    /// An enclitic pronoun.
    Enclitic,
}

/// A split is taken when `evidence(stem) ≥ MARGIN × count(whole)`: the
/// stem is seen on its own or with the article at least this share of the
/// times the whole form is. Words whose clitic-like letters are their own
/// (وصل, فيلم, بلد) have stems that are rare or not words at all.
const PROCLITIC_MARGIN: f64 = 0.3;
/// The margin for ك and ف, which are seldom a clitic before a bare stem.
const RARE_PROCLITIC_MARGIN: f64 = 3.0;
/// The size, in distinct forms, from which a lexicon is large enough that
/// a word it has never seen, with a stem it has never seen, is taken for a
/// name rather than a clitic and a stem.
const MIN_FORMS: usize = 20_000;
/// The same for an enclitic pronoun (اسمه: اسم, الاسم).
const ENCLITIC_MARGIN: f64 = 0.3;

/// Counts of word forms seen in the user's text.
///
/// [`observe`](Lexicon::observe) counts every word of a text, folded (no
/// diacritics or tatweel, alef variants written ا). A
/// [`Segmenter`](super::Segmenter) or [`Analyzer`](super::Analyzer) built
/// with a lexicon takes a doubtful split (وصل: و + صل?) when the stem is
/// seen on its own or with the article often enough compared with the whole
/// form, and leaves the word whole when the whole form is the common one.
/// Counts can be saved in a plain text format ([`Lexicon::write_to`],
/// [`Lexicon::read_from`]) and, with the `serde` feature, with serde.
///
/// ```
/// use arabic_text::analyze::Lexicon;
/// let mut lex = Lexicon::new();
/// lex.observe("الكِتاب على الطاولة والكتاب الآخر في الحقيبة");
/// assert_eq!(lex.count("الكتاب"), 1);
/// assert_eq!(lex.count("والكتاب"), 1);
/// ```
#[derive(Clone, Default)]
pub struct Lexicon {
    /// Each folded form and its count, in one [`Words`] table: a form is
    /// hashed once per lookup and nothing is allocated per form.
    counts: Words<u32>,
}

impl std::fmt::Debug for Lexicon {
    /// `Lexicon { counts: {form: count, ...} }`.
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.add("بيت", 2);
    /// assert_eq!(format!("{lex:?}"), r#"Lexicon { counts: {"بيت": 2} }"#);
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        struct Counts<'a>(&'a Lexicon);
        impl std::fmt::Debug for Counts<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_map().entries(self.0.iter()).finish()
            }
        }
        f.debug_struct("Lexicon")
            .field("counts", &Counts(self))
            .finish()
    }
}

impl Lexicon {
    /// An empty lexicon.
    ///
    /// ```
    /// assert!(arabic_text::analyze::Lexicon::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts the words of `text` (tokens of kind [`TokenKind::Word`]).
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("قرأ الطالب الكتاب، ثم قرأ الكتاب مرة أخرى.");
    /// assert_eq!((lex.count("قرأ"), lex.count("الكتاب"), lex.len()), (2, 2, 6));
    /// ```
    pub fn observe(&mut self, text: &str) {
        let mut buf = String::with_capacity(64);
        for t in Tokenizer::new().tokens(text) {
            if t.kind != TokenKind::Word {
                continue;
            }
            let form = if needs_fold(t.text) {
                buf.clear();
                fold_into(t.text, &mut buf);
                buf.as_str()
            } else {
                t.text
            };
            if !form.is_empty() {
                self.add_folded(form, 1);
            }
        }
    }

    /// Adds `count` to the count of `form` (folded first).
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.add("كِتاب", 3);
    /// assert_eq!(lex.count("كتاب"), 3);
    /// ```
    pub fn add(&mut self, form: &str, count: u32) {
        if form.is_empty() || count == 0 {
            return;
        }
        let mut buf = String::new();
        let form = if needs_fold(form) {
            fold_into(form, &mut buf);
            if buf.is_empty() {
                return;
            }
            buf.as_str()
        } else {
            form
        };
        self.add_folded(form, count);
    }

    /// Adds `count` to the count of `form`, already folded.
    #[inline]
    fn add_folded(&mut self, form: &str, count: u32) {
        let tag = table::tag(form);
        match self.counts.find(form, tag) {
            Some(i) => {
                let c = self.counts.value_mut(i);
                *c = c.saturating_add(count);
            }
            None => {
                self.counts.insert(form, tag, count);
            }
        }
    }

    /// How many times `form` was seen (after folding).
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("أحمد وأحمد");
    /// assert_eq!(lex.count("احمد"), 1);
    /// ```
    pub fn count(&self, form: &str) -> u32 {
        if needs_fold(form) {
            let mut buf = String::new();
            fold_into(form, &mut buf);
            self.get(&buf)
        } else {
            self.get(form)
        }
    }

    #[inline]
    fn get(&self, folded: &str) -> u32 {
        self.counts
            .find(folded, table::tag(folded))
            .map_or(0, |i| *self.counts.value(i))
    }

    /// The number of distinct forms.
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("نعم نعم لا");
    /// assert_eq!(lex.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no form was counted.
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("...");
    /// assert!(lex.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.counts.len() == 0
    }

    /// The forms and their counts, in no particular order.
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("سلام");
    /// assert_eq!(lex.iter().collect::<Vec<_>>(), [("سلام", 1)]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.counts.iter().map(|(k, &v)| (k, v))
    }

    /// Adds the counts of `other` to this lexicon.
    ///
    /// ```
    /// use arabic_text::analyze::Lexicon;
    /// let (mut a, mut b) = (Lexicon::new(), Lexicon::new());
    /// a.observe("بيت");
    /// b.observe("بيت كبير");
    /// a.merge(&b);
    /// assert_eq!((a.count("بيت"), a.count("كبير")), (2, 1));
    /// ```
    pub fn merge(&mut self, other: &Lexicon) {
        for (k, v) in other.iter() {
            self.add(k, v);
        }
    }

    /// Writes the counts as plain text: one `form<TAB>count` line per
    /// form, the commonest first (ties in byte order), UTF-8.
    ///
    /// ```
    /// let mut lex = arabic_text::analyze::Lexicon::new();
    /// lex.observe("كتب كتب قلم");
    /// let mut out = Vec::new();
    /// lex.write_to(&mut out).unwrap();
    /// assert_eq!(String::from_utf8(out).unwrap(), "كتب\t2\nقلم\t1\n");
    /// ```
    pub fn write_to(&self, mut out: impl Write) -> io::Result<()> {
        let mut rows: Vec<(&str, u32)> = self.iter().collect();
        rows.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for (k, v) in rows {
            writeln!(out, "{k}\t{v}")?;
        }
        Ok(())
    }

    /// Reads counts written by [`write_to`](Lexicon::write_to). Blank lines
    /// and lines starting with `#` are skipped; a malformed line is an
    /// [`io::ErrorKind::InvalidData`] error naming its line number.
    ///
    /// ```
    /// use arabic_text::analyze::Lexicon;
    /// let lex = Lexicon::read_from("# counts\nكتب\t2\nقلم\t1\n".as_bytes()).unwrap();
    /// assert_eq!(lex.count("كتب"), 2);
    /// assert!(Lexicon::read_from("كتب two\n".as_bytes()).is_err());
    /// ```
    pub fn read_from(input: impl BufRead) -> io::Result<Self> {
        let mut lex = Lexicon::new();
        for (i, line) in input.lines().enumerate() {
            let line = line?;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("lexicon line {}: expected `form<TAB>count`", i + 1),
                )
            };
            let (form, count) = line.rsplit_once('\t').ok_or_else(bad)?;
            let count: u32 = count.trim().parse().map_err(|_| bad())?;
            lex.add(form, count);
        }
        Ok(lex)
    }

    /// Evidence that `part` is a word: its count alone and with the
    /// article, and, for the stem left by a pronoun, the spelling it has
    /// without one (مدرست → مدرسة, مستوا → مستوى, ارتداؤ → ارتداء).
    pub(crate) fn evidence(&self, part: &str, kind: Kind) -> f64 {
        let mut buf = String::with_capacity(part.len() + 4);
        let mut total = 0u64;
        let mut add = |s: &str, buf: &mut String| {
            total += u64::from(self.get(s));
            buf.clear();
            buf.push_str("ال");
            buf.push_str(s);
            total += u64::from(self.get(buf));
        };
        add(part, &mut buf);
        if kind == Kind::Enclitic {
            if let Some(last) = part.chars().last() {
                let restored = match last {
                    chars::TEH => Some(chars::TEH_MARBUTA),
                    chars::ALEF => Some(chars::ALEF_MAKSURA),
                    chars::WAW_WITH_HAMZA_ABOVE | chars::YEH_WITH_HAMZA_ABOVE => Some(chars::HAMZA),
                    _ => None,
                };
                if let Some(r) = restored {
                    let mut s = String::with_capacity(part.len() + 2);
                    s.push_str(&part[..part.len() - last.len_utf8()]);
                    s.push(r);
                    add(&s, &mut buf);
                }
            }
        }
        total as f64
    }

    /// Whether `stem`, left by a pronoun and ending in ت, is better read
    /// with ة (مدرست: المدرسة is seen more than مدرست) than as written
    /// (بيت, نشرت); `None` when neither was seen.
    pub(crate) fn prefers_teh_marbuta(&self, stem: &str) -> Option<bool> {
        let base = stem.strip_suffix(chars::TEH)?;
        let mut buf = String::with_capacity(stem.len() + 4);
        let mut ev = |s: &str, suffix: char| {
            let mut n = 0u64;
            for art in ["", "ال"] {
                buf.clear();
                buf.push_str(art);
                buf.push_str(s);
                buf.push(suffix);
                n += u64::from(self.get(&buf));
            }
            n
        };
        let (with_ta, with_teh) = (ev(base, chars::TEH), ev(base, chars::TEH_MARBUTA));
        (with_ta + with_teh > 0).then_some(with_teh >= with_ta)
    }

    /// Whether the counts support cutting a clitic of `kind` off `whole`,
    /// leaving `part`; `None` when neither form was seen enough to tell.
    pub(crate) fn supports_split(&self, whole: &str, part: &str, kind: Kind) -> Option<bool> {
        let cw = f64::from(self.get(whole));
        let ep = self.evidence(part, kind);
        if ep == 0.0 && cw == 0.0 && matches!(kind, Kind::Proclitic(_)) && self.len() >= MIN_FORMS {
            // Neither seen in a large text: most often a foreign name
            // (وينستون, سيغال), whose first letter is no proclitic.
            return Some(false);
        }
        if ep < 2.0 && cw < 2.0 {
            return None;
        }
        let margin = match kind {
            Kind::Enclitic => ENCLITIC_MARGIN,
            // ك and ف begin many words (كامل, كأس, فكرة) and are rare clitics
            // before a stem without the article.
            Kind::Proclitic(chars::KAF | chars::FEH) => RARE_PROCLITIC_MARGIN,
            Kind::Proclitic(_) => PROCLITIC_MARGIN,
        };
        Some(ep >= 2.0 && ep >= margin * cw)
    }
}

/// With the `serde` feature a lexicon is `{"counts": {form: count, ...}}`.
#[cfg(feature = "serde")]
mod serde_impl {
    use super::Lexicon;
    use crate::hash::FxHasher;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::HashMap;
    use std::hash::BuildHasherDefault;

    /// The counts as a map.
    struct Counts<'a>(&'a Lexicon);

    impl Serialize for Counts<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.iter())
        }
    }

    #[derive(Serialize)]
    #[serde(rename = "Lexicon")]
    struct Out<'a> {
        counts: Counts<'a>,
    }

    #[derive(Deserialize)]
    #[serde(rename = "Lexicon")]
    struct In {
        counts: HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>,
    }

    impl Serialize for Lexicon {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            Out {
                counts: Counts(self),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Lexicon {
        /// The forms are taken as they are written, as they were saved.
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let mut lex = Lexicon::new();
            for (form, count) in In::deserialize(d)?.counts {
                let tag = super::table::tag(&form);
                lex.counts.insert(&form, tag, count);
            }
            Ok(lex)
        }
    }
}

/// Whether folding could change `word`: it has a byte that starts an
/// alef variant, a mark, tatweel, a Persian letter or an invisible char.
#[inline]
fn needs_fold(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0xD8 => {
                if i + 1 < b.len() && matches!(b[i + 1], 0x90..=0x9A | 0xA2 | 0xA3 | 0xA5) {
                    return true;
                }
                i += 2;
            }
            0xD9 => {
                if i + 1 < b.len() && matches!(b[i + 1], 0x80 | 0x8B..=0x9F | 0xB0..=0xB5) {
                    return true;
                }
                i += 2;
            }
            0xDA | 0xDB | 0xE2 | 0xEF | 0xC2 | 0xCD | 0xE1 => return true,
            _ => i += 1,
        }
    }
    false
}
