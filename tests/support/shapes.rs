//! Inputs shaped like the worst cases of `Document::parse`, shared by the
//! adversarial tests and the adversarial benches (which include this file by
//! path).

/// Words of a short line of verse, in the order they are cycled through.
pub const VERSE: &[&str] = &[
    "قفا",
    "نبك",
    "من",
    "ذكرى",
    "حبيب",
    "ومنزل",
    "بسقط",
    "اللوى",
    "بين",
    "الدخول",
    "فحومل",
];

/// `lines` lines of two to five words each, every line opened by `indent`:
/// poetry, or indented text pasted from a PDF.
pub fn short_lines(lines: usize, indent: &str) -> String {
    let mut words = VERSE.iter().cycle();
    let mut out = String::new();
    for i in 0..lines {
        out.push_str(indent);
        for w in 0..2 + i % 4 {
            if w > 0 {
                out.push(' ');
            }
            out.push_str(words.next().unwrap_or(&"كلمة"));
        }
        out.push('\n');
    }
    out
}

/// `lines` lines of two to four numbers each (`12 345 6789`), every line
/// opened by `indent`.
pub fn number_lines(lines: usize, indent: &str) -> String {
    let mut out = String::new();
    for i in 0..lines {
        out.push_str(indent);
        for j in 0..2 + i % 3 {
            if j > 0 {
                out.push(' ');
            }
            out.push_str(&((i * 7919 + j * 104_729) % 10_000).to_string());
        }
        out.push('\n');
    }
    out
}

/// Values a comparison's rows answer with, cycled through.
const ANSWERS: &[&str] = &["نعم", "لا", "متاح", "جزئي", "غير متاح"];

/// A cue, a header and `lines` rows of a label and two answers each
/// (`الميزة 12 نعم لا`): a table whose value columns hold a few values,
/// each repeated.
pub fn answer_rows(lines: usize) -> String {
    let mut out = String::from("يوضح الجدول التالي الفروق:\nالميزة الخطة الأولى الخطة الثانية\n");
    for i in 0..lines {
        let answer = |k: usize| ANSWERS[(i * 7 + k * 3) % ANSWERS.len()];
        out.push_str(&format!("الميزة {i} {} {}\n", answer(0), answer(1)));
    }
    out
}
