//! `sentences` and `Tokenizer::sentences` (the first byte chooses URL and
//! tag recognition): sentences are trimmed slices of the input, in order,
//! and every token lies inside exactly one; see `check_sentences`.
#![no_main]

use arabic_text_fuzz::{check_sentences, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&web, rest)) = data.split_first() else {
        return;
    };
    check_sentences(&text(rest), web & 1 == 0);
});
