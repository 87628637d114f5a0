//! The inputs of a run, in order: files named on the command line,
//! directories walked in name order, stdin; each a text document, or for
//! `--jsonl` a stream of records read one line at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use globset::GlobMatcher;
use walkdir::WalkDir;

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

    /// Reads the whole input.
    pub fn read(&self) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        match self {
            Source::File { path, .. } => {
                File::open(path)?.read_to_end(&mut bytes)?;
            }
            Source::Stdin => {
                io::stdin().lock().read_to_end(&mut bytes)?;
            }
        }
        Ok(bytes)
    }
}

/// Every input in order, lazily: a directory is read when the walk reaches
/// it, so memory holds one directory listing at a time, not the corpus's.
/// The walk needs no `stat` per file, only the directory listings.
/// An unreadable directory entry comes out as an error, in its place.
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
        let root = input.clone();
        Box::new(
            WalkDir::new(input)
                .sort_by_file_name()
                .into_iter()
                .filter_map(move |entry| match entry {
                    // Links to directories are not followed (no loops, no
                    // corpus read twice); links to files are taken, and a
                    // broken link is reported when it is read.
                    Ok(e) if e.file_type().is_dir() => None,
                    Ok(e) if e.file_type().is_symlink() && e.path().is_dir() => None,
                    Ok(e) => {
                        let rel = e.path().strip_prefix(&root).unwrap_or(e.path());
                        if glob.is_some_and(|g| !g.is_match(rel)) {
                            return None;
                        }
                        Some(Ok(Source::File {
                            rel: rel.to_owned(),
                            path: e.into_path(),
                        }))
                    }
                    Err(err) => {
                        let name = err.path().unwrap_or(&root).display().to_string();
                        let err = err
                            .into_io_error()
                            .unwrap_or_else(|| io::Error::other("file system loop"));
                        Some(Err((name, err)))
                    }
                }),
        )
    })
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
