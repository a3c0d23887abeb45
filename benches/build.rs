//! `cargo bench --bench build`: build time and peak memory of generated sites of
//! 1,000 and 10,000 pages, with Hugo beside it on the same pages when `hugo` is
//! installed (`apt-get install hugo`).
//!
//! Each site has four locales (fi, sv, en, fi-selko), a quarter of the pages each:
//! service cards with a meta.yaml of channels and opening hours, Markdown bodies of
//! about 300 words with headings, lists, a table and `@/` links. The Hugo site gets
//! the same Markdown and minimal templates. Both run as processes under
//! `/usr/bin/time` (median of three runs; peak RSS of the slowest). Set
//! `LUUKKU_BENCH_SIZES=1000` to run one size.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

#[path = "support/sites.rs"]
mod sites;

use sites::{body, generate_luukku, words, write, LOCALES};

fn generate_hugo(dir: &Path, items: usize) {
    let _ = std::fs::remove_dir_all(dir);
    let mut config = String::from("baseURL = \"https://bench.example.fi/\"\ntitle = \"Bench\"\ndefaultContentLanguage = \"fi\"\ndefaultContentLanguageInSubdir = true\n[languages]\n");
    for (n, (code, prefix)) in LOCALES.iter().enumerate() {
        let _ = writeln!(
            config,
            "[languages.{prefix}]\nweight = {}\ncontentDir = \"content/{code}\"\nlanguageCode = \"{}\"",
            n + 1,
            &code[..2]
        );
    }
    write(&dir.join("hugo.toml"), &config);
    let base = "<!DOCTYPE html><html lang=\"{{ .Site.Language.Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>";
    write(&dir.join("layouts/_default/baseof.html"), base);
    write(&dir.join("layouts/_default/single.html"), "{{ define \"main\" }}<nav>{{ range .Translations }}<a href=\"{{ .RelPermalink }}\">{{ .Language.Lang }}</a>{{ end }}</nav><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ end }}");
    write(&dir.join("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}");
    for i in 0..items {
        for (code, _) in LOCALES {
            let text = format!(
                "---\ntitle: Palvelu {i} {code}\nslug: palvelu-{i}\ntranslationKey: item-{i}\nsummary: {}.\n---\n\n{}",
                words(i, 8),
                body(i, items).replace("(@/services/item-", "(../item-")
            );
            write(&dir.join(format!("content/{code}/services/item-{i}.md")), &text);
        }
    }
}

struct Measure {
    seconds: f64,
    max_rss_kb: Option<u64>,
}

/// Runs a command three times; the median wall time and the largest peak RSS.
fn measure(mut make: impl FnMut() -> Command) -> Measure {
    let mut times = Vec::new();
    let mut rss = None;
    for _ in 0..3 {
        let timed = Path::new("/usr/bin/time").exists();
        let mut cmd = make();
        let report = std::env::temp_dir().join("luukku-bench-time.txt");
        if timed {
            let program = cmd.get_program().to_owned();
            let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
            let dir = cmd.get_current_dir().map(Path::to_path_buf);
            cmd = Command::new("/usr/bin/time");
            cmd.arg("-f").arg("%M").arg("-o").arg(&report).arg(program).args(args);
            if let Some(d) = dir {
                cmd.current_dir(d);
            }
        }
        let started = Instant::now();
        let out = cmd.output().expect("run");
        times.push(started.elapsed().as_secs_f64());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        if timed {
            let kb = std::fs::read_to_string(&report)
                .ok()
                .and_then(|t| t.trim().lines().last().and_then(|l| l.trim().parse::<u64>().ok()));
            rss = rss.max(kb);
        }
    }
    times.sort_by(f64::total_cmp);
    Measure { seconds: times[1], max_rss_kb: rss }
}

fn show(m: &Measure) -> String {
    let mem = m.max_rss_kb.map_or_else(|| "n/a".to_string(), |kb| format!("{:.0} MiB", kb as f64 / 1024.0));
    format!("{:>8.2} s {:>9}", m.seconds, mem)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing useful: run only under bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("LUUKKU_BENCH_SIZES")
        .ok()
        .map_or_else(|| vec![1000, 10000], |s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-sites");
    let hugo = Command::new("hugo").arg("version").output().map(|o| o.status.success()).unwrap_or(false);
    println!("{:>7}  {:>20}  {:>20}", "pages", "luukku build", if hugo { "hugo" } else { "hugo (not installed)" });
    for pages in sizes {
        let items = pages / LOCALES.len();
        let site = root.join(format!("luukku-{pages}"));
        generate_luukku(&site, items);
        let ours = measure(|| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_luukku"));
            c.arg("build").arg("--root").arg(&site);
            c
        });
        let theirs = hugo.then(|| {
            let hsite = root.join(format!("hugo-{pages}"));
            generate_hugo(&hsite, items);
            measure(|| {
                let mut c = Command::new("hugo");
                c.arg("--quiet").arg("--source").arg(&hsite).arg("--destination").arg(hsite.join("public"));
                c
            })
        });
        println!("{pages:>7}  {}  {}", show(&ours), theirs.as_ref().map_or_else(String::new, show));
    }
}
