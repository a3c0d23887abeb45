//! A fixture site copied into a temporary folder, built with the real binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use walkdir::WalkDir;

/// A copy of a fixture site that a test may change freely.
pub struct TestSite {
    dir: tempfile::TempDir,
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stderr: String,
    pub stdout: String,
}

impl Run {
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// Asserts the run failed cleanly (exit 1, not a panic's 101) and returns stderr.
    pub fn expect_failure(&self) -> &str {
        assert_eq!(self.code, Some(1), "expected a clean failure (exit 1); stderr:\n{}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "the binary panicked:\n{}", self.stderr);
        &self.stderr
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

impl TestSite {
    /// Copies `tests/fixtures/<name>` into a new temporary folder.
    pub fn fixture(name: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let src = fixtures().join(name);
        for entry in WalkDir::new(&src) {
            let entry = entry.expect("walk fixture");
            let rel = entry.path().strip_prefix(&src).expect("relative");
            let to = dir.path().join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path(rel)).expect("remove");
    }

    /// The text of a source file of the site.
    pub fn read_source(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).expect("read source")
    }

    /// Replaces the first occurrence of `from` in a file.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.path(rel)).expect("read");
        assert!(text.contains(from), "`{from}` not in {rel}");
        self.write(rel, text.replacen(from, to, 1));
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_luukku"))
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .expect("run luukku");
        Run {
            code: out.status.code(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        }
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    /// Builds and fails the test if the build fails.
    pub fn build_ok(&self) -> &Self {
        let run = self.build();
        assert!(run.success(), "build failed:\n{}", run.stderr);
        self
    }

    pub fn out(&self) -> PathBuf {
        self.path("public")
    }

    /// A built file as text.
    pub fn read(&self, rel: &str) -> String {
        let path = self.out().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.out().join(rel).exists()
    }

    /// Every file under the output folder with its bytes.
    pub fn output_files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        files_under(&self.out())
    }
}

pub fn files_under(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).expect("relative").to_path_buf(), std::fs::read(e.path()).expect("read")))
        .collect()
}

/// The `<main>` element of a page, for focused assertions and snapshots.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a </main>") + "</main>".len();
    &html[start..end]
}
