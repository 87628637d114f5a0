//! `arabic-text`: the library's normalizer, tokenizer, sentence splitter and
//! structure extractor over whole corpora, on every core.
//!
//! ```text
//! arabic-text normalize [--preset P] [--ops a,b] [INPUT]...
//! arabic-text tokenize  [INPUT]...
//! arabic-text sentences [INPUT]...
//! arabic-text analyze   [--learn FILE]... [INPUT]...
//! arabic-text extract   [--format json|markdown] [INPUT]...
//! arabic-text completions bash|zsh|fish|elvish|powershell
//! ```
//!
//! Every subcommand takes the same input, output and run options
//! ([`RunArgs`]): files, directories and `-` for stdin, `--jsonl FIELD`,
//! `--output DIR`, `--jobs N`, `--quiet`, `--lossy`. The options shared with
//! the example binaries (`--preset`, `--ops`, `--format`, `--lossy`) mean
//! what they mean there, and each document's result is what the example
//! prints for it.
//!
//! Exit status: 0 when every document was processed (also when the reader
//! of stdout went away), 1 when a document or the output failed, 2 for a bad
//! command line.

mod input;
mod pipeline;
mod render;

use std::io::{self, BufRead};
use std::path::PathBuf;
use std::process::ExitCode;

use arabic_text::analyze::{Analyzer, Lexicon};
use arabic_text::NormalizeOptions;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use globset::GlobMatcher;

use render::{Format, Task};

/// Normalize, tokenize, split sentences and extract the structure of Arabic
/// text: files, directories or JSON Lines, on every core, one JSON Lines
/// record per document in input order.
#[derive(Parser, Debug)]
#[command(name = "arabic-text", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

// The subcommands are listed in the order of the library's layers.
#[derive(Subcommand, Debug)]
enum Command {
    /// Normalize each document; the record's "text" is the normalized text.
    Normalize {
        /// Rule preset. Without --preset and --ops: search.
        #[arg(long, value_enum)]
        preset: Option<Preset>,
        /// Rules to switch on, comma-separated, on top of --preset (or of no
        /// rule when no preset is given): diacritics, quranic_marks, tatweel,
        /// alef, alef_maksura, teh_marbuta, hamza, persian,
        /// presentation_forms, digits, punctuation, invisible, whitespace.
        #[arg(long, value_delimiter = ',', value_parser = parse_rule)]
        ops: Option<Vec<String>>,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Tokenize each document: "tokens": [{"text","kind","start","end"}].
    Tokenize {
        /// Split sentences instead, as the `sentences` subcommand does.
        #[arg(long)]
        sentences: bool,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Split each document into sentences: "sentences": [{"text","start","end"}].
    Sentences {
        #[command(flatten)]
        run: RunArgs,
    },
    /// Analyze each document for search: "terms": [{"text","start","end","key",
    /// "stopword","pieces"}], as the `analyze` example prints them.
    Analyze {
        /// Plain text to learn word counts from before analyzing (may be
        /// repeated): the learned lexicon decides doubtful clitic splits.
        #[arg(long, value_name = "FILE")]
        learn: Vec<PathBuf>,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Extract the structure of each article: "title" and "blocks" (the JSON
    /// schema of the `extract` example), or "markdown".
    Extract {
        /// json: the "title" and "blocks" fields; markdown: a "markdown" field.
        #[arg(long, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Print a shell completion script to stdout.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: Shell,
    },
}

/// Inputs, outputs and how to run: the same for every subcommand.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Input, output and run")]
pub struct RunArgs {
    /// Files, directories (read recursively) and `-` for stdin. None: stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Take only the files under a directory whose path (relative to that
    /// directory) matches this glob, e.g. '*.txt'. Files named on the command
    /// line are always taken.
    #[arg(long, value_name = "GLOB", value_parser = parse_glob)]
    pub glob: Option<GlobMatcher>,
    /// Read JSON Lines and process the string FIELD of each record; the
    /// record's other fields are kept in the output record.
    #[arg(long, value_name = "FIELD")]
    pub jsonl: Option<String>,
    /// Write one file per input into DIR (the example's output for a text
    /// document, the records for a JSON Lines input) instead of stdout.
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Worker threads. Default: one per core.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar (it is shown only when stderr is a terminal anyway).
    #[arg(long, short)]
    pub quiet: bool,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing
    /// the document.
    #[arg(long)]
    pub lossy: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Preset {
    Search,
    Light,
    /// The same as search.
    Default,
    /// No rule: only --ops.
    None,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FormatArg {
    Json,
    #[value(alias = "md")]
    Markdown,
}

fn parse_glob(glob: &str) -> Result<GlobMatcher, globset::Error> {
    Ok(globset::Glob::new(glob)?.compile_matcher())
}

fn parse_rule(name: &str) -> Result<String, String> {
    let name = name.trim();
    if NormalizeOptions::RULE_NAMES.contains(&name) {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "unknown rule; rules: {}",
            NormalizeOptions::RULE_NAMES.join(",")
        ))
    }
}

/// The options of the `normalize` example: `--ops` adds rules to the preset,
/// or to no rule when no preset is given.
fn normalize_options(preset: Option<Preset>, ops: &Option<Vec<String>>) -> NormalizeOptions {
    let mut options = match (preset, ops) {
        (None, Some(_)) | (Some(Preset::None), _) => NormalizeOptions::NONE,
        (None, None) | (Some(Preset::Search | Preset::Default), _) => NormalizeOptions::SEARCH,
        (Some(Preset::Light), _) => NormalizeOptions::LIGHT,
    };
    for name in ops.iter().flatten().filter(|s| !s.is_empty()) {
        // parse_rule let only known names through.
        options = options.with_rule(name, true).unwrap_or(options);
    }
    options
}

/// The analyzer of the `analyze` subcommand, as the `analyze` example
/// builds it: with a lexicon learned from the `--learn` files when there are
/// any, stopwords marked but kept.
fn analyzer(learn: &[PathBuf], lossy: bool) -> Result<Analyzer, String> {
    if learn.is_empty() {
        return Ok(Analyzer::new().with_stopwords(false));
    }
    let mut lexicon = Lexicon::new();
    for path in learn {
        let named = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
        let file = std::fs::File::open(path).map_err(|e| named(&e))?;
        // Line by line, as the example learns: memory stays bounded by the
        // longest line, whatever the size of the file.
        let mut reader = io::BufReader::new(file);
        let (mut line, mut offset) = (Vec::new(), 0u64);
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(|e| named(&e))?;
            if n == 0 {
                break;
            }
            match std::str::from_utf8(&line) {
                Ok(text) => lexicon.observe(text),
                Err(_) if lossy => lexicon.observe(&String::from_utf8_lossy(&line)),
                Err(err) => {
                    return Err(named(&format_args!(
                        "invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes)",
                        offset + err.valid_up_to() as u64
                    )))
                }
            }
            offset += n as u64;
        }
    }
    Ok(Analyzer::with_lexicon(lexicon).with_stopwords(false))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (task, run) = match cli.command {
        Command::Normalize { preset, ops, run } => {
            (Task::normalize(normalize_options(preset, &ops)), run)
        }
        Command::Tokenize { sentences, run } => (
            if sentences {
                Task::Sentences
            } else {
                Task::Tokens
            },
            run,
        ),
        Command::Sentences { run } => (Task::Sentences, run),
        Command::Analyze { learn, run } => match analyzer(&learn, run.lossy) {
            Ok(analyzer) => (Task::Analyze(analyzer), run),
            Err(err) => {
                eprintln!("arabic-text: {err}");
                return ExitCode::from(1);
            }
        },
        Command::Extract { format, run } => {
            let format = match format {
                FormatArg::Json => Format::Json,
                FormatArg::Markdown => Format::Markdown,
            };
            (Task::Extract(format), run)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "arabic-text", &mut io::stdout());
            return ExitCode::SUCCESS;
        }
    };
    pipeline::run(task, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn ops_add_to_the_preset_or_to_nothing() {
        let ops = Some(vec!["tatweel".to_owned()]);
        assert_eq!(
            normalize_options(None, &ops),
            NormalizeOptions::NONE.tatweel(true)
        );
        assert_eq!(
            normalize_options(Some(Preset::Light), &ops),
            NormalizeOptions::LIGHT.tatweel(true)
        );
        assert_eq!(normalize_options(None, &None), NormalizeOptions::SEARCH);
    }
}
