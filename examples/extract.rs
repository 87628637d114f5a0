//! Prints the structure of a plain-text article as JSON or Markdown.
//!
//! ```text
//! cargo run --release --example extract -- [--format json|markdown] [--lossy] [FILE]
//! ```
//!
//! With no FILE it extracts the bundled sample article; `-` reads stdin. The
//! JSON is [`Document::to_json`]'s, one line in the schema of DESIGN.md: the
//! same with and without the `serde` feature.

mod cli;

use std::io::Write;

use arabic_text::Document;
use cli::CliError;

const SAMPLE: &str = include_str!("../tests/data/news-article.txt");
const USAGE: &str = "usage: extract [--format json|markdown] [--lossy] [FILE]";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
}

fn main() -> std::process::ExitCode {
    cli::run("extract", body)
}

fn body() -> Result<(), CliError> {
    let mut format = Format::Json;
    let mut lossy = false;
    let mut path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => {
                format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("markdown") | Some("md") => Format::Markdown,
                    Some(other) => {
                        return Err(cli::usage(format_args!("unknown format {other:?}"), USAGE))
                    }
                    None => return Err(cli::usage("--format needs a value", USAGE)),
                }
            }
            "--lossy" => lossy = true,
            "-h" | "--help" => return Err(CliError::Help(USAGE)),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(cli::usage(format_args!("unknown flag {flag}"), USAGE))
            }
            _ if path.is_some() => return Err(cli::usage("more than one FILE", USAGE)),
            _ => path = Some(arg),
        }
    }
    let owned;
    let text = match &path {
        None => SAMPLE,
        Some(p) => {
            let input = cli::Input::open(Some(p), lossy)?;
            let name = input.name().to_owned();
            let (text, replaced) = input.read_to_string()?;
            cli::warn_replaced("extract", &name, replaced);
            owned = text;
            &owned
        }
    };
    let doc = Document::parse(text);
    let rendered = match format {
        Format::Json => doc.to_json() + "\n",
        Format::Markdown => doc.to_markdown(),
    };
    let mut out = cli::stdout();
    out.write_all(rendered.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::Output)
}
