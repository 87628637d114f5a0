//! `src/chars.rs` is the only file of the library that spells a code point
//! of the Arabic blocks: every other module names it (`chars::LAM`,
//! `chars::ARABIC_COMMA`) or asks a predicate, so each set is defined once.
//!
//! This test reads the files under `src/` and fails on an Arabic-block code
//! point written as a `\u{…}` escape or as a char literal (`'ل'`) outside
//! `chars.rs`. Comments, doc comments and `#[cfg(test)]`
//! items are skipped (tests and examples spell their inputs). Words and word
//! lists (`"لكن"`, the one-letter conjunction `"و"`) are not code points and
//! are allowed.

use std::path::Path;

#[path = "support/sources.rs"]
mod sources;
use sources::rust_files;

/// The Arabic blocks: Arabic, Arabic Supplement, Arabic Extended-A/B and
/// the presentation forms. U+FEFF, the byte order mark, sits at the end of
/// Forms-B but is no Arabic character.
fn is_arabic_block(c: char) -> bool {
    matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE)
}

/// The code part of a line: up to a `//` comment outside a string.
fn code_part(line: &str) -> &str {
    let bytes = line.as_bytes();
    let (mut in_str, mut i) = (false, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'\'' if !in_str => {
                // A char literal: skip to its closing quote (`'"'`, `'\''`).
                if let Some(len) = char_literal_len(&line[i..]) {
                    i += len;
                    continue;
                }
            }
            b'/' if !in_str && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

/// The length of the char literal at the start of `s`, if one is there.
fn char_literal_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('\'')?;
    let body_len = if let Some(escaped) = rest.strip_prefix('\\') {
        escaped.find('\'')? + 1
    } else {
        rest.chars().next()?.len_utf8()
    };
    (rest[body_len..].starts_with('\'')).then_some(body_len + 2)
}

/// Every Arabic-block code point the code of `source` spells, as
/// `(line number, what was written)`.
fn offences(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut skip_until: Option<String> = None;
    let mut lines = source.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        if let Some(end) = &skip_until {
            if line == end {
                skip_until = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            // Skip the item: up to the line that closes it at the attribute's
            // indentation (rustfmt's layout), unless it ends on its own line.
            let indent = &line[..line.len() - trimmed.len()];
            let item_is_one_line = lines
                .peek()
                .is_some_and(|(_, l)| l.trim_end().ends_with(';'));
            if item_is_one_line {
                lines.next();
            } else {
                skip_until = Some(format!("{indent}}}"));
            }
            continue;
        }
        let code = code_part(line);
        let mut rest = code;
        while let Some(at) = rest.find("\\u{") {
            let hex = &rest[at + 3..];
            let end = hex.find('}').unwrap_or(0);
            if let Some(c) = u32::from_str_radix(&hex[..end], 16)
                .ok()
                .and_then(char::from_u32)
            {
                if is_arabic_block(c) {
                    found.push((n + 1, format!("\\u{{{}}}", &hex[..end])));
                }
            }
            rest = &hex[end..];
        }
        let chars: Vec<char> = code.chars().collect();
        for w in chars.windows(3) {
            if w[0] == '\'' && w[2] == '\'' && is_arabic_block(w[1]) {
                found.push((n + 1, w.iter().collect()));
            }
        }
    }
    found
}

#[test]
fn only_chars_rs_spells_arabic_code_points() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 10, "found the sources");
    let mut report = String::new();
    for path in files.iter().filter(|p| !p.ends_with("chars.rs")) {
        let source = std::fs::read_to_string(path).unwrap();
        for (line, what) in offences(&source) {
            let name = path.strip_prefix(&src).unwrap().display();
            report.push_str(&format!("src/{name}:{line}: {what}\n"));
        }
    }
    assert!(
        report.is_empty(),
        "Arabic code points spelled outside src/chars.rs (name them there):\n{report}"
    );
}

/// The checker itself finds what it should, and only that.
#[test]
fn the_checker_finds_spelled_code_points() {
    let bad = r#"
fn f(c: char) -> bool {
    c == 'ل' || c == '\u{060C}' || s.ends_with("\u{0629}")
}
"#;
    let found: Vec<String> = offences(bad).into_iter().map(|(_, w)| w).collect();
    assert_eq!(found, ["\\u{060C}", "\\u{0629}", "'ل'"]);

    let fine = r#"
/// A doc comment may show 'ل' and \u{0644}.
fn g(s: &str) -> bool {
    s == "لكن" || s == "و" || s.starts_with('\u{FEFF}') // a comment: 'ل'
}

#[cfg(test)]
mod tests {
    const X: char = 'ل';
}
"#;
    assert!(offences(fine).is_empty(), "{:?}", offences(fine));
}
