//! `Analyzer::terms` with the rules and with a lexicon learned from the
//! input: see `check_analyze` for the invariants.
#![no_main]

use arabic_text_fuzz::{check_analyze, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| check_analyze(&text(data)));
