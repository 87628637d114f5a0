//! When a mark between two characters stays inside a word or a number.
//!
//! The word scanner (`word.rs`) stops at punctuation, except for the few
//! marks that belong to the token around them. Each rule looks at most two
//! characters ahead, and a separator is only taken when the character after
//! it will be taken too, so no token ends on a separator.

use super::class::{Class, Tables};
use crate::chars;

/// What the word scanner knows about the characters it has taken so far.
#[derive(Clone, Copy, Debug)]
pub(super) struct Context {
    /// Class of the last character taken (marks and format characters do not
    /// count: they leave it as it was).
    pub prev: Class,
    /// Length in chars of the run of digits that ends the token so far.
    pub digit_run: usize,
    /// Whether that run of digits follows a number separator (`1,5`), so
    /// that `1,5:30` is not read as a clock time.
    pub run_after_separator: bool,
    /// Whether the token so far is a chain of single Arabic letters joined by
    /// dots (`ق`, `ق.م`): an abbreviation.
    pub chain: bool,
    /// Arabic letters since the last dot of the chain.
    pub chain_letters: usize,
}

/// How a separator joins the token, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Join {
    /// `.` `,` `٫` `٬` between digits: `٣٫٥`, `1,200.50`, `١٬٢٠٠`.
    Number,
    /// `:` in a clock time: `6:30`, `10:00:15`.
    Time,
    /// `'` or `’` between Latin letters: `don't`, `O'Brien`.
    Apostrophe,
    /// `_` between letters or digits: `snake_case`, `كلمة_مركبة`.
    Underscore,
    /// `.` between single Arabic letters: `ق.م`, `أ.د`.
    Abbreviation,
}

/// Whether the punctuation mark `c`, which starts at byte `i` and is `n`
/// bytes long, joins the word or number scanned so far.
pub(super) fn join(
    t: &Tables,
    text: &str,
    i: usize,
    n: usize,
    c: char,
    cx: &Context,
) -> Option<Join> {
    let next = |at: usize| {
        if at < text.len() {
            Some(t.class_at(text, at))
        } else {
            None
        }
    };
    let after = next(i + n);
    let after_class = after.map(|(class, _)| class);
    match c {
        _ if chars::is_number_separator(c)
            && cx.prev == Class::Digit
            && after_class == Some(Class::Digit) =>
        {
            Some(Join::Number)
        }
        '.' if cx.prev == Class::ArabicLetter
            && cx.chain
            && cx.chain_letters == 1
            && after_class == Some(Class::ArabicLetter) =>
        {
            // The next segment must be one letter too: `ق.م` but not `د.أحمد`.
            let (_, len) = after?;
            let beyond = next(i + n + len).map(|(class, _)| class);
            let single = !matches!(
                beyond,
                Some(
                    Class::ArabicLetter
                        | Class::Letter
                        | Class::Digit
                        | Class::Tatweel
                        | Class::Complex
                )
            );
            single.then_some(Join::Abbreviation)
        }
        ':' if cx.prev == Class::Digit
            && (1..=2).contains(&cx.digit_run)
            && !cx.run_after_separator =>
        {
            // Exactly two digits follow, then no third one.
            let (first, l1) = after?;
            let (second, l2) = next(i + n + l1)?;
            let third = next(i + n + l1 + l2).map(|(class, _)| class);
            (first == Class::Digit && second == Class::Digit && third != Some(Class::Digit))
                .then_some(Join::Time)
        }
        '\'' | '\u{2019}' if cx.prev == Class::Letter && after_class == Some(Class::Letter) => {
            Some(Join::Apostrophe)
        }
        '_' if matches!(cx.prev, Class::ArabicLetter | Class::Letter | Class::Digit)
            && matches!(
                after_class,
                Some(Class::ArabicLetter | Class::Letter | Class::Digit)
            ) =>
        {
            Some(Join::Underscore)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(prev: Class, digit_run: usize) -> Context {
        Context {
            prev,
            digit_run,
            run_after_separator: false,
            chain: false,
            chain_letters: 0,
        }
    }

    /// (name, text, byte offset of the mark, context before it, expected join)
    #[test]
    fn joins() {
        let letter_chain = Context {
            chain: true,
            chain_letters: 1,
            ..cx(Class::ArabicLetter, 0)
        };
        let cases: &[(&str, &str, usize, Context, Option<Join>)] = &[
            (
                "arabic decimal",
                "٣٫٥",
                2,
                cx(Class::Digit, 1),
                Some(Join::Number),
            ),
            (
                "arabic thousands",
                "١٬٢٠٠",
                2,
                cx(Class::Digit, 1),
                Some(Join::Number),
            ),
            (
                "ascii comma",
                "1,200",
                1,
                cx(Class::Digit, 1),
                Some(Join::Number),
            ),
            (
                "arabic comma is not a separator",
                "١،٢",
                2,
                cx(Class::Digit, 1),
                None,
            ),
            ("period before a space", "3. ", 1, cx(Class::Digit, 1), None),
            (
                "period after a letter",
                "ب.5",
                2,
                cx(Class::ArabicLetter, 0),
                None,
            ),
            (
                "clock time",
                "6:30",
                1,
                cx(Class::Digit, 1),
                Some(Join::Time),
            ),
            (
                "three digits after the colon",
                "6:300",
                1,
                cx(Class::Digit, 1),
                None,
            ),
            (
                "year before a colon",
                "2015:30",
                4,
                cx(Class::Digit, 4),
                None,
            ),
            (
                "apostrophe",
                "don't",
                3,
                cx(Class::Letter, 0),
                Some(Join::Apostrophe),
            ),
            (
                "apostrophe before arabic",
                "a'ب",
                1,
                cx(Class::Letter, 0),
                None,
            ),
            (
                "underscore",
                "كلمة_مركبة",
                8,
                cx(Class::ArabicLetter, 0),
                Some(Join::Underscore),
            ),
            (
                "era abbreviation",
                "ق.م",
                2,
                letter_chain,
                Some(Join::Abbreviation),
            ),
            ("title before a name", "د.أحمد", 2, letter_chain, None),
        ];
        let t = Tables::get();
        for &(name, text, at, context, want) in cases {
            let c = text[at..].chars().next().unwrap();
            assert_eq!(join(t, text, at, c.len_utf8(), c, &context), want, "{name}");
        }
    }
}
