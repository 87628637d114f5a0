//! `Normalizer::normalize` and its siblings under options built from the
//! input: its first two bytes switch the 13 rules, the rest is the text. Every
//! combination of rules, not only the presets, must keep the invariants.
#![no_main]

use arabic_text::Normalizer;
use arabic_text_fuzz::{check_normalize, options, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((bits, rest)) = data.split_first_chunk::<2>() else {
        return;
    };
    let n = Normalizer::new(options(u16::from_le_bytes(*bits)));
    check_normalize(&n, &text(rest));
});
