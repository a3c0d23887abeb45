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

/// The folder of a feature's fixture sites: `tests/fixtures/<feature>/`.
pub fn feature_dir(feature: &str) -> PathBuf {
    fixtures().join(feature)
}

/// Files in a case folder that describe the case rather than belong to the site.
const CASE_FILES: [&str; 2] = ["expected.txt", "remove.txt"];

impl TestSite {
    /// The one way to get a small fixture site: `tests/fixtures/<feature>/base/`
    /// (when the feature has one) with `tests/fixtures/<feature>/<case>/` laid over
    /// it. A case folder holds only the files it changes or adds, a `remove.txt`
    /// naming base files it deletes (one relative path a line), and its
    /// `expected.txt`.
    pub fn case(feature: &str, case: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let base = feature_dir(feature).join("base");
        let overlay = feature_dir(feature).join(case);
        assert!(overlay.is_dir(), "no fixture case folder {}", overlay.display());
        if base.is_dir() && case != "base" {
            copy_tree(&base, dir.path(), false);
        }
        copy_tree(&overlay, dir.path(), true);
        if let Ok(list) = std::fs::read_to_string(overlay.join("remove.txt")) {
            for rel in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
                std::fs::remove_file(dir.path().join(rel)).unwrap_or_else(|e| panic!("remove.txt: {rel}: {e}"));
            }
        }
        TestSite { dir }
    }

    /// What the library reports for this site: `Site::load`, then `render`; each
    /// diagnostic as its one-line `Display` (`path:line:col: message`), or the
    /// error's own text when it has no location. Empty when the site renders.
    pub fn diagnostics(&self) -> Vec<String> {
        let loaded = luukku::Site::load(self.root()).and_then(|site| site.render(&|| ()));
        match loaded {
            Ok(_) => Vec::new(),
            Err(e) if e.diagnostics().is_empty() => vec![format!("(no location) {e}")],
            Err(e) => e.diagnostics().iter().map(ToString::to_string).collect(),
        }
    }
}

fn copy_tree(from: &Path, to: &Path, skip_case_files: bool) {
    for entry in WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let rel = entry.path().strip_prefix(from).expect("relative");
        if skip_case_files && rel.to_str().is_some_and(|r| CASE_FILES.contains(&r)) {
            continue;
        }
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

/// Whether expected files are to be rewritten (`LUUKKU_BLESS=1 cargo test`).
pub fn blessing() -> bool {
    std::env::var_os("LUUKKU_BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Compares `actual` with the file `expected` (relative to the fixtures folder),
/// or rewrites the file under `LUUKKU_BLESS=1`.
pub fn assert_expected(expected: &Path, actual: &str) {
    if blessing() {
        std::fs::write(expected, actual).expect("bless expected file");
        return;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_else(|_| {
        panic!("no {}; run `LUUKKU_BLESS=1 cargo test` to write it. Actual:\n{actual}", expected.display())
    });
    assert!(
        want == actual,
        "{} differs (rewrite with `LUUKKU_BLESS=1 cargo test` and review the diff)\n--- expected\n{want}--- actual\n{actual}",
        expected.display()
    );
}

/// A bad-input case: the library reports exactly the diagnostics pinned in the
/// case's `expected.txt`, and the CLI fails cleanly (exit 1, no panic) without
/// touching the previous output.
pub fn assert_rejected_case(feature: &str, case: &str) {
    let site = TestSite::case(feature, case);
    let mut actual = site.diagnostics().join("\n");
    actual.push('\n');
    assert!(actual.trim() != "", "{feature}/{case}: the site loaded and rendered without a problem");
    let previous = "<!doctype html><title>previous build</title>";
    site.write("public/index.html", previous);
    site.build().expect_failure();
    assert_eq!(site.read("index.html"), previous, "{feature}/{case}: a failed build changed the previous output");
    assert_eq!(site.output_files().len(), 1, "{feature}/{case}: a failed build wrote into the output folder");
    assert_expected(&feature_dir(feature).join(case).join("expected.txt"), &actual);
}

/// The case folders of a feature (every folder but `base`), sorted.
pub fn case_names(feature: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(feature_dir(feature))
        .expect("feature folder")
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "base")
        .collect();
    names.sort();
    names
}

/// The library's count of pages per locale as the CLI prints it: `N pages (fi a, sv b, …)`.
pub fn pages_per_locale(root: &Path) -> String {
    let site = luukku::Site::load(root).expect("the site loads");
    let output = site.render(&|| ()).expect("the site renders");
    let total: usize = output.pages_per_locale.values().sum();
    let config = luukku::Config::load(root).expect("config");
    let parts: Vec<String> = config
        .locales
        .iter()
        .map(|l| format!("{} {}", l.prefix, output.pages_per_locale.get(&l.code).copied().unwrap_or(0)))
        .collect();
    format!("{total} pages ({})", parts.join(", "))
}

/// Every output path the library renders for the site at `root`.
pub fn rendered_paths(root: &Path) -> Vec<PathBuf> {
    let site = luukku::Site::load(root).expect("the site loads");
    site.render(&|| ()).expect("the site renders").files.into_keys().collect()
}
