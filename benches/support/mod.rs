//! Inputs shared by the benches: the sample article repeated, a ladder of
//! sizes, and the corpus named by `ARABIC_TEXT_CORPUS`.

#![allow(dead_code)] // each bench uses the part it needs

/// The reference article the crate carries.
pub const SAMPLE: &str = include_str!("../../tests/data/news-article.txt");

/// One mebibyte.
pub const MIB: usize = 1 << 20;

/// The sizes of the ladder that shows time grows linearly with input.
pub const LADDER: [usize; 4] = [1 << 10, 1 << 14, 1 << 17, MIB];

/// `text` repeated (whole lines, separated by a blank line) until it holds
/// at least `len` bytes, then cut at a char boundary near `len`.
pub fn repeat_to(text: &str, len: usize) -> String {
    let mut out = String::with_capacity(len + text.len());
    while out.len() < len {
        out.push_str(text);
        out.push_str("\n\n");
    }
    let mut cut = len.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// The file named by `ARABIC_TEXT_CORPUS`, with a short name for reports.
/// A directory stands for its `.txt` files, joined in name order.
pub fn corpus() -> Option<(String, String)> {
    let path = std::env::var_os("ARABIC_TEXT_CORPUS")?;
    let read = |path: &std::path::Path| -> std::io::Result<String> {
        if !path.is_dir() {
            return std::fs::read_to_string(path);
        }
        let mut files: Vec<_> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let mut text = String::new();
        for f in files {
            text.push_str(&std::fs::read_to_string(f)?);
            text.push_str("\n\n");
        }
        Ok(text)
    };
    let text = match read(std::path::Path::new(&path)) {
        Ok(text) => text,
        Err(err) => {
            eprintln!(
                "ARABIC_TEXT_CORPUS={}: {err}; skipping it",
                path.to_string_lossy()
            );
            return None;
        }
    };
    let name = std::path::Path::new(&path)
        .file_stem()
        .map_or("corpus".into(), |s| s.to_string_lossy().into_owned());
    Some((name, text))
}

/// The inputs every throughput group runs on: the sample repeated to ~1 MiB,
/// and the corpus when one is named.
pub fn inputs() -> Vec<(String, String)> {
    let mut inputs = vec![("sample-1MiB".to_string(), repeat_to(SAMPLE, MIB))];
    inputs.extend(corpus());
    inputs
}

/// A copy of `text` into a buffer that is reused: what `memcpy` costs on the
/// same input, the ceiling any pass over it is measured against.
pub fn memcpy(text: &str, buf: &mut Vec<u8>) -> usize {
    buf.clear();
    buf.extend_from_slice(text.as_bytes());
    buf.len()
}
