//! Normalizes Arabic text from FILE or stdin to stdout, line by line.
//!
//! ```text
//! cargo run --release --example normalize -- [--preset search|light|default|none] [--ops a,b,c] [--explain] [--lossy] [FILE]
//! ```
//!
//! `--explain` prints, instead of the text, the edits the rules make, one
//! JSON object a line: `{"rule":"alef","input":[0,2],"output":[0,2],"before":"إ","after":"ا"}`,
//! with byte offsets into the whole input and the whole normalized text.
//!
//! `--ops` switches rules on (on top of `--preset`, or of no rule when no
//! preset is given); its names are the fields of `NormalizeOptions`. Lines
//! and their endings are kept. Memory stays bounded by the longest line.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use arabic_text::{NormalizeOptions, Normalizer};
use cli::CliError;

const USAGE: &str =
    "usage: normalize [--preset search|light|default|none] [--ops a,b,c] [--explain] [--lossy] [FILE]";

struct Args {
    options: NormalizeOptions,
    explain: bool,
    lossy: bool,
    path: Option<String>,
}

fn parse_args() -> Result<Args, CliError> {
    let mut preset = None;
    let mut ops: Option<String> = None;
    let mut lossy = false;
    let mut explain = false;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--preset" => {
                preset = Some(
                    args.next()
                        .ok_or_else(|| cli::usage("--preset needs a value", USAGE))?,
                )
            }
            "--ops" => {
                ops = Some(
                    args.next()
                        .ok_or_else(|| cli::usage("--ops needs a value", USAGE))?,
                )
            }
            "--lossy" => lossy = true,
            "--explain" => explain = true,
            "-h" | "--help" => return Err(CliError::Help(USAGE)),
            s if s.starts_with('-') && s != "-" => {
                return Err(cli::usage(format_args!("unknown flag {s}"), USAGE))
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(cli::usage("more than one FILE", USAGE)),
        }
    }
    let mut options = match (preset.as_deref(), &ops) {
        (None, Some(_)) | (Some("none"), _) => NormalizeOptions::NONE,
        (None, None) | (Some("search"), _) | (Some("default"), _) => NormalizeOptions::SEARCH,
        (Some("light"), _) => NormalizeOptions::LIGHT,
        (Some(other), _) => return Err(cli::usage(format_args!("unknown preset {other}"), USAGE)),
    };
    for name in ops
        .iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        options = options.with_rule(name, true).ok_or_else(|| {
            cli::usage(
                format_args!(
                    "unknown rule {name}; rules: {}",
                    NormalizeOptions::RULE_NAMES.join(",")
                ),
                USAGE,
            )
        })?;
    }
    Ok(Args {
        options,
        explain,
        lossy,
        path,
    })
}

fn main() -> ExitCode {
    cli::run("normalize", || {
        let args = parse_args()?;
        let normalizer = Normalizer::new(args.options);
        let mut input = cli::Input::open(args.path.as_deref(), args.lossy)?;
        let mut out = cli::stdout();
        let (mut line, mut normalized) = (String::new(), String::new());
        // Where the current line starts in the input and in the output.
        let (mut input_at, mut output_at) = (0, 0);
        while input.read_line(&mut line)? {
            if args.explain {
                for e in normalizer.explain(&line) {
                    // Keys in the documented order (a `json!` map sorts them).
                    let text = |s: &str| serde_json::Value::from(s).to_string();
                    writeln!(
                        out,
                        r#"{{"rule":{},"input":[{},{}],"output":[{},{}],"before":{},"after":{}}}"#,
                        text(e.rule),
                        input_at + e.input.start,
                        input_at + e.input.end,
                        output_at + e.output.start,
                        output_at + e.output.end,
                        text(e.before),
                        text(&e.after),
                    )
                    .map_err(CliError::Output)?;
                }
                input_at += line.len();
                output_at += normalizer.normalize(&line).len();
                continue;
            }
            normalized.clear();
            normalizer.normalize_into(&line, &mut normalized);
            out.write_all(normalized.as_bytes())
                .map_err(CliError::Output)?;
        }
        out.flush().map_err(CliError::Output)?;
        input.warn_replaced("normalize");
        Ok(())
    })
}
