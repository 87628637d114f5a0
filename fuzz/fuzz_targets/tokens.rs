//! `Tokenizer::tokens`, with URL and tag recognition on and off (the first
//! byte chooses): tokens tile the input with whitespace on, spans slice it,
//! edges are never whitespace; see `check_tokens`.
#![no_main]

use arabic_text_fuzz::{check_tokens, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&web, rest)) = data.split_first() else {
        return;
    };
    check_tokens(&text(rest), web & 1 == 0);
});
