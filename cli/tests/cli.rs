//! Runs the `arabic-text` binary on text written for these tests.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_arabic-text");

/// A short article: title, blank line, two paragraphs.
fn article(n: usize) -> String {
    format!(
        "الخبر رقم {n}\n\nقال المتحدث إن الاجتماع انتهى. وأضاف أن اللجنة ستعود غداً.\n\nالفقرة الثانية من الخبر {n}.\n"
    )
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A run that does not read stdin may close it before we write.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `count` articles in `dir`, some a hundred times longer than the others so
/// that workers finish out of order.
fn corpus(dir: &Path, count: usize) -> Vec<PathBuf> {
    (0..count)
        .map(|i| {
            let sub = dir.join(format!("{:02}", i / 50));
            fs::create_dir_all(&sub).unwrap();
            let path = sub.join(format!("{i:04}.txt"));
            let text = if i % 7 == 0 {
                article(i).repeat(100)
            } else {
                article(i)
            };
            fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

#[test]
fn output_keeps_input_order_with_many_threads() {
    let dir = tempfile::tempdir().unwrap();
    let paths = corpus(dir.path(), 400);
    let root = dir.path().to_str().unwrap();
    let many = run(&["extract", "--jobs", "8", root], b"");
    assert!(many.status.success(), "{}", stderr(&many));
    assert_eq!(stderr(&many), "");
    let got: Vec<String> = records(&many)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_owned())
        .collect();
    let want: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(got, want);
    for (i, r) in records(&many).iter().enumerate() {
        assert_eq!(r["title"], format!("الخبر رقم {i}"));
    }
    let one = run(&["extract", "--jobs", "1", root], b"");
    assert_eq!(one.stdout, many.stdout);
}

#[test]
fn a_bad_file_in_the_middle_is_reported_and_the_others_processed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), article(1)).unwrap();
    // Invalid UTF-8: a lone continuation byte after "نص " (5 bytes).
    fs::write(d.join("b.txt"), b"\xd9\x86\xd8\xb5 \x80\xff rest\n").unwrap();
    fs::write(d.join("c.txt"), article(3)).unwrap();
    let missing = d.join("missing.txt");
    let missing = missing.to_str().unwrap();
    let a = d.join("a.txt");
    let out = run(
        &[
            "tokenize",
            "-j",
            "2",
            a.to_str().unwrap(),
            missing,
            d.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let b = d.join("b.txt").display().to_string();
    assert!(
        err.contains(&format!("{b}: invalid UTF-8 at byte offset 5")),
        "{err}"
    );
    assert!(err.contains(&format!("{missing}: ")), "{err}");
    let paths: Vec<String> = records(&out)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_owned())
        .collect();
    let c = d.join("c.txt").display().to_string();
    let a = a.display().to_string();
    assert_eq!(paths, [a.clone(), a, c]);

    // With --lossy the bad file is processed too, with a warning.
    let out = run(&["tokenize", "--lossy", &b], b"");
    assert!(out.status.success());
    assert!(stderr(&out).contains("replaced 2 invalid UTF-8 sequence(s)"));
    let tokens = &records(&out)[0]["tokens"];
    assert_eq!(tokens[0]["text"], "نص");
}

#[test]
fn jsonl_records_keep_their_other_fields() {
    let input = concat!(
        r#"{"id":7,"text":"عنوان\n\nفقرة أولى.\n","meta":{"tags":["a","b"]},"blocks":"old"}"#,
        "\n",
        "{not json}\n",
        "\n",
        r#"{"id":8,"body":"no text field"}"#,
        "\n",
        r#"{"text":"الـعَـرَبِـيَّـةُ","id":9}"#,
        "\n",
    );
    let out = run(&["extract", "--jsonl", "text", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("-:2: invalid JSON"), "{err}");
    assert!(err.contains("-:4: no field \"text\""), "{err}");
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    let first = recs[0].as_object().unwrap();
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    // The record's fields in their order; a result field replaces a
    // record field of the same name.
    assert_eq!(keys, ["line", "id", "text", "meta", "title", "blocks"]);
    assert_eq!(first["line"], 1);
    assert_eq!(first["meta"]["tags"][1], "b");
    assert_eq!(first["title"], "عنوان");
    assert_eq!(first["blocks"][0]["type"], "paragraph");
    assert_eq!(recs[1]["line"], 5);
    assert_eq!(recs[1]["id"], 9);

    // normalize puts the normalized text in place of the field.
    let out = run(&["normalize", "--jsonl", "text"], input.as_bytes());
    let recs = records(&out);
    assert_eq!(recs[1]["text"], "العربيه");
    assert_eq!(
        recs[1].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["line", "text", "id"]
    );
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 2000);
    let mut child = Command::new(BIN)
        .args(["tokenize", "-j", "2", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"path\":"));
    // The reader is dropped here: the pipe is closed.
    let start = Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

/// Runs `command` under `script`, which gives it a terminal; what the
/// terminal showed.
fn on_terminal(command: &str) -> String {
    let out = Command::new("script")
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("`script` (util-linux) is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_progress_bar_shows_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 300);
    let input = dir.path().join("00");
    let out = dir.path().join("out.jsonl");
    let command = format!("{BIN} extract {} > {}", input.display(), out.display());
    // stderr is the terminal: the bar is drawn, and its last state says
    // how many documents were done.
    let screen = on_terminal(&command);
    assert!(screen.contains("50 docs"), "{screen:?}");
    assert!(screen.contains("B/s"), "{screen:?}");
    assert_eq!(fs::read_to_string(&out).unwrap().lines().count(), 50);
    // --quiet: nothing.
    let screen = on_terminal(&format!("{command} --quiet"));
    assert!(!screen.contains("docs"), "{screen:?}");
    // stderr not a terminal: nothing on it.
    let screen = on_terminal(&format!("{command} 2> {}.err", out.display()));
    assert!(!screen.contains("docs"), "{screen:?}");
    assert_eq!(
        fs::read_to_string(format!("{}.err", out.display())).unwrap(),
        ""
    );
    // And from this process, with stderr a pipe.
    let piped = run(&["extract", input.to_str().unwrap()], b"");
    assert!(piped.status.success());
    assert_eq!(stderr(&piped), "");
}

#[test]
fn output_dir_gets_one_file_per_input() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    fs::create_dir_all(src.join("sub")).unwrap();
    fs::write(src.join("sub/one.txt"), "الخبر. جملة ثانية.\n").unwrap();
    fs::write(src.join("two.md"), "not taken by the glob").unwrap();
    let jsonl = dir.path().join("records.jsonl");
    fs::write(&jsonl, "{\"text\":\"كلمة\"}\n").unwrap();
    let out_dir = dir.path().join("out");
    let out = run(
        &[
            "sentences",
            "--glob",
            "*.txt",
            "--output",
            out_dir.to_str().unwrap(),
            src.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        fs::read_to_string(out_dir.join("sub/one.jsonl")).unwrap(),
        concat!(
            "{\"text\":\"الخبر.\",\"start\":0,\"end\":11}\n",
            "{\"text\":\"جملة ثانية.\",\"start\":12,\"end\":32}\n"
        )
    );
    assert!(!out_dir.join("two.md").exists());

    let out = run(
        &[
            "tokenize",
            "--jsonl",
            "text",
            "-o",
            out_dir.to_str().unwrap(),
            jsonl.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(out_dir.join("records.jsonl")).unwrap(),
        "{\"line\":1,\"text\":\"كلمة\",\"tokens\":[{\"text\":\"كلمة\",\"kind\":\"word\",\"start\":0,\"end\":8}]}\n"
    );
}

#[test]
fn the_options_of_the_examples_mean_the_same() {
    let text = "أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة\n";
    let out = run(&["normalize", "--preset", "search"], text.as_bytes());
    assert_eq!(records(&out)[0]["text"], "اهلا بكم في لا العربيه\n");
    let out = run(
        &["normalize", "--ops", "tatweel,diacritics"],
        text.as_bytes(),
    );
    assert_eq!(records(&out)[0]["text"], "أهلا بكم في ﻻ العربية\n");
    let out = run(
        &["extract", "--format", "markdown", "-"],
        b"title\n\nbody text.\n",
    );
    assert_eq!(records(&out)[0]["markdown"], "# title\n\nbody text.\n");
    let a = run(&["tokenize", "--sentences"], "جملة. أخرى.".as_bytes());
    let b = run(&["sentences"], "جملة. أخرى.".as_bytes());
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(records(&a)[0]["sentences"][1]["text"], "أخرى.");
}

#[test]
fn usage_errors_exit_2_and_every_subcommand_has_help() {
    for bad in [
        &["normalize", "--ops", "nope"][..],
        &["extract", "--format", "xml"],
        &["tokenize", "--jobs", "0"],
        &["frobnicate"],
    ] {
        let out = run(bad, b"");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
    for sub in [
        "normalize",
        "tokenize",
        "sentences",
        "analyze",
        "extract",
        "completions",
    ] {
        let out = run(&[sub, "--help"], b"");
        assert!(out.status.success(), "{sub}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: arabic-text"));
    }
    for shell in ["bash", "zsh", "fish"] {
        let out = run(&["completions", shell], b"");
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("extract"));
    }
}

#[test]
fn analyze_gives_each_word_its_key_and_pieces_and_learns() {
    let text = "وقال الكاتب إن كتابهم الجديد في المكتبة\nوالكتاب على الطاولة\n";
    let out = run(&["analyze"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let terms = records(&out)[0]["terms"].as_array().unwrap().clone();
    // Offsets run over the whole document, across its lines.
    for t in &terms {
        let (start, end) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], t["text"], "{t}");
        let pieces: String = t["pieces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["text"].as_str().unwrap())
            .collect();
        assert_eq!(pieces, t["text"], "the pieces tile the word");
    }
    let key = |word: &str| {
        terms
            .iter()
            .find(|t| t["text"] == word)
            .map(|t| t["key"].as_str().unwrap().to_owned())
    };
    // The conjunction, the article and the pronoun come off: one key.
    assert_eq!(key("والكتاب").as_deref(), Some("كتاب"));
    assert_eq!(key("كتابهم"), key("والكتاب"));
    assert!(terms
        .iter()
        .any(|t| t["text"] == "في" && t["stopword"] == true));
    let dir = std::env::temp_dir().join(format!("arabic-text-cli-learn-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let learn = dir.join("learn.txt");
    fs::write(&learn, "قال الرجل إنه قال ما قال\n").unwrap();
    let out = run(
        &["analyze", "--learn", learn.to_str().unwrap()],
        "وقال".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out)[0]["terms"][0]["key"], "قال");
    let out = run(&["analyze", "--learn", "no-such-file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no-such-file.txt"),
        "{}",
        stderr(&out)
    );
    fs::remove_dir_all(&dir).ok();
}
