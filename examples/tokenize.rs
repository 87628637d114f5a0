//! Tokenizes Arabic text from FILE or stdin: one JSON object a line.
//!
//! ```text
//! cargo run --release --example tokenize -- [--sentences] [--lossy] [FILE]
//! ```
//!
//! Tokens print as `{"text":…,"kind":…,"start":…,"end":…}` (kinds: word,
//! number, punctuation, symbol, url, email, hashtag, mention); with
//! `--sentences`, sentences print as `{"text":…,"start":…,"end":…}`.
//! Offsets are bytes into the whole input. The input is read line by line,
//! so memory stays bounded by the longest line (for sentences: the longest
//! sentence). With `--lossy`, invalid UTF-8 is replaced by U+FFFD and
//! offsets count the replaced text.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use arabic_text::Tokenizer;
use cli::CliError;

const USAGE: &str = "usage: tokenize [--sentences] [--lossy] [FILE]";

struct Args {
    sentences: bool,
    lossy: bool,
    path: Option<String>,
}

fn parse_args() -> Result<Args, CliError> {
    let mut args = Args {
        sentences: false,
        lossy: false,
        path: None,
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--sentences" => args.sentences = true,
            "--lossy" => args.lossy = true,
            "-h" | "--help" => return Err(CliError::Help(USAGE)),
            s if s.starts_with('-') && s != "-" => {
                return Err(cli::usage(format_args!("unknown flag {s}"), USAGE))
            }
            _ if args.path.is_none() => args.path = Some(arg),
            _ => return Err(cli::usage("more than one FILE", USAGE)),
        }
    }
    Ok(args)
}

/// Writes `{"text":…,` then the fields after it.
fn write_record(
    out: &mut impl Write,
    text: &str,
    kind: Option<&str>,
    start: usize,
    end: usize,
) -> Result<(), CliError> {
    let mut write = || {
        out.write_all(b"{\"text\":")?;
        cli::write_json_str(out, text)?;
        if let Some(kind) = kind {
            write!(out, ",\"kind\":\"{kind}\"")?;
        }
        writeln!(out, ",\"start\":{start},\"end\":{end}}}")
    };
    write().map_err(CliError::Output)
}

/// Tokens, one line at a time; `base` is the line's offset in the input.
fn tokens(input: &mut cli::Input, out: &mut impl Write) -> Result<(), CliError> {
    let tokenizer = Tokenizer::new();
    let (mut line, mut base) = (String::new(), 0);
    while input.read_line(&mut line)? {
        for t in tokenizer.tokens(&line) {
            write_record(
                out,
                t.text,
                Some(t.kind.as_str()),
                base + t.span.start,
                base + t.span.end,
            )?;
        }
        base += line.len();
    }
    Ok(())
}

/// Sentences. A sentence can run over a line break (after a comma), so the
/// text of the last, possibly unfinished sentence is carried to the next
/// line; every sentence before it is final and printed. Lines that end in a
/// comma or semicolon are gathered first, so each byte is split about once.
fn sentences(input: &mut cli::Input, out: &mut impl Write) -> Result<(), CliError> {
    let tokenizer = Tokenizer::new();
    let (mut line, mut pending, mut base) = (String::new(), String::new(), 0);
    while input.read_line(&mut line)? {
        pending.push_str(&line);
        // A line that ends in a comma or semicolon continues its sentence:
        // wait for the line that ends it rather than split the growing text
        // again at every line.
        if line.trim_end().ends_with(['،', ',', '؛', ';']) {
            continue;
        }
        let mut sentences = tokenizer.sentences(&pending).peekable();
        let mut keep_from = pending.len();
        while let Some(s) = sentences.next() {
            if sentences.peek().is_none() {
                keep_from = s.span.start;
                break;
            }
            write_record(out, s.text, None, base + s.span.start, base + s.span.end)?;
        }
        pending.drain(..keep_from);
        base += keep_from;
    }
    for s in tokenizer.sentences(&pending) {
        write_record(out, s.text, None, base + s.span.start, base + s.span.end)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    cli::run("tokenize", || {
        let args = parse_args()?;
        let mut input = cli::Input::open(args.path.as_deref(), args.lossy)?;
        let mut out = cli::stdout();
        if args.sentences {
            sentences(&mut input, &mut out)?;
        } else {
            tokens(&mut input, &mut out)?;
        }
        out.flush().map_err(CliError::Output)?;
        input.warn_replaced("tokenize");
        Ok(())
    })
}
