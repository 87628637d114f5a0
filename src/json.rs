//! The one JSON string escaper of the crate's hand-written JSON
//! (`Document::to_json`, `Term::to_json`), escaping as serde_json does.

use std::fmt::Write;

/// `s` as a JSON string literal, escaped as serde_json escapes: `\"`, `\\`,
/// the short escapes `\b \f \n \r \t`, `\u00XX` (lowercase hex) for the
/// other control characters below U+0020, and every other character as is.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut clean = 0; // start of the run not yet copied
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0C => "\\f",
            0x00..=0x1F => "",
            _ => continue,
        };
        // Every byte matched above is ASCII, so `i` is a char boundary.
        out.push_str(&s[clean..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        clean = i + 1;
    }
    out.push_str(&s[clean..]);
    out.push('"');
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
}
