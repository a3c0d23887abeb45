//! Printing pages to PDF through headless Chromium, driven over the DevTools
//! protocol (the `headless_chrome` crate) rather than by shelling out blind.
//!
//! The page is printed as the browser's own print would print it: print media,
//! the page size, margins and running footer from the theme's `print.css`
//! (`preferCSSPageSize`), after the page's `print.js` has filled in what it
//! computes for print (the package's page numbers).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use headless_chrome::protocol::cdp::Emulation;
use headless_chrome::types::PrintToPdfOptions;
use headless_chrome::{Browser, LaunchOptions};

use crate::error::{Error, Result};

/// Names Chromium goes by on PATH, tried in order.
const NAMES: [&str; 5] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/// What to say when no browser is found.
pub const NOT_FOUND: &str = "no Chromium found: `luukku pdf` prints through headless Chromium. \
Install one (Debian/Ubuntu: `apt-get install chromium`) so that `chromium` is on PATH, \
or name its program with `chromium = \"/path/to/chromium\"` in book.toml";

/// The Chromium program: `named` (from book.toml) when given, else the first of
/// the usual names on `path` (the PATH variable's value).
pub fn find_chromium(named: Option<&Path>, path: Option<&OsStr>) -> Result<PathBuf> {
    if let Some(p) = named {
        return if p.is_file() {
            Ok(p.to_path_buf())
        } else {
            Err(Error::Message(format!("book.toml names `{}` as Chromium, but there is no such file", p.display())))
        };
    }
    let dirs: Vec<PathBuf> = path.map(|p| std::env::split_paths(p).collect()).unwrap_or_default();
    NAMES
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| p.is_file())
        .ok_or_else(|| Error::Message(NOT_FOUND.to_string()))
}

/// Prints the HTML file `page` to PDF bytes with the Chromium program `chromium`.
pub fn print(chromium: &Path, page: &Path) -> Result<Vec<u8>> {
    let profile = TempDir::new("profile")?;
    let fail = |what: &str, e: &dyn std::fmt::Display| Error::Message(format!("Chromium: {what}: {e}"));
    let options = LaunchOptions::default_builder()
        .path(Some(chromium.to_path_buf()))
        .headless(true)
        .sandbox(false)
        .enable_gpu(false)
        .user_data_dir(Some(profile.0.clone()))
        .args(vec![OsStr::new("--disable-gpu"), OsStr::new("--allow-file-access-from-files")])
        .idle_browser_timeout(Duration::from_secs(300))
        .build()
        .map_err(|e| fail("bad launch options", &e))?;
    let browser = Browser::new(options).map_err(|e| fail("could not start it", &e))?;
    let tab = browser.new_tab().map_err(|e| fail("could not open a tab", &e))?;
    let url = format!("file://{}", page.display());
    tab.navigate_to(&url)
        .and_then(|t| t.wait_until_navigated())
        .map_err(|e| fail(&format!("could not load {url}"), &e))?;
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None })
        .map_err(|e| fail("could not switch to print media", &e))?;
    let script = |js: &str| -> Result<Option<serde_json::Value>> {
        tab.evaluate(js, false).map(|o| o.value).map_err(|e| fail("the page's print script failed", &e))
    };
    let print_now = || -> Result<Vec<u8>> {
        tab.print_to_pdf(Some(PrintToPdfOptions {
            prefer_css_page_size: Some(true),
            print_background: Some(true),
            display_header_footer: Some(false),
            ..PrintToPdfOptions::default()
        }))
        .map_err(|e| fail("printing failed", &e))
    };
    // A document with a table of contents: print each part alone and count its
    // pages, so the contents give the page numbers the whole print will have.
    let parts = script(
        "JSON.stringify(window.luukkuPrint && document.querySelector('[data-toc]') ? luukkuPrint.parts() : [])",
    )?;
    let parts: Vec<String> =
        parts.as_ref().and_then(|v| v.as_str()).and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
    if !parts.is_empty() {
        let mut counts = Vec::new();
        for id in &parts {
            script(&format!("luukkuPrint.only({})", serde_json::Value::from(id.as_str())))?;
            counts.push(page_count(&print_now()?));
        }
        script(&format!("luukkuPrint.only(null); luukkuPrint.setPages({})", serde_json::Value::from(counts)))?;
    }
    let pdf = print_now()?;
    drop(tab);
    drop(browser);
    Ok(pdf)
}

/// The number of pages of a PDF that Chromium wrote: its `/Type /Page` objects.
pub fn page_count(pdf: &[u8]) -> usize {
    let key = b"/Type /Page";
    pdf.windows(key.len() + 1).filter(|w| w.starts_with(key) && !w[key.len()].is_ascii_alphanumeric()).count()
}

/// A folder under the system's temporary folder, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A new empty folder whose name starts with `luukku-pdf-<what>`.
    pub fn new(what: &str) -> Result<TempDir> {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!("luukku-pdf-{what}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|source| Error::Io {
            action: "failed to create",
            path: dir.clone(),
            source,
        })?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
