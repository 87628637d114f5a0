//! Prints the structure of a plain-text article as JSON or Markdown.
//!
//! ```text
//! cargo run --release --example extract -- [--format json|markdown] [--lossy] [FILE]
//! ```
//!
//! With no FILE it extracts the bundled sample article; `-` reads stdin. The
//! JSON is the schema of DESIGN.md, one block per line.

mod cli;

use std::io::Write;

use arabic_text::{Block, Document, Row, Span};
use cli::{write_json_str, CliError};

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
                        return Err(CliError::Usage(format!(
                            "unknown format {other:?}; {USAGE}"
                        )))
                    }
                    None => {
                        return Err(CliError::Usage(format!("--format needs a value; {USAGE}")))
                    }
                }
            }
            "--lossy" => lossy = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with("--") => {
                return Err(CliError::Usage(format!("unknown flag {flag}; {USAGE}")))
            }
            _ if path.is_some() => {
                return Err(CliError::Usage(format!("one FILE at most; {USAGE}")))
            }
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
    let mut out = cli::stdout();
    match format {
        Format::Json => write_json(&mut out, &doc)?,
        Format::Markdown => out.write_all(doc.to_markdown().as_bytes())?,
    }
    out.flush()?;
    Ok(())
}

/// Writes `doc` in the JSON schema of DESIGN.md, one block per line.
fn write_json(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    out.write_all(b"{\"title\": ")?;
    match doc.title() {
        Some(t) => write_json_str(out, t)?,
        None => out.write_all(b"null")?,
    }
    out.write_all(b",\n \"blocks\": [")?;
    for (i, block) in doc.blocks().iter().enumerate() {
        out.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
        write_block(out, block)?;
    }
    out.write_all(b"\n ]}\n")
}

fn write_block(out: &mut impl Write, block: &Block) -> std::io::Result<()> {
    write!(out, "{{\"type\": \"{}\"", block.kind())?;
    match block {
        Block::Heading { level, text, .. } => {
            write!(out, ", \"level\": {level}, \"text\": ")?;
            write_json_str(out, text)?;
        }
        Block::Paragraph { text, .. } => {
            out.write_all(b", \"text\": ")?;
            write_json_str(out, text)?;
        }
        Block::List { ordered, items, .. } => {
            write!(out, ", \"ordered\": {ordered}, \"items\": [")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.write_all(b", ")?;
                }
                write_json_str(out, item.text)?;
            }
            out.write_all(b"]")?;
        }
        Block::Table { header, rows, .. } => {
            out.write_all(b", \"header\": ")?;
            match header {
                Some(h) => write_row(out, h)?,
                None => out.write_all(b"null")?,
            }
            out.write_all(b", \"rows\": [")?;
            for (i, row) in rows.iter().enumerate() {
                if i > 0 {
                    out.write_all(b", ")?;
                }
                write_row(out, row)?;
            }
            out.write_all(b"]")?;
        }
        _ => {}
    }
    let Span { start, end } = block.span();
    write!(out, ", \"span\": [{start}, {end}]}}")
}

fn write_row(out: &mut impl Write, row: &Row) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (i, cell) in row.cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b", ")?;
        }
        write_json_str(out, cell.text)?;
    }
    out.write_all(b"]")
}
