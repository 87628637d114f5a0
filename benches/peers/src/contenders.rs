//! Every row of the table: what it runs, what it must agree with, and which
//! arabic-text row it is compared to.

use arabic_text::{chars, Analyzer, Document, NormalizeOptions, Normalizer, Tokenizer};
use charabia::normalizer::{ArabicNormalizer, CharNormalizer};
use charabia::{Language, Tokenizer as CharabiaTokenizer};
use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::measure::{Contender, Op, Output};
use crate::{naive, support};

/// The arabic-text rows other rows are divided by.
pub const SEARCH: &str = "arabic-text `Normalizer::search()`";
pub const CAMEL_RULES: &str = "arabic-text `diacritics,tatweel,alef,alef_maksura`";
pub const CHARABIA_RULES: &str = "arabic-text `tatweel,alef,alef_maksura,teh_marbuta`";
pub const DOCUMENT: &str = "arabic-text `Document::parse`";
pub const UNICODE_WORDS: &str = "unicode-segmentation `unicode_words`";
pub const TOKENIZER: &str = "arabic-text `Tokenizer::new().tokens`";
pub const SENTENCES: &str = "arabic-text `sentences`";
pub const TOKENS_SEARCH: &str = "arabic-text `tokens` + `Token::normalized(search)`";

/// Keys of the groups whose outputs must match.
const SAME_SEARCH: &str = "search";
const SAME_CAMEL: &str = "diacritics,tatweel,alef,alef_maksura";
const SAME_CHARABIA: &str = "tatweel,alef,alef_maksura,teh_marbuta";

/// Everything the contenders need built before the first pass: normalizers,
/// compiled regexes, charabia's tokenizer, and inputs pre-split for the
/// contenders that take words.
pub struct Kit<'t> {
    search: Normalizer,
    camel_rules: Normalizer,
    charabia_rules: Normalizer,
    search_regex: Regex,
    camel_regex: Regex,
    charabia: CharabiaTokenizer<'t>,
    tokenizer: Tokenizer,
    tokenizer_whitespace: Tokenizer,
    /// Search analysis: clitic pieces, keys; stopwords kept, as charabia
    /// keeps them.
    analyzer: Analyzer,
    /// The input split after each whitespace char, so that the pieces
    /// concatenate back to it and a per-word normalizer's outputs
    /// concatenate to a whole-text normalization.
    words: Vec<&'t str>,
}

/// The languages charabia may detect: Arabic only, so that it never takes
/// Arabic-script text for Persian and applies its Persian folding.
pub const CHARABIA_LANGUAGES: &[Language] = &[Language::Ara];

impl<'t> Kit<'t> {
    pub fn new(text: &'t str) -> Kit<'t> {
        let camel = NormalizeOptions::NONE
            .diacritics(true)
            .tatweel(true)
            .alef(true)
            .alef_maksura(true);
        let charabia_rules = NormalizeOptions::NONE
            .tatweel(true)
            .alef(true)
            .alef_maksura(true)
            .teh_marbuta(true);
        let search = Normalizer::search();
        let search_regex = char_class_regex(|c| {
            let mut buf = [0; 4];
            let one = c.encode_utf8(&mut buf);
            search.normalize(one) != *one
        });
        let camel_regex = char_class_regex(|c| {
            chars::is_diacritic(c)
                || chars::is_tatweel(c)
                || chars::is_alef_variant(c)
                || c == chars::ALEF_MAKSURA
        });
        let mut builder = charabia::TokenizerBuilder::default();
        builder.allow_list(CHARABIA_LANGUAGES);
        let charabia = builder.into_tokenizer();
        Kit {
            search,
            camel_rules: Normalizer::new(camel),
            charabia_rules: Normalizer::new(charabia_rules),
            search_regex,
            camel_regex,
            charabia,
            tokenizer: Tokenizer::new(),
            tokenizer_whitespace: Tokenizer::new().with_whitespace(true),
            analyzer: Analyzer::new().with_stopwords(false),
            words: text.split_inclusive(char::is_whitespace).collect(),
        }
    }

    /// The rows, in table order.
    pub fn contenders(&self) -> Vec<Contender<'_>> {
        let mut bytes = Vec::new();
        let kit = self;
        vec![
            Contender::new(
                Op::Ceiling,
                "memcpy (`Vec::extend_from_slice`)",
                move |text: &str, out: &mut Output| {
                    out.count = support::memcpy(text, &mut bytes);
                },
            ),
            Contender::new(Op::Ceiling, "`str::chars().count()`", move |text, out| {
                out.count = text.chars().count()
            }),
            // Normalization, SEARCH rules.
            Contender::new(Op::Normalize, SEARCH, move |text, out| {
                kit.search.normalize_into(text, &mut out.text)
            })
            .same_as(SAME_SEARCH)
            .versus(SEARCH),
            Contender::new(
                Op::Normalize,
                "plain `chars()` loop, SEARCH rules",
                move |text, out| naive::search_fold(text, &mut out.text),
            )
            .same_as(SAME_SEARCH)
            .versus(SEARCH),
            Contender::new(
                Op::Normalize,
                "`regex` `replace_all`, SEARCH rules",
                move |text, out| {
                    out.text = self
                        .search_regex
                        .replace_all(text, |m: &regex::Captures<'_>| {
                            let mut folded = String::new();
                            naive::search_fold(&m[0], &mut folded);
                            folded
                        })
                        .into_owned();
                },
            )
            .same_as(SAME_SEARCH)
            .versus(SEARCH),
            // Normalization, the four rules CAMeL Tools' functions apply.
            Contender::new(Op::Normalize, CAMEL_RULES, move |text, out| {
                kit.camel_rules.normalize_into(text, &mut out.text)
            })
            .same_as(SAME_CAMEL)
            .versus(CAMEL_RULES),
            Contender::new(
                Op::Normalize,
                "`regex` `replace_all`, same 4 rules",
                move |text, out| {
                    out.text = kit
                        .camel_regex
                        .replace_all(text, |m: &regex::Captures<'_>| camel_fold(&m[0]))
                        .into_owned();
                },
            )
            .same_as(SAME_CAMEL)
            .versus(CAMEL_RULES),
            // Normalization, the four rules charabia's ArabicNormalizer applies.
            Contender::new(Op::Normalize, CHARABIA_RULES, move |text, out| {
                kit.charabia_rules.normalize_into(text, &mut out.text)
            })
            .same_as(SAME_CHARABIA)
            .versus(CHARABIA_RULES),
            Contender::new(
                Op::Normalize,
                "charabia `ArabicNormalizer`, pre-split words",
                move |_text, out| {
                    for word in &kit.words {
                        out.text.push_str(&ArabicNormalizer.normalize_str(word));
                    }
                },
            )
            .same_as(SAME_CHARABIA)
            .versus(CHARABIA_RULES),
            // Tokenization.
            Contender::new(Op::Tokenize, TOKENIZER, move |text, out| {
                out.spans.extend(
                    kit.tokenizer
                        .tokens(text)
                        .map(|t| (t.span.start, t.span.end)),
                )
            })
            .versus(TOKENIZER),
            Contender::new(
                Op::Tokenize,
                "arabic-text `Tokenizer::new().with_whitespace(true).tokens`",
                move |text, out| {
                    out.spans.extend(
                        kit.tokenizer_whitespace
                            .tokens(text)
                            .map(|t| (t.span.start, t.span.end)),
                    )
                },
            )
            .versus(TOKENIZER),
            Contender::new(
                Op::Tokenize,
                "unicode-segmentation `split_word_bound_indices`",
                move |text, out| {
                    out.spans.extend(
                        text.split_word_bound_indices()
                            .map(|(at, s)| (at, at + s.len())),
                    )
                },
            )
            .versus(TOKENIZER),
            Contender::new(Op::Tokenize, UNICODE_WORDS, move |text, out| {
                out.spans
                    .extend(text.unicode_words().map(|w| span_of(text, w)))
            })
            .versus(TOKENIZER),
            Contender::new(
                Op::Tokenize,
                "charabia `segment_str` (Arabic only)",
                move |text, out| {
                    out.spans
                        .extend(kit.charabia.segment_str(text).map(|s| span_of(text, s)))
                },
            )
            .versus(TOKENIZER),
            // Sentences.
            Contender::new(Op::Sentences, SENTENCES, move |text, out| {
                out.spans
                    .extend(arabic_text::sentences(text).map(|s| (s.span.start, s.span.end)))
            })
            .versus(SENTENCES),
            Contender::new(
                Op::Sentences,
                "unicode-segmentation `split_sentence_bound_indices`",
                move |text, out| {
                    out.spans.extend(
                        text.split_sentence_bound_indices()
                            .map(|(at, s)| (at, at + s.len())),
                    )
                },
            )
            .versus(SENTENCES),
            // Tokenization and normalization in one pipeline.
            Contender::new(Op::TokenizeNormalize, TOKENS_SEARCH, move |text, out| {
                for token in kit.tokenizer.tokens(text) {
                    out.count += token.normalized(&kit.search).len();
                    out.spans.push((token.span.start, token.span.end));
                }
            })
            .versus(TOKENS_SEARCH),
            Contender::new(
                Op::TokenizeNormalize,
                "charabia `tokenize` (Arabic only)",
                move |text, out| {
                    for token in kit.charabia.tokenize(text) {
                        out.count += token.lemma().len();
                        out.spans.push((token.byte_start, token.byte_end));
                    }
                },
            )
            .versus(TOKENS_SEARCH),
            // The same pipeline plus clitic segmentation and a stemmed key:
            // what a search index needs, and more than charabia does.
            Contender::new(
                Op::TokenizeNormalize,
                "arabic-text `Analyzer::terms` (clitics, keys)",
                move |text, out| {
                    for term in kit.analyzer.terms(text) {
                        out.count += term.key.len();
                        out.spans.push((term.span.start, term.span.end));
                    }
                },
            )
            .versus(TOKENS_SEARCH),
            // Structure: no peer parses plain-text articles; the ceilings frame it.
            Contender::new(Op::Structure, DOCUMENT, move |text, out| {
                out.count = Document::parse(text).blocks().len()
            })
            .versus(DOCUMENT),
        ]
    }

    /// How often charabia's `tokenize` lemmas equal arabic-text's SEARCH
    /// folding (lowercased, as charabia lowercases) of the same span, over
    /// the word tokens; and the first few that differ.
    pub fn charabia_agreement(&self, text: &str) -> Agreement {
        let mut agreement = Agreement::default();
        for token in self.charabia.tokenize(text).filter(|t| t.is_word()) {
            agreement.words += 1;
            let original = &text[token.byte_start..token.byte_end];
            let ours = self.search.normalize(original).to_lowercase();
            if ours == token.lemma() {
                agreement.same += 1;
            } else if agreement.examples.len() < 3 {
                agreement
                    .examples
                    .push((original.to_string(), token.lemma().to_string(), ours));
            }
        }
        agreement
    }
}

/// How far two normalizations of the same words agree.
#[derive(Debug, Default)]
pub struct Agreement {
    pub words: usize,
    pub same: usize,
    /// (original, theirs, ours)
    pub examples: Vec<(String, String, String)>,
}

/// The byte span of `part`, a subslice of `text`.
fn span_of(text: &str, part: &str) -> (usize, usize) {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    (start, start + part.len())
}

/// The four CAMeL rules on a run of chars the regex matched: marks and
/// tatweel removed, alef variants to alef, alef maksura to yeh.
fn camel_fold(run: &str) -> String {
    run.chars()
        .filter_map(|c| match c {
            c if chars::is_diacritic(c) || chars::is_tatweel(c) => None,
            c if chars::is_alef_variant(c) => Some(chars::ALEF),
            chars::ALEF_MAKSURA => Some(chars::YEH),
            c => Some(c),
        })
        .collect()
}

/// A regex matching runs of the chars for which `pick` holds, written as a
/// class of code point ranges.
fn char_class_regex(pick: impl Fn(char) -> bool) -> Regex {
    let mut class = String::from("[");
    let mut run: Option<(char, char)> = None;
    let close = |class: &mut String, (first, last): (char, char)| {
        class.push_str(&format!("\\x{{{:X}}}", u32::from(first)));
        if last != first {
            class.push_str(&format!("-\\x{{{:X}}}", u32::from(last)));
        }
    };
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        if !pick(c) {
            continue;
        }
        run = match run {
            Some((first, last)) if u32::from(last) + 1 == u32::from(c) => Some((first, c)),
            Some(done) => {
                close(&mut class, done);
                Some((c, c))
            }
            None => Some((c, c)),
        };
    }
    if let Some(done) = run {
        close(&mut class, done);
    }
    class.push_str("]+");
    Regex::new(&class).expect("a class of code point ranges is a valid regex")
}

/// Text a contender reads, with a name for the table.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// The default input: the bundled sample article repeated to about 1 MiB.
pub fn sample() -> Input {
    let text = support::repeat_to(support::SAMPLE, support::MIB);
    Input {
        name: "tests/data/news-article.txt, repeated to 1 MiB".to_string(),
        text,
    }
}
