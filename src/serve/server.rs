//! The HTTP side of the live preview: serves the rendered site from memory.
//!
//! Nothing is read from disk while serving, so no request path (`..`, `%2e%2e`,
//! absolute paths, symlinks) can reach a file outside the site: a path either
//! names a rendered file or gets the locale's 404 page with status 404. HTML
//! responses get the reload script and stylesheet (files, so the site's
//! Content-Security-Policy holds) and, while the sources have problems, a list of
//! them over the page.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::stream::{self, Stream};
use tokio::sync::broadcast;

use crate::error::Diagnostic;
use crate::site::live::Patch;

/// The Content-Security-Policy the README recommends for the published site.
const CSP: &str =
    "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");

/// What the server shows, shared with the rebuild loop.
#[derive(Debug)]
pub struct Served {
    files: RwLock<BTreeMap<PathBuf, Arc<Vec<u8>>>>,
    errors: RwLock<Vec<Diagnostic>>,
    search_errors: RwLock<Vec<Diagnostic>>,
    /// 404 pages by locale prefix.
    not_found: RwLock<Vec<(String, PathBuf)>>,
    generation: AtomicU64,
    pending: AtomicUsize,
    reload: broadcast::Sender<u64>,
}

impl Default for Served {
    fn default() -> Self {
        Served {
            files: RwLock::default(),
            errors: RwLock::default(),
            search_errors: RwLock::default(),
            not_found: RwLock::default(),
            generation: AtomicU64::new(0),
            pending: AtomicUsize::new(0),
            reload: broadcast::channel(16).0,
        }
    }
}

impl Served {
    /// Applies a patch of output files.
    pub fn apply(&self, patch: Patch) {
        let Ok(mut files) = self.files.write() else { return };
        for path in &patch.remove {
            files.remove(path);
        }
        for (path, bytes) in patch.put {
            files.insert(path, Arc::new(bytes));
        }
    }

    /// Sets the problems shown over every page.
    pub fn set_errors(&self, errors: Vec<Diagnostic>) {
        if let Ok(mut e) = self.errors.write() {
            *e = errors;
        }
    }

    /// Sets the 404 page of each locale prefix (`fi` → `fi/404.html`).
    pub fn set_not_found(&self, pages: Vec<(String, PathBuf)>) {
        if let Ok(mut n) = self.not_found.write() {
            *n = pages;
        }
    }

    /// Counts a piece of work (a rebuild, a search index) as started.
    pub fn begin(&self) {
        self.pending.fetch_add(1, Ordering::SeqCst);
    }

    /// Counts a piece of work as done.
    pub fn end(&self) {
        let _ = self.pending.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
    }

    /// Sets the problems the search indexer found (shown with the others).
    pub fn set_search_errors(&self, errors: Vec<Diagnostic>) {
        if let Ok(mut e) = self.search_errors.write() {
            *e = errors;
        }
    }

    /// Every problem shown now.
    fn problems(&self) -> Vec<Diagnostic> {
        let mut all = self.errors.read().map(|e| e.clone()).unwrap_or_default();
        all.extend(self.search_errors.read().map(|e| e.clone()).unwrap_or_default());
        all
    }

    /// The files served under `prefix` (`search/fi/`).
    pub fn paths_under(&self, prefix: &str) -> Vec<PathBuf> {
        self.files.read().map(|f| f.keys().filter(|p| p.starts_with(prefix)).cloned().collect()).unwrap_or_default()
    }

    /// Counts a finished rebuild and tells open pages to reload.
    pub fn finished(&self) {
        let g = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.reload.send(g);
    }

    /// Every served file (for tests that compare with a clean build).
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        self.files.read().map(|f| f.iter().map(|(p, b)| (p.clone(), b.to_vec())).collect()).unwrap_or_default()
    }
}

/// The routes of the live preview.
pub fn router(served: Arc<Served>) -> Router {
    Router::new()
        .route("/__luukku/live.js", get(|| async { asset("text/javascript; charset=utf-8", LIVE_JS) }))
        .route("/__luukku/live.css", get(|| async { asset("text/css; charset=utf-8", LIVE_CSS) }))
        .route("/__luukku/events", get(events))
        .route("/__luukku/status", get(status))
        .fallback(file)
        .with_state(served)
}

fn asset(content_type: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-store")], text).into_response()
}

async fn events(State(served): State<Arc<Served>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = stream::unfold(served.reload.subscribe(), |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(g) => return Some((Ok(Event::default().event("reload").data(g.to_string())), rx)),
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn status(State(served): State<Arc<Served>>) -> Response {
    let errors: Vec<String> =
        served.errors.read().map(|e| e.iter().map(ToString::to_string).collect()).unwrap_or_default();
    let body = serde_json::json!({
        "generation": served.generation.load(Ordering::SeqCst),
        "busy": served.pending.load(Ordering::SeqCst) > 0,
        "errors": errors,
    });
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], body.to_string())
        .into_response()
}

async fn file(State(served): State<Arc<Served>>, uri: Uri) -> Response {
    let Some(path) = site_path(uri.path()) else { return not_found(&served, "") };
    let files = match served.files.read() {
        Ok(f) => f,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let is_folder = path.is_empty() || path.ends_with('/');
    let wanted = if is_folder { format!("{path}index.html") } else { path.clone() };
    if let Some(bytes) = files.get(&PathBuf::from(&wanted)).cloned() {
        drop(files);
        return respond(&served, StatusCode::OK, &wanted, &bytes);
    }
    // `/fi/palvelut` → `/fi/palvelut/`, as static hosts do.
    if !is_folder && files.contains_key(&PathBuf::from(format!("{path}/index.html"))) {
        let to = format!("{}/", uri.path());
        return (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response();
    }
    drop(files);
    not_found(&served, &path)
}

/// The file a request path names, relative to the output root: decoded, with no
/// segment that could step out (`..`, `.`, backslashes, NUL); `None` if it has one.
pub fn site_path(raw: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().ok()?;
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" => {}
            "." | ".." => return None,
            s if s.contains(['\\', '\0', ':']) => return None,
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if !parts.is_empty() && decoded.ends_with('/') {
        out.push('/');
    }
    Some(out)
}

fn not_found(served: &Served, path: &str) -> Response {
    let prefix = path.split('/').next().unwrap_or("");
    let page = served.not_found.read().ok().and_then(|n| {
        n.iter().find(|(p, _)| p == prefix).or_else(|| n.iter().find(|(p, _)| p.is_empty())).map(|(_, f)| f.clone())
    });
    let bytes = page.and_then(|p| served.files.read().ok().and_then(|f| f.get(&p).cloned()));
    match bytes {
        Some(b) => respond(served, StatusCode::NOT_FOUND, "404.html", &b),
        None => respond(served, StatusCode::NOT_FOUND, "404.html", b"<!DOCTYPE html><title>404</title><body></body>"),
    }
}

fn respond(served: &Served, status: StatusCode, path: &str, bytes: &[u8]) -> Response {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let content_type = match mime.type_() {
        mime_guess::mime::TEXT => format!("{}; charset=utf-8", mime.essence_str()),
        _ if mime.subtype() == "javascript" => "text/javascript; charset=utf-8".to_string(),
        _ => mime.essence_str().to_string(),
    };
    let body = if is_html {
        Body::from(inject(&String::from_utf8_lossy(bytes), &served.problems()))
    } else {
        Body::from(bytes.to_vec())
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    response
}

/// Marks what the server adds to a page, so it can be told from the site's own bytes.
pub const INJECTED_START: &str = "<!--luukku-serve-->";
/// The end of what the server adds.
pub const INJECTED_END: &str = "<!--/luukku-serve-->";

/// Adds the reload script and, while there are problems, their list to a page.
pub fn inject(html: &str, errors: &[Diagnostic]) -> String {
    let head = format!(
        "{INJECTED_START}<link rel=\"stylesheet\" href=\"/__luukku/live.css\"><script src=\"/__luukku/live.js\" defer></script>{INJECTED_END}"
    );
    let mut out = match html.find("</head>") {
        Some(i) => format!("{}{head}{}", &html[..i], &html[i..]),
        None => format!("{head}{html}"),
    };
    if !errors.is_empty() {
        let mut list = format!(
            "{INJECTED_START}<div id=\"luukku-errors\" role=\"alert\"><p><strong>luukku: {} problem{} in the sources; showing the last good version.</strong></p><ul>",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        for d in errors {
            list.push_str(&format!("<li><code>{}</code></li>", escape(&d.to_string())));
        }
        list.push_str(&format!("</ul></div>{INJECTED_END}"));
        let at = out.find("<body").and_then(|b| out[b..].find('>').map(|e| b + e + 1)).unwrap_or(out.len());
        out.insert_str(at, &list);
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_that_step_out_of_the_site_are_refused() {
        for bad in [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/fi/%2E%2E/%2e%2e/x",
            "/a/./b",
            "/..%2fetc",
            "/c:%5cwin",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
        assert_eq!(site_path("/fi/palvelut/").as_deref(), Some("fi/palvelut/"));
        assert_eq!(site_path("/fi/palvelut").as_deref(), Some("fi/palvelut"));
        assert_eq!(site_path("/").as_deref(), Some(""));
        assert_eq!(site_path("//etc/passwd").as_deref(), Some("etc/passwd"));
        assert_eq!(site_path("/sv/tj%C3%A4nster/").as_deref(), Some("sv/tjänster/"));
    }

    #[test]
    fn problems_are_listed_after_the_body_tag_escaped() {
        let d = Diagnostic::new("content/x/fi.md", 3, 1, "expected `<title>`");
        let html = inject("<html><head></head><body class=\"a\"><main></main></body></html>", &[d]);
        assert!(
            html.contains("<body class=\"a\"><!--luukku-serve--><div id=\"luukku-errors\" role=\"alert\">"),
            "{html}"
        );
        assert!(html.contains("<code>content/x/fi.md:3:1: expected `&lt;title&gt;`</code>"), "{html}");
        assert!(html.contains("<script src=\"/__luukku/live.js\" defer></script><!--/luukku-serve--></head>"));
    }
}
