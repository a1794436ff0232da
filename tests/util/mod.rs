//! Test harness: runs the real `moderato` binary in a fresh temp directory
//! (ripgrep's `tests/util.rs` pattern).

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temp directory and the binary.
pub struct Dir {
    pub tmp: tempfile::TempDir,
}

/// The repository root (for fixtures).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[allow(clippy::new_without_default)]
impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read output")
    }

    /// The bytes of a file in this directory.
    #[allow(dead_code)]
    pub fn read_bytes(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).expect("read output")
    }

    /// A command running moderato in this directory, without inheriting a model.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_moderato"));
        c.args(args)
            .current_dir(self.tmp.path())
            .env_remove("MODERATO_MODEL")
            .env("SOURCE_DATE_EPOCH", "1767225600");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run moderato")
    }

    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Output {
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn moderato");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
        child.wait_with_output().expect("wait")
    }

    /// Trains the tiny fixture model into `tiny.model` and returns its path.
    pub fn tiny_model(&self) -> PathBuf {
        let data = root().join("data/fixtures/tiny-train.csv");
        let out = self.run(&[
            "train",
            "--data",
            data.to_str().unwrap(),
            "--label",
            "toxic=toxic",
            "--label",
            "offtopic=offtopic",
            "-o",
            "tiny.model",
        ]);
        assert_ok(&out);
        self.path("tiny.model")
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts success, printing both streams otherwise.
pub fn assert_ok(o: &Output) {
    assert!(
        o.status.success(),
        "moderato failed ({:?})\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        stdout(o),
        stderr(o)
    );
}

/// Asserts the exit code, printing both streams otherwise.
pub fn assert_code(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "unexpected exit code\n--- stdout\n{}\n--- stderr\n{}",
        stdout(o),
        stderr(o)
    );
}

/// Parses CSV text into rows.
pub fn csv_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    r.records()
        .map(|x| x.expect("valid csv").iter().map(str::to_string).collect())
        .collect()
}

pub fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Index of the header `name` in CSV rows from [`csv_rows`]; panics naming
/// the headers that are there.
#[allow(dead_code)]
pub fn col(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", rows[0]))
}
