//! The native half of the `arabic_text` Python package: the crate's
//! normalizer, tokenizer and structure extraction, with every offset turned
//! from a byte offset into a Python string index (a code point count).
//!
//! The Python package (`python/arabic_text/`) re-exports what is here and
//! carries the type stubs. Each `*_batch` function runs the Rust work on
//! several threads with the GIL released (see `batch.rs`).
//!
//! No `unsafe` except two calls into CPython's stable ABI that PyO3 does
//! not wrap, each measured to pay and documented where it stands:
//! `PyUnicode_DecodeUTF16` (`pystr.rs`) and `PyObject_GC_UnTrack`
//! (`tokenize.rs`).

#![deny(unsafe_code)]

mod analyze;
mod batch;
mod document;
mod normalize;
mod offsets;
mod pystr;
mod tokenize;

use pyo3::prelude::*;
use pyo3::types::PyString;

/// The copy floor of the benchmark: the argument as UTF-8, copied into a new
/// `str`. Every binding that takes a `str` and returns one pays at least this.
#[pyfunction]
fn _copy_str<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    Ok(PyString::new(text.py(), text.to_str()?))
}

/// The copy floor through the path `normalize` returns its result by: the
/// argument as UTF-8, transcoded to UTF-16, made a new `str` from that.
#[pyfunction]
fn _copy_str_utf16<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let mut units = Vec::new();
    pystr::utf16_into(text.to_str()?, &mut units);
    pystr::from_utf16(text.py(), &units)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize::normalize_batch, m)?)?;
    m.add_class::<normalize::PyNormalizer>()?;
    m.add_function(wrap_pyfunction!(tokenize::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize::tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize::sentences, m)?)?;
    m.add_class::<tokenize::Token>()?;
    m.add_class::<tokenize::Sentence>()?;
    m.add_class::<tokenize::Tokens>()?;
    m.add_class::<analyze::PyAnalyzer>()?;
    m.add_class::<analyze::PyLexicon>()?;
    m.add_function(wrap_pyfunction!(document::parse, m)?)?;
    m.add_function(wrap_pyfunction!(document::parse_batch, m)?)?;
    m.add_function(wrap_pyfunction!(_copy_str, m)?)?;
    m.add_function(wrap_pyfunction!(_copy_str_utf16, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize::_tokenize_tuples, m)?)?;
    m.add(
        "PRESETS",
        normalize::PRESETS
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>(),
    )?;
    m.add("RULES", arabic_text::NormalizeOptions::RULE_NAMES.to_vec())?;
    Ok(())
}
