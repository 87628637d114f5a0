//! Tokens and sentences with byte spans into the caller's text.
//!
//! A [`Tokenizer`] is a small `Copy` value holding two switches. Its
//! [`tokens`](Tokenizer::tokens) method returns [`Tokens`], an iterator that
//! borrows the text and yields [`Token`]s: the token's text, its [`Span`] and
//! its [`TokenKind`]. Nothing is allocated per token; `&text[token.span]` is
//! always `token.text`.
//!
//! ```
//! use arabic_text::{TokenKind, Tokenizer};
//!
//! let text = "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟! #الاقتصاد";
//! let tokens: Vec<(&str, TokenKind)> = Tokenizer::new().tokens(text).map(|t| (t.text, t.kind)).collect();
//! assert_eq!(tokens[..4], [("قال", TokenKind::Word), ("د", TokenKind::Word), (".", TokenKind::Punctuation), ("أحمد", TokenKind::Word)]);
//! assert_eq!(tokens[7], ("٣٫٥", TokenKind::Number));
//! assert_eq!(tokens[8], ("٪", TokenKind::Symbol));
//! assert_eq!(tokens[14], ("#الاقتصاد", TokenKind::Hashtag));
//! ```
//!
//! # How text is cut
//!
//! - **Words** are runs of letters of one script with their combining marks
//!   (Arabic diacritics stay: normalization is a separate step, see
//!   [`Token::normalized`]), tatweel between letters, and invisible format
//!   characters (ZWNJ, ZWJ) between letters. Where Arabic letters meet letters
//!   of another script the word ends: `iPhoneالجديد` is `iPhone`, `الجديد`.
//!   Digits glued to letters stay in the word, as Unicode word boundaries
//!   (UAX #29) keep them: `و2006` and `ال3` are words.
//!   An apostrophe between Latin letters (`don't`) and `_` between letters
//!   or digits (`كلمة_مركبة`) stay inside; a hyphen does not (`الواي-فاي`
//!   is three tokens).
//! - **Abbreviations** made of single Arabic letters joined by dots are one
//!   word: `ق.م`, `أ.د`, `ص.ب` (a reader sees one unit; the Universal
//!   Dependencies treebanks split them into letters and dots). A period after
//!   them is a token of its own, as after `د` in `د. أحمد`.
//! - **Numbers** are runs of ASCII, Arabic-Indic (٠–٩) or Eastern
//!   Arabic-Indic (۰–۹) digits, with `.`, `,`, `٫` and `٬` inside when a digit
//!   is on both sides (`٣٫٥`, `1,200.50`, `١٬٢٠٠`; `١،٢` is two numbers), and
//!   clock times (`6:30`, `10:00:15`).
//! - **Punctuation**: each mark is a token, except that a run of the same
//!   mark is one (`...`, `؟؟`); `؟!` is two tokens. A tatweel that is not
//!   between two letters is used as a dash (`مختلف ـيمكننا`, `ـ11 بالمئة`)
//!   and is a punctuation token too, except after the definite article
//!   (`الـ`, `بالـ`, `للـ`), which writers put before foreign names and
//!   numbers (`الـ CNN`).
//! - **Symbols**: currency, `%` and `٪`, math signs, and emoji, each emoji a
//!   whole grapheme cluster (skin tones, flags, ZWJ sequences, keycaps).
//! - **URLs, emails, hashtags and mentions** are single tokens when
//!   [`Tokenizer::with_web`] is on (the default): `https://…` or `www.…`,
//!   `name@example.com`, `#كلمة_مركبة`, `@user`.
//! - **Whitespace** and invisible characters between tokens (bidi marks,
//!   BOM, ZWSP) are never part of another token and are skipped, unless
//!   [`Tokenizer::with_whitespace`] asks for them as [`TokenKind::Whitespace`]
//!   tokens, so that the tokens tile the text.
//!
//! Arabic and ASCII text are classified from lookup tables by their UTF-8
//! lead bytes; scripts written without spaces (Thai, CJK, …) are cut by
//! `unicode-segmentation`'s word boundaries.
//!
//! # Sentences
//!
//! [`sentences`] and [`Tokenizer::sentences`] yield [`Sentence`]s with
//! trimmed spans. A sentence ends after `.`, `!`, `?`, `؟` or `۔` (and runs
//! of them, with the closing quotes and brackets that follow) when
//! whitespace follows, at a blank line, and at the end of a line unless the
//! line ends with a comma or semicolon (`،` `؛` `,` `;`), so headings and
//! list items are sentences. It does not end after `،` or `؛`, inside a
//! number, URL or abbreviation, after a period that follows an abbreviation
//! ([`is_abbreviation`]: `د.`, `أ.د.`, `م.`, `ص.`, `هـ.`, …) or a number
//! opening the sentence (`1.` of a list), or after an ellipsis (`...`, `…`) inside
//! a line, where Arabic writers use it as a pause.

mod class;
mod number;
mod punct;
mod sentence;
mod web;
mod word;

use std::borrow::Cow;

use crate::normalize::Normalizer;
use crate::Span;
use class::{Class, Tables};

pub use sentence::{is_abbreviation, Sentence, Sentences};

/// What a token is.
///
/// With the `serde` feature a kind serializes as its lowercase name
/// (`"word"`, `"number"`, …), the same as [`TokenKind::as_str`].
///
/// ```
/// use arabic_text::{TokenKind, Tokenizer};
/// let kinds: Vec<TokenKind> = Tokenizer::new().tokens("بلغ ٣٠٪").map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Symbol]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters of one script with their marks: `الْكِتَابُ`, `iPhone`, `و2006`.
    Word,
    /// Digits with decimal and thousands separators inside: `٣٫٥`, `1,200`.
    Number,
    /// One punctuation mark or a run of the same mark: `،`, `...`, `؟؟`.
    Punctuation,
    /// Currency, percent, math and other symbols, emoji: `٪`, `$`, `👍🏽`.
    Symbol,
    /// A web address: `https://example.com/ar`, `www.example.com`.
    Url,
    /// An email address: `info@example.com`.
    Email,
    /// A hashtag: `#الاقتصاد`, `#كلمة_مركبة`.
    Hashtag,
    /// A mention: `@user`.
    Mention,
    /// Whitespace and invisible characters between tokens; only yielded with
    /// [`Tokenizer::with_whitespace`].
    Whitespace,
}

impl TokenKind {
    /// The kind's lowercase name: `"word"`, `"number"`, `"punctuation"`,
    /// `"symbol"`, `"url"`, `"email"`, `"hashtag"`, `"mention"`,
    /// `"whitespace"`.
    ///
    /// ```
    /// use arabic_text::TokenKind;
    /// assert_eq!(TokenKind::Hashtag.as_str(), "hashtag");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Whitespace => "whitespace",
        }
    }
}

impl core::fmt::Display for TokenKind {
    /// Writes [`TokenKind::as_str`].
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let t = Tokenizer::new().tokens("٪").next().unwrap();
    /// assert_eq!(format!("{}: {}", t.text, t.kind), "٪: symbol");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token: its text, where it is, and what it is.
///
/// ```
/// use arabic_text::{Span, TokenKind, Tokenizer};
/// let text = "مرحبا بكم";
/// let t = Tokenizer::new().tokens(text).nth(1).unwrap();
/// assert_eq!((t.text, t.span, t.kind), ("بكم", Span::new(11, 17), TokenKind::Word));
/// assert_eq!(&text[t.span], t.text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Token<'a> {
    /// The token's text, borrowed from the input: `&input[span]`.
    pub text: &'a str,
    /// Byte offsets of the token in the input.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's text folded by `normalizer`; borrowed when nothing
    /// changes. The span still points at the original text.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::{Normalizer, Tokenizer};
    ///
    /// let search = Normalizer::search();
    /// let words: Vec<Cow<str>> = Tokenizer::new().tokens("الْمَدْرَسَةُ الأولى بعيدة").map(|t| t.normalized(&search)).collect();
    /// assert_eq!(words, ["المدرسه", "الاولي", "بعيده"]);
    /// ```
    #[inline]
    pub fn normalized(&self, normalizer: &Normalizer) -> Cow<'a, str> {
        normalizer.normalize(self.text)
    }
}

/// Splits text into tokens; see the [module docs](self) for the rules.
///
/// A tokenizer is two switches, cheap to copy and to build.
///
/// ```
/// use arabic_text::Tokenizer;
/// let words: Vec<&str> = Tokenizer::new().tokens("اللغة العربية، جميلة!").map(|t| t.text).collect();
/// assert_eq!(words, ["اللغة", "العربية", "،", "جميلة", "!"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tokenizer {
    whitespace: bool,
    web: bool,
}

impl Default for Tokenizer {
    /// The same as [`Tokenizer::new`].
    ///
    /// ```
    /// assert_eq!(arabic_text::Tokenizer::default(), arabic_text::Tokenizer::new());
    /// ```
    fn default() -> Self {
        Self::new()
    }
}

impl Tokenizer {
    /// A tokenizer that skips whitespace and recognizes URLs, emails,
    /// hashtags and mentions.
    ///
    /// ```
    /// let n = arabic_text::Tokenizer::new().tokens("تابعونا على @arabic_news").count();
    /// assert_eq!(n, 3);
    /// ```
    pub const fn new() -> Self {
        Tokenizer {
            whitespace: false,
            web: true,
        }
    }

    /// Whether to yield whitespace (and the invisible characters between
    /// tokens) as [`TokenKind::Whitespace`] tokens, so that the tokens tile
    /// the text. Off by default.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "نص  عربي\n";
    /// let parts: Vec<&str> = Tokenizer::new().with_whitespace(true).tokens(text).map(|t| t.text).collect();
    /// assert_eq!(parts, ["نص", "  ", "عربي", "\n"]);
    /// assert_eq!(parts.concat(), text);
    /// ```
    pub const fn with_whitespace(mut self, on: bool) -> Self {
        self.whitespace = on;
        self
    }

    /// Whether to recognize URLs, email addresses, hashtags and mentions as
    /// single tokens. On by default; when off they come apart into words
    /// and punctuation.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "#الاقتصاد";
    /// assert_eq!(Tokenizer::new().tokens(text).count(), 1);
    /// let parts: Vec<&str> = Tokenizer::new().with_web(false).tokens(text).map(|t| t.text).collect();
    /// assert_eq!(parts, ["#", "الاقتصاد"]);
    /// ```
    pub const fn with_web(mut self, on: bool) -> Self {
        self.web = on;
        self
    }

    /// The tokens of `text`, in order.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let t: Vec<&str> = Tokenizer::new().tokens("سعر السهم 1,200.50 ريال.").map(|t| t.text).collect();
    /// assert_eq!(t, ["سعر", "السهم", "1,200.50", "ريال", "."]);
    /// ```
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            pos: 0,
            options: *self,
            tables: Tables::get(),
        }
    }

    /// The sentences of `text`, by the same rules as [`sentences`] but with
    /// this tokenizer's choice of URL and tag recognition.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "الموقع www.example.com جديد. زوروه!";
    /// let s: Vec<&str> = Tokenizer::new().sentences(text).map(|s| s.text).collect();
    /// assert_eq!(s, ["الموقع www.example.com جديد.", "زوروه!"]);
    /// ```
    pub fn sentences<'a>(&self, text: &'a str) -> Sentences<'a> {
        Sentences::new(text, self.with_whitespace(true).tokens(text))
    }
}

/// The sentences of `text`, with the default [`Tokenizer`]; see the
/// [module docs](self#sentences) for the rules.
///
/// ```
/// let text = "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟! #الاقتصاد";
/// let s: Vec<&str> = arabic_text::sentences(text).map(|s| s.text).collect();
/// assert_eq!(s, ["قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟!", "#الاقتصاد"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Tokenizer::new().sentences(text)
}

/// The tokens of a text, from [`Tokenizer::tokens`].
///
/// ```
/// use arabic_text::{Tokenizer, Tokens};
/// let mut tokens: Tokens = Tokenizer::new().tokens("بسم الله");
/// assert_eq!(tokens.next().map(|t| t.text), Some("بسم"));
/// assert_eq!(tokens.next().map(|t| t.text), Some("الله"));
/// assert_eq!(tokens.next(), None);
/// assert_eq!(tokens.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    options: Tokenizer,
    tables: &'static Tables,
}

impl<'a> Tokens<'a> {
    /// The part of the text not yet tokenized.
    ///
    /// ```
    /// let mut tokens = arabic_text::Tokenizer::new().tokens("أهلا وسهلا");
    /// tokens.next();
    /// assert_eq!(tokens.rest(), " وسهلا");
    /// ```
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// The end of the token that starts at `start`, past `start`, and its
    /// kind. Kept out of line so that the common case in `next`, an Arabic
    /// word, stays a plain branch.
    #[inline(never)]
    fn scan_at(&self, start: usize) -> (usize, TokenKind) {
        let (class, n) = self.tables.class_at(self.text, start);
        let (end, kind) = self.scan_class(start, class, n);
        // Every scanner moves forward; the guard keeps a bug from looping.
        (end.max(start + n), kind)
    }

    /// The end of the token that starts at `start` with a char of `class`,
    /// `n` bytes long, and its kind.
    #[inline]
    fn scan_class(&self, start: usize, class: Class, n: usize) -> (usize, TokenKind) {
        let (t, text, web) = (self.tables, self.text, self.options.web);
        let bytes = text.as_bytes();
        match class {
            // Two-byte Arabic letters went to `word::arabic` in `next`.
            Class::ArabicLetter | Class::Mark => word::scan(t, text, start),
            Class::Letter | Class::Digit => {
                let b = bytes[start];
                if class == Class::Digit && b < 0x80 && punct::is_keycap(text, start) {
                    return (punct::cluster(t, text, start, n), TokenKind::Symbol);
                }
                if web && matches!(b | 0x20, b'h' | b'f' | b'w') && !web::glued(t, text, start) {
                    if let Some(end) = web::url(t, text, start) {
                        return (end, TokenKind::Url);
                    }
                }
                let (end, kind) = word::scan(t, text, start);
                if web
                    && b < 0x80
                    && matches!(
                        bytes.get(end),
                        Some(b'@' | b'.' | b'-' | b'+' | b'%' | b'_')
                    )
                    && !web::glued(t, text, start)
                {
                    if let Some(end) = web::email(text, start) {
                        return (end, TokenKind::Email);
                    }
                }
                (end, kind)
            }
            Class::Punct => {
                let b = bytes[start];
                if b == b'#' || b == b'@' {
                    if web && !web::tag_glued(t, text, start) {
                        if let Some(end) = web::tag(t, text, start) {
                            let kind = if b == b'#' {
                                TokenKind::Hashtag
                            } else {
                                TokenKind::Mention
                            };
                            return (end, kind);
                        }
                    }
                    if punct::is_keycap(text, start) {
                        return (punct::cluster(t, text, start, n), TokenKind::Symbol);
                    }
                }
                (punct::run(text, start, n), TokenKind::Punctuation)
            }
            Class::Tatweel => (punct::tatweel_run(t, text, start), TokenKind::Punctuation),
            Class::Symbol => {
                if bytes[start] == b'*' && punct::is_keycap(text, start) {
                    return (punct::cluster(t, text, start, n), TokenKind::Symbol);
                }
                (punct::symbol(t, text, start, n), TokenKind::Symbol)
            }
            Class::Complex => (punct::complex(t, text, start, n), TokenKind::Word),
            Class::Space | Class::Format => (self.skip_space(start + n), TokenKind::Whitespace),
        }
    }

    /// The end of the run of whitespace and invisible characters that
    /// continues at `i`.
    #[inline]
    fn skip_space(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while i < bytes.len() {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            match self.tables.class_at(self.text, i) {
                (Class::Space | Class::Format, n) => i += n,
                _ => break,
            }
        }
        i
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let mut start = self.pos;
            if !self.options.whitespace {
                // Most tokens are followed by one space: skip it here.
                while self.text.as_bytes().get(start) == Some(&b' ') {
                    start += 1;
                }
            }
            if start >= self.text.len() {
                self.pos = start;
                return None;
            }
            // Most tokens are Arabic words: a plain branch for them, so the
            // `match` in `scan_at` (an indirect jump) runs only for the rest.
            let bytes = self.text.as_bytes();
            let (end, kind) = if self.tables.arabic_letter.contains_at(bytes, start) {
                word::arabic(self.tables, self.text, start)
            } else if bytes[start] == b' '
                && start + 1 < bytes.len()
                && self.tables.arabic_letter.contains_at(bytes, start + 1)
            {
                // One space before an Arabic word, the commonest whitespace
                // token when whitespace is yielded.
                (start + 1, TokenKind::Whitespace)
            } else {
                self.scan_at(start)
            };
            self.pos = end;
            if kind == TokenKind::Whitespace && !self.options.whitespace {
                continue;
            }
            return Some(Token {
                text: &self.text[start..end],
                span: Span::new(start, end),
                kind,
            });
        }
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}
