//! `parse` and `parse_batch`: the `extract` example's JSON as a dict, with
//! each block's `span` in Python string indices.

use arabic_text::Document;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::batch;
use crate::offsets::CharCursor;
use crate::pystr;

/// The document's JSON (`Document::to_json`, as UTF-16: see `pystr`) and
/// its blocks' spans as Python string indices, in block order.
struct Parsed {
    json: Vec<u16>,
    spans: Vec<(usize, usize)>,
}

fn parse_str(text: &str) -> Parsed {
    let doc = Document::parse(text);
    let mut cursor = CharCursor::new(text);
    let spans = doc
        .blocks()
        .iter()
        .map(|b| {
            let span = b.span();
            (cursor.index(span.start), cursor.index(span.end))
        })
        .collect();
    let mut json = Vec::new();
    pystr::utf16_into(&doc.to_json(), &mut json);
    Parsed { json, spans }
}

/// The dict of `parsed`: its JSON loaded, each block's byte span replaced by
/// its string indices.
fn to_dict<'py>(
    py: Python<'py>,
    loads: &Bound<'py, PyAny>,
    parsed: Parsed,
) -> PyResult<Bound<'py, PyAny>> {
    let dict = loads.call1((pystr::from_utf16(py, &parsed.json)?,))?;
    let blocks = dict.get_item(intern!(py, "blocks"))?;
    for (i, (start, end)) in parsed.spans.into_iter().enumerate() {
        blocks
            .get_item(i)?
            .set_item(intern!(py, "span"), PyList::new(py, [start, end])?)?;
    }
    Ok(dict)
}

fn json_loads(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    py.import(intern!(py, "json"))?
        .getattr(intern!(py, "loads"))
}

/// The structure of a plain-text article: `{"title": str | None, "blocks":
/// [...]}`, each block with its `type`, fields and `span`.
#[pyfunction]
pub fn parse<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    to_dict(py, &json_loads(py)?, parse_str(text.to_str()?))
}

/// `parse` of every text, on `threads` threads with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None))]
pub fn parse_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let strs = batch::texts(&texts)?;
    let loads = json_loads(py)?;
    batch::map(py, &strs, threads, parse_str, |_, parsed| {
        to_dict(py, &loads, parsed)
    })
}
