//! The search analysis: `Analyzer` and `Lexicon` for Python.
//!
//! `Analyzer.terms(text)` gives one dict a word, as the `analyze` example
//! prints it, with string indices instead of byte offsets: `text`, `start`,
//! `end`, `position`, `key`, `stopword` and `pieces` (each with `text`,
//! `start`, `end`, `role`). A `Lexicon` counts word forms in the user's own
//! text, and an analyzer built with it decides doubtful clitic splits by
//! those counts.

use std::sync::RwLock;

use arabic_text::analyze::{Analyzer, Lexicon};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::offsets::CharCursor;

/// Word counts learned from the text being indexed.
#[pyclass(name = "Lexicon", module = "arabic_text")]
pub struct PyLexicon {
    inner: RwLock<Lexicon>,
}

impl PyLexicon {
    fn snapshot(&self) -> Lexicon {
        match self.inner.read() {
            Ok(lexicon) => lexicon.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

#[pymethods]
impl PyLexicon {
    #[new]
    fn new() -> Self {
        PyLexicon {
            inner: RwLock::new(Lexicon::new()),
        }
    }

    /// Counts the word forms of `text`.
    fn observe(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<()> {
        let text = text.to_str()?;
        py.detach(|| match self.inner.write() {
            Ok(mut lexicon) => lexicon.observe(text),
            Err(poisoned) => poisoned.into_inner().observe(text),
        });
        Ok(())
    }

    /// How often `form` was seen.
    fn count(&self, form: &str) -> u32 {
        self.snapshot().count(form)
    }

    /// The counts as text, one `form<TAB>count` line each, for `loads`.
    fn dumps(&self) -> PyResult<String> {
        let mut out = Vec::new();
        self.snapshot()
            .write_to(&mut out)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// A lexicon from the text `dumps` wrote.
    #[staticmethod]
    fn loads(text: &str) -> PyResult<Self> {
        let lexicon = Lexicon::read_from(text.as_bytes())
            .map_err(|e| PyValueError::new_err(format!("not a lexicon: {e}")))?;
        Ok(PyLexicon {
            inner: RwLock::new(lexicon),
        })
    }

    fn __len__(&self) -> usize {
        self.snapshot().len()
    }

    fn __repr__(&self) -> String {
        format!("Lexicon({} forms)", self.snapshot().len())
    }
}

/// Splits words into clitics and stems and gives each a search key.
#[pyclass(frozen, name = "Analyzer", module = "arabic_text")]
pub struct PyAnalyzer {
    inner: Analyzer,
    stopwords: bool,
}

#[pymethods]
impl PyAnalyzer {
    /// `stopwords=True` leaves stopwords out of `terms`; with `False` they
    /// are kept and marked. `lexicon` decides doubtful splits by its counts.
    #[new]
    #[pyo3(signature = (stopwords = true, lexicon = None))]
    fn new(stopwords: bool, lexicon: Option<&PyLexicon>) -> Self {
        let analyzer = match lexicon {
            Some(l) => Analyzer::with_lexicon(l.snapshot()),
            None => Analyzer::new(),
        };
        PyAnalyzer {
            inner: analyzer.with_stopwords(stopwords),
            stopwords,
        }
    }

    /// The terms of `text` in order, one dict a word.
    fn terms<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let s = text.to_str()?;
        let mut at = CharCursor::new(s);
        let out = PyList::empty(py);
        for t in self.inner.terms(s) {
            // Offsets are asked in increasing order, so the cursor counts
            // each byte once: the term's start, its pieces, then its end.
            let term = PyDict::new(py);
            term.set_item("text", t.text)?;
            term.set_item("start", at.index(t.span.start))?;
            let pieces = PyList::empty(py);
            for p in t.pieces().iter() {
                let piece = PyDict::new(py);
                piece.set_item("text", p.text)?;
                piece.set_item("start", at.index(p.span.start))?;
                piece.set_item("end", at.index(p.span.end))?;
                piece.set_item("role", p.role.as_str())?;
                pieces.append(piece)?;
            }
            term.set_item("end", at.index(t.span.end))?;
            term.set_item("position", t.position)?;
            term.set_item("key", t.key.as_str())?;
            term.set_item("stopword", t.stopword)?;
            term.set_item("pieces", pieces)?;
            out.append(term)?;
        }
        Ok(out)
    }

    /// The search key of one word.
    fn key(&self, word: &str) -> String {
        self.inner.key(word)
    }

    fn __repr__(&self) -> String {
        format!(
            "Analyzer(stopwords={})",
            if self.stopwords { "True" } else { "False" }
        )
    }
}
