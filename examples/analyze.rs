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
                None => return Err(CliError::Usage(format!("--learn needs a FILE\n{USAGE}"))),
            },
            "--lossy" => args.lossy = true,
            "-h" | "--help" => return Err(CliError::Usage(USAGE.into())),
            s if s.starts_with("--") => {
                return Err(CliError::Usage(format!("unknown flag {s}\n{USAGE}")))
            }
            _ if args.path.is_none() => args.path = Some(arg),
            _ => return Err(CliError::Usage(format!("more than one FILE\n{USAGE}"))),
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
                out.write_all(b"{\"text\":")?;
                cli::write_json_str(&mut out, t.text)?;
                write!(
                    out,
                    ",\"start\":{},\"end\":{},\"key\":",
                    base + t.span.start,
                    base + t.span.end
                )?;
                cli::write_json_str(&mut out, &t.key)?;
                write!(out, ",\"stopword\":{},\"pieces\":[", t.stopword)?;
                for (i, p) in t.pieces().iter().enumerate() {
                    if i > 0 {
                        out.write_all(b",")?;
                    }
                    out.write_all(b"{\"text\":")?;
                    cli::write_json_str(&mut out, p.text)?;
                    write!(
                        out,
                        ",\"start\":{},\"end\":{},\"role\":\"{}\"}}",
                        base + p.span.start,
                        base + p.span.end,
                        p.role.as_str()
                    )?;
                }
                out.write_all(b"]}\n")?;
            }
            base += line.len();
        }
        out.flush()?;
        input.warn_replaced("analyze");
        Ok(())
    })
}
