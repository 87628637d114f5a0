//! The Markdown table and its notes.

use std::fmt::Write;

use crate::check::Verdict;
use crate::measure::{Contender, Op, Summary};

/// One file's table: a row per contender, in contender order.
pub fn table(contenders: &[Contender<'_>], summaries: &[Summary]) -> String {
    let memcpy = contenders
        .iter()
        .position(|c| c.op == Op::Ceiling)
        .map(|i| summaries[i].median);
    let median_of = |name: &str| {
        contenders
            .iter()
            .position(|c| c.name == name)
            .map(|i| summaries[i].median)
    };
    let mut out = String::new();
    out.push_str(
        "| operation | contender | median MB/s | min–max MB/s | × memcpy | × arabic-text |\n",
    );
    out.push_str("|---|---|---:|---:|---:|---:|\n");
    for (c, s) in contenders.iter().zip(summaries) {
        let vs_memcpy = memcpy.map_or("—".to_string(), |m| ratio(s.median / m));
        let vs_ours = c
            .versus
            .as_deref()
            .and_then(median_of)
            .map_or("—".to_string(), |m| ratio(s.median / m));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {}–{} | {} | {} |",
            c.op,
            c.name,
            speed(s.median),
            speed(s.min),
            speed(s.max),
            vs_memcpy,
            vs_ours
        );
    }
    out
}

/// One line per output check: equal, or where the outputs part.
pub fn check_notes(contenders: &[Contender<'_>], verdicts: &[Verdict]) -> Vec<String> {
    verdicts
        .iter()
        .map(|v| {
            let (row, against) = (&contenders[v.row].name, &contenders[v.against].name);
            match &v.difference {
                None => format!("{row}: output identical to {against}."),
                Some(diff) => format!("{row}: output differs from {against}: {diff}."),
            }
        })
        .collect()
}

/// MB/s with as many digits as the figure deserves.
pub fn speed(mbps: f64) -> String {
    if mbps >= 100.0 {
        format!("{mbps:.0}")
    } else if mbps >= 10.0 {
        format!("{mbps:.1}")
    } else {
        format!("{mbps:.2}")
    }
}

/// A ratio with two significant digits (three from 1 up) and a `×`.
pub fn ratio(r: f64) -> String {
    if r >= 100.0 {
        format!("{r:.0}×")
    } else if r >= 10.0 {
        format!("{r:.1}×")
    } else if r >= 0.1 || r <= 0.0 {
        format!("{r:.2}×")
    } else {
        // 0.0123 → 3 decimals, 0.00041 → 5: two significant digits.
        let decimals = (1.0 - r.log10().floor()) as usize;
        format!("{r:.decimals$}×")
    }
}

/// A count with thousands separators, for notes.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `part` as a percentage of `whole`, two decimals, never rounded up to
/// 100.00% when some are missing.
pub fn percent(part: usize, whole: usize) -> String {
    let p = 100.0 * part as f64 / whole.max(1) as f64;
    if part < whole && p >= 99.995 {
        "99.99%+".to_string()
    } else {
        format!("{p:.2}%")
    }
}
