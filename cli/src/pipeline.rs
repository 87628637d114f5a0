//! The run: inputs are read in order and handed to a pool of workers in
//! batches, at most `WINDOW_PER_JOB × jobs` batches at a time; results come
//! back in any order and are written in input order. A document's whole life
//! (read, decode, process, serialize, wait for its turn) is inside the
//! window, so memory is bounded by the window's batches, whatever the size
//! of the corpus. With one job everything runs on the calling thread.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Map, Value};

use crate::input::{self, Source};
use crate::render::{write_json_str, Task};
use crate::RunArgs;

/// Batches in flight per worker: enough to keep every worker busy while a
/// slow document holds back the ones after it.
const WINDOW_PER_JOB: usize = 8;

/// Documents go to the workers in batches of about this many input bytes
/// (by the mean size of the documents done so far), so that handing one
/// over costs little beside processing it, and at most `BATCH_UNITS`
/// documents. The first batch is one document.
const BATCH_BYTES: u64 = 256 << 10;
const BATCH_UNITS: usize = 64;

const PROGRAM: &str = "arabic-text";

/// Spare output buffers kept for reuse: one per batch in flight is enough.
const SPARE_BUFFERS_PER_JOB: usize = WINDOW_PER_JOB;

/// Output buffers handed back by the writer once written, for the next
/// batches: a batch's output runs to megabytes, and a fresh buffer for each
/// would have its pages faulted in and zeroed by the kernel again (with two
/// jobs, eight times as many page faults as with one).
struct Buffers {
    spare: Mutex<Vec<Vec<u8>>>,
    most: usize,
}

impl Buffers {
    fn new(jobs: usize) -> Self {
        Buffers {
            spare: Mutex::new(Vec::new()),
            most: SPARE_BUFFERS_PER_JOB * jobs,
        }
    }

    /// An empty buffer, reused when one is spare.
    fn take(&self) -> Vec<u8> {
        self.spare
            .lock()
            .ok()
            .and_then(|mut spare| spare.pop())
            .unwrap_or_default()
    }

    /// Keeps `buffer` for a later batch, emptied.
    fn give(&self, mut buffer: Vec<u8>) {
        buffer.clear();
        if let Ok(mut spare) = self.spare.lock() {
            if spare.len() < self.most {
                spare.push(buffer);
            }
        }
    }
}

/// What every worker shares.
struct Ctx {
    task: Task,
    buffers: Arc<Buffers>,
    lossy: bool,
    field: Option<String>,
    output: Option<PathBuf>,
}

/// One document for a worker.
enum Unit {
    /// A whole text document.
    Document(Source),
    /// One JSON Lines record: `name` is `FILE:LINE`, `offset` the byte
    /// offset of the line in its file.
    Record {
        name: String,
        line: u64,
        offset: u64,
        bytes: Vec<u8>,
    },
}

/// The result of one batch (or of an input that failed before any), in the
/// order it must be written.
#[derive(Default)]
struct Done {
    /// Switch the output to this file first (`--jsonl` with `--output`).
    open: Option<PathBuf>,
    /// Bytes for the output.
    out: Vec<u8>,
    /// Documents, units and input bytes done, for the progress bar and the
    /// size of batches.
    docs: u64,
    units: u64,
    bytes: u64,
    /// Lines for stderr: warnings and errors.
    messages: Vec<String>,
    failed: bool,
}

impl Done {
    /// This document's counts, failed with `message` alone (the warnings
    /// gathered so far are dropped: the error says why it failed).
    fn failed_with(self, message: String) -> Self {
        Done {
            failed: true,
            messages: vec![message],
            ..self
        }
    }

    fn failure(message: String) -> Self {
        Done {
            messages: vec![format!("{PROGRAM}: {message}")],
            failed: true,
            ..Done::default()
        }
    }
}

/// Runs `task` over the inputs of `args`; the process's exit code.
pub fn run(task: Task, args: RunArgs) -> ExitCode {
    if let Some(dir) = &args.output {
        if let Err(err) = fs::create_dir_all(dir) {
            eprintln!("{PROGRAM}: {}: {err}", dir.display());
            return ExitCode::from(1);
        }
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .thread_name(|i| format!("worker-{i}"))
        .build()
    {
        Ok(pool) => pool,
        Err(err) => {
            eprintln!("{PROGRAM}: cannot start the workers: {err}");
            return ExitCode::from(1);
        }
    };
    let window = WINDOW_PER_JOB * pool.current_num_threads();
    // One job: the documents are processed on this thread, between reading
    // and writing, so `--jobs 1` uses one core.
    let inline = pool.current_num_threads() == 1;
    let bar = progress_bar(&args);
    let buffers = Arc::new(Buffers::new(pool.current_num_threads()));
    let ctx = Arc::new(Ctx {
        task,
        buffers: Arc::clone(&buffers),
        lossy: args.lossy,
        field: args.jsonl.clone(),
        output: args.output.clone(),
    });

    let writer = Writer {
        sink: Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        pending: BTreeMap::new(),
        next: 0,
        docs: 0,
        units: 0,
        bytes: 0,
        failed: false,
        bar: bar.clone(),
        buffers,
    };
    let (tx, rx) = mpsc::channel();
    let mut dispatch = Dispatch {
        pool,
        inline,
        window: window as u64,
        ctx,
        tx,
        rx,
        issued: 0,
        batch: Vec::new(),
        batch_bytes: 0,
        writer,
    };
    let result = feed(&args, &mut dispatch).and_then(|()| dispatch.finish());
    bar.finish();
    let mut failed = dispatch.writer.failed;
    match result {
        Ok(()) | Err(Stop::Closed) => {}
        Err(Stop::Output(err)) => {
            eprintln!("{PROGRAM}: cannot write output: {err}");
            failed = true;
        }
    }
    ExitCode::from(u8::from(failed))
}

/// Hands units to the workers in batches and results to the writer.
struct Dispatch {
    pool: rayon::ThreadPool,
    /// `--jobs 1`: process on this thread.
    inline: bool,
    /// Batches in flight at most, written or not.
    window: u64,
    ctx: Arc<Ctx>,
    tx: mpsc::Sender<(u64, Done)>,
    rx: mpsc::Receiver<(u64, Done)>,
    /// Batches (and failures) numbered so far, in input order.
    issued: u64,
    batch: Vec<Unit>,
    /// Input bytes in `batch`, known or estimated.
    batch_bytes: u64,
    writer: Writer,
}

impl Dispatch {
    /// Adds a unit of `bytes` input bytes (`None`: not known yet) to the
    /// batch, and sends the batch off once it is big enough.
    fn unit(&mut self, unit: Unit, bytes: Option<u64>) -> Result<(), Stop> {
        self.batch.push(unit);
        self.batch_bytes += bytes.unwrap_or_else(|| self.writer.mean_unit_bytes());
        if self.batch_bytes >= BATCH_BYTES || self.batch.len() >= BATCH_UNITS {
            self.send_batch()?;
        }
        Ok(())
    }

    /// A result that needs no worker (a failure found while reading the
    /// inputs, or a switch of the output file), in its place in the order.
    fn done(&mut self, done: Done) -> Result<(), Stop> {
        self.send_batch()?;
        let index = self.next_index()?;
        self.writer.put(index, done)
    }

    fn send_batch(&mut self) -> Result<(), Stop> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let index = self.next_index()?;
        if self.inline {
            let done = run_batch(&batch, &self.ctx);
            return self.writer.put(index, done);
        }
        let (tx, ctx) = (self.tx.clone(), Arc::clone(&self.ctx));
        self.pool.spawn(move || {
            // The receiver is gone only when the run has stopped.
            let _ = tx.send((index, run_batch(&batch, &ctx)));
        });
        Ok(())
    }

    /// The number of the next batch, once the window has room for it.
    fn next_index(&mut self) -> Result<u64, Stop> {
        while self.issued - self.writer.next >= self.window {
            let (i, done) = self.rx.recv().expect("a batch in flight holds a sender");
            self.writer.put(i, done)?;
        }
        self.issued += 1;
        Ok(self.issued - 1)
    }

    /// Sends the last batch and writes everything still in flight.
    fn finish(&mut self) -> Result<(), Stop> {
        self.send_batch()?;
        while self.writer.next < self.issued {
            let (i, done) = self.rx.recv().expect("a batch in flight holds a sender");
            self.writer.put(i, done)?;
        }
        self.writer.sink.flush().map_err(Stop::from)
    }
}

/// Reads the inputs in order and hands them on.
fn feed(args: &RunArgs, dispatch: &mut Dispatch) -> Result<(), Stop> {
    let (field, output) = (dispatch.ctx.field.is_some(), dispatch.ctx.output.clone());
    for source in input::sources(&args.inputs, args.glob.as_ref()) {
        let source = match source {
            Ok(source) => source,
            Err((name, err)) => {
                dispatch.done(Done::failure(format!("{name}: {err}")))?;
                continue;
            }
        };
        if !field {
            dispatch.unit(Unit::Document(source), None)?;
            continue;
        }
        let name = source.name();
        let mut reader = match source.open() {
            Ok(reader) => reader,
            Err(err) => {
                dispatch.done(Done::failure(format!("{name}: {err}")))?;
                continue;
            }
        };
        if let Some(dir) = &output {
            let path = dir.join(source.rel());
            match &source {
                Source::File { path: input, .. } if same_file(input, &path) => {
                    let message = format!("{}: would overwrite its input {name}", path.display());
                    dispatch.done(Done::failure(message))?;
                    continue;
                }
                _ => dispatch.done(Done {
                    open: Some(path),
                    ..Done::default()
                })?,
            }
        }
        let (mut line, mut offset) = (0, 0);
        loop {
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(n) => {
                    line += 1;
                    let unit = Unit::Record {
                        name: format!("{name}:{line}"),
                        line,
                        offset,
                        bytes,
                    };
                    offset += n as u64;
                    dispatch.unit(unit, Some(n as u64))?;
                }
                Err(err) => {
                    let message = format!("{name}: {err} (after byte offset {offset})");
                    dispatch.done(Done::failure(message))?;
                    break;
                }
            }
        }
    }
    Ok(())
}

/// Why the run stopped writing.
enum Stop {
    /// The reader of stdout went away: a normal end.
    Closed,
    Output(io::Error),
}

impl From<io::Error> for Stop {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Stop::Closed
        } else {
            Stop::Output(err)
        }
    }
}

/// Puts results back in input order and writes them.
struct Writer {
    sink: Box<dyn Write>,
    pending: BTreeMap<u64, Done>,
    next: u64,
    docs: u64,
    units: u64,
    bytes: u64,
    failed: bool,
    bar: ProgressBar,
    buffers: Arc<Buffers>,
}

impl Writer {
    /// The mean input bytes of the units written so far; before any, a
    /// batch's worth, so the first batch is one document.
    fn mean_unit_bytes(&self) -> u64 {
        self.bytes.checked_div(self.units).unwrap_or(BATCH_BYTES)
    }

    fn put(&mut self, index: u64, done: Done) -> Result<(), Stop> {
        self.pending.insert(index, done);
        while let Some(done) = self.pending.remove(&self.next) {
            self.next += 1;
            self.write(done)?;
        }
        Ok(())
    }

    fn write(&mut self, done: Done) -> Result<(), Stop> {
        if !done.messages.is_empty() {
            self.bar.suspend(|| {
                for message in &done.messages {
                    eprintln!("{message}");
                }
            });
        }
        self.failed |= done.failed;
        if let Some(path) = done.open {
            self.sink.flush()?;
            self.sink = match File::create(&path) {
                Ok(file) => Box::new(BufWriter::with_capacity(1 << 16, file)),
                Err(err) => return Err(Stop::Output(with_path(err, &path))),
            };
        }
        self.sink.write_all(&done.out)?;
        self.buffers.give(done.out);
        self.units += done.units;
        self.bytes += done.bytes;
        if done.docs > 0 || done.bytes > 0 {
            self.docs += done.docs;
            self.bar.inc(done.bytes);
            self.bar.set_message(format!("{} docs", self.docs));
        }
        Ok(())
    }
}

fn with_path(err: io::Error, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{}: {err}", path.display()))
}

/// A bar on stderr when it is a terminal and `--quiet` is not given: input
/// bytes (with their total once a walk in the background has summed the
/// file sizes), documents, MB/s, ETA.
fn progress_bar(args: &RunArgs) -> ProgressBar {
    if args.quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {msg}  {decimal_bytes}  {decimal_bytes_per_sec}  {elapsed}",
        )
        .expect("a valid template"),
    );
    bar.set_message("0 docs");
    bar.enable_steady_tick(Duration::from_millis(200));
    let (inputs, glob, bar2) = (args.inputs.clone(), args.glob.clone(), bar.clone());
    std::thread::spawn(move || {
        if let Some(total) = input::total_bytes(&inputs, glob.as_ref()) {
            bar2.set_length(total);
            bar2.set_style(
                ProgressStyle::with_template(
                    "{wide_bar} {msg}  {decimal_bytes}/{decimal_total_bytes}  {decimal_bytes_per_sec}  ETA {eta}",
                )
                .expect("a valid template"),
            );
        }
    });
    bar
}

/// Does a batch; a panic (a bug) fails its document, not the run.
fn run_batch(batch: &[Unit], ctx: &Ctx) -> Done {
    let mut all = Done {
        out: ctx.buffers.take(),
        ..Done::default()
    };
    for unit in batch {
        // Each document writes straight into the batch's buffer; a panic
        // (a bug) takes back what its document had written.
        let mark = all.out.len();
        let out = &mut all.out;
        let done = panic::catch_unwind(AssertUnwindSafe(|| process(unit, ctx, out)))
            .unwrap_or_else(|_| {
                all.out.truncate(mark);
                Done::failure(format!("{}: internal error", unit_name(unit)))
            });
        all.docs += done.docs;
        all.bytes += done.bytes;
        all.messages.extend(done.messages);
        all.failed |= done.failed;
    }
    all.units = batch.len() as u64;
    all
}

fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Document(source) => source.name(),
        Unit::Record { name, .. } => name.clone(),
    }
}

/// Does one document.
fn process(unit: &Unit, ctx: &Ctx, out: &mut Vec<u8>) -> Done {
    match unit {
        Unit::Document(source) => process_document(source, ctx, out),
        Unit::Record {
            name,
            line,
            offset,
            bytes,
        } => process_record(name, *line, *offset, bytes, ctx, out),
    }
}

/// Room of each worker's read buffer: most documents fit at once.
const READ_BUFFER: usize = 1 << 16;
/// A read buffer grown past this by a large document is given back.
const MAX_KEPT_READ_BUFFER: usize = 4 << 20;

thread_local! {
    /// The bytes of the document a worker is on, reused from one to the next.
    static READ_BUFFER_OF_THIS_THREAD: RefCell<Vec<u8>> =
        RefCell::new(Vec::with_capacity(READ_BUFFER));
}

fn process_document(source: &Source, ctx: &Ctx, out: &mut Vec<u8>) -> Done {
    READ_BUFFER_OF_THIS_THREAD.with(|buffer| {
        let mut bytes = buffer.borrow_mut();
        let done = process_document_in(source, ctx, out, &mut bytes);
        if bytes.capacity() > MAX_KEPT_READ_BUFFER {
            *bytes = Vec::with_capacity(READ_BUFFER);
        }
        done
    })
}

fn process_document_in(source: &Source, ctx: &Ctx, out: &mut Vec<u8>, bytes: &mut Vec<u8>) -> Done {
    let name = source.name();
    if let Err(err) = source.read_into(bytes) {
        return Done::failure(format!("{name}: {err}"));
    }
    let bytes = &*bytes;
    let mut done = Done {
        docs: 1,
        bytes: bytes.len() as u64,
        ..Done::default()
    };
    let text = match decode(bytes, ctx.lossy, &name, 0, &mut done.messages) {
        Ok(text) => text,
        Err(message) => return done.failed_with(message),
    };
    let Some(dir) = &ctx.output else {
        out.extend_from_slice(b"{\"path\":");
        let _ = write_json_str(out, &name);
        out.push(b',');
        let _ = ctx.task.write_fields(&text, out);
        out.extend_from_slice(b"}\n");
        return done;
    };
    let mut path = dir.join(source.rel());
    if let Some(ext) = ctx.task.extension() {
        path.set_extension(ext);
    }
    let result = match source {
        Source::File { path: input, .. } if same_file(input, &path) => Err(format!(
            "{}: would overwrite its input {name}",
            path.display()
        )),
        _ => {
            let mut out = Vec::new();
            let _ = ctx.task.write_plain(&text, &mut out);
            path.parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::write(&path, out))
                .map_err(|err| format!("{}: {err}", path.display()))
        }
    };
    if let Err(message) = result {
        done.messages.push(format!("{PROGRAM}: {message}"));
        done.failed = true;
    }
    done
}

fn process_record(
    name: &str,
    line: u64,
    offset: u64,
    bytes: &[u8],
    ctx: &Ctx,
    out: &mut Vec<u8>,
) -> Done {
    let mut done = Done {
        bytes: bytes.len() as u64,
        ..Done::default()
    };
    let text = match decode(bytes, ctx.lossy, name, offset, &mut done.messages) {
        Ok(text) => text,
        Err(message) => return done.failed_with(message),
    };
    if text.trim().is_empty() {
        return done; // a blank line is no record
    }
    done.docs = 1;
    let field = ctx.field.as_deref().unwrap_or_default();
    let mut record: Map<String, Value> = match serde_json::from_str(&text) {
        Ok(Value::Object(record)) => record,
        Ok(_) => return Done::failure(format!("{name}: not a JSON object")),
        Err(err) => return Done::failure(format!("{name}: invalid JSON: {err}")),
    };
    let value = match record.get(field) {
        Some(Value::String(s)) => s,
        Some(_) => return Done::failure(format!("{name}: field {field:?} is not a string")),
        None => return Done::failure(format!("{name}: no field {field:?}")),
    };
    // The result: the normalized text in place of the field, or new fields
    // after the record's own.
    let mut fields = Vec::new();
    if let Some(normalizer) = ctx.task.normalizer() {
        let normalized = crate::render::normalize(normalizer, value);
        record.insert(field.to_owned(), Value::String(normalized));
    } else {
        let _ = ctx.task.write_fields(value, &mut fields);
        for name in ctx.task.field_names() {
            record.shift_remove(*name);
        }
    }
    record.shift_remove("line");
    let _ = write!(out, "{{\"line\":{line}");
    for (key, value) in &record {
        out.push(b',');
        let _ = write_json_str(out, key);
        out.push(b':');
        let _ = serde_json::to_writer(&mut *out, value);
    }
    if !fields.is_empty() {
        out.push(b',');
        out.extend_from_slice(&fields);
    }
    out.extend_from_slice(b"}\n");
    done
}

/// The text of `bytes`: an error message naming `name` and the byte offset
/// (`base` + the offset in `bytes`) of the first invalid UTF-8 sequence, or
/// with `lossy` the text with U+FFFD in place of each, and a warning.
fn decode<'a>(
    bytes: &'a [u8],
    lossy: bool,
    name: &str,
    base: u64,
    messages: &mut Vec<String>,
) -> Result<Cow<'a, str>, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) if !lossy => Err(format!(
            "{PROGRAM}: {name}: invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes)",
            base + e.valid_up_to() as u64
        )),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes);
            // Count only the replacements made, not U+FFFD already there.
            let before = bytes
                .windows(3)
                .filter(|w| *w == "\u{FFFD}".as_bytes())
                .count();
            let replaced = text.matches('\u{FFFD}').count() - before;
            messages.push(format!(
                "{PROGRAM}: warning: {name}: replaced {replaced} invalid UTF-8 sequence(s) with U+FFFD"
            ));
            Ok(text)
        }
    }
}

/// Whether `a` and `b` are the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
