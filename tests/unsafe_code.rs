//! `unsafe` code lives in two files: `src/normalize/out.rs`, the output
//! buffer that alone turns its bytes into a `String` without validating
//! them, and `src/normalize/simd.rs`, the vector code. The crate denies
//! `unsafe_code` (`src/lib.rs`) and those two files allow it; this test
//! fails when any other file under `src/` allows it or uses `unsafe`.

use std::path::Path;

#[path = "support/sources.rs"]
mod sources;
use sources::rust_files;

const ALLOWED: [&str; 2] = ["src/normalize/out.rs", "src/normalize/simd.rs"];

/// Whether the code part of `line` (before a `//` comment) uses `unsafe`
/// as a word, or allows or expects `unsafe_code`.
fn uses_unsafe(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.contains("allow(unsafe_code)")
        || code.contains("expect(unsafe_code)")
        || code
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == "unsafe")
}

#[test]
fn unsafe_code_only_in_the_output_buffer_and_the_simd_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut offences = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if ALLOWED.contains(&rel.as_str()) || rel == "src/lib.rs" {
            continue;
        }
        let source = std::fs::read_to_string(file).unwrap();
        for (i, line) in source.lines().enumerate() {
            if uses_unsafe(line) {
                offences.push(format!("{rel}:{}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "unsafe outside {ALLOWED:?}:\n{}",
        offences.join("\n")
    );
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("#![deny(unsafe_code)]"),
        "src/lib.rs must deny unsafe_code"
    );
    assert!(!lib.lines().any(|l| l.contains("allow(unsafe_code)")));
}

#[test]
fn the_checker_sees_unsafe() {
    assert!(uses_unsafe("    let x = unsafe { f() };"));
    assert!(uses_unsafe("#[allow(unsafe_code)]"));
    assert!(uses_unsafe("pub unsafe fn f() {}"));
    assert!(!uses_unsafe("// unsafe in a comment"));
    assert!(!uses_unsafe("#![forbid(unsafe_code)]"));
}
