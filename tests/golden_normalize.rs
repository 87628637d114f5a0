//! Golden outputs: `tests/golden/normalize/input.txt` (text we wrote: real
//! sentences, fully vowelled text, decomposed and presentation-form
//! spellings, and every code point of every rule's table) normalized by
//! each preset and by each single rule, beside each one's fingerprint.
//!
//! A change in any output fails the test: a preset's output is part of the
//! crate's contract (an index built with it stops matching otherwise), and
//! the CHANGELOG must call such a change breaking. When the change is
//! meant, regenerate the files with
//!
//! ```text
//! ARABIC_TEXT_BLESS=1 cargo test --test golden_normalize
//! ```
//!
//! and review the diff. The test also fails, blessing or not, when an
//! output changed but its fingerprint did not: the fingerprint would then
//! hide a change from the indexes that rely on it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use arabic_text::{NormalizeOptions, Normalizer};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/normalize")
}

/// Every preset and every rule alone, with the name of its golden file.
fn configurations() -> Vec<(String, NormalizeOptions)> {
    let mut v = vec![
        ("preset-none".to_string(), NormalizeOptions::NONE),
        ("preset-light".to_string(), NormalizeOptions::LIGHT),
        ("preset-search".to_string(), NormalizeOptions::SEARCH),
        ("preset-all".to_string(), NormalizeOptions::ALL),
    ];
    for name in NormalizeOptions::RULE_NAMES {
        let o = NormalizeOptions::NONE.with_rule(name, true).unwrap();
        v.push((format!("rule-{name}"), o));
    }
    v
}

/// `fingerprints.txt`: one `name hex` line per configuration.
fn read_fingerprints() -> BTreeMap<String, String> {
    std::fs::read_to_string(dir().join("fingerprints.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(n, f)| (n.to_string(), f.trim().to_string()))
        .collect()
}

/// The first line where `a` and `b` differ, for the failure message.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  stored: {x}\n  now:    {y}", i + 1);
        }
    }
    format!(
        "line count: stored {}, now {}",
        a.lines().count(),
        b.lines().count()
    )
}

#[test]
fn outputs_and_fingerprints_match_the_golden_files() {
    let bless = std::env::var_os("ARABIC_TEXT_BLESS").is_some();
    let input = std::fs::read_to_string(dir().join("input.txt")).unwrap();
    let stored_fingerprints = read_fingerprints();
    let mut fingerprints = String::from(
        "# NormalizeOptions::fingerprint() of each configuration, as hex.\n\
         # Regenerate with ARABIC_TEXT_BLESS=1 cargo test --test golden_normalize\n",
    );
    let mut failures = Vec::new();
    for (name, options) in configurations() {
        let output = Normalizer::new(options).normalize(&input).into_owned();
        let fingerprint = format!("{:016x}", options.fingerprint());
        fingerprints.push_str(&format!("{name} {fingerprint}\n"));
        let path = dir().join(format!("{name}.txt"));
        let stored = std::fs::read_to_string(&path).ok();
        let stored_fingerprint = stored_fingerprints.get(&name);
        let output_changed = stored.as_deref() != Some(output.as_str());
        if output_changed && stored.is_some() && stored_fingerprint == Some(&fingerprint) {
            failures.push(format!(
                "{name}: the output changed but the fingerprint {fingerprint} did not; \
                 make fingerprint() cover the change (or bump CONTEXT_RULES_VERSION)\n{}",
                first_difference(stored.as_deref().unwrap_or(""), &output)
            ));
            continue;
        }
        if bless {
            std::fs::write(&path, &output).unwrap();
        } else if output_changed {
            failures.push(format!(
                "{name}: the output differs from {} (a breaking change: bless it with \
                 ARABIC_TEXT_BLESS=1 and note it in CHANGELOG.md)\n{}",
                path.display(),
                first_difference(stored.as_deref().unwrap_or(""), &output)
            ));
        } else if stored_fingerprint != Some(&fingerprint) {
            failures.push(format!(
                "{name}: fingerprint {fingerprint}, stored {stored_fingerprint:?}"
            ));
        }
    }
    if bless && failures.is_empty() {
        std::fs::write(dir().join("fingerprints.txt"), fingerprints).unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The input covers what the golden files are meant to cover.
#[test]
fn the_input_has_every_part() {
    let input = std::fs::read_to_string(dir().join("input.txt")).unwrap();
    for rule in NormalizeOptions::RULE_NAMES {
        assert!(input.contains(&format!("\n{rule}: ")), "{rule}");
    }
    for part in [
        "## Sentences",
        "## Fully vowelled",
        "## Decomposed",
        "## Presentation forms",
    ] {
        assert!(input.contains(part), "{part}");
    }
}

/// Each rule alone changes the golden input, so each golden file shows it.
#[test]
fn every_rule_changes_the_input() {
    let input = std::fs::read_to_string(dir().join("input.txt")).unwrap();
    for (name, options) in configurations().into_iter().skip(4) {
        assert_ne!(Normalizer::new(options).normalize(&input), input, "{name}");
    }
}
