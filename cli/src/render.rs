//! What each subcommand does to one document, written two ways: as the
//! fields of a JSON Lines record, and as the example binary prints it (for
//! `--output DIR`). Both give the same results as the examples.

use std::io::{self, Write};

use arabic_text::analyze::{Analyzer, Term};
use arabic_text::{Document, NormalizeOptions, Normalizer, Tokenizer};

/// Extract's output form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
}

/// The work done on each document. Built once, shared by the workers.
pub enum Task {
    Normalize(Normalizer),
    Tokens,
    Sentences,
    Analyze(Analyzer),
    Extract(Format),
}

impl Task {
    pub fn normalize(options: NormalizeOptions) -> Self {
        Task::Normalize(Normalizer::new(options))
    }

    /// The extension of a file `--output DIR` writes for a text document;
    /// `None` keeps the input's name (normalized text is text again).
    pub fn extension(&self) -> Option<&'static str> {
        match self {
            Task::Normalize(_) => None,
            Task::Tokens | Task::Sentences | Task::Analyze(_) => Some("jsonl"),
            Task::Extract(Format::Json) => Some("json"),
            Task::Extract(Format::Markdown) => Some("md"),
        }
    }

    /// Writes the result fields of one document as `"key":value` pairs
    /// without the braces: `"text"`, `"tokens"`, `"sentences"`, `"title"`
    /// and `"blocks"`, or `"markdown"`.
    pub fn write_fields(&self, text: &str, out: &mut Vec<u8>) -> io::Result<()> {
        match self {
            Task::Normalize(n) => {
                out.write_all(b"\"text\":")?;
                write_json_str(out, &normalize(n, text))
            }
            Task::Tokens => {
                out.write_all(b"\"tokens\":[")?;
                let mut first = true;
                tokens(text, |t, kind, start, end| {
                    if !std::mem::take(&mut first) {
                        out.push(b',');
                    }
                    write_record(out, t, Some(kind), start, end)
                })?;
                out.write_all(b"]")
            }
            Task::Sentences => {
                out.write_all(b"\"sentences\":[")?;
                let mut first = true;
                sentences(text, |s, start, end| {
                    if !std::mem::take(&mut first) {
                        out.push(b',');
                    }
                    write_record(out, s, None, start, end)
                })?;
                out.write_all(b"]")
            }
            Task::Analyze(analyzer) => {
                out.write_all(b"\"terms\":[")?;
                let mut first = true;
                terms(analyzer, text, |t, base| {
                    if !std::mem::take(&mut first) {
                        out.push(b',');
                    }
                    out.write_all(t.to_json(base).as_bytes())
                })?;
                out.write_all(b"]")
            }
            Task::Extract(Format::Json) => document_fields(out, &Document::parse(text)),
            Task::Extract(Format::Markdown) => {
                out.write_all(b"\"markdown\":")?;
                write_json_str(out, &Document::parse(text).to_markdown())
            }
        }
    }

    /// The names of the fields [`Task::write_fields`] writes.
    pub fn field_names(&self) -> &'static [&'static str] {
        match self {
            Task::Normalize(_) => &["text"],
            Task::Tokens => &["tokens"],
            Task::Sentences => &["sentences"],
            Task::Analyze(_) => &["terms"],
            Task::Extract(Format::Json) => &["title", "blocks"],
            Task::Extract(Format::Markdown) => &["markdown"],
        }
    }

    /// Writes what the example binary prints for this document.
    pub fn write_plain(&self, text: &str, out: &mut Vec<u8>) -> io::Result<()> {
        match self {
            Task::Normalize(n) => out.write_all(normalize(n, text).as_bytes()),
            Task::Tokens => tokens(text, |t, kind, start, end| {
                write_record(out, t, Some(kind), start, end)?;
                out.write_all(b"\n")
            }),
            Task::Analyze(analyzer) => terms(analyzer, text, |t, base| {
                out.write_all(t.to_json(base).as_bytes())?;
                out.write_all(b"\n")
            }),
            Task::Sentences => sentences(text, |s, start, end| {
                write_record(out, s, None, start, end)?;
                out.write_all(b"\n")
            }),
            Task::Extract(Format::Json) => {
                out.write_all(Document::parse(text).to_json().as_bytes())?;
                out.write_all(b"\n")
            }
            Task::Extract(Format::Markdown) => {
                out.write_all(Document::parse(text).to_markdown().as_bytes())
            }
        }
    }

    /// Normalizes a string in place of a JSON Lines record's field.
    pub fn normalizer(&self) -> Option<&Normalizer> {
        match self {
            Task::Normalize(n) => Some(n),
            _ => None,
        }
    }
}

/// Line by line, as the `normalize` example streams it.
pub fn normalize(n: &Normalizer, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        n.normalize_into(line, &mut out);
    }
    out
}

/// Tokens line by line with offsets into the whole text, as the `tokenize`
/// example reads its input.
fn tokens(
    text: &str,
    mut each: impl FnMut(&str, &str, usize, usize) -> io::Result<()>,
) -> io::Result<()> {
    let tokenizer = Tokenizer::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        for t in tokenizer.tokens(line) {
            each(
                t.text,
                t.kind.as_str(),
                base + t.span.start,
                base + t.span.end,
            )?;
        }
        base += line.len();
    }
    Ok(())
}

/// The terms of each line, as the `analyze` example reads its input, with
/// the offset of the line in the whole text.
fn terms(
    analyzer: &Analyzer,
    text: &str,
    mut each: impl FnMut(&Term, usize) -> io::Result<()>,
) -> io::Result<()> {
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        for t in analyzer.terms(line) {
            each(&t, base)?;
        }
        base += line.len();
    }
    Ok(())
}

/// Sentences as the `tokenize --sentences` example finds them: a sentence
/// may run over a line break, so the last, possibly unfinished sentence of
/// the text read so far waits for the next line; lines ending in a comma or
/// semicolon are gathered first.
fn sentences(
    text: &str,
    mut each: impl FnMut(&str, usize, usize) -> io::Result<()>,
) -> io::Result<()> {
    let tokenizer = Tokenizer::new();
    // `pending` is text[base..end]: the unfinished tail, borrowed.
    let (mut base, mut end) = (0, 0);
    for line in text.split_inclusive('\n') {
        end += line.len();
        if line.trim_end().ends_with(['،', ',', '؛', ';']) {
            continue;
        }
        let pending = &text[base..end];
        let mut sentences = tokenizer.sentences(pending).peekable();
        let mut keep_from = pending.len();
        while let Some(s) = sentences.next() {
            if sentences.peek().is_none() {
                keep_from = s.span.start;
                break;
            }
            each(s.text, base + s.span.start, base + s.span.end)?;
        }
        base += keep_from;
    }
    for s in tokenizer.sentences(&text[base..end]) {
        each(s.text, base + s.span.start, base + s.span.end)?;
    }
    Ok(())
}

/// `{"text":…,"kind":…,"start":…,"end":…}`, without a line break.
fn write_record(
    out: &mut Vec<u8>,
    text: &str,
    kind: Option<&str>,
    start: usize,
    end: usize,
) -> io::Result<()> {
    out.write_all(b"{\"text\":")?;
    write_json_str(out, text)?;
    if let Some(kind) = kind {
        write!(out, ",\"kind\":\"{kind}\"")?;
    }
    write!(out, ",\"start\":{start},\"end\":{end}}}")
}

/// `"title":…,"blocks":[…]`: the fields of the library's JSON of the
/// document (`Document::to_json`, what the `extract` example prints), to
/// stand in a record beside its `path` or `line`.
fn document_fields(out: &mut Vec<u8>, doc: &Document) -> io::Result<()> {
    let json = doc.to_json();
    // `to_json` writes one object; its fields are what lies between the
    // outer braces.
    let fields = json
        .strip_prefix('{')
        .and_then(|j| j.strip_suffix('}'))
        .unwrap_or(&json);
    out.write_all(fields.as_bytes())
}

/// Writes `s` as a JSON string literal.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) -> io::Result<()> {
    serde_json::to_writer(out, s).map_err(io::Error::from)
}
