//! `luukku serve` over real HTTP: a copy of a fixture site is served, edited on
//! disk, and read back as a browser would, with the real file watcher.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{files_under, TestSite};

/// A running `luukku serve`, stopped when dropped.
struct Preview {
    child: Child,
    base: String,
}

impl Preview {
    fn start(site: &TestSite) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_luukku"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start luukku serve");
        let mut out = child.stdout.take().expect("stdout");
        let mut text = String::new();
        let mut buf = [0u8; 256];
        while !text.contains('\n') {
            let n = out.read(&mut buf).expect("read stdout");
            assert!(n > 0, "serve exited before listening: {text}");
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        let start = text.find("http://").expect("a URL");
        let base = text[start..].split_whitespace().next().expect("url").trim_end_matches('/').to_string();
        Preview { child, base }
    }

    /// Status and body of a GET, the path sent exactly as given.
    fn get(&self, path: &str) -> (u16, String) {
        let addr = self.base.trim_start_matches("http://");
        let mut stream = TcpStream::connect(addr).expect("connect");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read response");
        let text = String::from_utf8_lossy(&raw).to_string();
        let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        (status, body)
    }

    fn status(&self) -> serde_json::Value {
        let body = ureq::get(format!("{}/__luukku/status", self.base))
            .call()
            .expect("status")
            .body_mut()
            .read_to_string()
            .expect("status body");
        serde_json::from_str(&body).expect("status JSON")
    }

    fn generation(&self) -> u64 {
        self.status()["generation"].as_u64().unwrap_or(0)
    }

    /// Waits until an edit made after generation `before` has been served in full.
    fn settle(&self, before: u64) {
        let start = Instant::now();
        loop {
            let s = self.status();
            if s["generation"].as_u64().unwrap_or(0) > before && s["busy"] == false {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(30), "the preview did not rebuild: {s}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Makes an edit and waits for the preview to serve it.
    fn edit(&self, f: impl FnOnce()) {
        let before = self.generation();
        f();
        self.settle(before);
    }

    fn page(&self, path: &str) -> String {
        let (status, body) = self.get(path);
        assert_eq!(status, 200, "GET {path}");
        body
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A page as the site has it, without what the preview adds.
fn without_injection(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(start) = out.find(luukku::serve::server::INJECTED_START) {
        let end = out[start..].find(luukku::serve::server::INJECTED_END).map_or(out.len(), |e| start + e);
        out.replace_range(start..end + luukku::serve::server::INJECTED_END.len(), "");
    }
    out
}

#[test]
fn edits_appear_titles_reach_lists_and_a_broken_edit_is_shown_until_fixed() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let card = "/fi/palvelut/bussikortti/";
    assert!(preview.page(card).contains("<script src=\"/__luukku/live.js\" defer></script>"));

    preview.edit(|| {
        let text = site.read_source("content/services/bus-card/fi.md");
        site.write("content/services/bus-card/fi.md", format!("{text}\nAivan uusi kappale.\n"));
    });
    assert!(preview.page(card).contains("Aivan uusi kappale."));

    preview.edit(|| site.edit("content/services/bus-card/fi.md", "title: Bussikortti", "title: Matkakortti"));
    assert!(preview.page("/fi/palvelut/").contains("Matkakortti"), "the index shows the new title");
    assert!(preview.page("/fi/").contains("Matkakortti"), "the front page shows the new title");

    let good = site.read_source("content/services/bus-card/en.md");
    preview.edit(|| site.write("content/services/bus-card/en.md", "---\ntitle: [unclosed\n---\n"));
    let page = preview.page("/en/services/bus-card/");
    assert!(page.contains("id=\"luukku-errors\""), "no error overlay");
    assert!(page.contains("<code>content/services/bus-card/en.md:2:"), "the overlay names the file and line");
    assert!(page.contains("Bus card"), "the last good page is still served under the overlay");

    preview.edit(|| site.write("content/services/bus-card/en.md", &good));
    assert!(!preview.page("/en/services/bus-card/").contains("luukku-errors"), "the fix clears the overlay");
    assert_eq!(preview.status()["errors"], serde_json::json!([]));
}

#[test]
fn no_request_reaches_a_file_outside_the_site() {
    let outside = tempfile::tempdir().expect("temp");
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, "---\ntitle: Salaisuus\nsummary: Ei julkinen.\n---\n\nSALAINEN-SISALTO\n").expect("write");
    let site = TestSite::fixture("basic");
    std::fs::create_dir_all(site.path("content/glossary/leak")).expect("mkdir");
    std::os::unix::fs::symlink(&secret, site.path("content/glossary/leak/fi.md")).expect("symlink");
    let preview = Preview::start(&site);
    for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/fi/..%2f..%2f..%2fetc/passwd", "//etc/passwd"] {
        let (status, body) = preview.get(path);
        assert_eq!(status, 404, "GET {path}");
        assert!(!body.contains("root:x:0:0"), "GET {path} served /etc/passwd");
    }
    for (path, bytes) in preview_files(&preview, &site) {
        assert!(!bytes.contains("SALAINEN-SISALTO"), "{path} serves a file from outside the site");
    }
}

/// Every page a clean build has, as the preview serves it.
fn preview_files(preview: &Preview, site: &TestSite) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let built = site.run(&["build", "--out", site.path("clean").to_str().expect("utf-8 path")]);
    if !built.success() {
        return out;
    }
    for path in files_under(&site.path("clean")).keys() {
        let url = format!("/{}", path.display());
        out.push((url.clone(), preview.get(&url).1));
    }
    out
}

#[test]
fn missing_pages_get_the_locales_404_page_with_status_404() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let (status, body) = preview.get("/sv/finns/inte/");
    assert_eq!(status, 404);
    assert!(body.contains("<html lang=\"sv\""), "not the Swedish 404 page");
    let (status, _) = preview.get("/fi/palvelut");
    assert_eq!(status, 301, "a folder without its slash is redirected");
}

#[test]
fn after_a_series_of_edits_every_file_equals_a_clean_build() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    preview.edit(|| site.edit("content/services/library-card/fi.md", "slug: kirjastokortti", "slug: lainakortti"));
    preview.edit(|| site.write("locales/sv/extra.ftl", "main-navigation = Navigering\n"));
    preview.edit(|| site.edit("book.toml", "title = \"Testikaupunki\"", "title = \"Koekaupunki\""));
    preview.edit(|| {
        site.write("content/glossary/new-term/fi.md", "---\ntitle: Uusi termi\nsummary: Uusi sana.\n---\n\nSelitys.\n")
    });
    let out = site.path("clean");
    assert!(site.run(&["build", "--out", out.to_str().expect("utf-8 path")]).success());
    let clean = files_under(&out);
    assert!(clean.keys().any(|p| p.to_string_lossy().contains("/new-term/")), "the new item is in the clean build");
    for (path, bytes) in &clean {
        let (status, body) = preview.get(&format!("/{}", path.display()));
        let body = if path.extension().is_some_and(|e| e == "html") { without_injection(&body) } else { body };
        assert!(status == 200 || path.ends_with("404.html"), "GET {} → {status}", path.display());
        assert!(body.as_bytes() == bytes.as_slice(), "{} differs from a clean build", path.display());
    }
}

#[test]
fn a_second_preview_of_the_same_site_is_refused() {
    let site = TestSite::fixture("basic");
    let _first = Preview::start(&site);
    let mut second = Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a second serve");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            panic!("a second serve of the same site kept running");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    second.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");
    assert!(!status.success());
    assert!(stderr.contains("another `luukku serve` is already serving"), "{stderr}");
}

#[test]
fn ctrl_c_stops_the_preview_cleanly_even_with_a_page_listening_for_reloads() {
    let site = TestSite::fixture("basic");
    let mut preview = Preview::start(&site);
    let addr = preview.base.trim_start_matches("http://").to_string();
    let mut events = TcpStream::connect(&addr).expect("connect");
    write!(events, "GET /__luukku/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").expect("send");
    let mut head = [0u8; 64];
    let n = events.read(&mut head).expect("the event stream answers");
    assert!(String::from_utf8_lossy(&head[..n]).starts_with("HTTP/1.1 200"));
    let pid = preview.child.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().expect("kill").success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = preview.child.try_wait().expect("wait") {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "serve exited with {status}");
}
