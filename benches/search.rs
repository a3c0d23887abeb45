//! `cargo bench --bench search`: the search stage on the generated 10,000-page site
//! of `benches/build.rs`, with Pagefind beside it on the same built pages.
//!
//! For each size (`LUUKKU_BENCH_SIZES`, default 10000) it reports:
//!
//! - index and export time: tantivy indexing of each locale and the static export
//!   (medians of three), and the whole stage as a build runs it (all locales in
//!   parallel);
//! - index bytes per locale: the files under `search/<prefix>/`;
//! - per query, in headless Chromium over HTTP with an empty cache: the bytes a
//!   browser downloads (the client scripts and the index data and result fragments
//!   the query loads; the UI script and style apart) and the time the query takes,
//!   cold (the first query on a page) and warm (the next one), medians over
//!   [`QUERIES`]; `benches/search_browser.mjs` does the measuring.
//!
//! Then forgiving search ([`forgiving`]): per group of queries — exact, typo,
//! compound, synonym — the bytes a query downloads (client included), the time to
//! its first result (cold) and of the next query (warm), in Chromium, on the
//! bundled site and on the 10,000-page site of `benches/search_gen_content.py`
//! (the generator of `../shared/bench/`); `benches/search_forgiving.mjs` measures.
//! Its cold and warm times are taken twice: with Playwright attached (the DevTools
//! protocol reporting every request, a few milliseconds a file on two cores) and
//! in a Chromium with no DevTools client (`plain`), as a reader's browser runs.
//!
//! Pagefind 1.6.0 indexes the same built pages; it is installed with npm into
//! `target/bench-tools/` (not committed) unless `LUUKKU_PAGEFIND` names a
//! `pagefind` binary. Needs node, `tests/browser/node_modules` and Chromium
//! (`/usr/bin/chromium` or `CHROMIUM`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use luukku::search::{export::locale_files, Corpus, LocaleIndex};
use luukku::Site;

#[path = "support/sites.rs"]
mod sites;

/// Queries typed on the generated site's Finnish vocabulary: inflected, without
/// diacritics, half-typed, one and two words.
const QUERIES: [&str; 8] = [
    "bussikortin lataus",
    "paivakoti",
    "hakemuksen kasittely",
    "kirjaston kortti",
    "palv",
    "tulkkaus leiri",
    "asiakkaalle neuvontaa",
    "aukioloajat",
];
/// Query groups on the bundled site's Finnish pages.
const BUNDLED_GROUPS: &str = r#"{
  "exact": ["bussikortin lataus", "kirjastokortti", "varhaiskasvatus hakemus", "tulkki", "uimahalli", "palaute kaupungille"],
  "typo": ["busikortti", "bussikotri", "kirjatokortti", "kirjsto", "uimahali", "palatue"],
  "compound": ["päivähoitohakemus", "asiointitulkki", "neuvontapiste", "kirjastokorttihakemus", "bussikorttilataus", "leirialuevaraus"],
  "synonym": ["tarhapaikka", "kirjis", "uimala", "kääntäjä", "reklamaatio", "kaupungintalo"]
}"#;
/// Query groups on the generated site's Finnish vocabulary (no synonyms file).
const GENERATED_GROUPS: &str = r#"{
  "exact": ["kirjastoja", "ajanvaraus", "kurssilla", "hoitajalle", "päivystys", "rekisteri"],
  "typo": ["kirjsatoja", "ajanvarsu", "päivystsy", "rekistreri", "uimahlali", "kotihiotoa"],
  "compound": ["kirjastoneuvonta", "uimahallimaksu", "neuvolaaika", "asumistukihakemus", "kotihoitopalvelu", "päivähoitopaikka"]
}"#;
/// How many results each query shows (loads the data of).
const RESULTS: usize = 5;
const PAGEFIND_VERSION: &str = "1.6.0";

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn timed<T>(f: impl Fn() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let started = Instant::now();
        last = Some(f());
        times.push(started.elapsed());
    }
    (median(times), last.expect("ran"))
}

fn bytes_under(dir: &Path) -> (u64, usize) {
    walk(dir).iter().fold((0, 0), |(b, n), p| (b + std::fs::metadata(p).map_or(0, |m| m.len()), n + 1))
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn kb(bytes: f64) -> String {
    format!("{:.1} KB", bytes / 1024.0)
}

/// The pagefind binary: `LUUKKU_PAGEFIND`, or the npm package installed under `target/`.
fn pagefind(tools: &Path) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("LUUKKU_PAGEFIND") {
        return Some(PathBuf::from(p));
    }
    let bin = tools.join("node_modules/.bin/pagefind");
    if !bin.exists() {
        eprintln!("installing pagefind@{PAGEFIND_VERSION} into {}", tools.display());
        let _ = std::fs::create_dir_all(tools);
        let ok = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(tools)
            .arg(format!("pagefind@{PAGEFIND_VERSION}"))
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("could not install pagefind with npm; Pagefind's figures are left out");
            return None;
        }
    }
    bin.exists().then_some(bin)
}

/// Builds `root` into `out` with the benchmarked binary.
fn build(root: &Path, out: &Path) {
    let run = Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run luukku");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
}

/// Forgiving search on a built site: bytes, time to first result, warm time, per group.
fn forgiving(repo: &Path, site: &Path, name: &str, groups: &str) {
    let report = Command::new("node")
        .arg(repo.join("benches").join("search_forgiving.mjs"))
        .arg(site)
        .arg("fi/index.html")
        .arg(groups)
        .output()
        .expect("run node");
    assert!(report.status.success(), "{}", String::from_utf8_lossy(&report.stderr));
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).expect("report");
    println!("\nforgiving search on {name} (fi, Chromium over HTTP, empty cache, 5 results):");
    println!(
        "{:<10} {:>12} {:>12} {:>14} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>11} {:>11} {:>11}",
        "",
        "bytes (med)",
        "bytes (max)",
        "first result",
        "warm",
        "warm max",
        "repeat",
        "repeat max",
        "cached",
        "cached max",
        "plain cold",
        "plain warm",
        "plain w max"
    );
    for (group, r) in report.as_object().into_iter().flatten() {
        let f = |k: &str| r[k].as_f64().unwrap_or(0.0);
        println!(
            "{group:<10} {:>12} {:>12} {:>11.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>8.1} ms {:>8.1} ms {:>8.1} ms",
            kb(f("medianBytes")),
            kb(f("maxBytes")),
            f("medianColdMs"),
            f("medianWarmMs"),
            f("maxWarmMs"),
            f("medianRepeatMs"),
            f("maxRepeatMs"),
            f("medianCachedMs"),
            f("maxCachedMs"),
            f("medianPlainColdMs"),
            f("medianPlainWarmMs"),
            f("maxPlainWarmMs")
        );
        for q in r["queries"].as_array().into_iter().flatten() {
            println!(
                "  {:<24} {:<40} {:>10} {:>3} typo files {:>7.1} ms {:>7.1} ms  plain {:>7.1} ms {:>7.1} ms",
                q["query"].as_str().unwrap_or(""),
                q["first"].as_str().unwrap_or("-"),
                kb(q["bytes"].as_f64().unwrap_or(0.0)),
                q["typoFiles"],
                q["coldMs"].as_f64().unwrap_or(0.0),
                q["warmMs"].as_f64().unwrap_or(0.0),
                q["plainColdMs"].as_f64().unwrap_or(0.0),
                q["plainWarmMs"].as_f64().unwrap_or(0.0)
            );
        }
    }
}

/// The generated site of `benches/search_gen_content.py`, as a luukku site, built.
fn generated(repo: &Path, dir: &Path, pages: usize) -> PathBuf {
    let site = dir.join("luukku");
    if !site.join("book.toml").exists() {
        for (script, args) in [
            ("search_gen_content.py", vec!["--n".into(), pages.to_string(), "--out".into(), dir.display().to_string()]),
            ("search_to_luukku.py", vec![dir.join("hugo").display().to_string(), site.display().to_string()]),
        ] {
            let ok = Command::new("python3")
                .arg(repo.join("benches").join(script))
                .args(&args)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "{script} failed");
        }
    }
    let out = site.join("public");
    build(&site, &out);
    out
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing useful: run only under bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("LUUKKU_BENCH_SIZES")
        .ok()
        .map_or_else(|| vec![10000], |s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = repo.join("target").join("bench-sites");
    for pages in sizes {
        let dir = root.join(format!("search-{pages}"));
        sites::generate_luukku(&dir, pages / sites::LOCALES.len());
        let out = dir.join("public");
        let started = Instant::now();
        let build = Command::new(env!("CARGO_BIN_EXE_luukku"))
            .arg("build")
            .arg("--root")
            .arg(&dir)
            .output()
            .expect("run luukku");
        assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
        println!("\n== {pages} pages: luukku build (pages and search) {:.2} s", started.elapsed().as_secs_f64());

        let site = Site::load(&dir).expect("the generated site loads");
        let corpus = Corpus::new(&site.config, &site.library);
        let (stage, _) = timed(|| luukku::search::export(&corpus).expect("export"));
        println!("search stage in a build (4 locales in parallel): {:.2} s", stage.as_secs_f64());
        println!(
            "{:<9} {:>6} {:>10} {:>10} {:>12} {:>8} {:>11}",
            "locale", "docs", "index", "export", "index bytes", "shards", "largest"
        );
        for locale in &site.config.locales {
            let (index_time, index) = timed(|| LocaleIndex::build(&corpus, locale).expect("index"));
            let (export_time, files) =
                timed(|| locale_files(&index, Some("assets/stem.js"), Some("assets/forgive.js")).expect("export"));
            let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
            let shards: Vec<usize> = files
                .iter()
                .filter(|(p, _)| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('t')))
                .map(|(_, b)| b.len())
                .collect();
            println!(
                "{:<9} {:>6} {:>8.2} s {:>8.2} s {:>12} {:>8} {:>11}",
                locale.code.as_str(),
                index.docs().len(),
                index_time.as_secs_f64(),
                export_time.as_secs_f64(),
                kb(bytes as f64),
                shards.len(),
                kb(shards.iter().copied().max().unwrap_or(0) as f64)
            );
        }

        let tools = repo.join("target").join("bench-tools");
        if let Some(pagefind) = pagefind(&tools) {
            let _ = std::fs::remove_dir_all(out.join("pagefind"));
            let (time, run) = timed(|| Command::new(&pagefind).arg("--site").arg(&out).output().expect("run pagefind"));
            assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
            println!(
                "pagefind {PAGEFIND_VERSION} over the same pages: {:.2} s (index and export, one process)",
                time.as_secs_f64()
            );
            let mut per_language: std::collections::BTreeMap<String, u64> = Default::default();
            for p in walk(&out.join("pagefind")) {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let lang = if name.ends_with(".pf_fragment") {
                    "fragments (all languages)".to_string()
                } else {
                    name.split(['_', '.']).find(|s| ["fi", "sv", "en"].contains(s)).unwrap_or("shared").to_string()
                };
                *per_language.entry(lang).or_default() += std::fs::metadata(&p).map_or(0, |m| m.len());
            }
            for (lang, bytes) in per_language {
                println!("  pagefind {lang:<26} {:>12}", kb(bytes as f64));
            }
        }
        for locale in &site.config.locales {
            let (bytes, files) = bytes_under(&out.join("search").join(&locale.prefix));
            println!("  luukku {:<28} {:>12} in {files} files", locale.code.as_str(), kb(bytes as f64));
        }

        let queries = serde_json::to_string(&QUERIES).expect("json");
        let report = Command::new("node")
            .arg(repo.join("benches").join("search_browser.mjs"))
            .arg(&out)
            .arg("fi/index.html")
            .arg(&queries)
            .arg(RESULTS.to_string())
            .output()
            .expect("run node");
        assert!(report.status.success(), "{}", String::from_utf8_lossy(&report.stderr));
        let report: serde_json::Value = serde_json::from_slice(&report.stdout).expect("report");
        println!(
            "\nper query in Chromium (HTTP, empty cache, {RESULTS} results' data loaded), medians over {} queries:",
            QUERIES.len()
        );
        println!(
            "{:<10} {:>12} {:>12} {:>12} {:>10} {:>10} {:>10}",
            "", "per query", "client", "index+data", "UI", "cold", "warm"
        );
        for name in ["luukku", "pagefind"] {
            let r = &report[name];
            if r.is_null() {
                continue;
            }
            let f = |k: &str| r[k].as_f64().unwrap_or(0.0);
            println!(
                "{name:<10} {:>12} {:>12} {:>12} {:>10} {:>7.1} ms {:>7.1} ms",
                kb(f("medianBytesPerQuery")),
                kb(f("medianClientBytes")),
                kb(f("medianDataBytes")),
                kb(f("uiBytes")),
                f("medianColdMs"),
                f("medianWarmMs")
            );
        }
        for name in ["luukku", "pagefind"] {
            if let Some(qs) = report[name]["queries"].as_array() {
                for q in qs {
                    println!(
                        "  {name:<9} {:<24} {:>2} hits {:>10} {:>3} files {:>7.1} ms {:>7.1} ms",
                        q["query"].as_str().unwrap_or(""),
                        q["hits"],
                        kb(q["client"].as_f64().unwrap_or(0.0) + q["data"].as_f64().unwrap_or(0.0)),
                        q["files"],
                        q["coldMs"].as_f64().unwrap_or(0.0),
                        q["warmMs"].as_f64().unwrap_or(0.0)
                    );
                }
            }
        }
    }
    let bundled = root.join("bundled");
    build(&repo, &bundled);
    forgiving(&repo, &bundled, "the bundled site", BUNDLED_GROUPS);
    let pages = std::env::var("LUUKKU_BENCH_FORGIVING_PAGES").ok().and_then(|n| n.parse().ok()).unwrap_or(10000);
    let site = generated(&repo, &root.join(format!("forgiving-{pages}")), pages);
    forgiving(&repo, &site, &format!("the {pages}-page generated site"), GENERATED_GROUPS);
}
