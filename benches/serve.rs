//! `cargo bench --bench serve`: how long an edit takes to reach the browser in
//! `luukku serve`, beside `hugo server` on the same pages when Hugo is installed.
//!
//! For each site, 20 body edits (a paragraph appended to one page) and 20 title
//! edits (one page's title changed): the time from writing the file to the new
//! text being served, polled over HTTP every 2 ms (so it includes the file
//! watcher's debounce), median and slowest. The sites: a copy of the bundled site,
//! and the realistic generated site of `../shared/bench/` (10,000 pages; set
//! `LUUKKU_BENCH_GENERATED` to a folder holding its `luukku/` and `hugo/`
//! layouts, or the benchmark generates it with python3 under target/bench-sites).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const EDITS: usize = 20;

/// A running preview server, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn get(addr: &str, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(addr).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").ok()?;
    let mut body = String::new();
    s.read_to_string(&mut body).ok()?;
    Some(body)
}

/// Waits until `path` is served containing `text`; the time from `since`.
fn until_served(addr: &str, path: &str, text: &str, since: Instant) -> Duration {
    loop {
        if get(addr, path).is_some_and(|b| b.contains(text)) {
            return since.elapsed();
        }
        assert!(since.elapsed() < Duration::from_secs(120), "{path} never showed `{text}`");
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn luukku(root: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start luukku serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("listening line");
    let addr = line.split("http://").nth(1).and_then(|r| r.split('/').next()).expect("address").to_string();
    Server { child, addr }
}

fn hugo(root: &Path, port: u16) -> Server {
    let child = Command::new("hugo")
        .args(["server", "--port", &port.to_string(), "--bind", "127.0.0.1", "--disableLiveReload", "--source"])
        .arg(root)
        .arg("--baseURL")
        .arg(format!("http://127.0.0.1:{port}/"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start hugo server");
    Server { child, addr: format!("127.0.0.1:{port}") }
}

/// One page to edit: its source file, the URL of its page, and a page that lists its title.
struct Target {
    file: PathBuf,
    page: String,
    list: String,
    title: String,
}

/// Edits the target `EDITS` times each way; (body, title) latencies.
fn run_edits(addr: &str, t: &Target) -> (Vec<Duration>, Vec<Duration>) {
    until_served(addr, &t.page, &t.title, Instant::now());
    let original = std::fs::read_to_string(&t.file).expect("read target");
    let mut body = Vec::new();
    for i in 0..EDITS {
        let marker = format!("bench-body-marker-{i}");
        let start = Instant::now();
        std::fs::write(&t.file, format!("{original}\n{marker}\n")).expect("write");
        body.push(until_served(addr, &t.page, &marker, start));
    }
    let mut title = Vec::new();
    for i in 0..EDITS {
        let new = format!("Benchtitle{i}");
        let start = Instant::now();
        std::fs::write(&t.file, original.replacen(&t.title, &new, 1)).expect("write");
        title.push(until_served(addr, &t.list, &new, start));
    }
    std::fs::write(&t.file, original).expect("restore");
    (body, title)
}

fn summary(mut d: Vec<Duration>) -> String {
    d.sort();
    format!(
        "median {:>7.1} ms, slowest {:>7.1} ms",
        d[d.len() / 2].as_secs_f64() * 1e3,
        d[d.len() - 1].as_secs_f64() * 1e3
    )
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("relative");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

fn generated(dir: &Path) -> PathBuf {
    if let Some(given) = std::env::var_os("LUUKKU_BENCH_GENERATED") {
        return PathBuf::from(given);
    }
    let out = dir.join("generated-10000");
    if !out.join("luukku").exists() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench");
        let ok = Command::new("python3")
            .arg(shared.join("gen_content.py"))
            .args(["--n", "10000", "--out"])
            .arg(&out)
            .status()
            .is_ok_and(|s| s.success())
            && Command::new("python3")
                .arg(shared.join("to_luukku.py"))
                .arg(out.join("hugo"))
                .arg(out.join("luukku"))
                .status()
                .is_ok_and(|s| s.success());
        assert!(ok, "generating the 10,000-page site failed");
    }
    out
}

/// The first page of the generated site's Finnish services.
fn generated_target(site: &Path, luukku_layout: bool) -> Target {
    let hugo_dir = site.join("hugo/content/fi/palvelut");
    let mut names: Vec<String> = std::fs::read_dir(&hugo_dir)
        .expect("generated pages")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md") && !n.starts_with('_'))
        .collect();
    names.sort();
    let item = names[0].trim_end_matches(".md").to_string();
    let file = if luukku_layout {
        site.join(format!("luukku/content/services/{item}/fi.md"))
    } else {
        hugo_dir.join(&names[0])
    };
    let text = std::fs::read_to_string(&file).expect("read target");
    let title = text.lines().find_map(|l| l.strip_prefix("title: ")).expect("title").trim_matches('"').to_string();
    let title = title.split_whitespace().next().unwrap_or(&title).to_string();
    // Hugo serves its default language at the root (defaultContentLanguageInSubdir = false).
    let prefix = if luukku_layout { "/fi" } else { "" };
    Target { file, page: format!("{prefix}/palvelut/{item}/"), list: format!("{prefix}/palvelut/"), title }
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-sites");
    let has_hugo = Command::new("hugo").arg("version").output().is_ok_and(|o| o.status.success());

    // The bundled site, copied so the edits do not touch the repository.
    let bundled = dir.join("serve-bundled");
    let _ = std::fs::remove_dir_all(&bundled);
    for part in ["book.toml", "content", "locales", "themes"] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(part);
        if from.is_dir() {
            copy_tree(&from, &bundled.join(part));
        } else {
            std::fs::create_dir_all(&bundled).expect("mkdir");
            std::fs::copy(&from, bundled.join(part)).expect("copy book.toml");
        }
    }
    let target = Target {
        file: bundled.join("content/services/library-card/fi.md"),
        page: "/fi/palvelut/kirjastokortti/".into(),
        list: "/fi/palvelut/".into(),
        title: "Kirjastokortti".into(),
    };
    let server = luukku(&bundled);
    let (body, title) = run_edits(&server.addr, &target);
    drop(server);
    println!("bundled site      luukku serve  body edit: {}", summary(body));
    println!("                                title edit: {}", summary(title));

    let generated = generated(&dir);
    let server = luukku(&generated.join("luukku"));
    let (body, title) = run_edits(&server.addr, &generated_target(&generated, true));
    drop(server);
    println!("10,000 pages      luukku serve  body edit: {}", summary(body));
    println!("                                title edit: {}", summary(title));
    if has_hugo {
        let server = hugo(&generated.join("hugo"), 18_313);
        let (body, title) = run_edits(&server.addr, &generated_target(&generated, false));
        drop(server);
        println!("10,000 pages      hugo server   body edit: {}", summary(body));
        println!("                                title edit: {}", summary(title));
    } else {
        println!("hugo is not installed (apt-get install hugo): no comparison");
    }
}
