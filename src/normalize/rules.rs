//! What each rule does, as one table per rule, and what the rules do to
//! one character out of context.
//!
//! [`RULES`] is the single definition of the rules: one table per rule,
//! each line a code point or range and what becomes of it. Everything else
//! is derived from it: [`fold`] (the character path), the fast scanner's
//! byte table and the vector loop's substitution tables (built from
//! [`fold`]), the rule table in the crate docs and the README
//! (`markdown_table`, built and checked by a test), [`Normalizer::explain`]'s rule
//! names and [`NormalizeOptions::fingerprint`]. Four outcomes depend on the
//! neighbours and are decided by the caller: [`Fold::Space`],
//! [`Fold::Zwnj`], [`Fold::Zwj`] and [`Fold::Compose`].
//!
//! [`Normalizer::explain`]: super::Normalizer::explain
//! [`NormalizeOptions::fingerprint`]: super::NormalizeOptions::fingerprint

use once_cell::sync::Lazy;
use unicode_normalization::UnicodeNormalization;

use super::NormalizeOptions;
use crate::chars::{self, *};
use crate::hash::Fnv;

/// What a rule does to the code points of one line of its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Map {
    /// Removed.
    Remove,
    /// Replaced by this character.
    To(char),
    /// The range's first code point becomes this character, the next the
    /// character after it, and so on (٠..٩ → `0`..`9`).
    Shift(char),
    /// Replaced by its Unicode compatibility decomposition (NFKC), when it
    /// has one.
    Decompose,
    /// Replaced by these characters.
    Expand(&'static str),
    /// A run of these collapses to one ASCII space.
    Space,
}

/// One line of a rule's table: the code points `first..=last` and what
/// becomes of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) first: char,
    pub(crate) last: char,
    pub(crate) map: Map,
}

/// A rule: its name (the [`NormalizeOptions`] field) and its table.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) name: &'static str,
    pub(crate) lines: &'static [Line],
    /// What the rule does beyond its table (context), for the docs.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) note: &'static str,
}

const fn one(c: char, map: Map) -> Line {
    Line {
        first: c,
        last: c,
        map,
    }
}

const fn range(first: char, last: char, map: Map) -> Line {
    Line { first, last, map }
}

const fn ranges<const N: usize>(rs: [(char, char); N], map: Map) -> [Line; N] {
    let mut out = [one('\0', map); N];
    let mut i = 0;
    while i < N {
        out[i] = range(rs[i].0, rs[i].1, map);
        i += 1;
    }
    out
}

/// The code point before `c` (for splitting a range around one entry).
const fn before(c: char) -> char {
    match char::from_u32(c as u32 - 1) {
        Some(p) => p,
        None => c,
    }
}

/// The code point after `c`.
const fn after(c: char) -> char {
    match char::from_u32(c as u32 + 1) {
        Some(p) => p,
        None => c,
    }
}

const fn alef_lines() -> [Line; 9] {
    let mut out = [one(ALEF, Map::To(ALEF)); 9];
    let mut i = 0;
    while i < 9 {
        out[i] = one(ALEF_VARIANTS[i], Map::To(ALEF));
        i += 1;
    }
    out
}

const INVISIBLE_LINES: [Line; 9] = ranges(INVISIBLE_RANGES, Map::Remove);
const SPACE_LINES: [Line; 8] = ranges(HORIZONTAL_SPACE_RANGES, Map::Space);
const ALEF_LINES: [Line; 9] = alef_lines();

/// Every rule and its table, in the order of
/// [`NormalizeOptions::RULE_NAMES`]. No code point is in two tables (a unit
/// test checks it), so at most one rule acts on a character directly; a
/// replacement may then be folded by another rule (ۃ → ة → ه).
pub(crate) static RULES: [Rule; 13] = [
    Rule {
        name: "diacritics",
        lines: &[
            range(HARAKAT_FIRST, HARAKAT_LAST, Map::Remove),
            one(SUPERSCRIPT_ALEF, Map::Remove),
        ],
        note: "a madda or hamza mark (U+0653..=U+0655) after its letter is first composed with it (ا + U+0654 → أ)",
    },
    Rule {
        name: "quranic_marks",
        lines: &[
            range(QURANIC_SIGNS_FIRST, QURANIC_SIGNS_LAST, Map::Remove),
            range(QURANIC_ANNOTATIONS_FIRST, QURANIC_ANNOTATIONS_LAST, Map::Remove),
            range(EXTENDED_B_MARKS_FIRST, EXTENDED_B_MARKS_LAST, Map::Remove),
            range(EXTENDED_A_MARKS_FIRST, EXTENDED_A_MARKS_LAST, Map::Remove),
            range(EXTENDED_A_MARKS_2_FIRST, EXTENDED_A_MARKS_2_LAST, Map::Remove),
        ],
        note: "",
    },
    Rule {
        name: "tatweel",
        lines: &[one(TATWEEL, Map::Remove)],
        note: "",
    },
    Rule {
        name: "alef",
        lines: &ALEF_LINES,
        note: "",
    },
    Rule {
        name: "alef_maksura",
        lines: &[one(ALEF_MAKSURA, Map::To(YEH))],
        note: "",
    },
    Rule {
        name: "teh_marbuta",
        lines: &[one(TEH_MARBUTA, Map::To(HEH))],
        note: "",
    },
    Rule {
        name: "hamza",
        lines: &[
            one(WAW_WITH_HAMZA_ABOVE, Map::To(WAW)),
            one(YEH_WITH_HAMZA_ABOVE, Map::To(YEH)),
            one(HIGH_HAMZA_WAW, Map::To(WAW)),
            one(HIGH_HAMZA_YEH, Map::To(YEH)),
        ],
        note: "a bare hamza U+0621 stays",
    },
    Rule {
        name: "persian",
        lines: &[
            one(KEHEH, Map::To(KAF)),
            one(SWASH_KAF, Map::To(KAF)),
            one(HEH_DOACHASHMEE, Map::To(HEH)),
            one(HEH_WITH_YEH_ABOVE, Map::To(HEH)),
            one(HEH_GOAL, Map::To(HEH)),
            one(HEH_GOAL_WITH_HAMZA_ABOVE, Map::To(HEH)),
            one(TEH_MARBUTA_GOAL, Map::To(TEH_MARBUTA)),
            one(FARSI_YEH, Map::To(YEH)),
            one(YEH_WITH_TAIL, Map::To(YEH)),
            one(E, Map::To(YEH)),
            one(YEH_BARREE, Map::To(YEH)),
            one(YEH_BARREE_WITH_HAMZA_ABOVE, Map::To(YEH_WITH_HAMZA_ABOVE)),
            one(AE, Map::To(HEH)),
        ],
        note: "ه + U+0654 (the typed spelling of ۀ) folds to ه like ۀ; `invisible` also removes ZWNJ between letters",
    },
    Rule {
        name: "presentation_forms",
        lines: &[
            range(FORMS_A_FIRST, before(BISMILLAH), Map::Decompose),
            one(BISMILLAH, Map::Expand(BISMILLAH_WORDS)),
            range(after(BISMILLAH), FORMS_A_LAST, Map::Decompose),
            range(FORMS_B_FIRST, FORMS_B_LAST, Map::Decompose),
        ],
        note: "ﻻ → لا, ﻷ → لأ, ﷲ → الله; the isolated forms of harakat become the bare marks; forms without a decomposition stay",
    },
    Rule {
        name: "digits",
        lines: &[
            range(ARABIC_INDIC_ZERO, ARABIC_INDIC_NINE, Map::Shift('0')),
            one(ARABIC_DECIMAL_SEPARATOR, Map::To('.')),
            one(ARABIC_THOUSANDS_SEPARATOR, Map::To(',')),
            range(EASTERN_ARABIC_INDIC_ZERO, EASTERN_ARABIC_INDIC_NINE, Map::Shift('0')),
        ],
        note: "",
    },
    Rule {
        name: "punctuation",
        lines: &[
            one(ARABIC_COMMA, Map::To(',')),
            one(ARABIC_SEMICOLON, Map::To(';')),
            one(ARABIC_QUESTION_MARK, Map::To('?')),
            one(ARABIC_PERCENT, Map::To('%')),
            one(ARABIC_FULL_STOP, Map::To('.')),
        ],
        note: "",
    },
    Rule {
        name: "invisible",
        lines: &INVISIBLE_LINES,
        note: "ZWNJ U+200C between two letters stays unless `persian` is on; ZWJ U+200D stays inside an emoji ZWJ sequence",
    },
    Rule {
        name: "whitespace",
        lines: &SPACE_LINES,
        note: "each run becomes one ASCII space; line breaks are kept and end a run",
    },
];

/// Index of the `invisible` rule in [`RULES`].
const INVISIBLE: usize = 11;

/// Every line of every rule, sorted by first code point, with its rule's
/// index: the lookup [`fold`] binary-searches.
static INDEX: Lazy<Vec<(usize, Line)>> = Lazy::new(|| {
    let mut v: Vec<(usize, Line)> = RULES
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.lines.iter().map(move |&l| (i, l)))
        .collect();
    v.sort_by_key(|&(_, l)| l.first);
    v
});

/// The rule whose table holds `c`, and its line.
#[inline]
pub(crate) fn lookup(c: char) -> Option<(usize, Line)> {
    let index = &*INDEX;
    let at = index.partition_point(|&(_, l)| l.first <= c);
    let (rule, line) = *index.get(at.checked_sub(1)?)?;
    (c <= line.last).then_some((rule, line))
}

/// The character a `To` or `Shift` line makes of `c`.
fn target(c: char, line: &Line) -> Option<char> {
    match line.map {
        Map::To(d) => Some(d),
        Map::Shift(base) => {
            char::from_u32(u32::from(base) + (u32::from(c) - u32::from(line.first)))
        }
        _ => None,
    }
}

/// The outcome of the rules for one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// The character stays as it is.
    Keep,
    /// The character is removed.
    Drop,
    /// The character becomes another one, already folded by every rule.
    Char(char),
    /// A presentation form becomes these characters, each still to be folded.
    Expand(&'static str),
    /// Horizontal whitespace under `whitespace`: one ASCII space per run.
    Space,
    /// ZWNJ under `invisible` without `persian`: kept between two letters.
    Zwnj,
    /// ZWJ under `invisible`: kept inside an emoji ZWJ sequence.
    Zwj,
    /// A madda or hamza mark that may compose with the letter before it.
    Compose,
}

/// Applies the rules to `c` alone.
pub(crate) fn fold(c: char, o: &NormalizeOptions) -> Fold {
    if chars::is_composing_mark(c) && composes(o) {
        return Fold::Compose;
    }
    let Some((rule, line)) = lookup(c) else {
        return Fold::Keep;
    };
    if !o.flags()[rule] {
        return Fold::Keep;
    }
    match line.map {
        Map::Remove if rule == INVISIBLE && c == chars::ZWNJ && !o.persian => Fold::Zwnj,
        Map::Remove if rule == INVISIBLE && c == chars::ZWJ => Fold::Zwj,
        Map::Remove => Fold::Drop,
        Map::Space => Fold::Space,
        Map::Decompose | Map::Expand(_) => match expansion(c, &line) {
            Some(s) => Fold::Expand(s),
            None => Fold::Keep,
        },
        Map::To(_) | Map::Shift(_) => {
            let folded = fold_letter(c, o);
            if folded == c {
                Fold::Keep
            } else {
                Fold::Char(folded)
            }
        }
    }
}

/// The name of the rule that acts on `c` alone, if it is on.
pub(crate) fn rule_of(c: char, o: &NormalizeOptions) -> Option<&'static str> {
    let (rule, _) = lookup(c)?;
    o.flags()[rule].then_some(RULES[rule].name)
}

/// The letter `base` and the madda or hamza `mark` after it make under the
/// rules `o`: their canonical composition (Unicode NFC), and under
/// `persian` also ه + U+0654 → ۀ, the usual typed spelling of ۀ.
pub(crate) fn compose(base: char, mark: char, o: &NormalizeOptions) -> Option<char> {
    chars::compose(base, mark)
        .or_else(|| (o.persian && base == HEH && mark == HAMZA_ABOVE).then_some(HEH_WITH_YEH_ABOVE))
}

/// Whether composing a madda or hamza mark with its base letter can change the
/// result: only rules that touch those letters or marks care, and
/// `presentation_forms`, which stands for Unicode's compatibility composition.
#[inline]
pub(crate) fn composes(o: &NormalizeOptions) -> bool {
    o.diacritics || o.alef || o.hamza || o.persian || o.presentation_forms
}

/// Follows the letter, digit and punctuation rules until nothing changes
/// (ۃ → ة → ه takes two steps).
pub(crate) fn fold_letter(mut c: char, o: &NormalizeOptions) -> char {
    loop {
        let next = fold_letter_once(c, o);
        if next == c {
            return c;
        }
        c = next;
    }
}

fn fold_letter_once(c: char, o: &NormalizeOptions) -> char {
    match lookup(c) {
        Some((rule, line)) if o.flags()[rule] => target(c, &line).unwrap_or(c),
        _ => c,
    }
}

/// The version of what the rules do beyond their tables (whitespace runs,
/// ZWNJ and ZWJ in context, composition of marks), mixed into
/// [`fingerprint`]: bump it whenever one of those changes its output.
const CONTEXT_RULES_VERSION: u32 = 2;

/// A hash of what the rules `o` do: for every code point in a rule's table
/// (and every madda or hamza mark), in order, what normalizing it alone
/// gives or which context rule decides it, what each composition gives, and
/// [`CONTEXT_RULES_VERSION`]. Two options that normalize every text alike
/// get the same value.
pub(crate) fn fingerprint(o: &NormalizeOptions) -> u64 {
    let n = super::Normalizer::new(*o);
    let mut h = Fnv::new();
    h.bytes(b"arabic-text normalization");
    h.u32(CONTEXT_RULES_VERSION);
    let mut buf = [0u8; 4];
    for (_, line) in INDEX.iter() {
        for c in line.first..=line.last {
            let tag = match fold(c, o) {
                Fold::Keep => continue,
                Fold::Drop | Fold::Char(_) | Fold::Expand(_) => b'R',
                Fold::Space => b'S',
                Fold::Zwnj => b'N',
                Fold::Zwj => b'J',
                Fold::Compose => b'C',
            };
            h.u32(u32::from(c));
            h.bytes(&[tag]);
            if tag == b'R' {
                h.text(&n.normalize(c.encode_utf8(&mut buf)));
            }
        }
    }
    if composes(o) {
        let persian_heh = (HEH, HAMZA_ABOVE, HEH_WITH_YEH_ABOVE);
        for (base, mark, _) in COMPOSITIONS.iter().chain([&persian_heh]) {
            let pair: String = [*base, *mark].iter().collect();
            h.bytes(b"P");
            h.text(&pair);
            h.text(&n.normalize(&pair));
        }
    }
    h.value()
}

/// Code points of the presentation-form ranges.
const FORMS_A_LEN: u32 = FORMS_A_LAST as u32 - FORMS_A_FIRST as u32 + 1;

/// The base letters of every presentation form, from Unicode's compatibility
/// decomposition (NFKC), built on first use. `None` where Unicode gives none.
static PRESENTATION_FORMS: Lazy<Vec<Option<Box<str>>>> = Lazy::new(|| {
    (FORMS_A_FIRST..=FORMS_A_LAST)
        .chain(FORMS_B_FIRST..=FORMS_B_LAST)
        .map(|c| {
            let nfkc: String = core::iter::once(c).nfkc().collect();
            // The isolated forms of harakat decompose to a space and the mark;
            // the space is an artefact of the isolated shape, not text.
            let base = match nfkc.strip_prefix(' ') {
                Some(rest) if !rest.is_empty() && rest.chars().all(chars::is_arabic_mark) => rest,
                _ => nfkc.as_str(),
            };
            (base != c.encode_utf8(&mut [0; 4])).then(|| base.into())
        })
        .collect()
});

/// What a `Decompose` or `Expand` line makes of `c`.
fn expansion(c: char, line: &Line) -> Option<&'static str> {
    match line.map {
        Map::Expand(s) => Some(s),
        Map::Decompose => presentation_decomposition(c),
        _ => None,
    }
}

/// The base letters that presentation form `c` stands for under the
/// `presentation_forms` rule.
#[cfg(test)]
pub(crate) fn presentation_expansion(c: char) -> Option<&'static str> {
    match lookup(c) {
        Some((_, line)) => expansion(c, &line),
        None => None,
    }
}

/// The compatibility decomposition of presentation form `c`.
fn presentation_decomposition(c: char) -> Option<&'static str> {
    let index = match c {
        FORMS_A_FIRST..=FORMS_A_LAST => u32::from(c) - u32::from(FORMS_A_FIRST),
        FORMS_B_FIRST..=FORMS_B_LAST => u32::from(c) - u32::from(FORMS_B_FIRST) + FORMS_A_LEN,
        _ => return None,
    };
    PRESENTATION_FORMS.get(index as usize)?.as_deref()
}

/// The rule table of the crate docs and the README, in Markdown, from
/// [`RULES`]: a row per rule, each line of its table by code point.
#[cfg(test)]
pub(crate) fn markdown_table() -> String {
    use core::fmt::Write as _;
    let mut t = String::from("| rule | input → output |\n|---|---|\n");
    for rule in &RULES {
        let mut cells: Vec<String> = Vec::new();
        for line in rule.lines {
            cells.push(describe(line));
        }
        let mut cell = cells.join(", ");
        if !rule.note.is_empty() {
            let _ = write!(cell, "; {}", rule.note);
        }
        let _ = writeln!(t, "| `{}` | {} |", rule.name, cell);
    }
    t
}

/// One line of a rule table, by code point: `U+0622 آ → U+0627 ا`.
#[cfg(test)]
fn describe(line: &Line) -> String {
    let cp = |c: char| {
        if c.is_ascii_graphic() {
            format!("`{c}`")
        } else if c.is_ascii()
            || chars::is_invisible(c)
            || chars::is_horizontal_space(c)
            || chars::is_arabic_mark(c)
        {
            format!("U+{:04X}", u32::from(c))
        } else {
            format!("U+{:04X} {c}", u32::from(c))
        }
    };
    let input = if line.first == line.last {
        cp(line.first)
    } else {
        format!("{}..={}", cp(line.first), cp(line.last))
    };
    match line.map {
        Map::Remove => format!("{input} removed"),
        Map::To(d) => format!("{input} → {}", cp(d)),
        Map::Shift(d) => {
            let last = target(line.last, line).unwrap_or(d);
            format!("{input} → {}..={}", cp(d), cp(last))
        }
        Map::Decompose => format!("{input} → its compatibility decomposition"),
        Map::Expand(s) => format!("{input} → {s}"),
        Map::Space => input,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_named_as_the_options() {
        let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        assert_eq!(names, NormalizeOptions::RULE_NAMES);
        assert_eq!(RULES[INVISIBLE].name, "invisible");
    }

    #[test]
    fn no_code_point_is_in_two_tables() {
        for pair in INDEX.windows(2) {
            let ((a, x), (b, y)) = (pair[0], pair[1]);
            assert!(
                x.last < y.first,
                "{} U+{:04X}..=U+{:04X} overlaps {} U+{:04X}",
                RULES[a].name,
                u32::from(x.first),
                u32::from(x.last),
                RULES[b].name,
                u32::from(y.first)
            );
        }
    }

    /// The tables agree with the predicates of `chars` that name the same sets.
    #[test]
    fn tables_agree_with_the_char_classes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let rule = lookup(c).map(|(r, _)| RULES[r].name);
            let composing = chars::is_composing_mark(c);
            assert_eq!(chars::is_diacritic(c), rule == Some("diacritics"), "{c:?}");
            assert_eq!(
                chars::is_quranic_mark(c),
                rule == Some("quranic_marks"),
                "{c:?}"
            );
            assert_eq!(chars::is_alef_variant(c), rule == Some("alef"), "{c:?}");
            assert_eq!(chars::is_invisible(c), rule == Some("invisible"), "{c:?}");
            assert_eq!(
                chars::is_horizontal_space(c),
                rule == Some("whitespace"),
                "{c:?}"
            );
            assert_eq!(
                chars::is_presentation_form(c),
                rule == Some("presentation_forms"),
                "{c:?}"
            );
            let _ = composing;
        }
    }

    /// The rule table in the crate docs and in the README is [`markdown_table`].
    /// `ARABIC_TEXT_BLESS=1 cargo test --lib rule_table` rewrites both.
    #[test]
    fn docs_show_the_rule_table_the_code_uses() {
        let table = markdown_table();
        let root = env!("CARGO_MANIFEST_DIR");
        for (file, prefix) in [("src/lib.rs", "//! "), ("README.md", "")] {
            let path = format!("{root}/{file}");
            let text = std::fs::read_to_string(&path).unwrap();
            let want: String = table
                .lines()
                .map(|l| format!("{prefix}{l}").trim_end().to_string() + "\n")
                .collect();
            let begin = format!(
                "{}<!-- rule table: generated from src/normalize/rules.rs -->\n",
                prefix
            );
            let end = format!("{}<!-- end of rule table -->", prefix);
            let (Some(b), Some(e)) = (text.find(&begin), text.find(&end)) else {
                panic!("{file} lacks the rule table markers");
            };
            let have = &text[b + begin.len()..e];
            if have != want {
                if std::env::var_os("ARABIC_TEXT_BLESS").is_some() {
                    let new = format!("{}{}{}", &text[..b + begin.len()], want, &text[e..]);
                    std::fs::write(&path, new).unwrap();
                } else {
                    panic!(
                        "{file}: the rule table differs from the code's; run \
                         ARABIC_TEXT_BLESS=1 cargo test --lib rule_table. Expected:\n{want}"
                    );
                }
            }
        }
    }

    #[test]
    fn ligatures_expand_to_base_letters() {
        let cases = [
            ("lam alef", '\u{FEFB}', "لا"),
            ("lam alef with hamza above", '\u{FEF7}', "لأ"),
            ("allah", '\u{FDF2}', "الله"),
            ("bismillah", '\u{FDFD}', "بسم الله الرحمن الرحيم"),
            ("fathatan isolated", '\u{FE70}', "\u{064B}"),
            ("shadda with damma isolated", '\u{FC61}', "\u{064F}\u{0651}"),
            ("beh isolated", '\u{FE8F}', "ب"),
            ("teh marbuta final", '\u{FE94}', "ة"),
        ];
        for (name, c, want) in cases {
            assert_eq!(presentation_expansion(c), Some(want), "{name}");
        }
        assert_eq!(presentation_expansion('\u{FD40}'), None, "no decomposition");
        assert_eq!(presentation_expansion('ب'), None);
    }

    #[test]
    fn every_presentation_form_expands_to_no_presentation_form() {
        for c in (FORMS_A_FIRST..=FORMS_A_LAST).chain(FORMS_B_FIRST..=FORMS_B_LAST) {
            if let Some(s) = presentation_expansion(c) {
                assert!(
                    !s.chars().any(chars::is_presentation_form),
                    "U+{:04X} → {s}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn letter_rules_chain() {
        let o = NormalizeOptions::SEARCH;
        assert_eq!(
            fold_letter('\u{06C3}', &o),
            chars::HEH,
            "teh marbuta goal → ة → ه"
        );
        assert_eq!(
            fold_letter('\u{06D3}', &o.hamza(true)),
            chars::YEH,
            "ۓ → ئ → ي"
        );
        assert_eq!(
            fold_letter('\u{06D3}', &o),
            '\u{0626}',
            "ۓ → ئ without hamza"
        );
        assert_eq!(fold_letter('٧', &o), '7');
        assert_eq!(fold_letter('۹', &o), '9');
    }
}
