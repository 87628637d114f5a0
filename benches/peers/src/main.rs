//! How fast is arabic-text next to what a user would pick instead — a plain
//! `chars()` loop, the `regex` crate, charabia, unicode-segmentation — on the
//! same text, on the same machine, in the same run?
//!
//! `cargo run --release -p arabic-text-peers -- [--rounds N] [FILE...]`
//! prints one Markdown table per file (default: the bundled sample article
//! repeated to 1 MiB). Contenders that compute the same thing are checked
//! for identical output before anything is timed.

#[path = "../../naive/mod.rs"]
mod naive;
#[path = "../../support/mod.rs"]
mod support;

mod check;
mod contenders;
mod measure;
mod report;

use std::process::ExitCode;

use contenders::{Input, Kit};
use measure::{Output, Summary};

/// Rounds when `--rounds` is not given: enough for a stable median on a
/// shared machine, few enough that a 10 MB corpus takes well under a minute.
const DEFAULT_ROUNDS: usize = 11;

const USAGE: &str = "usage: arabic-text-peers [--rounds N] [FILE...]\n\
    Times arabic-text and its peers on each FILE (default: the bundled sample\n\
    article repeated to 1 MiB) and prints a Markdown table per file.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (rounds, paths) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut inputs = Vec::new();
    for path in &paths {
        match load(path) {
            Ok(input) => inputs.push(input),
            Err(message) => {
                eprintln!("arabic-text-peers: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if inputs.is_empty() {
        inputs.push(contenders::sample());
    }

    println!("# arabic-text and its peers\n");
    println!("Machine: {}.", machine());
    println!("Load average at start: {}.\n", load_average());
    for input in &inputs {
        run(input, rounds);
    }
    println!("Load average at end: {}.", load_average());
    ExitCode::SUCCESS
}

fn parse_args(args: &[String]) -> Result<(usize, Vec<String>), String> {
    let mut rounds = DEFAULT_ROUNDS;
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--rounds" => {
                let n = args.next().ok_or("--rounds needs a number")?;
                rounds = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--rounds {n}: not a positive number"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown flag {flag}")),
            path => paths.push(path.to_string()),
        }
    }
    Ok((rounds, paths))
}

/// Reads a whole file as UTF-8, once.
fn load(path: &str) -> Result<Input, String> {
    let bytes = std::fs::read(path).map_err(|err| format!("{path}: {err}"))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        format!(
            "{path}: invalid UTF-8 at byte {}",
            err.utf8_error().valid_up_to()
        )
    })?;
    let name = std::path::Path::new(path)
        .file_name()
        .map_or(path.into(), |n| n.to_string_lossy().into_owned());
    Ok(Input { name, text })
}

/// Checks, times and reports every contender on one input.
fn run(input: &Input, rounds: usize) {
    let text = input.text.as_str();
    let kit = Kit::new(text);
    let mut contenders = kit.contenders();
    eprintln!("{}: one checked pass per contender", input.name);
    let mut outputs: Vec<Output> = contenders.iter().map(|_| Output::default()).collect();
    for (c, out) in contenders.iter_mut().zip(outputs.iter_mut()) {
        c.run_once(text, out);
    }
    let verdicts = check::check(&contenders, &outputs);
    let spans: Vec<(String, usize)> = contenders
        .iter()
        .zip(&outputs)
        .filter(|(_, o)| !o.spans.is_empty())
        .map(|(c, o)| (c.name.clone(), o.spans.len()))
        .collect();
    let agreement = kit.charabia_agreement(text);
    let blocks = contenders
        .iter()
        .zip(&outputs)
        .find(|(c, _)| c.op == measure::Op::Structure)
        .map(|(_, o)| o.count);

    eprintln!(
        "{}: {rounds} rounds of {} contenders",
        input.name,
        contenders.len()
    );
    let samples = measure::measure(&mut contenders, &mut outputs, text, rounds);
    let summaries: Vec<Summary> = samples.0.iter().map(|s| Summary::of(s)).collect();

    println!("## {}\n", input.name);
    println!(
        "{} bytes, {} chars, {} lines. Median of {rounds} rounds, contenders interleaved in each round.\n",
        report::count(text.len()),
        report::count(text.chars().count()),
        report::count(text.lines().count()),
    );
    print!("{}", report::table(&contenders, &summaries));
    println!("\nNotes:\n");
    let mut notes = vec![
        "MB/s is millions of input bytes per second. × memcpy divides the median by memcpy's; × arabic-text \
         divides it by the arabic-text row of the same operation (for normalization, the one that applies the \
         same rules)."
            .to_string(),
        "`str::chars().count()` counts UTF-8 lead bytes without decoding them: a ceiling, not a decoder."
            .to_string(),
    ];
    notes.extend(report::check_notes(&contenders, &verdicts));
    notes.push(
        "The plain loop and the regexes fold char by char: unlike arabic-text they do not first compose a \
         madda or hamza mark (U+0653..=U+0655) with the letter before it, so و or ي followed by U+0654 loses \
         its hamza in them and keeps it (ؤ, ئ) in arabic-text; the checks above show whether the input has \
         such a pair. The plain loop folds presentation forms through Unicode NFKC. Each regex matches runs \
         of the chars its rules change (a class built from the rules at start) and folds each run in its \
         `replace_all` closure."
            .to_string(),
    );
    notes.push(
        "charabia `ArabicNormalizer` folds tatweel, أ إ آ ٱ → ا, ى → ي and ة → ه and leaves diacritics; it runs \
         on the input cut after each whitespace char (cut before timing) and is compared with arabic-text on \
         those four rules."
            .to_string(),
    );
    let mut charabia_note = format!(
        "charabia `tokenize` segments, splits ال off words of more than two letters, decomposes (NFKD), \
         lowercases, removes every nonspacing mark and folds as its `ArabicNormalizer` does. On this input its \
         lemma equals arabic-text SEARCH (lowercased) of the same span for {} of {} word tokens ({})",
        report::count(agreement.same),
        report::count(agreement.words),
        report::percent(agreement.same, agreement.words),
    );
    for (original, theirs, ours) in &agreement.examples {
        charabia_note.push_str(&format!(
            "; `{original}` → charabia `{theirs}`, arabic-text `{ours}`"
        ));
    }
    charabia_note.push('.');
    notes.push(charabia_note);
    let items: Vec<String> = spans
        .iter()
        .map(|(name, n)| format!("{name} {}", report::count(*n)))
        .collect();
    notes.push(format!(
        "Tokenizers cut differently. arabic-text `tokens` yields words (letters with their marks), numbers, \
         punctuation, symbols, URLs, emails, hashtags and mentions, and no whitespace unless asked \
         (`with_whitespace`). `split_word_bound_indices` yields every \
         UAX #29 segment (words, spaces, punctuation); `unicode_words` keeps the segments with a letter or \
         digit and drops punctuation and spaces; charabia `segment_str` yields words, separators and \
         punctuation and splits ال off. `split_sentence_bound_indices` yields UAX #29 sentences with their \
         trailing spaces; arabic-text `sentences` yields them without surrounding whitespace and also \
         ends one at a line break unless the line ends with a comma or semicolon. Items produced: {}.{}",
        items.join(", "),
        shared_words(&contenders, &outputs)
    ));
    if let Some(blocks) = blocks {
        notes.push(format!(
            "`Document::parse` has no peer here: none of the crates above finds the title, headings, paragraphs, \
             lists and tables of a plain-text article, so the ceilings frame it. It found {} blocks in this input.",
            report::count(blocks)
        ));
    }
    for note in notes {
        println!("- {note}");
    }
    println!();
}

/// How many of `unicode_words`' words arabic-text also yields as tokens,
/// span for span.
fn shared_words(contenders: &[measure::Contender<'_>], outputs: &[Output]) -> String {
    let spans_of = |name: &str| {
        contenders
            .iter()
            .position(|c| c.name == name)
            .map(|i| outputs[i].spans.as_slice())
    };
    let (Some(ours), Some(theirs)) = (
        spans_of(contenders::TOKENIZER),
        spans_of(contenders::UNICODE_WORDS),
    ) else {
        return String::new();
    };
    // Both lists are in input order, so one merge walk finds the common spans.
    let (mut i, mut same) = (0, 0);
    for span in theirs {
        while i < ours.len() && ours[i] < *span {
            i += 1;
        }
        if ours.get(i) == Some(span) {
            same += 1;
        }
    }
    format!(
        " Of the {} words `unicode_words` yields, {} ({}) are also arabic-text tokens with the same span.",
        report::count(theirs.len()),
        report::count(same),
        report::percent(same, theirs.len())
    )
}

/// `N CPUs (model)`, from the standard library and `/proc/cpuinfo`.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, usize::from);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    format!("{cpus} CPUs available to this process (nproc), {model}")
}

/// The 1, 5 and 15 minute load averages, where the system reports them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "not available".to_string())
}
