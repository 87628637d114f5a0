//! `Normalizer::normalize_with_offsets`: the output equals `normalize`'s, and
//! the offset map stays in bounds, on char boundaries and monotone, for the
//! output's own boundaries and for any span a caller might pass (taken from
//! the input: out of range, reversed, inside a character).
#![no_main]

use arabic_text::{Normalizer, Span};
use arabic_text_fuzz::{check_offsets, options, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<6>() else {
        return;
    };
    let n = Normalizer::new(options(u16::from_le_bytes([head[0], head[1]])));
    let text = text(rest);
    let (out, map) = n.normalize_with_offsets(&text);
    assert_eq!(
        out,
        n.normalize(&text),
        "normalize_with_offsets disagrees with normalize"
    );
    check_offsets(&text, &out, &map);

    // Arbitrary offsets, up to a little past the output's end.
    let limit = out.len() + 4;
    let a = usize::from(u16::from_le_bytes([head[2], head[3]])) % limit;
    let b = usize::from(u16::from_le_bytes([head[4], head[5]])) % limit;
    let i = map.to_input(a);
    assert!(i <= text.len(), "to_input({a}) = {i} is past the input");
    let span = map.to_input_span(Span::new(a, b));
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "to_input_span({a}..{b}) = {span:?}"
    );
    if a <= b && out.is_char_boundary(a.min(out.len())) && out.is_char_boundary(b.min(out.len())) {
        assert!(
            span.get(&text).is_some(),
            "a span on char boundaries maps to {span:?}, not on the input's"
        );
        assert!(
            map.to_input(a) <= map.to_input(b),
            "to_input is not monotone between {a} and {b}"
        );
    }
});
