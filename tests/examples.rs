//! The example binaries run as a user runs them: exit codes, messages on
//! bad input, `--lossy`, and a quiet end when stdout is closed.
//!
//! `cargo test` builds the examples next to the test executables
//! (`target/<profile>/examples/`); when a filtered run did not, the test
//! builds the one it needs.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The path of example `name`, built if `cargo test` has not built it.
fn example(name: &str) -> PathBuf {
    // target/<profile>/deps/examples-<hash> → target/<profile>/examples/<name>
    let exe = std::env::current_exe().expect("the test executable has a path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("tests run from target/<profile>/deps");
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !path.exists() {
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .args(["build", "--example", name])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if profile_dir.file_name().is_some_and(|p| p == "release") {
            cargo.arg("--release");
        }
        assert!(
            cargo.status().expect("cargo runs").success(),
            "building example {name} failed"
        );
    }
    path
}

/// Runs example `name` with `args`, feeding it `stdin`.
fn run(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // A separate writer, so a large input cannot block against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin); // the example may stop reading early
    });
    let out = child.wait_with_output().expect("the example runs");
    writer.join().expect("the writer thread ends");
    out
}

/// A file under Cargo's temporary directory for integration tests.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).expect("the temporary file is written");
    path
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn normalize_folds_each_line_and_keeps_line_endings() {
    let input = "أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة\r\nمدرسة\n\nبلا سطر أخير";
    let out = run("normalize", &["--preset", "search"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "اهلا بكم في لا العربيه\r\nمدرسه\n\nبلا سطر اخير"
    );
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn normalize_explain_prints_one_edit_a_line_with_whole_input_offsets() {
    let out = run("normalize", &["--explain"], "إلى\nذهبَ".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        concat!(
            r#"{"rule":"alef","input":[0,2],"output":[0,2],"before":"إ","after":"ا"}"#,
            "\n",
            r#"{"rule":"alef_maksura","input":[4,6],"output":[4,6],"before":"ى","after":"ي"}"#,
            "\n",
            r#"{"rule":"diacritics","input":[13,15],"output":[13,13],"before":"َ","after":""}"#,
            "\n",
        )
    );
}

#[test]
fn normalize_reads_a_file_and_takes_ops() {
    let path = temp_file("normalize-ops.txt", "الـعـربـيـة، ٣\n".as_bytes());
    let out = run(
        "normalize",
        &["--ops", "tatweel,digits", path.to_str().unwrap()],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "العربية، 3\n");
}

#[test]
fn normalize_rejects_invalid_utf8_with_the_byte_offset() {
    // Two valid lines (14 bytes each), then `xyz` and a lone lead byte: the
    // first bad byte is at 14 + 14 + 3 = 31.
    let mut bytes = "سطر أول\nسطر ثان\nxyz".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xd8 ok\n");
    assert_eq!(std::str::from_utf8(&bytes).unwrap_err().valid_up_to(), 31);
    let bytes = &bytes[..];

    let out = run("normalize", &[], bytes);
    assert_eq!(out.status.code(), Some(1));
    let msg = stderr(&out);
    assert_eq!(msg.lines().count(), 1, "one line: {msg}");
    assert!(
        msg.contains("<stdin>") && msg.contains("byte offset 31"),
        "{msg}"
    );
    assert!(!msg.contains("panicked"), "{msg}");

    let path = temp_file("normalize-invalid.txt", bytes);
    let out = run("normalize", &[path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let msg = stderr(&out);
    assert!(
        msg.contains(path.to_str().unwrap()) && msg.contains("byte offset 31"),
        "{msg}"
    );
}

#[test]
fn normalize_lossy_replaces_and_warns_with_the_count() {
    // Two invalid sequences, and a U+FFFD that was already there and is not counted.
    let out = run(
        "normalize",
        &["--lossy"],
        b"\xd8\xa3\xff\n\xef\xbf\xbd \xc0x\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ا\u{FFFD}\n\u{FFFD} \u{FFFD}x\n"
    );
    let msg = stderr(&out);
    assert!(
        msg.contains("warning") && msg.contains("replaced 2 "),
        "{msg}"
    );
}

#[test]
fn every_example_names_a_missing_file() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.txt");
    for program in ["normalize", "tokenize", "extract", "analyze"] {
        let out = run(program, &[missing.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(1), "{program}");
        let msg = stderr(&out);
        assert_eq!(msg.lines().count(), 1, "{program}: {msg}");
        assert!(msg.contains("no-such-file.txt"), "{program}: {msg}");
        assert!(msg.contains("os error"), "{program}: {msg}");
        assert!(out.stdout.is_empty(), "{program}");
    }
}

#[test]
fn every_example_prints_its_help_on_stdout() {
    for program in ["normalize", "tokenize", "extract"] {
        for flag in ["--help", "-h"] {
            let out = run(program, &[flag], b"");
            assert_eq!(out.status.code(), Some(0), "{program} {flag}");
            let help = String::from_utf8_lossy(&out.stdout);
            assert!(
                help.starts_with(&format!("usage: {program} ")),
                "{program} {flag}: {help}"
            );
            assert!(out.stderr.is_empty(), "{program} {flag}: {}", stderr(&out));
        }
    }
}

#[test]
fn every_example_exits_2_on_a_usage_error() {
    for program in ["normalize", "tokenize", "extract"] {
        for args in [&["--frobnicate"][..], &["-x"], &["a.txt", "b.txt"]] {
            let out = run(program, args, b"");
            assert_eq!(out.status.code(), Some(2), "{program} {args:?}");
            let msg = stderr(&out);
            assert!(msg.starts_with(&format!("{program}: ")), "{msg}");
            assert!(msg.contains(&format!("usage: {program} ")), "{msg}");
            assert!(out.stdout.is_empty(), "{program} {args:?}");
        }
    }
}

#[test]
fn every_example_names_the_file_and_the_os_error() {
    // A directory opens on Unix but fails on read; elsewhere it fails to
    // open. Either way the message is about reading that path.
    let dir = env!("CARGO_TARGET_TMPDIR");
    for program in ["normalize", "tokenize", "extract"] {
        let out = run(program, &[dir], b"");
        assert_eq!(out.status.code(), Some(1), "{program}");
        let msg = stderr(&out);
        assert_eq!(msg.lines().count(), 1, "{program}: {msg}");
        assert!(msg.starts_with(&format!("{program}: {dir}: ")), "{msg}");
        assert!(msg.contains("os error"), "{program}: {msg}");
        assert!(
            !msg.contains("write"),
            "a read error is not a write error: {msg}"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn every_example_reports_a_failed_write_as_one() {
    for program in ["normalize", "tokenize", "extract"] {
        let out = Command::new(example(program))
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(std::fs::File::create("/dev/full").expect("/dev/full opens"))
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                child
                    .stdin
                    .take()
                    .expect("stdin is piped")
                    .write_all("نص.\n".as_bytes())?;
                child.wait_with_output()
            })
            .expect("the example runs");
        assert_eq!(out.status.code(), Some(1), "{program}");
        let msg = stderr(&out);
        assert!(
            msg.starts_with(&format!("{program}: cannot write output: ")),
            "{msg}"
        );
    }
}

#[test]
fn extract_prints_the_json_of_the_library() {
    let out = run("extract", &[], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let golden = include_str!("golden/news-article.json");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{golden}\n"));
}

#[test]
fn normalize_rejects_unknown_flags_and_rules() {
    for args in [
        &["--frobnicate"][..],
        &["--ops", "alef,nope"],
        &["--preset", "loud"],
        &["--ops"],
    ] {
        let out = run("normalize", args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

/// Runs `program` on `input`, reads the first line of its output and then
/// closes the pipe, like `| head -n 1`. The program must end with success
/// and print nothing on stderr. Returns the line it read.
fn first_line_then_close(program: &str, input: &Path) -> String {
    let mut child = Command::new(example(program))
        .arg(input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("a first line");
    drop(reader);
    let out = child.wait_with_output().expect("the example ends");
    assert!(
        out.status.success(),
        "{program}: exit {:?}: {}",
        out.status,
        stderr(&out)
    );
    assert!(out.stderr.is_empty(), "{program}: {}", stderr(&out));
    first
}

#[test]
fn normalize_ends_quietly_when_stdout_closes() {
    // Far more output than a pipe buffers, so the example is still writing
    // when the reader goes away.
    let lines = "الـعـربـيـة\n".repeat(200_000);
    let input = temp_file("normalize-many-lines.txt", lines.as_bytes());
    assert_eq!(first_line_then_close("normalize", &input), "العربيه\n");
}

#[test]
fn extract_reads_stdin_and_prints_the_schema() {
    let out = run("extract", &["-"], "عنوان\n\nفقرة قصيرة.\n".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the output is JSON");
    assert_eq!(json["title"], "عنوان");
    assert_eq!(json["blocks"][0]["type"], "paragraph");
    assert_eq!(json["blocks"][0]["text"], "فقرة قصيرة.");
}

#[test]
fn extract_with_no_file_extracts_the_sample() {
    let out = run("extract", &["--format", "markdown"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# "));
}

#[test]
fn extract_rejects_invalid_utf8_with_the_byte_offset() {
    let mut bytes = "عنوان\n\nنص ".as_bytes().to_vec(); // 10 + 2 + 5 bytes
    bytes.extend_from_slice(b"\xff\xfe.\n");
    let path = temp_file("extract-invalid.txt", &bytes);
    let out = run("extract", &[path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let msg = stderr(&out);
    assert_eq!(msg.lines().count(), 1, "{msg}");
    assert!(
        msg.contains(path.to_str().unwrap()) && msg.contains("byte offset 17"),
        "{msg}"
    );

    let out = run("extract", &["--lossy", path.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("replaced 2 "), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("نص \u{FFFD}\u{FFFD}."));
}

#[test]
fn tokenize_prints_one_json_token_a_line() {
    let input = "قال د. أحمد: ارتفع المؤشر ٣٫٥٪ إلى ١٬٢٠٠ نقطة؟! #الاقتصاد\nسطر ثان\n";
    let out = run("tokenize", &[], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let tokens: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("each line is JSON"))
        .collect();
    let texts: Vec<&str> = tokens.iter().map(|t| t["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "قال",
            "د",
            ".",
            "أحمد",
            ":",
            "ارتفع",
            "المؤشر",
            "٣٫٥",
            "٪",
            "إلى",
            "١٬٢٠٠",
            "نقطة",
            "؟",
            "!",
            "#الاقتصاد",
            "سطر",
            "ثان"
        ]
    );
    // Offsets count bytes of the whole input, across lines.
    for t in &tokens {
        let (start, end) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[start..end], t["text"].as_str().unwrap());
    }
    let out = run("tokenize", &["--sentences"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

#[test]
fn tokenize_rejects_invalid_utf8_with_the_byte_offset() {
    let mut bytes = "سطر أول\nسطر ثان\nxyz".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xd8 ok\n");
    for args in [&[][..], &["--sentences"]] {
        let out = run("tokenize", args, &bytes);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let msg = stderr(&out);
        assert_eq!(msg.lines().count(), 1, "{msg}");
        assert!(
            msg.contains("<stdin>") && msg.contains("byte offset 31"),
            "{args:?}: {msg}"
        );
    }
    let out = run("tokenize", &["--lossy"], &bytes);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("replaced 1 "), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\u{FFFD}"));
}

#[test]
fn tokenize_ends_quietly_when_stdout_closes() {
    let lines = "الـعـربـيـة كلمة\n".repeat(100_000);
    let input = temp_file("tokenize-many-lines.txt", lines.as_bytes());
    let first = first_line_then_close("tokenize", &input);
    assert!(first.starts_with("{\"text\":\"الـعـربـيـة\""), "{first}");
}

#[test]
fn analyze_prints_one_json_word_a_line_with_pieces_tiling_it() {
    let input = "قرأ الطالب وبالكتاب، ثم سافر في ٢٠٢٤ و2006.\nكتابهم للكتاب";
    let out = run("analyze", &[], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let words: Vec<&str> = lines.iter().map(|w| w["text"].as_str().unwrap()).collect();
    // Numbers and punctuation are no words; و2006 is one.
    assert_eq!(
        words,
        [
            "قرأ",
            "الطالب",
            "وبالكتاب",
            "ثم",
            "سافر",
            "في",
            "و2006",
            "كتابهم",
            "للكتاب"
        ]
    );
    for w in &lines {
        let (s, e) = (
            w["start"].as_u64().unwrap() as usize,
            w["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], w["text"].as_str().unwrap());
        let mut at = s;
        for p in w["pieces"].as_array().unwrap() {
            assert_eq!(p["start"].as_u64().unwrap() as usize, at);
            at = p["end"].as_u64().unwrap() as usize;
            assert_eq!(
                &input[p["start"].as_u64().unwrap() as usize..at],
                p["text"].as_str().unwrap()
            );
        }
        assert_eq!(at, e);
    }
    let roles = |i: usize| -> Vec<&str> {
        lines[i]["pieces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["role"].as_str().unwrap())
            .collect()
    };
    assert_eq!(roles(2), ["proclitic", "proclitic", "article", "stem"]);
    assert_eq!(roles(8), ["proclitic", "article", "stem"]);
    assert_eq!(lines[2]["key"], "كتاب");
    assert_eq!(lines[7]["key"], "كتاب");
    assert_eq!(lines[5]["stopword"], true);
    assert_eq!(lines[2]["stopword"], false);
}

#[test]
fn analyze_learns_from_files_and_names_a_missing_one() {
    let learn = temp_file(
        "analyze-learn.txt",
        "ذهب وقال إنه قال ما قال. قال الرجل\n".as_bytes(),
    );
    let out = run(
        "analyze",
        &["--learn", learn.to_str().unwrap()],
        "وقال".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"key\":\"قال\""));
    let out = run("analyze", &["--learn", "no-such-file.txt"], b"");
    assert_eq!(out.status.code(), Some(1), "an unreadable file exits 1");
    assert!(
        stderr(&out).contains("no-such-file.txt"),
        "{}",
        stderr(&out)
    );
    let out = run("analyze", &["--learn"], b"");
    assert_eq!(out.status.code(), Some(2), "a usage error exits 2");
}
