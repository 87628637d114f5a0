//! `Document::parse`: spans slice the input, blocks come in order, and no
//! text is lost; see `check_document` for the details.
#![no_main]

use arabic_text_fuzz::{check_document, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_document(&text(data));
});
