//! Print views and `luukku pdf`: every bundled module's handout, the worksheets,
//! the poster, the pocket guide and the whole package printed to PDF in `fi`
//! and `sv` through headless Chromium, and read back with poppler's `pdfinfo`
//! and `pdftotext` (installed by tests/run). The PDFs are printed once per test
//! run, two at a time, and shared by the tests below.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use crate::harness::TestSite;

const LOCALES: [&str; 2] = ["fi", "sv"];
/// Modules whose exercises have worksheets beside the reflection sheet.
const WORKSHEET_MODULES: [&str; 3] = ["04-solution-focus", "05-customer-positivity", "06-channels"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn modules() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo().join("content/training"))
        .expect("training folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A module's front matter in a locale.
fn front_matter(module: &str, locale: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(repo().join(format!("content/training/{module}/{locale}.md"))).expect("module");
    let yaml = text.split("---").nth(1).expect("front matter");
    luukku::yaml::parse(yaml, std::path::Path::new("front matter"), 2).expect("yaml")
}

struct Printed {
    pages: usize,
    text: String,
    /// The text with its layout kept (`pdftotext -layout`), a line per printed line.
    layout: String,
}

/// Every PDF the tests read, by (what, locale), printed once.
fn pdfs() -> &'static BTreeMap<(String, String), Printed> {
    static PDFS: OnceLock<BTreeMap<(String, String), Printed>> = OnceLock::new();
    PDFS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut jobs: Vec<(String, String, Vec<String>)> = Vec::new();
        for locale in LOCALES {
            for m in modules() {
                jobs.push((format!("handout {m}"), locale.into(), vec!["--module".into(), m.clone()]));
            }
            for m in WORKSHEET_MODULES {
                jobs.push((format!("worksheets {m}"), locale.into(), vec!["--worksheets".into(), m.into()]));
            }
            for what in ["book", "poster", "pocket-guide", "guide"] {
                jobs.push((what.into(), locale.into(), vec![format!("--{what}")]));
            }
        }
        let queue = Mutex::new(jobs);
        let done = Mutex::new(BTreeMap::new());
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| loop {
                    let Some((what, locale, args)) = queue.lock().expect("queue").pop() else { break };
                    let file = dir.path().join(format!("{}-{locale}.pdf", what.replace(' ', "-")));
                    let printed = print(&locale, &args, &file);
                    done.lock().expect("done").insert((what, locale), printed);
                });
            }
        });
        done.into_inner().expect("done")
    })
}

fn print(locale: &str, args: &[String], file: &Path) -> Printed {
    let out = Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["pdf", "--root"])
        .arg(repo())
        .args(["--locale", locale])
        .args(args)
        .arg("-o")
        .arg(file)
        .output()
        .expect("run luukku pdf");
    assert!(out.status.success(), "luukku pdf {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let info = Command::new("pdfinfo").arg(file).output().expect("pdfinfo (poppler-utils) on PATH");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count from pdfinfo:\n{info}"));
    let text = |layout: bool| {
        let mut cmd = Command::new("pdftotext");
        if layout {
            cmd.arg("-layout");
        }
        let out = cmd.arg(file).arg("-").output().expect("pdftotext on PATH");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    Printed { pages, text: text(false), layout: text(true) }
}

fn get(what: &str, locale: &str) -> &'static Printed {
    pdfs().get(&(what.to_string(), locale.to_string())).unwrap_or_else(|| panic!("no PDF of {what} in {locale}"))
}

/// Text with its whitespace collapsed and Markdown marks dropped, so a line
/// wrapped by the print compares equal to the source.
fn flat(text: &str) -> String {
    text.replace(['*', '`'], "").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

#[test]
fn every_handout_fits_two_pages_and_holds_title_steps_and_questions() {
    for locale in LOCALES {
        for m in modules() {
            let fm = front_matter(&m, locale);
            let printed = get(&format!("handout {m}"), locale);
            assert!(printed.pages <= 2, "the {locale} handout of {m} has {} pages", printed.pages);
            let text = flat(&printed.text);
            let title = fm["title"].as_str().expect("title");
            assert!(text.contains(&flat(title)), "{locale} {m}: no title `{title}` in\n{text}");
            let steps = fm["facilitation"]["steps"].as_array().cloned().unwrap_or_default();
            for step in steps {
                let step = step["title"].as_str().expect("step title");
                assert!(text.contains(&flat(step)), "{locale} {m}: no step `{step}` in\n{text}");
            }
            for q in strings(&fm["reflection"]) {
                assert!(text.contains(&flat(&q)), "{locale} {m}: no question `{q}` in\n{text}");
            }
        }
    }
}

#[test]
fn untimed_steps_say_so_rather_than_zero() {
    // Module 04 gives no minutes for any step: the handout says so for each.
    let text = flat(&get("handout 04-solution-focus", "fi").text);
    let steps = front_matter("04-solution-focus", "fi")["facilitation"]["steps"].as_array().map_or(0, Vec::len);
    assert_eq!(text.matches("kestoa ei kerrottu").count(), steps, "{text}");
    assert!(!text.contains("0 minuuttia"), "{text}");
    // Module 02: the first step starts at 09:00, the second takes 15 minutes.
    let text = flat(&get("handout 02-key-concepts", "fi").text);
    assert!(text.contains("09:00") && text.contains("15 minuuttia"), "{text}");
}

#[test]
fn worksheets_print_one_page_each() {
    for locale in LOCALES {
        for m in WORKSHEET_MODULES {
            let printed = get(&format!("worksheets {m}"), locale);
            // The module's own worksheet and the reflection sheet.
            assert_eq!(printed.pages, 2, "{locale} worksheets of {m}");
        }
    }
    let text = flat(&get("worksheets 04-solution-focus", "fi").text);
    assert!(text.contains("Mitä ratkaisukeskeisyys vaatii asiakaspalvelun työntekijältä?"), "{text}");
    let text = flat(&get("worksheets 06-channels", "sv").text);
    for channel in ["Servicepunkt", "E-post", "Chatt", "Telefon"] {
        assert!(text.contains(channel), "no column {channel} in {text}");
    }
}

#[test]
fn poster_is_one_page_and_pocket_guide_two() {
    for locale in LOCALES {
        assert_eq!(get("poster", locale).pages, 1, "{locale} poster");
        assert_eq!(get("pocket-guide", locale).pages, 2, "{locale} pocket guide");
    }
}

#[test]
fn whole_package_holds_every_module_in_order_and_its_contents_give_true_page_numbers() {
    let mut counts = BTreeMap::new();
    for locale in LOCALES {
        let printed = get("book", locale);
        let pages: Vec<&str> = printed.text.split('\u{c}').collect();
        let titles: Vec<String> =
            modules().iter().map(|m| flat(front_matter(m, locale)["title"].as_str().expect("title"))).collect();
        // In order, each on the page the contents give for it.
        let mut last = 0;
        for (i, title) in titles.iter().enumerate() {
            let heading = format!("{}. {title}", i + 1);
            let page = pages
                .iter()
                .enumerate()
                .skip(2)
                .find(|(_, p)| flat(p).starts_with(&heading))
                .map(|(n, _)| n + 1)
                .unwrap_or_else(|| panic!("{locale}: no page starts with `{heading}`"));
            assert!(page > last, "{locale}: `{title}` is out of order");
            last = page;
            let contents = printed.layout.split('\u{c}').nth(1).unwrap_or_default();
            let line = contents.lines().map(flat).find(|l| l.starts_with(&heading)).unwrap_or_default();
            assert!(
                line.ends_with(&format!(" {page}")),
                "{locale}: the contents do not give page {page} for `{heading}`:\n{contents}"
            );
        }
        counts.insert(locale, printed.pages);
    }
    // The package's length is stable: a change to it shows up here.
    insta::assert_snapshot!("whole_package_pages", format!("{counts:?}"));
}

#[test]
fn facilitators_guide_prints() {
    for locale in LOCALES {
        let text = flat(&get("guide", locale).text);
        assert!(text.contains("luukku pdf"), "{locale} guide: {text}");
    }
}

#[test]
fn pdf_without_chromium_says_how_to_get_one() {
    let site = TestSite::fixture("basic");
    let empty = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["pdf", "--root"])
        .arg(site.root())
        .args(["--locale", "fi", "--book"])
        .env("PATH", empty.path())
        .output()
        .expect("run luukku pdf");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no Chromium found") && stderr.contains("apt-get install chromium"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn pdf_names_an_unknown_module() {
    let site = TestSite::fixture("basic");
    let run = site.run(&["pdf", "--locale", "fi", "--module", "99-nothing"]);
    let stderr = run.expect_failure();
    assert!(stderr.contains("no training module `99-nothing`"), "{stderr}");
}

#[test]
fn pdf_uses_the_chromium_book_toml_names() {
    let site = TestSite::fixture("basic");
    let config = site.read_source("book.toml");
    site.write("book.toml", format!("chromium = \"bin/no-such-chromium\"\n{config}"));
    let run = site.run(&["pdf", "--locale", "fi", "--book"]);
    let stderr = run.expect_failure();
    assert!(stderr.contains("no-such-chromium") && stderr.contains("no such file"), "{stderr}");
}
