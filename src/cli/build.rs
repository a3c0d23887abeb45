//! `luukku build`: load, render, write atomically, report.

use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::site::writer::Staging;
use crate::{Result, Site};

/// Arguments of `luukku build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: super::RootArg,
    /// Write here instead of the output folder named in book.toml.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Open the built site in the desktop's browser (or say where it is).
    #[arg(long)]
    open: bool,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let started = Instant::now();
    let config = crate::Config::load(&args.root.root)?;
    let out = args.out.clone().unwrap_or_else(|| config.output_dir.clone());
    // The staging folder (which refuses a dangerous output folder) is begun
    // before the site loads, so that the previous build's tree is surveyed
    // meanwhile and a bad --out costs no loading.
    let staging = Staging::begin(&config.root, &out)?;
    let site = Site::load_with(config)?;
    let progress = ProgressBar::with_draw_target(Some(site.page_count() as u64), ProgressDrawTarget::stderr());
    progress.set_style(
        ProgressStyle::with_template("{spinner} rendering {pos}/{len} pages")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let loaded = started.elapsed();
    // Pages are written as they are rendered; the previous output is replaced
    // only once everything is written.
    let pages_per_locale = site.build_into(staging, &|| progress.inc(1));
    progress.finish_and_clear();
    let pages_per_locale = pages_per_locale?;
    if std::env::var_os("LUUKKU_TIMINGS").is_some() {
        eprintln!(
            "timings: loaded {:.3} s, rendered and written {:.3} s",
            loaded.as_secs_f64(),
            (started.elapsed() - loaded).as_secs_f64()
        );
    }
    let per_locale: Vec<String> = site
        .config
        .locales
        .iter()
        .map(|l| format!("{} {}", l.prefix, pages_per_locale.get(&l.code).copied().unwrap_or(0)))
        .collect();
    let pages: usize = pages_per_locale.values().sum();
    eprintln!(
        "Built {pages} pages ({}) from {} content files in {:.2} s into {}",
        per_locale.join(", "),
        site.library.translation_count(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    if args.open {
        open_in_browser(&out.join("index.html").to_string_lossy());
    }
    Ok(())
}

/// Opens a file or URL with the desktop's handler; where there is none (a server,
/// CI), says what to open instead of failing the command that just succeeded.
pub(super) fn open_in_browser(page: &str) {
    let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
    let opened = std::process::Command::new(opener)
        .arg(page)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !opened {
        eprintln!("Open {page} in a browser (no `{opener}` to open it here).");
    }
}
