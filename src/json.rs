//! The one JSON string escaper of the crate's hand-written JSON
//! (`Document::to_json`, `Term::to_json`), escaping as serde_json does.

use std::fmt::Write;

/// `s` as a JSON string literal, escaped as serde_json escapes: `\"`, `\\`,
/// the short escapes `\b \f \n \r \t`, `\u00XX` (lowercase hex) for the
/// other control characters below U+0020, and every other character as is.
///
/// Text runs between escapes are copied whole; they are found eight bytes
/// at a time (see [`clean_prefix`]), so Arabic text, which never needs an
/// escape, costs little more than a copy.
pub(crate) fn string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut clean = 0; // start of the run not yet copied
    let mut i = 0;
    while i < bytes.len() {
        i += clean_prefix(&bytes[i..]);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // Every byte that needs an escape is ASCII, so `i` is a char
        // boundary.
        out.push_str(&s[clean..i]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            _ => {
                let _ = write!(out, "\\u{b:04x}");
            }
        }
        i += 1;
        clean = i;
    }
    out.push_str(&s[clean..]);
    out.push('"');
}

/// Whether byte `b` needs an escape in a JSON string: a control character,
/// `"` or `\`.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// How many bytes at the start of `bytes` need no escape. Eight bytes are
/// tested at once: a byte below 0x20, a `"` or a `\` among them sets the
/// high bit of its lane in one of three words (each test exact, without
/// false alarms), and only then are the bytes looked at one by one.
fn clean_prefix(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut at = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(lanes);
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
        let quote = zero_in(x ^ (ONES * u64::from(b'"')));
        let backslash = zero_in(x ^ (ONES * u64::from(b'\\')));
        if below_space | quote | backslash != 0 {
            break;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| needs_escape(b))
        .unwrap_or(bytes.len() - at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain arabic", "نص عربي", "\"نص عربي\""),
            ("empty", "", "\"\""),
            ("quote and backslash", "a\"b\\c", r#""a\"b\\c""#),
            ("short escapes", "\n\r\t\u{8}\u{c}", r#""\n\r\t\b\f""#),
            ("other controls", "\u{0}\u{1f}", r#""\u0000\u001f""#),
            (
                "delete and beyond kept",
                "\u{7f}\u{2028}😀",
                "\"\u{7f}\u{2028}😀\"",
            ),
            ("escape between letters", "أ\"ب", "\"أ\\\"ب\""),
        ];
        for &(name, text, want) in cases {
            let mut out = String::new();
            string(&mut out, text);
            assert_eq!(out, want, "{name}");
        }
    }

    proptest::proptest! {
        /// Every string, with escapes at any offset of the eight-byte
        /// lanes, is written as serde_json writes it.
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(
            s in "(\\PC|[\\x00-\\x1f\"\\\\]|\u{7f}|ب){0,40}"
        ) {
            let mut out = String::new();
            string(&mut out, &s);
            proptest::prop_assert_eq!(out, serde_json::to_string(&s).unwrap());
        }
    }
}
