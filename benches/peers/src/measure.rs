//! Contenders, the output they leave behind, and the interleaved timing loop.
//!
//! Each contender is a closure that makes one full pass over the input and
//! leaves its result in an [`Output`] it is handed. The same closure serves
//! the correctness check (one pass, outputs compared) and the timing (many
//! passes), so what is timed is exactly what was checked.

use std::fmt;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The capability a row measures; the table is grouped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Op {
    /// A pass that does no Arabic work at all: the ceiling.
    Ceiling,
    /// Folding the text to a normalized form.
    Normalize,
    /// Splitting the text into tokens.
    Tokenize,
    /// Splitting the text into sentences.
    Sentences,
    /// Tokens, each normalized: what a search index does.
    TokenizeNormalize,
    /// Titles, headings, paragraphs, lists and tables of an article.
    Structure,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Ceiling => "ceiling",
            Op::Normalize => "normalize",
            Op::Tokenize => "tokenize",
            Op::Sentences => "sentences",
            Op::TokenizeNormalize => "tokenize + normalize",
            Op::Structure => "structure",
        })
    }
}

/// What one pass produced. Buffers are cleared, not freed, between passes,
/// so a contender that appends to them pays for its allocation once.
#[derive(Debug, Default)]
pub struct Output {
    /// Normalized text.
    pub text: String,
    /// Byte spans of tokens or segments, into the input.
    pub spans: Vec<(usize, usize)>,
    /// Anything else worth keeping: a length, a count of blocks.
    pub count: usize,
}

impl Output {
    fn clear(&mut self) {
        self.text.clear();
        self.spans.clear();
        self.count = 0;
    }

    /// A number that depends on the whole result, to keep the optimizer from
    /// dropping work nobody reads.
    fn weight(&self) -> usize {
        self.text.len() + self.spans.len() + self.count
    }
}

/// One full pass over the input, leaving its result in the `Output`.
type Pass<'a> = Box<dyn FnMut(&str, &mut Output) + 'a>;

/// One row of the table.
pub struct Contender<'a> {
    pub op: Op,
    pub name: String,
    /// Contenders with the same key compute the same thing; their outputs
    /// are compared before any timing.
    pub same_as: Option<&'static str>,
    /// The name of the arabic-text contender this row's speed is divided by.
    pub versus: Option<String>,
    run: Pass<'a>,
}

impl<'a> Contender<'a> {
    pub fn new(op: Op, name: impl Into<String>, run: impl FnMut(&str, &mut Output) + 'a) -> Self {
        Contender {
            op,
            name: name.into(),
            same_as: None,
            versus: None,
            run: Box::new(run),
        }
    }

    /// Marks the row as computing the same output as every other row with `key`.
    pub fn same_as(mut self, key: &'static str) -> Self {
        self.same_as = Some(key);
        self
    }

    /// Names the arabic-text row this one is compared with.
    pub fn versus(mut self, name: impl Into<String>) -> Self {
        self.versus = Some(name.into());
        self
    }

    /// One pass into a fresh `out`.
    pub fn run_once(&mut self, text: &str, out: &mut Output) {
        out.clear();
        (self.run)(text, out);
    }

    /// Runs `iters` passes back to back and returns their total time.
    fn time(&mut self, text: &str, out: &mut Output, iters: u32) -> Duration {
        let start = Instant::now();
        for _ in 0..iters {
            out.clear();
            (self.run)(black_box(text), out);
            black_box(out.weight());
        }
        start.elapsed()
    }
}

/// A sample covers at least this long, so that fast contenders are not
/// measured at the resolution of the clock.
const SAMPLE_TIME: Duration = Duration::from_millis(40);

/// The MB/s of every sample, per contender, in contender order.
pub struct Samples(pub Vec<Vec<f64>>);

/// Times every contender for `rounds` rounds. Within a round each contender
/// takes one sample in turn (A B C A B C …), so a burst of load elsewhere on
/// the machine lands on all of them rather than on whichever ran then.
/// `outputs` are the buffers the check pass filled; they are reused.
pub fn measure(
    contenders: &mut [Contender<'_>],
    outputs: &mut [Output],
    text: &str,
    rounds: usize,
) -> Samples {
    // How many passes make one sample: from one more timed pass each.
    let iters: Vec<u32> = contenders
        .iter_mut()
        .zip(outputs.iter_mut())
        .map(|(c, out)| {
            let once = c.time(text, out, 1).max(Duration::from_nanos(1));
            let n = SAMPLE_TIME.as_secs_f64() / once.as_secs_f64();
            n.ceil().clamp(1.0, 10_000.0) as u32
        })
        .collect();
    let mut samples = vec![Vec::with_capacity(rounds); contenders.len()];
    for _ in 0..rounds {
        for (i, (c, out)) in contenders.iter_mut().zip(outputs.iter_mut()).enumerate() {
            let took = c.time(text, out, iters[i]);
            let bytes = text.len() as f64 * f64::from(iters[i]);
            samples[i].push(bytes / took.as_secs_f64() / 1e6);
        }
    }
    Samples(samples)
}

/// Median, minimum and maximum of one contender's samples.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Summary {
    pub fn of(samples: &[f64]) -> Summary {
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Summary {
            median,
            min: sorted[0],
            max: sorted[n - 1],
        }
    }
}
