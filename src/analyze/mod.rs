//! Search analysis: clitic segmentation with a span per piece, a search
//! key per word, stopwords.
//!
//! An [`Analyzer`] turns text into [`Term`]s: each word of the text, its
//! surface [`Span`], its pieces (proclitics, article, stem, enclitic, each
//! with its span and [`Role`]) and its search key, so that a query for
//! كتاب finds والكتاب, بالكتاب, للكتاب and كتابهم, and a highlight covers
//! the whole surface word.
//!
//! ```
//! use arabic_text::analyze::Analyzer;
//!
//! let analyzer = Analyzer::new(); // build once, reuse; Send + Sync
//! let keys: Vec<String> = analyzer.terms("وبالكتاب وكتابهم للكتاب").map(|t| t.key.into()).collect();
//! assert_eq!(keys, ["كتاب", "كتاب", "كتاب"]);
//! ```
//!
//! # Clitics
//!
//! A word is read as `conjunction? (preposition | future)? article? stem
//! pronoun?` ([`Segmenter`]):
//!
//! | piece | letters | role | when it is cut off |
//! |---|---|---|---|
//! | conjunction | و, ف | proclitic | و: before a function word (وفي, وقد), the article (والكتاب), a preposition or the future (وبالكتاب, وسيكون), or any host of three letters or more, unless the word begins like a word whose root begins with و (وزير, وصل, وقت; list below). ف: before a function word, the article, a preposition or the future only (فيلم, فكرة, فقط stay whole: ف before a bare stem is rare, and many words begin with it) |
//! | preposition | ب, ك, ل | proclitic | before the article (بالكتاب, كالعادة; ل + ال is written لل), or before a listed host (بأن, لذلك, بسبب, بشكل); ل before an imperfect verb or a verbal noun in ت (ليكون, لتحقيق), ب and ل before a verbal noun of the derived forms (باستخدام, لانتقال). Otherwise only when a [`Lexicon`] supports it, and never before a stem shorter than three letters (four after ك): بحر, بيد, كأس stay whole |
//! | future | س | proclitic | before an imperfect verb: ي, ت, ن or أ (never a bare ا: سابق, سامسونغ) and three more letters (سيكون, ستبدأ); with three letters in all (سيضع) only when a lexicon supports it; never when the word is listed (سياسة, سيارة, سنة) |
//! | article | ال (after ل: ل) | article | after the proclitics, with a bare alef (إلغاء is not ال + غاء), leaving two letters or more that are not only an ending (والدة stays) |
//! | pronoun | ه ها هم هما هن ك كم كما كن ي ني نا | enclitic | never after the article; off a listed host (فيه, عليها, منهم, أنه, له, به) or a stem of three letters or more: ه unless the stem ends in ا (اتجاه, مياه) or the word ends like a root with a final ه (توجه, يواجه, تشابه, انتبه); ها هم هما unless the stem ends in ا (اتجاها is a noun and its tanween); نا unless the stem ends in ا, و or ي (أحيانا, كورونا), and counts may refuse it but never grant it (after a perfect verb نا is the subject: طلبنا); ك كم كما كن only off a listed host or with a lexicon, since many words end so (ذلك, ملك, مشترك); ي and ني only off a listed host (عربي, وطني, شهري are adjectives) |
//!
//! The pieces are byte spans of the surface word and tile it: a diacritic
//! stays with the letter it is written on.
//!
//! # Closed lists
//!
//! All lists are written for this crate (none is taken from another
//! project or a corpus). They are compared with the folded word: no
//! diacritics or tatweel, alef variants written ا.
//!
//! - **Function words** (prepositions في من على إلى عن مع حتى منذ لدى عند
//!   بين نحو حول دون خلال ضد عبر تحت فوق بعد قبل أمام خلف وراء …; pronouns
//!   هو هي هم …; demonstratives هذا هذه ذلك تلك هنا هناك …; relatives الذي
//!   التي الذين …; particles قد لقد لا لم لن ما أن إن لكن بل أو ثم إذا لو كي
//!   كما ليس …; auxiliaries كان كانت يكون أصبح ظل بات …; quantifiers كل بعض
//!   جميع غير عدة نفس …). Why: they are never split themselves (بعد is
//!   not ب + عد, كما is not ك + ما, لكن is not ل + كن), a conjunction before
//!   them always is (وفي, فإن), and they are the stopwords.
//! - **Words that stay whole**: الله and its forms with a proclitic (لله,
//!   بالله), آلاف, آلية, آلة, والد and its forms, والي, وكالة, بالغ, بي and
//!   لي (mostly letters of names: بي بي سي), جنيه. Why: their first or last
//!   letters look like a clitic but belong to the word.
//! - **Words whose root begins with و** (وجد وجود وصل وضع وقت وقع وقف وزير
//!   وزارة ولد وعد وجه وفق ورد وسع واحد وحدة وطن وظيفة وثيقة وصف ولاية
//!   وكيل وسط وسيلة وراء ورق وفاة وفر واقع واجه واجب وعي …), compared with
//!   the beginning of the word; an entry of three letters only with an
//!   ending or pronoun after it (وعدت, but وعدد is و + عدد). Why: و + زير,
//!   و + قت are not words.
//! - **Words that begin with س + an imperfect letter** without being a
//!   future verb (سياسة سيارة سيطرة سيد سيف سيرة سنة سنوات ستة ستين ستار
//!   سياق سياحة سيادة …). Why: the future marker only goes on verbs.
//! - **Hosts of a preposition**: أن ما من ذلك هذا هذه الذي كل بعض جميع غير
//!   and the prepositional nouns of set phrases (سبب شكل شأن حسب فضل نسبة
//!   صالح صفة اسم حيث مثابة مجرد هدف رغم اعتبار …). Why: ب and ل are split
//!   off these without a lexicon; before other stems (برنامج, بطولة, لقب)
//!   the letter is too often the word's own.
//! - **Hosts of a pronoun** shorter than a stem may be: في علي إلي من عن مع
//!   أن ل ب ك لدي عند بين … (فيه, عليه, إليها, منهم, عنها, أنه, لها, بهم).
//! - **Root-final ه**: the endings وجه واجه تجه شبه شابه نبه كره فقه نزه
//!   تافه فواكه شوه نوه, whose ه is no pronoun.
//!
//! # Lexicon
//!
//! A [`Lexicon`] counts word forms in the user's own text. With one, a
//! doubtful split (a conjunction before a stem that is not listed, a
//! preposition before a stem that is not a host, the future before a short
//! verb, a pronoun) is taken when `evidence(stem) ≥ 0.3 × count(word)` (for
//! ك, `3 × count(word)`): the evidence is the count of the stem alone and
//! with the article, and for a stem left by a pronoun also its spelling
//! before ة, ى or ء (مدرست: مدرسة, المدرسة). A word whose clitic-like
//! letters are its own has a stem that is rare or no word at all (وصل: صل),
//! while a real clitic form is a small share of its stem's uses. A
//! conjunction before a host with a pronoun is also judged by the stem
//! without the pronoun (وشاركها: شارك). When neither the word nor the stem
//! was seen twice, the rules decide, except that in a lexicon of 20,000
//! forms or more a proclitic split whose word and stem were both never seen
//! is refused: such words are mostly foreign names (وينستون, سيغال). The
//! closed lists always win over counts. A lexicon also decides whether a
//! stem in ت left by a pronoun keys with ة (مدرسته → مدرسة) or keeps its ت
//! (بيته → بيت, نشرتها → نشرت), by which of the two spellings it has seen
//! more; without one, stems of four letters or more take ة.
//!
//! # The key
//!
//! 1. The stem piece under [`NormalizeOptions::SEARCH`](crate::NormalizeOptions::SEARCH),
//!    holding back ة → ه and ى → ي: for a word of plain Arabic letters the
//!    letters the segmenter read are exactly that, otherwise the crate's
//!    [`Normalizer`] folds the stem.
//! 2. After a pronoun, the spelling it changed is restored: a final ت
//!    becomes ة (مدرسته → مدرسة; see the lexicon above), a final ا of a
//!    stem of four letters or more becomes ى (مستواه → مستوى), ؤ and ئ
//!    become ء (أبناؤه → أبناء).
//! 3. Unless the key is a stopword, one inflectional suffix is removed, the
//!    first that matches and leaves at least three letters (so بيان, دين
//!    and سنة keep their ends):
//!    - تين, تان (dual of a noun in ة) → ة: مدينتين → مدينة;
//!    - ات (feminine plural) → ة: سيارات → سيارة, since most such plurals
//!      have a singular in ة;
//!    - ية (feminine of a nisba adjective) → ي: الأوروبية → أوروبي;
//!    - ون, ين (masculine plural, dual in the genitive): معلمون → معلم;
//!    - ان (dual): كتابان → كتاب;
//!    - وا (plural of a verb): قالوا → قال;
//!    - ا (the tanween alef): كبيرا → كبير, only when written bare (يبدأ
//!      keeps its hamza) and not after ي, where it ends a name (أستراليا,
//!      كوريا);
//!    - ت (feminine of a perfect verb): قالت → قال, بدأت → بدأ; بيت, صوت
//!      and وقت keep it, having no three letters left.
//!
//!    ة itself stays: مجموعة, دورة, حملة are other words than مجموع, دور,
//!    حمل, and the treebank we measure with gives them other lemmas.
//! 4. ة → ه, ى → ي (the rest of SEARCH), and lowercase for other scripts.
//!
//! The key is never empty: a word with no letters left keys as itself.
//!
//! # Stopwords
//!
//! The function words above plus the bare pronouns and one-letter
//! clitics, compared with the key before suffix stemming, after clitic
//! removal, so وفي and وهو are stopwords. The [`Analyzer`] skips them by
//! default ([`Analyzer::with_stopwords`]); each [`Term`] says whether it is
//! one.

mod key;
mod letters;
mod lexicon;
mod lists;
mod memo;
mod segment;
mod table;
#[cfg(feature = "tantivy")]
mod tantivy;
mod term_key;

pub use lexicon::Lexicon;
pub use segment::{Piece, Pieces, Role, Segmenter};
#[cfg(feature = "tantivy")]
pub use tantivy::{AnalyzerTokenStream, ArabicTokenizer};
pub use term_key::Key;

use crate::chars;
use crate::normalize::Normalizer;
use crate::{Span, TokenKind, Tokenizer, Tokens};
use letters::Letters;
use segment::Parse;

/// One analyzed word: where it is, its pieces and its search key.
///
/// ```
/// use arabic_text::analyze::{Analyzer, Role};
/// let t = Analyzer::new().terms("ومدرسته").next().unwrap();
/// assert_eq!((t.text, t.key.as_str(), t.position), ("ومدرسته", "مدرسه", 0));
/// let roles: Vec<Role> = t.pieces().iter().map(|p| p.role).collect();
/// assert_eq!(roles, [Role::Proclitic, Role::Stem, Role::Enclitic]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Term<'a> {
    /// The surface word, `&text[span]`.
    pub text: &'a str,
    /// Byte offsets of the whole surface word in the text.
    pub span: Span,
    /// Position among the terms yielded, from 0.
    pub position: usize,
    /// The search key: normalized, clitics removed, lightly stemmed (a
    /// [`Key`] dereferences to `str`; it is kept inline, so a term costs no
    /// allocation).
    pub key: Key,
    /// Whether the key is a stopword.
    pub stopword: bool,
    /// End of each piece in bytes from the word's start, and its role:
    /// a term stays small to move, and [`Term::pieces`] spells them out.
    ends: [u32; segment::MAX_PIECES],
    roles: [Role; segment::MAX_PIECES],
    n: u8,
}

impl<'a> Term<'a> {
    /// The pieces of the word, in order, spans into the analyzed text
    /// (a [`Pieces`] dereferences to a slice of [`Piece`]s).
    ///
    /// ```
    /// use arabic_text::analyze::Analyzer;
    /// let text = "قرأت كتابهم";
    /// let t = Analyzer::new().terms(text).nth(1).unwrap();
    /// let pieces: Vec<&str> = t.pieces().iter().map(|p| &text[p.span]).collect();
    /// assert_eq!(pieces, ["كتاب", "هم"]);
    /// ```
    pub fn pieces(&self) -> Pieces<'a> {
        let n = usize::from(self.n);
        Pieces::from_ends(
            self.text,
            self.span.start,
            &self.ends[..n],
            &self.roles[..n],
        )
    }

    /// The term as one JSON object, what the `analyze` example prints a
    /// line: `{"text","start","end","key","stopword","pieces":[{"text",
    /// "start","end","role"}]}`, its byte offsets moved by `base` (where the
    /// analyzed text starts in a larger input).
    ///
    /// ```
    /// use arabic_text::analyze::Analyzer;
    /// let t = Analyzer::new().terms("والكتاب").next().unwrap();
    /// assert_eq!(
    ///     t.to_json(10),
    ///     r#"{"text":"والكتاب","start":10,"end":24,"key":"كتاب","stopword":false,"pieces":[{"text":"و","start":10,"end":12,"role":"proclitic"},{"text":"ال","start":12,"end":16,"role":"article"},{"text":"كتاب","start":16,"end":24,"role":"stem"}]}"#
    /// );
    /// ```
    pub fn to_json(&self, base: usize) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(64 + 4 * self.text.len());
        out.push_str("{\"text\":");
        crate::json::string(&mut out, self.text);
        let _ = write!(
            out,
            ",\"start\":{},\"end\":{},\"key\":",
            base + self.span.start,
            base + self.span.end
        );
        crate::json::string(&mut out, &self.key);
        let _ = write!(out, ",\"stopword\":{},\"pieces\":[", self.stopword);
        for (i, p) in self.pieces().iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"text\":");
            crate::json::string(&mut out, p.text);
            let _ = write!(
                out,
                ",\"start\":{},\"end\":{},\"role\":\"{}\"}}",
                base + p.span.start,
                base + p.span.end,
                p.role.as_str()
            );
        }
        out.push_str("]}");
        out
    }
}

/// Analyzes text into [`Term`]s: tokenizes, segments clitics, builds keys,
/// drops stopwords. Build it once and reuse it; it is `Send + Sync`.
///
/// ```
/// use arabic_text::analyze::Analyzer;
/// let a = Analyzer::new();
/// let keys: Vec<String> = a.terms("ذهب الطلاب إلى المدرسة").map(|t| t.key.into()).collect();
/// assert_eq!(keys, ["ذهب", "طلاب", "مدرسه"]);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    segmenter: Segmenter,
    normalizer: Normalizer,
    tokenizer: Tokenizer,
    stopwords: bool,
    stemming: bool,
}

impl Default for Analyzer {
    /// The same as [`Analyzer::new`].
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Analyzer::default().terms("في البيت").count(), 1);
    /// ```
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// An analyzer with the built-in rules, stopwords removed and suffix
    /// stemming on.
    ///
    /// ```
    /// let a = arabic_text::analyze::Analyzer::new();
    /// assert_eq!(a.terms("وفي البيت").map(|t| t.key).collect::<Vec<_>>(), ["بيت"]);
    /// ```
    pub fn new() -> Self {
        Self::with_segmenter(Segmenter::new())
    }

    /// An analyzer whose doubtful splits are decided by `lexicon`.
    ///
    /// ```
    /// use arabic_text::analyze::{Analyzer, Lexicon};
    /// let mut lex = Lexicon::new();
    /// lex.observe("ساعد المعلم الطلاب. المعلم ساعدهم. معلم جديد");
    /// let a = Analyzer::with_lexicon(lex);
    /// assert_eq!(a.terms("ومعلمهم").next().unwrap().key, "معلم");
    /// ```
    pub fn with_lexicon(lexicon: Lexicon) -> Self {
        Self::with_segmenter(Segmenter::with_lexicon(lexicon))
    }

    /// An analyzer using `segmenter`.
    ///
    /// ```
    /// use arabic_text::analyze::{Analyzer, Segmenter};
    /// let a = Analyzer::with_segmenter(Segmenter::new());
    /// assert_eq!(a.terms("كتابهم").next().unwrap().key, "كتاب");
    /// ```
    pub fn with_segmenter(segmenter: Segmenter) -> Self {
        Analyzer {
            segmenter,
            normalizer: Normalizer::new(key::PRE_KEY),
            tokenizer: Tokenizer::new(),
            stopwords: true,
            stemming: true,
        }
    }

    /// Whether to drop stopwords (on by default). Off, every word is a
    /// term, and [`Term::stopword`] still tells them apart.
    ///
    /// ```
    /// use arabic_text::analyze::Analyzer;
    /// let a = Analyzer::new().with_stopwords(false);
    /// let t: Vec<bool> = a.terms("وفي البيت").map(|t| t.stopword).collect();
    /// assert_eq!(t, [true, false]);
    /// ```
    #[must_use]
    pub fn with_stopwords(mut self, on: bool) -> Self {
        self.stopwords = on;
        self
    }

    /// Whether to remove inflectional suffixes from keys (on by default).
    ///
    /// ```
    /// use arabic_text::analyze::Analyzer;
    /// let a = Analyzer::new().with_stemming(false);
    /// assert_eq!(a.terms("المعلمون").next().unwrap().key, "معلمون");
    /// ```
    #[must_use]
    pub fn with_stemming(mut self, on: bool) -> Self {
        self.stemming = on;
        self
    }

    /// The segmenter.
    ///
    /// ```
    /// let a = arabic_text::analyze::Analyzer::new();
    /// assert_eq!(a.segmenter().segment("بالقلم").len(), 3);
    /// ```
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// The terms of `text`, in order. Words are tokens of kind word,
    /// hashtag, mention, URL and email; numbers, punctuation and symbols
    /// are not terms (a number glued to letters, و2006, is a word).
    ///
    /// ```
    /// use arabic_text::analyze::Analyzer;
    /// use arabic_text::Span;
    /// let text = "زرت المكتبة وبالكتب";
    /// let terms: Vec<_> = Analyzer::new().terms(text).collect();
    /// assert_eq!(terms[2].span, Span::new(22, 36));
    /// assert_eq!((terms[2].key.as_str(), terms[2].position), ("كتب", 2));
    /// ```
    pub fn terms<'a, 't>(&'a self, text: &'t str) -> Terms<'a, 't> {
        Terms {
            analyzer: self,
            tokens: self.tokenizer.tokens(text),
            position: 0,
            scratch: Letters::empty(),
            key: String::new(),
            memo: memo::Memo::default(),
        }
    }

    /// The key of one word, as [`Analyzer::terms`] computes it (a query
    /// word is keyed the same way as the indexed text).
    ///
    /// ```
    /// let a = arabic_text::analyze::Analyzer::new();
    /// assert_eq!(a.key("وللمدرسة"), "مدرسه");
    /// ```
    pub fn key(&self, word: &str) -> String {
        let (mut scratch, mut key) = (Letters::empty(), String::new());
        self.analyze_word(word, 0, TokenKind::Word, 0, &mut scratch, &mut key);
        key
    }

    fn analyze_word<'a>(
        &self,
        word: &'a str,
        base: usize,
        kind: TokenKind,
        position: usize,
        scratch: &mut Letters,
        key: &mut String,
    ) -> Term<'a> {
        let letters = (kind == TokenKind::Word && scratch.fill(word)).then_some(&*scratch);
        let parse = letters.map_or(Parse::whole(0), |l| self.segmenter.parse(l));
        let (ends, roles, count) = match letters {
            Some(l) => parse.ends(l),
            None => {
                let mut ends = [0u32; segment::MAX_PIECES];
                ends[0] = word.len() as u32;
                (ends, [Role::Stem; segment::MAX_PIECES], 1)
            }
        };
        key.clear();
        let stem = match roles[..count].iter().position(|&r| r == Role::Stem) {
            Some(0) => &word[..ends[0] as usize],
            Some(k) => &word[ends[k - 1] as usize..ends[k] as usize],
            None => word,
        };
        let after_pronoun = letters.is_some_and(|l| parse.has_enclitic(l.n));
        let teh = match (letters, self.segmenter.lexicon()) {
            (Some(l), Some(lex))
                if after_pronoun && l.get(usize::from(parse.stem_end) - 1) == chars::TEH =>
            {
                let stem = l.folded(parse.stem_start(), usize::from(parse.stem_end));
                lex.prefers_teh_marbuta(stem)
            }
            _ => None,
        };
        // Letters of Arabic script only: the letter view is already the
        // stem under SEARCH (marks, tatweel and invisible chars out, alef
        // variants and Persian letters folded), so copy it; otherwise ask
        // the normalizer.
        let n = match letters {
            Some(l) if l.plain => {
                let (a, b) = (parse.stem_start(), usize::from(parse.stem_end));
                key.push_str(l.folded(a, b));
                b - a
            }
            _ => {
                self.normalizer.normalize_into(stem, key);
                key.chars().count()
            }
        };
        key::restore(key, n, after_pronoun, teh);
        let stopword = lists::is(key, lists::STOPWORD_F);
        if self.stemming && !stopword {
            let bare_alef = letters.is_some_and(|l| {
                let e = usize::from(parse.stem_end);
                l.plain && e > 0 && l.bare_alef & (1 << (e - 1)) != 0
            });
            key::strip_suffix(key, n, bare_alef);
        }
        if letters.is_some_and(|l| l.plain) {
            key::finish_arabic(key);
        } else {
            key::finish(key);
        }
        if key.is_empty() {
            key.push_str(word);
        }
        Term {
            text: word,
            span: Span::new(base, base + word.len()),
            position,
            key: Key::new(key),
            stopword,
            ends,
            roles,
            n: count as u8,
        }
    }
}

/// The iterator of [`Analyzer::terms`]: it borrows the analyzer for `'a`
/// and yields terms that borrow the text for `'t`.
///
/// ```
/// let a = arabic_text::analyze::Analyzer::new();
/// let mut terms = a.terms("كتاب جديد");
/// assert_eq!(terms.next().unwrap().key, "كتاب");
/// ```
#[derive(Clone, Debug)]
pub struct Terms<'a, 't> {
    analyzer: &'a Analyzer,
    tokens: Tokens<'t>,
    position: usize,
    /// The letter view, its buffer reused from word to word.
    scratch: Letters,
    /// The key being built, its buffer reused from word to word.
    key: String,
    /// Words analyzed before, for their repeats.
    memo: memo::Memo,
}

impl<'t> Iterator for Terms<'_, 't> {
    type Item = Term<'t>;

    fn next(&mut self) -> Option<Term<'t>> {
        loop {
            let t = self.tokens.next()?;
            if !matches!(
                t.kind,
                TokenKind::Word
                    | TokenKind::Hashtag
                    | TokenKind::Mention
                    | TokenKind::Url
                    | TokenKind::Email
            ) {
                continue;
            }
            let miss = if t.kind == TokenKind::Word {
                match self.memo.find(t.text) {
                    Ok(hit) => {
                        // A stopword that is skipped costs no term.
                        if hit.stopword && self.analyzer.stopwords {
                            continue;
                        }
                        let term = self.memo.term(hit, t.text, t.span.start, self.position);
                        self.position += 1;
                        return Some(term);
                    }
                    Err(miss) => miss,
                }
            } else {
                None
            };
            let term = self.analyzer.analyze_word(
                t.text,
                t.span.start,
                t.kind,
                self.position,
                &mut self.scratch,
                &mut self.key,
            );
            if let Some(miss) = miss {
                self.memo.put(miss, &term);
            }
            if term.stopword && self.analyzer.stopwords {
                continue;
            }
            self.position += 1;
            return Some(term);
        }
    }
}

impl core::iter::FusedIterator for Terms<'_, '_> {}
