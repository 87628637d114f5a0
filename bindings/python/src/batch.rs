//! Batches: the Rust work on several threads with the GIL released, the
//! Python objects built by the calling thread as results arrive.
//!
//! Building Python objects needs the GIL, so it cannot run in parallel. If
//! the threads first did all the work and the caller then built all the
//! objects, that serial tail would cap the speed-up. Instead the texts are cut
//! into chunks that the threads claim one at a time; the calling thread
//! claims chunks too (working on them with the GIL released), and between
//! chunks turns the finished chunks of the others into Python objects. The
//! serial part overlaps the parallel one.

use std::num::NonZeroUsize;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

/// Texts per chunk: enough work (tens of microseconds for news lines) to
/// make claiming a chunk and switching the GIL cheap beside it.
const CHUNK: usize = 32;

/// The strings of a batch: each item must be a `str`.
pub fn texts<'py>(items: &'py [Bound<'py, PyString>]) -> PyResult<Vec<&'py str>> {
    items.iter().map(|s| s.to_str()).collect()
}

/// The number of threads to use: `threads` if given (at least 1), else the
/// machine's parallelism.
fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// A chunk's result, or the message of a panic while computing it.
type Outcome<C> = Result<C, String>;

fn run_chunk<C>(chunk: &[&str], work: &(impl Fn(&[&str]) -> C + Sync)) -> Outcome<C> {
    catch_unwind(AssertUnwindSafe(|| work(chunk))).map_err(|e| {
        e.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })
}

/// `work` applied to every text on `threads` threads (GIL released), then
/// `finish(index, result)` on each result under the GIL; the list of what
/// `finish` returns, in the order of `texts`.
pub fn map<'py, T: Send>(
    py: Python<'py>,
    texts: &[&str],
    threads: Option<usize>,
    work: impl Fn(&str) -> T + Sync,
    mut finish: impl FnMut(usize, T) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    map_chunks(
        py,
        texts,
        threads,
        |chunk| chunk.iter().map(|s| work(s)).collect::<Vec<T>>(),
        |first, results, out| {
            for (i, r) in results.into_iter().enumerate() {
                out.push(finish(first + i, r)?);
            }
            Ok(())
        },
    )
}

/// `work` applied to every chunk of `texts` on `threads` threads (GIL
/// released), then `finish(first, result, out)` on each chunk's result
/// under the GIL, pushing one object per text of the chunk (whose first text
/// is `texts[first]`) to `out`; the list of those objects in the order of
/// `texts`. A chunk's result can then share one buffer among its texts.
pub fn map_chunks<'py, C: Send>(
    py: Python<'py>,
    texts: &[&str],
    threads: Option<usize>,
    work: impl Fn(&[&str]) -> C + Sync,
    mut finish: impl FnMut(usize, C, &mut Vec<Bound<'py, PyAny>>) -> PyResult<()>,
) -> PyResult<Bound<'py, PyList>> {
    let chunks: Vec<&[&str]> = texts.chunks(CHUNK).collect();
    let threads = thread_count(threads)?.min(chunks.len()).max(1);
    let mut done: Vec<Option<Vec<Bound<'py, PyAny>>>> = (0..chunks.len()).map(|_| None).collect();
    let mut store = |chunk: usize, outcome: Outcome<C>| -> PyResult<()> {
        let result =
            outcome.map_err(|m| PyRuntimeError::new_err(format!("internal error: {m}")))?;
        let mut objects = Vec::with_capacity(chunks[chunk].len());
        finish(chunk * CHUNK, result, &mut objects)?;
        done[chunk] = Some(objects);
        Ok(())
    };

    if threads == 1 {
        for (i, chunk) in chunks.iter().enumerate() {
            let outcome = py.detach(|| run_chunk(chunk, &work));
            store(i, outcome)?;
        }
    } else {
        let next = AtomicUsize::new(0);
        let ready: Mutex<Vec<(usize, Outcome<C>)>> = Mutex::new(Vec::new());
        let arrived = Condvar::new();
        std::thread::scope(|scope| -> PyResult<()> {
            for _ in 1..threads {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(i) else { break };
                    let outcome = run_chunk(chunk, &work);
                    ready
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push((i, outcome));
                    arrived.notify_one();
                });
            }
            let result = (|| {
                let mut stored = 0;
                while stored < chunks.len() {
                    let finished =
                        std::mem::take(&mut *ready.lock().unwrap_or_else(PoisonError::into_inner));
                    if !finished.is_empty() {
                        for (i, outcome) in finished {
                            store(i, outcome)?;
                            stored += 1;
                        }
                        continue;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if let Some(chunk) = chunks.get(i) {
                        let outcome = py.detach(|| run_chunk(chunk, &work));
                        store(i, outcome)?;
                        stored += 1;
                        continue;
                    }
                    // Every chunk is claimed: wait for the others.
                    let finished = py.detach(|| {
                        let mut guard = ready.lock().unwrap_or_else(PoisonError::into_inner);
                        while guard.is_empty() {
                            guard = arrived.wait(guard).unwrap_or_else(PoisonError::into_inner);
                        }
                        std::mem::take(&mut *guard)
                    });
                    for (i, outcome) in finished {
                        store(i, outcome)?;
                        stored += 1;
                    }
                }
                Ok(())
            })();
            // On an error, stop the other threads claiming new chunks.
            next.store(chunks.len(), Ordering::Relaxed);
            result
        })?;
    }
    PyList::new(py, done.into_iter().flatten().flatten())
}
