//! # arabic-text
//!
//! Arabic text for Rust: normalization, tokenization with byte spans, and the
//! structure of plain-text articles.
//!
//! ## Overview
//!
//! - [`Normalizer`] folds spelling variants (alef forms, alef maksura, teh
//!   marbuta, hamza carriers, Persian and Urdu letters), removes diacritics,
//!   Quranic marks, tatweel and invisible characters, expands presentation
//!   forms and ligatures, and maps Arabic-Indic digits and punctuation to
//!   ASCII. Each rule is a switch in [`NormalizeOptions`]; the presets
//!   [`NormalizeOptions::SEARCH`] and [`NormalizeOptions::LIGHT`] cover the
//!   common needs. Text that needs no change is returned borrowed, and
//!   [`Normalizer::normalize_with_offsets`] maps every output offset back to
//!   the input.
//! - [`Analyzer`] turns text into search [`Term`]s: each word's span, its
//!   clitic pieces ([`Segmenter`]: و ف ب ك ل س, the article, the attached
//!   pronouns) and a search key, so that كتاب finds والكتاب, بالكتاب and
//!   كتابهم; a [`Lexicon`] learned from the user's text decides the doubtful
//!   splits. Rules and lists are in the [`analyze`] module docs.
//! - [`chars`] names the code points and character classes the rules use.
//! - Every offset the crate reports is a byte offset into the caller's
//!   original `&str`, as a [`Span`].
//!
//! ## Quick start
//!
//! ```
//! use arabic_text::{NormalizeOptions, Normalizer};
//!
//! // Build once, reuse: a normalizer holds a small lookup table.
//! let search = Normalizer::search();
//! assert_eq!(search.normalize("أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة"), "اهلا بكم في لا العربيه");
//!
//! // Pick single rules.
//! let n = Normalizer::new(NormalizeOptions::NONE.diacritics(true).tatweel(true));
//! assert_eq!(n.normalize("الـعَـرَبِـيَّـةُ"), "العربية");
//! ```
//!
//! ## Normalization rules
//!
//! Each rule is a field of [`NormalizeOptions`]. By code point (this table
//! is generated from the rule tables the code uses, and a test checks it):
//!
//! <!-- rule table: generated from src/normalize/rules.rs -->
//! | rule | input → output |
//! |---|---|
//! | `diacritics` | U+064B..=U+065F removed, U+0670 removed; a madda or hamza mark (U+0653..=U+0655) after its letter is first composed with it (ا + U+0654 → أ) |
//! | `quranic_marks` | U+0610..=U+061A removed, U+06D6..=U+06ED removed, U+0898..=U+089F removed, U+08CA..=U+08E1 removed, U+08E3..=U+08FF removed |
//! | `tatweel` | U+0640 ـ removed |
//! | `alef` | U+0622 آ → U+0627 ا, U+0623 أ → U+0627 ا, U+0625 إ → U+0627 ا, U+0671 ٱ → U+0627 ا, U+0672 ٲ → U+0627 ا, U+0673 ٳ → U+0627 ا, U+0675 ٵ → U+0627 ا, U+0773 ݳ → U+0627 ا, U+0774 ݴ → U+0627 ا |
//! | `alef_maksura` | U+0649 ى → U+064A ي |
//! | `teh_marbuta` | U+0629 ة → U+0647 ه |
//! | `hamza` | U+0624 ؤ → U+0648 و, U+0626 ئ → U+064A ي, U+0676 ٶ → U+0648 و, U+0678 ٸ → U+064A ي; a bare hamza U+0621 stays |
//! | `persian` | U+06A9 ک → U+0643 ك, U+06AA ڪ → U+0643 ك, U+06BE ھ → U+0647 ه, U+06C0 ۀ → U+0647 ه, U+06C1 ہ → U+0647 ه, U+06C2 ۂ → U+0647 ه, U+06C3 ۃ → U+0629 ة, U+06CC ی → U+064A ي, U+06CD ۍ → U+064A ي, U+06D0 ې → U+064A ي, U+06D2 ے → U+064A ي, U+06D3 ۓ → U+0626 ئ, U+06D5 ە → U+0647 ه; ه + U+0654 (the typed spelling of ۀ) folds to ه like ۀ; `invisible` also removes ZWNJ between letters |
//! | `presentation_forms` | U+FB50 ﭐ..=U+FDFC ﷼ → its compatibility decomposition, U+FDFD ﷽ → بسم الله الرحمن الرحيم, U+FDFE ﷾..=U+FDFF ﷿ → its compatibility decomposition, U+FE70 ﹰ..=U+FEFE ﻾ → its compatibility decomposition; ﻻ → لا, ﻷ → لأ, ﷲ → الله; the isolated forms of harakat become the bare marks; forms without a decomposition stay |
//! | `digits` | U+0660 ٠..=U+0669 ٩ → `0`..=`9`, U+066B ٫ → `.`, U+066C ٬ → `,`, U+06F0 ۰..=U+06F9 ۹ → `0`..=`9` |
//! | `punctuation` | U+060C ، → `,`, U+061B ؛ → `;`, U+061F ؟ → `?`, U+066A ٪ → `%`, U+06D4 ۔ → `.` |
//! | `invisible` | U+00AD removed, U+034F removed, U+061C removed, U+180E removed, U+200B..=U+200F removed, U+202A..=U+202E removed, U+2060..=U+2064 removed, U+2066..=U+2069 removed, U+FEFF removed; ZWNJ U+200C between two letters stays unless `persian` is on; ZWJ U+200D stays inside an emoji ZWJ sequence |
//! | `whitespace` | U+0009, U+0020, U+00A0, U+1680, U+2000..=U+200A, U+202F, U+205F, U+3000; each run becomes one ASCII space; line breaks are kept and end a run |
//! <!-- end of rule table -->
//!
//! The rules chain: ۃ becomes ة under `persian` and then ه under
//! `teh_marbuta`; ﻷ becomes لأ and then لا under `alef`.
//!
//! **Decomposed input folds like precomposed input.** A madda or hamza mark
//! (U+0653..=U+0655) after its base letter is composed with it first, as
//! Unicode NFC does (ا + U+0654 → أ, و + U+0654 → ؤ, ي + U+0654 → ئ, …),
//! whenever `diacritics`, `alef`, `hamza`, `persian` or `presentation_forms`
//! is on; marks of a lower combining class may stand between. So under
//! `diacritics` alone, ا + U+0654 becomes أ rather than losing its hamza.
//! Composition of other scripts (Latin e + U+0301) is left to a Unicode
//! normalizer such as `unicode-normalization`.
//!
//! **Where we differ from other tools, and why.**
//! - CAMeL Tools' `dediac_ar` and Lucene's `ArabicNormalizer` remove only
//!   U+064B..=U+0652 (and U+0670); we also remove U+0653..=U+065F, the
//!   remaining vowel marks, after composing madda and hamza with their
//!   letters, so no hamza is lost. On the news and the fully vowelled
//!   benchmark corpora, `diacritics,tatweel,alef,alef_maksura` gives the same
//!   output, line for line, as CAMeL Tools' `dediac_ar` +
//!   `normalize_alef_ar` + `normalize_alef_maksura_ar` + tatweel removal.
//! - PyArabic's `normalize_alef` also turns ى into ا, and its
//!   `normalize_hamza` turns every hamza carrier into ء; we keep ى for the
//!   `alef_maksura` rule (→ ي, as CAMeL Tools and Lucene do) and fold ؤ and
//!   ئ to their carriers و and ي, the spelling of text typed without hamza.
//! - charabia folds Arabic ي and ك toward the Persian ی and ک; we fold
//!   Persian and Urdu letters toward Arabic, since this crate's text is
//!   Arabic. charabia drops every ZWNJ; we keep it between letters unless
//!   `persian` is on, because in Persian and Urdu it is spelling.
//! - `SEARCH` leaves hamza carriers alone (PyArabic's `normalize_searchtext`
//!   folds them): ؤ and ئ distinguish words that searchers type apart.
//!
//! ## Tokens and spans
//!
//! [`Tokenizer::tokens`] cuts text into words, numbers, punctuation, symbols,
//! URLs, emails, hashtags and mentions ([`TokenKind`]); [`sentences`] groups
//! the tokens into sentences. Each [`Token`] and [`Sentence`] borrows its
//! text and carries its [`Span`] in the input, so `&text[token.span]` is the
//! token, and folding a token with [`Token::normalized`] never moves it. The
//! rules, and where they differ from Unicode word boundaries and the
//! Universal Dependencies treebanks, are in the [`tokenize`] module docs.
//!
//! ```
//! use arabic_text::{sentences, Normalizer, TokenKind, Tokenizer};
//!
//! let text = "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟! #الاقتصاد";
//! let words: Vec<&str> = Tokenizer::new()
//!     .tokens(text)
//!     .filter(|t| t.kind == TokenKind::Number)
//!     .map(|t| t.text)
//!     .collect();
//! assert_eq!(words, ["٣٫٥", "١٬٢٠٠"]);
//!
//! let search = Normalizer::search();
//! let last = Tokenizer::new().tokens(text).last().unwrap();
//! assert_eq!((last.kind, last.normalized(&search).as_ref()), (TokenKind::Hashtag, "#الاقتصاد"));
//! assert_eq!(&text[last.span], "#الاقتصاد");
//!
//! assert_eq!(sentences(text).count(), 2); // `د.` ends no sentence
//! ```
//!
//! ## Document structure
//!
//! [`Document::parse`] reads a plain-text article — a web page flattened to
//! text — and finds its title and its blocks: headings, paragraphs, lists
//! (bullets `•` `-` `*` …, numbers `1.` `١-` `(١)` `أ.`, ordinal words
//! `أولاً:`; nesting by indentation) and tables (cells split by tabs, ` | `,
//! aligned spaces, or single spaces, whose columns are inferred). Texts and
//! spans point into the input; [`Document::to_markdown`] and
//! [`Document::to_json`] render it, and with the `serde` feature it
//! serializes to that same JSON.
//!
//! ```
//! use arabic_text::{Block, Document};
//!
//! let text = "تقرير الطقس\n\nتتوقع الأرصاد ما يلي:\n\nاليوم الحرارة\nالسبت 31 درجة\nالأحد 29 درجة\n";
//! let doc = Document::parse(text);
//! assert_eq!(doc.title(), Some("تقرير الطقس"));
//! let Block::Table { header, rows, .. } = &doc.blocks()[1] else { panic!() };
//! assert_eq!(header.texts(), ["اليوم", "الحرارة"]);
//! assert_eq!(rows[1].texts(), ["الأحد", "29 درجة"]);
//! ```
//!
//! ## Performance
//!
//! The normalizer classifies 32 bytes at a time (AVX2, detected at run time,
//! with a table-driven byte loop as fallback and for short texts), replaces
//! the commonest folded letters in register and copies runs that do not
//! change; it allocates once, for the result, and not at all when the text
//! is already normalized (the result is then `Cow::Borrowed`). A single
//! word is normalized on the stack and allocated at its exact length.
//! [`Normalizer::normalize_into`] appends to a buffer the caller reuses.
//! See the README for measured throughput.
//!
//! Setting the environment variable `ARABIC_TEXT_NO_SIMD` (to any value)
//! before building a `Normalizer` makes the normalizer use its scalar byte
//! loop only: the same output, for comparing the two paths or working
//! around a platform problem. It is read when a `Normalizer` is built. CI runs the
//! normalizer tests once with it, so both paths stay tested.
//!
//! [`Normalizer::explain`] and [`NormalizeOptions::fingerprint`] cost
//! nothing unless called: they run the character path and hash the rule
//! tables on their own, and `normalize` does not change for them.
//!
//! ## Features
//!
//! - `serde`: `Serialize`/`Deserialize` for [`Span`] and the public data types
//!   (and [`Lexicon`], so an index can keep its counts).
//! - `tantivy`: `analyze::ArabicTokenizer`, a tokenizer for the tantivy
//!   search engine through the traits of `tantivy-tokenizer-api` (tantivy
//!   itself is not a dependency).
#![deny(missing_docs)]
// `unsafe` is allowed only in `normalize/out.rs` (the output buffer) and
// `normalize/simd.rs`; `tests/unsafe_code.rs` checks it.
#![deny(unsafe_code)]
#![deny(clippy::undocumented_unsafe_blocks)]
#![warn(missing_debug_implementations)]

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod analyze;
pub mod chars;
pub mod document;
mod hash;
mod json;
pub mod normalize;
mod span;
pub mod tokenize;

pub use analyze::{Analyzer, Lexicon, Segmenter, Term};
pub use document::{Block, Cell, Document, Item, Row};
pub use normalize::{Edit, Edits, NormalizeOptions, Normalizer, OffsetMap};
pub use span::Span;
pub use tokenize::sentences;
pub use tokenize::{Sentence, Sentences, Token, TokenKind, Tokenizer, Tokens};
