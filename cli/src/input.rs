//! The inputs of a run, in order: files named on the command line,
//! directories walked in name order, stdin; each a text document, or for
//! `--jsonl` a stream of records read one line at a time.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use globset::GlobMatcher;

/// One input the command line names, or one file found under a directory.
#[derive(Debug)]
pub enum Source {
    /// A file; `rel` is its name under `--output DIR`.
    File {
        path: PathBuf,
        rel: PathBuf,
    },
    Stdin,
}

impl Source {
    /// The name used in records and messages: the path, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::File { path, .. } => path.display().to_string(),
            Source::Stdin => "-".to_owned(),
        }
    }

    /// The name of this input's file under `--output DIR`.
    pub fn rel(&self) -> &Path {
        match self {
            Source::File { rel, .. } => rel,
            Source::Stdin => Path::new("stdin"),
        }
    }

    pub fn open(&self) -> io::Result<Box<dyn BufRead + Send>> {
        Ok(match self {
            Source::File { path, .. } => {
                Box::new(BufReader::with_capacity(1 << 16, File::open(path)?))
            }
            Source::Stdin => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
        })
    }

    /// Reads the whole input into `bytes`, which is emptied first. Reused
    /// from document to document, the buffer's room spares the file's size
    /// being asked for (a `statx` and an `lseek` a file): a small document
    /// costs an open, two reads and a close.
    pub fn read_into(&self, bytes: &mut Vec<u8>) -> io::Result<()> {
        bytes.clear();
        match self {
            Source::File { path, .. } => {
                File::open(path)?.take(u64::MAX).read_to_end(bytes)?;
            }
            Source::Stdin => {
                io::stdin().lock().read_to_end(bytes)?;
            }
        }
        Ok(())
    }
}

/// Every input in order, lazily: a directory is read when the walk reaches
/// it, so memory holds the listings of the directories being walked, not
/// the corpus's. The walk needs no `stat` per file, only the directory
/// listings. An unreadable directory or entry comes out as an error, in
/// its place.
pub fn sources<'a>(
    inputs: &'a [PathBuf],
    glob: Option<&'a GlobMatcher>,
) -> impl Iterator<Item = Result<Source, (String, io::Error)>> + 'a {
    let inputs: Vec<PathBuf> = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs.to_vec()
    };
    inputs.into_iter().flat_map(move |input| {
        let one = |s| Box::new(std::iter::once(s)) as Box<dyn Iterator<Item = _>>;
        if input.as_os_str() == "-" {
            return one(Ok(Source::Stdin));
        }
        if !input.is_dir() {
            let rel = input.file_name().map(PathBuf::from).unwrap_or_default();
            return one(Ok(Source::File { path: input, rel }));
        }
        Box::new(Walk::new(input).filter(move |found| match found {
            Ok(Source::File { rel, .. }) => glob.is_none_or(|g| g.is_match(rel)),
            _ => true,
        }))
    })
}

/// The files under a directory, depth first, each directory's entries in
/// byte order of their names (as `ls` sorts in the C locale). Links to
/// directories are not followed (no loops, no corpus read twice); links to
/// files are taken, and a broken link is reported when it is read.
struct Walk {
    /// The directory to read on the first call.
    root: Option<PathBuf>,
    /// The entries still to visit of each directory being walked, the
    /// innermost last.
    pending: Vec<Listing>,
}

/// The entries of one directory still to visit, sorted in reverse so that
/// the next is popped off the end; a name is read once, not once per
/// comparison.
struct Listing {
    dir: PathBuf,
    /// The directory's path under the walked root.
    rel: PathBuf,
    entries: Vec<(OsString, fs::FileType)>,
}

impl Walk {
    fn new(root: PathBuf) -> Self {
        Walk {
            root: Some(root),
            pending: Vec::new(),
        }
    }

    /// Reads directory `dir` into a listing.
    fn open(dir: PathBuf, rel: PathBuf) -> Result<Listing, (String, io::Error)> {
        let failed = |path: &Path, err| (path.display().to_string(), err);
        let mut entries = Vec::new();
        for entry in fs::read_dir(&dir).map_err(|e| failed(&dir, e))? {
            let entry = entry.map_err(|e| failed(&dir, e))?;
            let kind = entry.file_type().map_err(|e| failed(&entry.path(), e))?;
            entries.push((entry.file_name(), kind));
        }
        entries.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        Ok(Listing { dir, rel, entries })
    }
}

impl Iterator for Walk {
    type Item = Result<Source, (String, io::Error)>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(root) = self.root.take() {
            match Walk::open(root, PathBuf::new()) {
                Ok(listing) => self.pending.push(listing),
                Err(err) => return Some(Err(err)),
            }
        }
        loop {
            let listing = self.pending.last_mut()?;
            let Some((name, kind)) = listing.entries.pop() else {
                self.pending.pop();
                continue;
            };
            let path = listing.dir.join(&name);
            let rel = listing.rel.join(&name);
            if kind.is_dir() {
                match Walk::open(path, rel) {
                    Ok(inner) => self.pending.push(inner),
                    Err(err) => return Some(Err(err)),
                }
            } else if !(kind.is_symlink() && path.is_dir()) {
                return Some(Ok(Source::File { path, rel }));
            }
        }
    }
}

/// The bytes of all file inputs, for the progress bar's length; `None` when
/// stdin is among them.
pub fn total_bytes(inputs: &[PathBuf], glob: Option<&GlobMatcher>) -> Option<u64> {
    let mut total = 0;
    for source in sources(inputs, glob) {
        match source {
            Ok(Source::File { path, .. }) => {
                total += std::fs::metadata(path).map_or(0, |m| m.len());
            }
            Ok(Source::Stdin) => return None,
            Err(_) => {}
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system's temporary directory.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("arabic-text-walk-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a temporary directory");
        dir
    }

    fn names(inputs: &[PathBuf], glob: Option<&GlobMatcher>) -> Vec<String> {
        sources(inputs, glob)
            .map(|s| match s {
                Ok(Source::File { rel, .. }) => rel.display().to_string(),
                Ok(Source::Stdin) => "-".to_owned(),
                Err((name, _)) => format!("error {name}"),
            })
            .collect()
    }

    #[test]
    fn walks_depth_first_in_byte_order_of_names() {
        let dir = scratch("order");
        for file in [
            "b.txt",
            "a/z.txt",
            "a/b/c.txt",
            "a/a.md",
            "B.txt",
            "c/d.txt",
        ] {
            let path = dir.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "نص").unwrap();
        }
        let got = names(std::slice::from_ref(&dir), None);
        assert_eq!(
            got,
            [
                "B.txt",
                "a/a.md",
                "a/b/c.txt",
                "a/z.txt",
                "b.txt",
                "c/d.txt"
            ]
        );
        let glob = globset::Glob::new("*.txt").unwrap().compile_matcher();
        let got = names(std::slice::from_ref(&dir), Some(&glob));
        assert_eq!(got, ["B.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c/d.txt"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn links_to_directories_are_not_followed_links_to_files_are() {
        let dir = scratch("links");
        fs::create_dir_all(dir.join("real")).unwrap();
        fs::write(dir.join("real/one.txt"), "نص").unwrap();
        std::os::unix::fs::symlink(dir.join("real"), dir.join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.join("real/one.txt"), dir.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(dir.join("missing"), dir.join("broken.txt")).unwrap();
        let got = names(std::slice::from_ref(&dir), None);
        assert_eq!(got, ["broken.txt", "link.txt", "real/one.txt"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unreadable_root_is_an_error_in_its_place() {
        let missing = std::env::temp_dir().join("arabic-text-walk-no-such-dir/sub");
        let walked: Vec<_> = Walk::new(missing).collect();
        assert_eq!(walked.len(), 1);
        assert!(walked[0].is_err());
    }
}
