//! Analyzes Arabic text for search: one JSON object per word.
//!
//! ```text
//! cargo run --release --example analyze -- [--learn FILE]... [--lossy] [FILE]
//! ```
//!
//! Each word token (every token but punctuation, symbols and pure numbers;
//! `و2006` is a word) prints as
//! `{"text","start","end","key","stopword","pieces":[{"text","start","end","role"}]}`
//! with byte offsets into FILE (or stdin); the pieces tile the word and
//! their roles are `proclitic`, `article`, `stem` and `enclitic`. Stopwords
//! are printed too, marked `"stopword":true`. Each `--learn FILE` is read
//! into a [`Lexicon`] first, which then decides the doubtful splits. The
//! input is read line by line, so memory stays bounded by the longest line.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use arabic_text::analyze::{Analyzer, Lexicon};
use cli::CliError;

const USAGE: &str = "usage: analyze [--learn FILE]... [--lossy] [FILE]";

struct Args {
    learn: Vec<String>,
    lossy: bool,
    path: Option<String>,
}

fn parse_args() -> Result<Args, CliError> {
    let mut args = Args {
        learn: Vec::new(),
        lossy: false,
        path: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--learn" => match it.next() {
                Some(f) => args.learn.push(f),
                None => return Err(cli::usage("--learn needs a FILE", USAGE)),
            },
            "--lossy" => args.lossy = true,
            "-h" | "--help" => return Err(CliError::Help(USAGE)),
            s if s.starts_with("--") => {
                return Err(cli::usage(format_args!("unknown flag {s}"), USAGE))
            }
            _ if args.path.is_none() => args.path = Some(arg),
            _ => return Err(cli::usage("more than one FILE", USAGE)),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    cli::run("analyze", || {
        let args = parse_args()?;
        let analyzer = if args.learn.is_empty() {
            Analyzer::new()
        } else {
            let mut lex = Lexicon::new();
            for path in &args.learn {
                let mut input = cli::Input::open(Some(path), args.lossy)?;
                let mut line = String::new();
                while input.read_line(&mut line)? {
                    lex.observe(&line);
                }
                input.warn_replaced("analyze");
            }
            Analyzer::with_lexicon(lex)
        }
        .with_stopwords(false);
        let mut input = cli::Input::open(args.path.as_deref(), args.lossy)?;
        let mut out = cli::stdout();
        let (mut line, mut base) = (String::new(), 0);
        while input.read_line(&mut line)? {
            for t in analyzer.terms(&line) {
                writeln!(out, "{}", t.to_json(base)).map_err(CliError::Output)?;
            }
            base += line.len();
        }
        out.flush().map_err(CliError::Output)?;
        input.warn_replaced("analyze");
        Ok(())
    })
}
