//! `Normalizer::normalize` and its siblings under every preset (NONE, LIGHT,
//! SEARCH, ALL): see `check_normalize` for the invariants.
#![no_main]

use arabic_text_fuzz::{check_normalize, presets, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    for n in presets() {
        check_normalize(n, &text);
    }
});
