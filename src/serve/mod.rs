//! The live preview: `luukku serve`.
//!
//! Builds the site into memory ([`crate::site::live::LiveSite`]), serves it on
//! loopback ([`server`]), watches the sources ([`watch`]) and, on each batch of
//! changes, renders only the pages whose inputs changed, then tells open pages
//! to reload. Search indexes of the touched locales are built again right after
//! the pages are served. A broken edit leaves the last good pages in place and
//! lists its problems over every page until it is fixed. One instance per site:
//! a second `serve` of the same root is refused.

pub mod server;
pub mod watch;

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::{Diagnostic, Error, Result};
use crate::site::live::{Change, LiveSite, Patch, SearchJob};
use server::Served;

/// How `serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site root (holding book.toml).
    pub root: PathBuf,
    /// The address to listen on (loopback unless asked otherwise).
    pub bind: IpAddr,
    /// The port to try first; the next free one is taken if it is in use (0: any).
    pub port: u16,
}

/// What the preview reports as it runs; the command line prints it.
#[derive(Debug)]
pub enum Report<'a> {
    /// Serving at this URL.
    Listening(&'a str),
    /// Pages rendered again after an edit.
    Rebuilt {
        /// How many.
        pages: usize,
        /// From the first change seen to the new pages being served.
        elapsed: Duration,
    },
    /// Search indexes built again.
    Reindexed {
        /// Locale codes.
        locales: &'a BTreeSet<String>,
        /// How long it took.
        elapsed: Duration,
    },
    /// The sources' problems now (empty: all fixed).
    Problems(&'a [Diagnostic]),
    /// Stopped by Ctrl-C.
    Stopped,
}

/// Something that reports progress, from any thread.
pub type Reporter = Arc<dyn Fn(&Report<'_>) + Send + Sync>;

/// Builds, serves and watches until Ctrl-C.
pub fn run(options: &ServeOptions, report: Reporter) -> Result<()> {
    let root = options.root.canonicalize().map_err(|e| Error::io("cannot open the site folder", &options.root, e))?;
    let _lock = lock(&root)?;
    let served = Arc::new(Served::default());
    let (live, theme_dir) = match LiveSite::load(&root) {
        Ok((live, patch)) => {
            served.apply(patch);
            publish(&served, &live, &report);
            let theme = live.site().config.theme_dir();
            (Some(live), theme)
        }
        Err(e) => {
            let diags = match e {
                Error::Content(d) => d,
                other => vec![Diagnostic::file("book.toml", crate::templates::error_chain(&other))],
            };
            served.set_errors(diags.clone());
            report(&Report::Problems(&diags));
            (None, root.join("themes").join("default"))
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Message(format!("cannot start the server: {e}")))?;
    let listener = runtime.block_on(bind(options.bind, options.port))?;
    let address =
        listener.local_addr().map_err(|e| Error::Message(format!("cannot read the server's address: {e}")))?;
    let (tx, rx) = mpsc::channel();
    let _watcher = watch::watch(&root, &theme_dir, tx)?;
    let (index_tx, index_rx) = mpsc::channel();
    let (served_i, report_i) = (Arc::clone(&served), Arc::clone(&report));
    std::thread::spawn(move || index_loop(&index_rx, &served_i, &report_i));
    let (served_r, report_r, root_r) = (Arc::clone(&served), Arc::clone(&report), root.clone());
    std::thread::spawn(move || rebuild_loop(live, &root_r, &rx, &served_r, &report_r, &index_tx));
    report(&Report::Listening(&format!("http://{address}/")));
    runtime
        .block_on(async move {
            // Ctrl-C ends the server at once: open reload connections (server-sent
            // events) never finish by themselves, so waiting for them would hang.
            tokio::select! {
                served = axum::serve(listener, server::router(served)) => served,
                _ = tokio::signal::ctrl_c() => Ok(()),
            }
        })
        .map_err(|e| Error::Message(format!("the server stopped: {e}")))?;
    report(&Report::Stopped);
    Ok(())
}

/// Listens on `port`, or the next free port after it.
async fn bind(ip: IpAddr, port: u16) -> Result<tokio::net::TcpListener> {
    let tries: Vec<u16> = if port == 0 { vec![0] } else { (port..port.saturating_add(20)).collect() };
    let mut last = None;
    for p in tries {
        match tokio::net::TcpListener::bind(SocketAddr::new(ip, p)).await {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
    }
    let why = last.map_or_else(String::new, |e| e.to_string());
    Err(Error::Message(format!("cannot listen on {ip} from port {port}: {why}; expected a free port (try --port 0)")))
}

/// Refuses a second preview of the same site: an advisory lock on a file in the
/// system's temporary folder (not in the site), released when the process ends.
fn lock(root: &Path) -> Result<std::fs::File> {
    let mut h = DefaultHasher::new();
    root.hash(&mut h);
    let path = std::env::temp_dir().join(format!("luukku-serve-{:016x}.lock", h.finish()));
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io("cannot create the lock file", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::Message(format!(
            "another `luukku serve` is already serving `{}`; use that one, or stop it first",
            root.display()
        ))),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io("cannot lock", &path, e)),
    }
}

/// Hands the live site's problems and 404 pages to the server.
fn publish(served: &Served, live: &LiveSite, report: &Reporter) {
    let config = &live.site().config;
    let mut pages: Vec<(String, PathBuf)> =
        config.locales.iter().map(|l| (l.prefix.clone(), PathBuf::from(format!("{}/404.html", l.prefix)))).collect();
    pages.push((String::new(), PathBuf::from("404.html")));
    served.set_not_found(pages);
    let errors = live.errors();
    report(&Report::Problems(&errors));
    served.set_errors(errors);
}

fn rebuild_loop(
    mut live: Option<LiveSite>,
    root: &Path,
    rx: &mpsc::Receiver<BTreeSet<Change>>,
    served: &Served,
    report: &Reporter,
    indexer: &mpsc::Sender<SearchJob>,
) {
    while let Ok(mut changes) = rx.recv() {
        let started = Instant::now();
        served.begin();
        // Take whatever else has arrived meanwhile in the same rebuild.
        while let Ok(more) = rx.try_recv() {
            changes.extend(more);
        }
        let changes: Vec<Change> = changes.into_iter().collect();
        let Some(site) = live.as_mut() else {
            // The site has not loaded yet: any change may be the fix.
            match LiveSite::load(root) {
                Ok((site, patch)) => {
                    served.apply(patch);
                    publish(served, &site, report);
                    live = Some(site);
                }
                Err(e) => {
                    let diags = e.diagnostics().to_vec();
                    report(&Report::Problems(&diags));
                    served.set_errors(diags);
                }
            }
            served.end();
            served.finished();
            continue;
        };
        let (patch, locales) = site.apply(&changes);
        let pages = patch.pages;
        served.apply(patch);
        publish(served, site, report);
        if !locales.is_empty() {
            served.begin();
            if indexer.send(site.search_job(&locales)).is_err() {
                served.end();
            }
        }
        served.end();
        served.finished();
        report(&Report::Rebuilt { pages, elapsed: started.elapsed() });
    }
}

/// Builds search indexes again, on a thread of its own so that page rebuilds
/// never wait for it; jobs that queue up meanwhile are done as one, from the
/// newest snapshot of the library.
fn index_loop(rx: &mpsc::Receiver<SearchJob>, served: &Served, report: &Reporter) {
    while let Ok(mut job) = rx.recv() {
        let mut jobs = 1;
        while let Ok(newer) = rx.try_recv() {
            jobs += 1;
            job = newer.widened(job.locales());
        }
        let started = Instant::now();
        match job.run() {
            Ok(files) => {
                let kept: BTreeSet<&PathBuf> = files.iter().map(|(p, _)| p).collect();
                let remove =
                    job.prefixes().iter().flat_map(|p| served.paths_under(p)).filter(|p| !kept.contains(p)).collect();
                served.apply(Patch { put: files, remove, pages: 0 });
                served.set_search_errors(Vec::new());
            }
            Err(e) => {
                let diags = match e {
                    Error::Content(d) => d,
                    other => vec![Diagnostic::file("content", format!("search: {other}"))],
                };
                report(&Report::Problems(&diags));
                served.set_search_errors(diags);
            }
        }
        for _ in 0..jobs {
            served.end();
        }
        served.finished();
        report(&Report::Reindexed { locales: job.locales(), elapsed: started.elapsed() });
    }
}
