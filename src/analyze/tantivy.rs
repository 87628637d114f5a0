//! The analyzer as a tokenizer of the tantivy search engine, through the
//! traits of `tantivy-tokenizer-api` (tantivy itself is not a dependency).

use std::sync::Arc;

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use super::{Analyzer, Terms};

/// A tantivy tokenizer that yields one token per [`Term`](super::Term):
/// token text = the key, `offset_from..offset_to` = the whole surface
/// word, positions consecutive from 0. Cloning shares the analyzer.
///
/// ```
/// use arabic_text::analyze::{Analyzer, ArabicTokenizer};
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
///
/// let mut tokenizer = ArabicTokenizer::new(Analyzer::new());
/// let mut stream = tokenizer.token_stream("قرأت والكتاب");
/// let mut seen = Vec::new();
/// while let Some(t) = stream.next() {
///     seen.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
/// }
/// assert_eq!(seen, [("قرا".to_string(), 0, 8, 0), ("كتاب".to_string(), 9, 23, 1)]);
/// ```
#[derive(Clone, Debug)]
pub struct ArabicTokenizer {
    analyzer: Arc<Analyzer>,
}

impl ArabicTokenizer {
    /// A tokenizer using `analyzer`.
    ///
    /// ```
    /// let t = arabic_text::analyze::ArabicTokenizer::new(arabic_text::Analyzer::new());
    /// assert!(t.analyzer().terms("كتاب").count() == 1);
    /// ```
    pub fn new(analyzer: Analyzer) -> Self {
        ArabicTokenizer {
            analyzer: Arc::new(analyzer),
        }
    }

    /// The analyzer.
    ///
    /// ```
    /// let t = arabic_text::analyze::ArabicTokenizer::default();
    /// assert_eq!(t.analyzer().key("بالكتاب"), "كتاب");
    /// ```
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }
}

impl Default for ArabicTokenizer {
    /// A tokenizer with [`Analyzer::new`].
    ///
    /// ```
    /// let _ = arabic_text::analyze::ArabicTokenizer::default();
    /// ```
    fn default() -> Self {
        Self::new(Analyzer::new())
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = AnalyzerTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalyzerTokenStream<'a> {
        AnalyzerTokenStream {
            terms: self.analyzer.terms(text),
            token: Token::default(),
        }
    }
}

/// The token stream of an [`ArabicTokenizer`].
///
/// ```
/// use arabic_text::analyze::ArabicTokenizer;
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
/// let mut tokenizer = ArabicTokenizer::default();
/// let mut stream = tokenizer.token_stream("في المدرسة");
/// assert!(stream.advance());
/// assert_eq!(stream.token().text, "مدرسه");
/// assert!(!stream.advance());
/// ```
#[derive(Debug)]
pub struct AnalyzerTokenStream<'a> {
    terms: Terms<'a, 'a>,
    token: Token,
}

impl TokenStream for AnalyzerTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(term) = self.terms.next() else {
            return false;
        };
        self.token.offset_from = term.span.start;
        self.token.offset_to = term.span.end;
        self.token.position = term.position;
        self.token.position_length = 1;
        // The token's buffer is reused: no allocation per token.
        self.token.text.clear();
        self.token.text.push_str(&term.key);
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
