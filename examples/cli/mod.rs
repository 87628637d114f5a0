//! What the example binaries share: reading FILE or stdin as UTF-8 (whole or
//! line by line, in bounded memory), clear errors for bad input, and a quiet
//! exit when stdout is closed (`| head`).
//!
//! Exit codes, the same in every example: 0 on success, for `--help` (the
//! usage goes to stdout) and when the reader of stdout went away; 2 for a
//! bad command line (the message and the usage go to stderr); 1 when the
//! input cannot be opened, read or decoded, or the output cannot be
//! written. Every message names what failed: the file and the OS error, the
//! byte offset of invalid UTF-8, or the output.

#![allow(dead_code)] // each example uses the part it needs

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

/// Why an example stopped before the end of its input.
#[derive(Debug)]
pub enum CliError {
    /// `-h` or `--help`: not a failure; the usage is printed on stdout.
    Help(&'static str),
    /// Bad flags; the message says which.
    Usage(String),
    /// The input could not be opened or read.
    Io { name: String, err: io::Error },
    /// The input is not UTF-8: the first bad byte is at `offset`.
    Utf8 { name: String, offset: u64 },
    /// Writing to stdout failed (a closed pipe is not reported).
    Output(io::Error),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Help(usage) => write!(f, "{usage}"),
            CliError::Usage(msg) => write!(f, "{msg}"),
            CliError::Io { name, err } => write!(f, "{name}: {err}"),
            CliError::Utf8 { name, offset } => {
                write!(f, "{name}: invalid UTF-8 at byte offset {offset} (use --lossy to replace bad bytes)")
            }
            CliError::Output(err) => write!(f, "cannot write output: {err}"),
        }
    }
}

/// A usage error: `msg`, then the usage on the next line.
pub fn usage(msg: impl fmt::Display, usage: &str) -> CliError {
    CliError::Usage(format!("{msg}\n{usage}"))
}

/// Runs `body`, prints its error on stderr as `PROGRAM: message`, and maps it
/// to an exit code (see the module docs). There is deliberately no
/// `From<io::Error>`: each I/O error is wrapped where it happens, as what it
/// is, so a failed read is never reported as a failed write.
pub fn run(program: &str, body: impl FnOnce() -> Result<(), CliError>) -> ExitCode {
    match body() {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Help(usage)) => {
            let mut out = io::stdout().lock();
            match writeln!(out, "{usage}").and_then(|()| out.flush()) {
                Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
                    eprintln!("{program}: {}", CliError::Output(err));
                    ExitCode::from(1)
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(CliError::Output(err)) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{program}: {err}");
            match err {
                CliError::Usage(_) => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

/// A buffered stdout; wrap its errors with `.map_err(CliError::Output)`.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// An input source: a named file or stdin.
pub struct Input {
    name: String,
    reader: Box<dyn BufRead>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    lossy: bool,
    /// Bytes consumed so far, for error offsets.
    offset: u64,
    /// How many replacement characters `--lossy` inserted.
    pub replaced: u64,
    line: Vec<u8>,
}

impl Input {
    /// Opens `path`, or stdin when `path` is `None` or `-`.
    pub fn open(path: Option<&str>, lossy: bool) -> Result<Self, CliError> {
        let (name, reader): (String, Box<dyn BufRead>) = match path {
            None | Some("-") => (
                "<stdin>".into(),
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            ),
            Some(p) => {
                let file = File::open(p).map_err(|err| CliError::Io {
                    name: p.into(),
                    err,
                })?;
                (p.into(), Box::new(BufReader::with_capacity(1 << 16, file)))
            }
        };
        Ok(Input {
            name,
            reader,
            lossy,
            offset: 0,
            replaced: 0,
            line: Vec::new(),
        })
    }

    /// The name used in messages: the path, or `<stdin>`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Reads the next line, its `\n` included, into `buf` (cleared first).
    /// Returns `false` at the end of input. Memory stays bounded by the
    /// longest line.
    pub fn read_line(&mut self, buf: &mut String) -> Result<bool, CliError> {
        buf.clear();
        self.line.clear();
        let n = self
            .reader
            .read_until(b'\n', &mut self.line)
            .map_err(|err| CliError::Io {
                name: self.name.clone(),
                err,
            })?;
        if n == 0 {
            return Ok(false);
        }
        self.decode_into(buf)?;
        self.offset += n as u64;
        Ok(true)
    }

    /// Reads everything that is left.
    pub fn read_to_string(mut self) -> Result<(String, u64), CliError> {
        self.line.clear();
        self.reader
            .read_to_end(&mut self.line)
            .map_err(|err| CliError::Io {
                name: self.name.clone(),
                err,
            })?;
        let mut text = String::new();
        self.decode_into(&mut text)?;
        Ok((text, self.replaced))
    }

    fn decode_into(&mut self, buf: &mut String) -> Result<(), CliError> {
        match std::str::from_utf8(&self.line) {
            Ok(s) => buf.push_str(s),
            Err(e) if !self.lossy => {
                return Err(CliError::Utf8 {
                    name: self.name.clone(),
                    offset: self.offset + e.valid_up_to() as u64,
                })
            }
            Err(_) => {
                let text = String::from_utf8_lossy(&self.line);
                // Count only the replacements we made, not U+FFFD already in the input.
                let before = bytecount_fffd(&self.line);
                self.replaced += text.matches('\u{FFFD}').count() as u64 - before;
                buf.push_str(&text);
            }
        }
        Ok(())
    }

    /// Prints the `--lossy` warning when bytes were replaced.
    pub fn warn_replaced(&self, program: &str) {
        warn_replaced(program, &self.name, self.replaced);
    }
}

/// Prints the `--lossy` warning for `count` replaced sequences, if any.
pub fn warn_replaced(program: &str, name: &str, count: u64) {
    if count > 0 {
        eprintln!(
            "{program}: warning: {name}: replaced {count} invalid UTF-8 sequence(s) with U+FFFD"
        );
    }
}

/// U+FFFD characters already present as valid UTF-8 in `bytes`.
fn bytecount_fffd(bytes: &[u8]) -> u64 {
    bytes
        .windows(3)
        .filter(|w| *w == "\u{FFFD}".as_bytes())
        .count() as u64
}

/// Writes `s` to `out` as a JSON string literal.
pub fn write_json_str(out: &mut impl Write, s: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *out, s).map_err(io::Error::from)
}
