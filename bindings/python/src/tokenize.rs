//! `tokenize`, `tokenize_batch`, `sentences` and their `Token` and
//! `Sentence` classes.
//!
//! Building Python objects, not tokenizing, is what a token costs in Python.
//! So a `Token` holds only a reference to the text it came from, its
//! offsets and its kind; its `text` is made from the source's UTF-8 (which
//! CPython keeps once asked for) when read, and its `kind` is one of nine
//! interned strings. Tokens are taken off the cycle collector's books (see
//! `untrack`).

use std::sync::Arc;

use arabic_text::{TokenKind, Tokenizer};
use pyo3::exceptions::PyIndexError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::{PyList, PySlice, PyString, PyTuple};

use crate::batch;
use crate::offsets::CharCursor;

/// A token as the Rust side finds it: Python string indices and its kind.
struct Found {
    start: usize,
    end: usize,
    bytes: (usize, usize),
    kind: TokenKind,
}

fn find_tokens(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    find_tokens_into(text, &mut found);
    found
}

/// Appends the tokens of `text` to `found`.
fn find_tokens_into(text: &str, found: &mut Vec<Found>) {
    let mut cursor = CharCursor::new(text);
    found.extend(Tokenizer::new().tokens(text).map(|t| Found {
        start: cursor.index(t.span.start),
        end: cursor.index(t.span.end),
        bytes: (t.span.start, t.span.end),
        kind: t.kind,
    }));
}

/// The tokens of a batch chunk's texts, in one allocation: each text's
/// tokens are `found[ends[i - 1]..ends[i]]`. The `Tokens` of the chunk share
/// it, so that a chunk is freed at once, not text by text from another
/// thread than the one that allocated it (which measured slow with glibc's
/// allocator).
fn find_chunk_tokens(texts: &[&str]) -> (Arc<[Found]>, Vec<usize>) {
    let mut found = Vec::with_capacity(texts.iter().map(|s| s.len() / 4).sum());
    let ends = texts
        .iter()
        .map(|s| {
            find_tokens_into(s, &mut found);
            found.len()
        })
        .collect();
    (found.into(), ends)
}

/// The kind's name as an interned Python string.
fn kind_name(py: Python<'_>, kind: TokenKind) -> Bound<'_, PyString> {
    match kind {
        TokenKind::Word => intern!(py, "word").clone(),
        TokenKind::Number => intern!(py, "number").clone(),
        TokenKind::Punctuation => intern!(py, "punctuation").clone(),
        TokenKind::Symbol => intern!(py, "symbol").clone(),
        TokenKind::Url => intern!(py, "url").clone(),
        TokenKind::Email => intern!(py, "email").clone(),
        TokenKind::Hashtag => intern!(py, "hashtag").clone(),
        TokenKind::Mention => intern!(py, "mention").clone(),
        TokenKind::Whitespace => intern!(py, "whitespace").clone(),
        other => PyString::new(py, other.as_str()),
    }
}

/// The text between byte offsets `bytes` of `source`, which are the
/// code point indices `start..end`.
fn slice<'py>(
    source: &Bound<'py, PyString>,
    (start, end): (usize, usize),
    bytes: (usize, usize),
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.py();
    match source.to_str()?.get(bytes.0..bytes.1) {
        Some(s) => Ok(PyString::new(py, s).into_any()),
        // Not reached: the offsets come from this very string. Indices of a
        // string fit an `isize`.
        None => source.get_item(PySlice::new(py, start as isize, end as isize, 1)),
    }
}

/// Takes `object` off the cycle collector's list.
///
/// PyO3 creates every `#[pyclass]` object tracked by the cycle collector,
/// which then walks every live token at each collection: a program holding
/// the tokens of 3,000 news lines spent more time there than tokenizing
/// (54 µs a line instead of 20). A `Token` or `Sentence` refers to nothing
/// but a `str`, so it can never be part of a reference cycle, and such
/// objects may be untracked (CPython does the same for tuples and dicts of
/// atomic values).
fn untrack<T>(object: &Bound<'_, T>) {
    // SAFETY: `object` is a live object we hold a reference to, and we are
    // attached to the interpreter (we hold a `Bound`). Untracking is allowed
    // at any time for an object that cannot be in a cycle, and PyO3's
    // deallocator untracks again through the public function, which checks
    // whether the object is tracked first.
    #[allow(unsafe_code)]
    unsafe {
        pyo3::ffi::PyObject_GC_UnTrack(object.as_ptr().cast())
    }
}

/// The `Token` object of `f`, a token of `source`.
fn new_token<'py>(source: &Bound<'py, PyString>, f: &Found) -> PyResult<Bound<'py, Token>> {
    let token = Bound::new(
        source.py(),
        Token {
            source: source.clone().unbind(),
            start: f.start,
            end: f.end,
            bytes: f.bytes,
            kind: f.kind,
        },
    )?;
    untrack(&token);
    Ok(token)
}

fn token_list<'py>(source: &Bound<'py, PyString>, found: &[Found]) -> PyResult<Bound<'py, PyList>> {
    let tokens = found
        .iter()
        .map(|f| new_token(source, f))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(source.py(), tokens)
}

/// A token: `text` is `source[start:end]` of the string it came from.
#[pyclass(frozen, module = "arabic_text", freelist = 256)]
pub struct Token {
    source: Py<PyString>,
    /// Index of the token's first code point in the source string.
    #[pyo3(get)]
    start: usize,
    /// Index just past the token's last code point.
    #[pyo3(get)]
    end: usize,
    /// The byte offsets in the source's UTF-8.
    bytes: (usize, usize),
    kind: TokenKind,
}

#[pymethods]
impl Token {
    /// The token's text, `source[start:end]`.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        slice(self.source.bind(py), (self.start, self.end), self.bytes)
    }

    /// What the token is: "word", "number", "punctuation", "symbol", "url",
    /// "email", "hashtag" or "mention".
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        kind_name(py, self.kind)
    }

    fn _tuple<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                self.text(py)?,
                self.kind(py).into_any(),
                self.start.into_pyobject(py)?.into_any(),
                self.end.into_pyobject(py)?.into_any(),
            ],
        )
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<Token>() else {
            return Ok(py.NotImplemented());
        };
        let mine = self._tuple(py)?;
        let theirs = other.get()._tuple(py)?;
        Ok(mine.rich_compare(theirs, op)?.unbind())
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self._tuple(py)?.hash()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(text={}, kind='{}', start={}, end={})",
            self.text(py)?.repr()?,
            self.kind.as_str(),
            self.start,
            self.end
        ))
    }
}

/// Splits `text` into tokens (words, numbers, punctuation, symbols, URLs,
/// emails, hashtags, mentions), whitespace left out.
#[pyfunction]
pub fn tokenize<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let found = find_tokens(text.to_str()?);
    token_list(text, &found)
}

/// `tokenize` of every text, on `threads` threads with the GIL released;
/// each text's tokens as a `Tokens` sequence.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None))]
pub fn tokenize_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let strs = batch::texts(&texts)?;
    batch::map_chunks(
        py,
        &strs,
        threads,
        find_chunk_tokens,
        |first, (found, ends), out| {
            let mut start = 0;
            for (i, end) in ends.into_iter().enumerate() {
                let tokens = Tokens {
                    source: texts[first + i].clone().unbind(),
                    found: Arc::clone(&found),
                    range: (start, end),
                };
                out.push(Bound::new(py, tokens)?.into_any());
                start = end;
            }
            Ok(())
        },
    )
}

/// The tokens of one text, kept in Rust until asked for: a sequence of
/// `Token` (indexing, slicing, iteration, `len`, equality with a list of
/// tokens) with the columns `texts`, `kinds`, `starts`, `ends`.
///
/// `tokenize_batch` returns these: building every token object is serial
/// work under the GIL, which would leave the other cores idle.
#[pyclass(frozen, module = "arabic_text", sequence)]
pub struct Tokens {
    source: Py<PyString>,
    /// The tokens of the batch chunk the text was in; its own are `range`.
    found: Arc<[Found]>,
    range: (usize, usize),
}

impl Tokens {
    fn found(&self) -> &[Found] {
        &self.found[self.range.0..self.range.1]
    }
}

#[pymethods]
impl Tokens {
    fn __len__(&self) -> usize {
        self.found().len()
    }

    fn __getitem__<'py>(&self, index: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = index.py();
        let source = self.source.bind(py);
        if let Ok(slice) = index.cast::<PySlice>() {
            return self.to_list(py)?.as_any().get_item(slice);
        }
        let i: isize = index.extract()?;
        let len = self.found().len() as isize;
        let at = if i < 0 { i + len } else { i };
        if at < 0 || at >= len {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        Ok(new_token(source, &self.found()[at as usize])?.into_any())
    }

    /// The tokens as a list of `Token`.
    fn to_list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        token_list(self.source.bind(py), self.found())
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.to_list(py)?.try_iter().map(Bound::into_any)
    }

    /// The tokens' texts.
    #[getter]
    fn texts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let source = self.source.bind(py);
        let texts = self
            .found()
            .iter()
            .map(|f| slice(source, (f.start, f.end), f.bytes))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, texts)
    }

    /// The tokens' kinds.
    #[getter]
    fn kinds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.found().iter().map(|f| kind_name(py, f.kind)))
    }

    /// The tokens' start indices.
    #[getter]
    fn starts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.found().iter().map(|f| f.start))
    }

    /// The tokens' end indices.
    #[getter]
    fn ends<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.found().iter().map(|f| f.end))
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(py.NotImplemented());
        }
        let theirs = if let Ok(other) = other.cast::<Tokens>() {
            other.get().to_list(py)?
        } else if let Ok(list) = other.cast::<PyList>() {
            list.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        Ok(self.to_list(py)?.rich_compare(theirs, op)?.unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Tokens({})", self.to_list(py)?.repr()?))
    }
}

/// The naive binding the benchmark compares with: a `(text, kind, start,
/// end)` tuple built for every token.
#[pyfunction]
pub fn _tokenize_tuples<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let s = text.to_str()?;
    let mut cursor = CharCursor::new(s);
    let tuples = Tokenizer::new()
        .tokens(s)
        .map(|t| {
            (
                t.text,
                t.kind.as_str(),
                cursor.index(t.span.start),
                cursor.index(t.span.end),
            )
        })
        .collect::<Vec<_>>();
    PyList::new(py, tuples)
}

/// A sentence: `text` is `source[start:end]` of the string it came from.
#[pyclass(frozen, module = "arabic_text", freelist = 64)]
pub struct Sentence {
    source: Py<PyString>,
    /// Index of the sentence's first code point in the source string.
    #[pyo3(get)]
    start: usize,
    /// Index just past the sentence's last code point.
    #[pyo3(get)]
    end: usize,
    /// The byte offsets in the source's UTF-8.
    bytes: (usize, usize),
}

#[pymethods]
impl Sentence {
    /// The sentence's text, `source[start:end]`.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        slice(self.source.bind(py), (self.start, self.end), self.bytes)
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<Sentence>() else {
            return Ok(py.NotImplemented());
        };
        let other = other.get();
        let mine = (self.text(py)?, self.start, self.end).into_pyobject(py)?;
        let theirs = (other.text(py)?, other.start, other.end).into_pyobject(py)?;
        Ok(mine.rich_compare(theirs, op)?.unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Sentence(text={}, start={}, end={})",
            self.text(py)?.repr()?,
            self.start,
            self.end
        ))
    }
}

/// Splits `text` into sentences.
#[pyfunction]
pub fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let s = text.to_str()?;
    let mut cursor = CharCursor::new(s);
    let spans: Vec<_> = arabic_text::sentences(s)
        .map(|x| {
            let start = cursor.index(x.span.start);
            let end = cursor.index(x.span.end);
            (start, end, (x.span.start, x.span.end))
        })
        .collect();
    let list = spans
        .into_iter()
        .map(|(start, end, bytes)| {
            let sentence = Bound::new(
                py,
                Sentence {
                    source: text.clone().unbind(),
                    start,
                    end,
                    bytes,
                },
            )?;
            untrack(&sentence);
            Ok(sentence)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, list)
}
