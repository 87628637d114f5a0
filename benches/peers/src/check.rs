//! Before any timing: do the contenders that claim to compute the same thing
//! agree? Where they do not, say exactly where, so the table's notes can
//! explain it instead of hiding it.

use crate::measure::{Contender, Output};

/// The outcome for one contender checked against the first contender of its
/// group.
#[derive(Debug)]
pub struct Verdict {
    /// Index of the contender checked.
    pub row: usize,
    /// Index of the contender it was checked against.
    pub against: usize,
    /// `None` when the outputs are equal.
    pub difference: Option<String>,
}

/// Compares every contender that has a `same_as` key with the first
/// contender holding that key.
pub fn check(contenders: &[Contender<'_>], outputs: &[Output]) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    for (row, c) in contenders.iter().enumerate() {
        let Some(key) = c.same_as else { continue };
        let against = contenders
            .iter()
            .position(|o| o.same_as == Some(key))
            .unwrap_or(row);
        if against == row {
            continue;
        }
        let difference = describe(&outputs[against], &outputs[row]);
        verdicts.push(Verdict {
            row,
            against,
            difference,
        });
    }
    verdicts
}

/// Where `theirs` first departs from `ours`, or `None` when they are equal.
fn describe(ours: &Output, theirs: &Output) -> Option<String> {
    if ours.text != theirs.text {
        return Some(describe_text(&ours.text, &theirs.text));
    }
    if ours.spans != theirs.spans {
        let at = ours
            .spans
            .iter()
            .zip(&theirs.spans)
            .position(|(a, b)| a != b)
            .unwrap_or(ours.spans.len());
        return Some(format!(
            "{} spans vs {}; first difference at span {at}",
            ours.spans.len(),
            theirs.spans.len()
        ));
    }
    (ours.count != theirs.count).then(|| format!("count {} vs {}", ours.count, theirs.count))
}

/// Lines that differ, and the first of them shown as code points around the
/// first differing char.
fn describe_text(ours: &str, theirs: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let differing: Vec<usize> = if a.len() == b.len() {
        (0..a.len()).filter(|&i| a[i] != b[i]).collect()
    } else {
        Vec::new()
    };
    let Some(&first) = differing.first() else {
        let at = first_difference(ours, theirs);
        return format!(
            "{} lines vs {}; first difference at output byte {at}: {}",
            a.len(),
            b.len(),
            excerpt_pair(ours, theirs, at)
        );
    };
    let at = first_difference(a[first], b[first]);
    format!(
        "{} of {} lines differ; first on line {}: {}",
        differing.len(),
        a.len(),
        first + 1,
        excerpt_pair(a[first], b[first], at)
    )
}

/// The byte offset, on a char boundary of both, where `a` and `b` part.
fn first_difference(a: &str, b: &str) -> usize {
    let mut at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(at) || !b.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `ours … | theirs …` from a few chars before `at` to a few after, each
/// char written as its code point so marks and look-alikes can be told apart.
fn excerpt_pair(a: &str, b: &str, at: usize) -> String {
    format!(
        "arabic-text [{}] vs [{}]",
        code_points(a, at),
        code_points(b, at)
    )
}

fn code_points(s: &str, at: usize) -> String {
    const BEFORE: usize = 2;
    const AFTER: usize = 4;
    let before: Vec<char> = s[..at].chars().rev().take(BEFORE).collect();
    let after = s[at..].chars().take(AFTER);
    let mut out: Vec<String> = before
        .into_iter()
        .rev()
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    out.push("|".into());
    out.extend(after.map(|c| format!("U+{:04X}", u32::from(c))));
    out.join(" ")
}
