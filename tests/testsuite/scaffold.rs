//! `luukku init` and `luukku new`: what they write builds and checks clean, the
//! translations they write are stamped with their source's hash, and they never
//! overwrite anything or leave a half-written folder behind.

use std::path::Path;
use std::process::Command;

use crate::harness::{files_under, Run, TestSite};

const LOCALES: [&str; 4] = ["en", "fi", "fi-selko", "sv"];

fn luukku(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_luukku")).args(args).output().expect("run luukku");
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temp path")
}

/// The front-matter line `translated-from: {locale: L, hash: H}` of a file, as (L, H).
fn translated_from(text: &str) -> Option<(String, String)> {
    let line = text.lines().find(|l| l.starts_with("translated-from:"))?;
    let inner = line.split_once('{')?.1.split_once('}')?.0;
    let mut locale = None;
    let mut hash = None;
    for part in inner.split(',') {
        let (k, v) = part.split_once(':')?;
        match k.trim() {
            "locale" => locale = Some(v.trim().to_string()),
            "hash" => hash = Some(v.trim().to_string()),
            _ => return None,
        }
    }
    Some((locale?, hash?))
}

/// Every translation of the item folder `dir` names its source and that source's
/// current hash; the default locale's file names none.
fn assert_stamped(dir: &Path) {
    let read = |code: &str| std::fs::read_to_string(dir.join(format!("{code}.md"))).expect("read locale file");
    assert_eq!(translated_from(&read("fi")), None, "{}: the source itself is not a translation", dir.display());
    let fi_hash = luukku::content::source_hash(&read("fi"));
    for code in ["sv", "en", "fi-selko"] {
        assert_eq!(
            translated_from(&read(code)),
            Some(("fi".to_string(), fi_hash.clone())),
            "{}/{code}.md is not stamped with fi.md's hash",
            dir.display()
        );
    }
}

#[test]
fn init_writes_a_site_that_builds_and_checks_clean() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("kaupunki");
    let run = luukku(&["init", path_str(&site)]);
    assert!(run.success(), "init failed:\n{}", run.stderr);
    assert!(run.stdout.contains("luukku serve --root"), "init says what to do next:\n{}", run.stdout);

    // One example of each kind, in each of the four locales, and an empty templates/.
    for item in [
        "services/service-point",
        "training/01-customer-service",
        "glossary/customer",
        "personas/senior-resident",
        "pages/home",
    ] {
        let dir = site.join("content").join(item);
        for code in LOCALES {
            assert!(dir.join(format!("{code}.md")).is_file(), "{item} has no {code}.md");
        }
        assert_stamped(&dir);
    }
    assert!(site.join("book.toml").is_file());
    let templates = site.join("templates");
    assert!(templates.is_dir(), "templates/ for overrides");
    assert_eq!(std::fs::read_dir(&templates).expect("read templates").count(), 0, "templates/ starts empty");
    assert!(!site.join(".luukku-init").exists(), "no staging folder is left");

    let check = luukku(&["check", "--deny-warnings", "--root", path_str(&site)]);
    assert!(check.success(), "check of a new site failed:\n{}", check.stderr);
    assert!(check.stderr.contains("0 errors, 0 warnings"), "{}", check.stderr);
    assert!(check.stderr.contains("fi-selko 5 present, 0 missing, 0 stale"), "{}", check.stderr);
    let build = luukku(&["build", "--root", path_str(&site)]);
    assert!(build.success(), "build of a new site failed:\n{}", build.stderr);
    let home = std::fs::read_to_string(site.join("public/fi/index.html")).expect("the Finnish front page");
    assert!(home.contains("<title>") && home.contains("Kaupungin palveluopas"), "the starter's title is used");
    for prefix in ["fi", "sv", "en", "selko"] {
        assert!(site.join("public").join(prefix).join("index.html").is_file(), "no {prefix}/ front page");
    }
}

#[test]
fn init_sets_title_and_address_as_toml_strings() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("abo");
    let title = r#"Åbo "stads" guide \ test"#;
    let run = luukku(&["init", path_str(&site), "--title", title, "--base-url", "https://guide.example.fi"]);
    assert!(run.success(), "init failed:\n{}", run.stderr);
    let config = luukku::Config::load(&site).expect("the written book.toml loads");
    assert_eq!(config.title, title);
    assert_eq!(config.base_url, "https://guide.example.fi");
}

#[test]
fn init_refuses_a_folder_with_anything_in_it_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("notes.txt"), "mine").expect("write");
    let run = luukku(&["init", path_str(tmp.path())]);
    let stderr = run.expect_failure();
    assert!(stderr.contains("is not empty"), "{stderr}");
    let left: Vec<_> = files_under(tmp.path()).into_keys().collect();
    assert_eq!(left, [Path::new("notes.txt")], "init wrote into a folder that was not empty");

    let file = tmp.path().join("notes.txt");
    let stderr = luukku(&["init", path_str(&file)]).expect_failure().to_string();
    assert!(stderr.contains("is not a folder"), "{stderr}");
}

#[test]
fn new_makes_each_kind_with_a_file_per_locale_that_builds_and_checks() {
    let site = TestSite::fixture("basic");
    for (kind, slug, folder, title) in [
        ("service", "library-desk", "content/services/library-desk", "Library desk"),
        ("module", "desk-work", "content/training/03-desk-work", "Desk work"),
        ("term", "lending", "content/glossary/lending", "Lending"),
        ("persona", "first-visitor", "content/personas/first-visitor", "First visitor"),
        ("page", "opening-hours", "content/pages/opening-hours", "Opening hours"),
    ] {
        let run = site.run(&["new", kind, slug]);
        assert!(run.success(), "new {kind} failed:\n{}", run.stderr);
        assert!(run.stdout.contains(&format!("Created `{folder}`")), "{}", run.stdout);
        let dir = site.path(folder);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("the new folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected: Vec<String> = LOCALES.iter().map(|c| format!("{c}.md")).collect();
        if kind == "service" {
            expected.push("meta.yaml".into());
        }
        expected.sort();
        assert_eq!(names, expected, "{folder}");
        assert!(site.read_source(&format!("{folder}/fi.md")).contains(&format!("title: {title}\n")));
        assert_stamped(&dir);
    }
    let meta = site.read_source("content/services/library-desk/meta.yaml");
    assert!(meta.contains("reviewed:\n  date: 20"), "a new card records its review date:\n{meta}");

    let check = site.run(&["check", "--format", "json"]);
    assert!(check.success(), "check after new failed:\n{}", check.stderr);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).expect("check's JSON report");
    let ours: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["file"].as_str().is_some_and(|p| {
                ["library-desk", "desk-work", "lending", "first-visitor", "opening-hours"].iter().any(|s| p.contains(s))
            })
        })
        .collect();
    assert!(ours.is_empty(), "what `new` wrote has findings: {ours:?}");
    site.build_ok();
    assert!(site.read("fi/palvelut/library-desk/index.html").contains("Library desk"));
    assert!(site.read("sv/tjanster/library-desk/index.html").contains("Berätta med en eller två meningar"));
}

#[test]
fn new_refuses_a_bad_name_or_an_existing_item_and_leaves_no_trace() {
    let site = TestSite::fixture("basic");
    let before = files_under(site.root());
    for bad in ["Library", "library_desk", "../escape", "a--b"] {
        let stderr = site.run(&["new", "service", bad]).expect_failure().to_string();
        assert!(stderr.contains("is not a folder name luukku takes"), "{bad}: {stderr}");
    }
    let stderr = site.run(&["new", "service", "bus-card"]).expect_failure().to_string();
    assert!(stderr.contains("`content/services/bus-card` already exists"), "{stderr}");
    assert_eq!(files_under(site.root()), before, "a refused `new` changed the site");
}

#[test]
fn a_module_gets_the_next_number_unless_it_has_one() {
    let site = TestSite::fixture("basic");
    assert!(site.run(&["new", "module", "welcome"]).success());
    assert!(site.path("content/training/03-welcome/fi.md").is_file(), "after 01- and 02- comes 03-");
    assert!(site.run(&["new", "module", "07-later"]).success());
    assert!(site.path("content/training/07-later/fi.md").is_file(), "a given number is kept");
    assert!(site.run(&["new", "module", "next"]).success());
    assert!(site.path("content/training/08-next/fi.md").is_file());
}
