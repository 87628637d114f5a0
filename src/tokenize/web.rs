//! URLs, email addresses, hashtags and mentions.
//!
//! Each scanner is tried only where its token can start (a `#` or `@`, a
//! word starting with `h`, `f` or `w`, an ASCII word followed by `@` or `.`)
//! and returns `None` when the text there is not one, so the ordinary
//! scanners take over.

use super::class::{Class, Tables};
use crate::chars;

/// Schemes and prefixes that start a URL, lowercase.
const URL_PREFIXES: [&str; 4] = ["https://", "http://", "ftp://", "www."];

/// The end of the URL that starts at `start`, if one does: `https://`,
/// `http://`, `ftp://` or `www.` (any case), then everything up to
/// whitespace, an angle bracket or double quote, or an Arabic comma,
/// semicolon or question mark or guillemet. Trailing `.,:;!?'*` and a
/// closing bracket with no opening one inside are left out, as a reader
/// would.
pub(super) fn url(t: &Tables, text: &str, start: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..];
    let prefix = URL_PREFIXES
        .iter()
        .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?;
    let body = start + prefix.len();
    let mut end = body;
    for (i, c) in text[body..].char_indices() {
        let stop = matches!(
            c,
            '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^' | '«' | '»'
        ) || matches!(
            c,
            chars::ARABIC_COMMA | chars::ARABIC_SEMICOLON | chars::ARABIC_QUESTION_MARK
        ) || matches!(t.class_at(text, body + i).0, Class::Space | Class::Format);
        if stop {
            break;
        }
        end = body + i + c.len_utf8();
    }
    // Leave out trailing punctuation, and closing brackets not opened inside.
    let mut parens =
        count(&text[start..end], b'(') as isize - count(&text[start..end], b')') as isize;
    let mut brackets =
        count(&text[start..end], b'[') as isize - count(&text[start..end], b']') as isize;
    while end > body {
        match text.as_bytes()[end - 1] {
            b'.' | b',' | b':' | b';' | b'!' | b'?' | b'\'' | b'*' => {}
            b')' if parens < 0 => parens += 1,
            b']' if brackets < 0 => brackets += 1,
            _ => break,
        }
        end -= 1;
    }
    // `www.` needs a host after it; a scheme needs something after `//`.
    let host_ok = text[body..end]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    host_ok.then_some(end)
}

fn count(s: &str, b: u8) -> usize {
    s.bytes().filter(|&x| x == b).count()
}

/// Longest local part of an email address, in bytes.
const MAX_LOCAL: usize = 64;
/// Longest domain of an email address, in bytes.
const MAX_DOMAIN: usize = 255;

/// The end of the email address that starts at `start`, if one does:
/// `local@domain.tld` with an ASCII local part (`A-Z a-z 0-9 . _ % + -`),
/// dot-separated ASCII domain labels and a final label of two letters or
/// more.
pub(super) fn email(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let is_local =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    // Both parts are bounded (64 and 255 bytes, as in RFC 5321), so a long
    // run such as `a.b.c.d…` is not rescanned from every word in it.
    let at = start
        + bytes[start..]
            .iter()
            .take(MAX_LOCAL + 1)
            .take_while(|&&b| is_local(b))
            .count();
    if at - start > MAX_LOCAL {
        return None;
    }
    if at == start || bytes.get(at) != Some(&b'@') || bytes[at - 1] == b'.' {
        return None;
    }
    let is_domain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    let mut end = at
        + 1
        + bytes[at + 1..]
            .iter()
            .take(MAX_DOMAIN)
            .take_while(|&&b| is_domain(b))
            .count();
    while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &text[at + 1..end];
    let mut labels = domain.split('.');
    let tld = domain.rsplit('.').next()?;
    let well_formed = domain.contains('.')
        && labels.all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic());
    well_formed.then_some(end)
}

/// The end of the hashtag or mention that starts at `start` with its `#` or
/// `@`, if one does: the sign, then letters of any script, digits, marks,
/// `_`, tatweel and joiners, with at least one letter (`#الاقتصاد`,
/// `#كلمة_مركبة`, `@arabic_text`; `#1` is not a tag).
pub(super) fn tag(t: &Tables, text: &str, start: usize) -> Option<usize> {
    let body = start + 1;
    let mut i = body;
    let mut end = body;
    let mut letters = false;
    while i < text.len() {
        let (class, n) = t.class_at(text, i);
        match class {
            Class::ArabicLetter | Class::Letter | Class::Complex => letters = true,
            Class::Digit | Class::Mark => {}
            Class::Punct if text.as_bytes()[i] == b'_' => {}
            Class::Tatweel | Class::Format => {
                i += n;
                continue;
            }
            _ => break,
        }
        i += n;
        end = i;
    }
    letters.then_some(end)
}

/// Whether the character before byte `i` continues a word, in which case a
/// URL prefix or email address at `i` is inside that word (`a@b`,
/// `sub.www.example`).
pub(super) fn glued(t: &Tables, text: &str, i: usize) -> bool {
    glued_before(t, text, i, true)
}

/// Whether the character before the `#` or `@` at byte `i` continues a word,
/// in which case the sign is inside that word (`C#`, `a@b`). Unlike
/// [`glued`], a full stop does not glue: `.#وسم` and `.@name` start a tag,
/// as after `!` or `،` (and as in Twitter's own rules).
pub(super) fn tag_glued(t: &Tables, text: &str, i: usize) -> bool {
    glued_before(t, text, i, false)
}

fn glued_before(t: &Tables, text: &str, i: usize, dot_glues: bool) -> bool {
    let Some(c) = super::class::char_before(text, i) else {
        return false;
    };
    let at = i - c.len_utf8();
    let class = t.class_at(text, at).0;
    class.is_word()
        || class == Class::Tatweel
        || matches!(c, '_' | '#' | '@' | '&' | '/')
        || (dot_glues && c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let t = Tables::get();
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "https",
                "https://example.com/a?b=1، ثم",
                Some("https://example.com/a?b=1"),
            ),
            (
                "trailing period",
                "http://example.com.",
                Some("http://example.com"),
            ),
            ("www", "www.example.org/ar/", Some("www.example.org/ar/")),
            (
                "arabic path",
                "https://ar.wikipedia.org/wiki/مصر ثم",
                Some("https://ar.wikipedia.org/wiki/مصر"),
            ),
            (
                "balanced parentheses",
                "https://x.org/a_(b))",
                Some("https://x.org/a_(b)"),
            ),
            (
                "upper case",
                "HTTPS://EXAMPLE.COM",
                Some("HTTPS://EXAMPLE.COM"),
            ),
            ("scheme alone", "https:// ", None),
            ("not a url", "what", None),
        ];
        for &(name, text, want) in cases {
            assert_eq!(url(t, text, 0).map(|e| &text[..e]), want, "{name}");
        }
    }

    #[test]
    fn emails() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("plain", "info@example.com، ثم", Some("info@example.com")),
            (
                "dots and plus",
                "first.last+tag@mail.example.sa.",
                Some("first.last+tag@mail.example.sa"),
            ),
            ("no tld", "user@localhost", None),
            ("numeric tld", "a@b.12", None),
            ("no at", "example.com", None),
        ];
        for &(name, text, want) in cases {
            assert_eq!(email(text, 0).map(|e| &text[..e]), want, "{name}");
        }
    }

    #[test]
    fn tags() {
        let t = Tables::get();
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("arabic hashtag", "#الاقتصاد ثم", Some("#الاقتصاد")),
            ("compound", "#كلمة_مركبة،", Some("#كلمة_مركبة")),
            ("mention", "@arabic_text: مرحبا", Some("@arabic_text")),
            ("digits only", "#1 ", None),
            ("digits then letters", "#2024مصر", Some("#2024مصر")),
            ("sign alone", "# ", None),
        ];
        for &(name, text, want) in cases {
            assert_eq!(tag(t, text, 0).map(|e| &text[..e]), want, "{name}");
        }
    }
}
