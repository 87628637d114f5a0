//! `normalize`, `normalize_batch` and the `Normalizer` class.

use std::cell::RefCell;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use arabic_text::{NormalizeOptions, Normalizer};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::batch;
use crate::pystr;

/// The preset names, as the `normalize` example takes them, and their rules.
pub const PRESETS: [(&str, NormalizeOptions); 4] = [
    ("search", NormalizeOptions::SEARCH),
    ("light", NormalizeOptions::LIGHT),
    ("default", NormalizeOptions::SEARCH),
    ("none", NormalizeOptions::NONE),
];

/// The options of a preset and rules, as the `normalize` example reads its
/// `--preset` and `--ops`: rules alone start from no rule, a preset alone or
/// nothing from `search`, and the rules are added to the preset.
fn options(preset: Option<&str>, ops: Option<&[String]>) -> PyResult<NormalizeOptions> {
    let mut options = match (preset, ops) {
        (None, Some(_)) => NormalizeOptions::NONE,
        (None, None) => NormalizeOptions::SEARCH,
        (Some(name), _) => PRESETS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, o)| *o)
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "unknown preset {name:?}; valid presets: {}",
                    PRESETS.map(|(n, _)| n).join(", ")
                ))
            })?,
    };
    for name in ops.unwrap_or_default() {
        options = options.with_rule(name, true).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown rule {name:?}; valid rules: {}",
                NormalizeOptions::RULE_NAMES.join(", ")
            ))
        })?;
    }
    Ok(options)
}

/// The normalizer for `options`, built once per process.
fn normalizer(options: NormalizeOptions) -> Arc<Normalizer> {
    static BUILT: Mutex<Vec<Arc<Normalizer>>> = Mutex::new(Vec::new());
    let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(n) = built.iter().find(|n| n.options() == options) {
        return Arc::clone(n);
    }
    let n = Arc::new(Normalizer::new(options));
    built.push(Arc::clone(&n));
    n
}

/// The `search` normalizer, for calls that name no preset and no rule.
static SEARCH: LazyLock<Arc<Normalizer>> = LazyLock::new(|| normalizer(NormalizeOptions::SEARCH));

fn resolve(preset: Option<&str>, ops: Option<Vec<String>>) -> PyResult<Arc<Normalizer>> {
    if preset.is_none() && ops.is_none() {
        return Ok(Arc::clone(&SEARCH));
    }
    Ok(normalizer(options(preset, ops.as_deref())?))
}

thread_local! {
    /// The output buffers of `apply`, reused so that a call allocates only
    /// the Python string it returns.
    static BUFFERS: RefCell<(String, Vec<u16>)> = const { RefCell::new((String::new(), Vec::new())) };
}

/// Buffers larger than this are freed after use rather than kept.
const KEEP_BUFFER: usize = 1 << 20;

/// `text` normalized; the same object when nothing changes.
fn apply<'py>(n: &Normalizer, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let s = text.to_str()?;
    BUFFERS.with_borrow_mut(|(out, units)| {
        out.clear();
        n.normalize_into(s, out);
        // Through UTF-16 (see `pystr`): on the news lines, 6% faster per
        // call than making the result from UTF-8, measured in one process.
        let result = if out.as_str() == s {
            Ok(text.clone())
        } else if out.is_ascii() {
            Ok(PyString::new(text.py(), out))
        } else {
            units.clear();
            pystr::utf16_into(out, units);
            pystr::from_utf16(text.py(), units)
        };
        if out.capacity() > KEEP_BUFFER {
            *out = String::new();
            *units = Vec::new();
        }
        result
    })
}

/// What a batch chunk's normalization leaves for the GIL holder: each text's
/// result as a range of one UTF-16 buffer (`None`: unchanged), so that a
/// chunk allocates once however many texts it holds.
struct Chunk {
    units: Vec<u16>,
    ranges: Vec<Option<(usize, usize)>>,
}

fn normalize_chunk(n: &Normalizer, texts: &[&str]) -> Chunk {
    let mut chunk = Chunk {
        units: Vec::with_capacity(texts.iter().map(|s| s.len()).sum()),
        ranges: Vec::with_capacity(texts.len()),
    };
    let mut out = String::new();
    for s in texts {
        out.clear();
        n.normalize_into(s, &mut out);
        if out == *s {
            chunk.ranges.push(None);
        } else {
            let start = chunk.units.len();
            pystr::utf16_into(&out, &mut chunk.units);
            chunk.ranges.push(Some((start, chunk.units.len())));
        }
    }
    chunk
}

fn apply_batch<'py>(
    py: Python<'py>,
    n: &Normalizer,
    texts: Vec<Bound<'py, PyString>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let strs = batch::texts(&texts)?;
    batch::map_chunks(
        py,
        &strs,
        threads,
        |chunk| normalize_chunk(n, chunk),
        |first, chunk, out| {
            for (i, range) in chunk.ranges.into_iter().enumerate() {
                out.push(match range {
                    None => texts[first + i].clone().into_any(),
                    Some((start, end)) => {
                        pystr::from_utf16(py, &chunk.units[start..end])?.into_any()
                    }
                });
            }
            Ok(())
        },
    )
}

/// Normalizes `text` with a preset and/or rules (see `Normalizer`).
#[pyfunction]
#[pyo3(signature = (text, preset = None, ops = None))]
pub fn normalize<'py>(
    text: &Bound<'py, PyString>,
    preset: Option<&str>,
    ops: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyString>> {
    apply(&*resolve(preset, ops)?, text)
}

/// Normalizes every text of `texts` on `threads` threads (all cores by
/// default) with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, preset = None, ops = None, *, threads = None))]
pub fn normalize_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    preset: Option<&str>,
    ops: Option<Vec<String>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    apply_batch(py, &*resolve(preset, ops)?, texts, threads)
}

/// A normalizer built once and reused: a preset (`search` by default) and
/// rules added to it.
#[pyclass(frozen, name = "Normalizer", module = "arabic_text")]
pub struct PyNormalizer {
    inner: Arc<Normalizer>,
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (preset = None, ops = None))]
    fn new(preset: Option<&str>, ops: Option<Vec<String>>) -> PyResult<Self> {
        Ok(PyNormalizer {
            inner: resolve(preset, ops)?,
        })
    }

    /// The names of the rules this normalizer applies, in the library's order.
    #[getter]
    fn rules(&self) -> Vec<&'static str> {
        let options = self.inner.options();
        NormalizeOptions::RULE_NAMES
            .into_iter()
            .filter(|name| options.with_rule(name, false) != Some(options))
            .collect()
    }

    fn normalize<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
        apply(&self.inner, text)
    }

    #[pyo3(signature = (texts, *, threads = None))]
    fn normalize_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        apply_batch(py, &self.inner, texts, threads)
    }

    fn __call__<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
        apply(&self.inner, text)
    }

    fn __repr__(&self) -> String {
        let rules: Vec<String> = self.rules().iter().map(|r| format!("'{r}'")).collect();
        format!("Normalizer(preset='none', ops=[{}])", rules.join(", "))
    }
}
