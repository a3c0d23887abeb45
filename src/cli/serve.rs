//! `luukku serve`: the live preview, with what it reports printed to the terminal.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::serve::{Report, ServeOptions};
use crate::Result;

/// Arguments of `luukku serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: super::RootArg,
    /// The port to try first; the next free one is used if it is taken (0: any free port).
    #[arg(long, default_value_t = 4000)]
    port: u16,
    /// Listen on this address instead of 127.0.0.1 (other machines can then see the preview).
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    bind: IpAddr,
    /// Open the preview in the desktop's browser.
    #[arg(long)]
    open: bool,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    if !args.bind.is_loopback() {
        eprintln!("warning: listening on {}: anyone who can reach this machine can read the preview", args.bind);
    }
    let options = ServeOptions { root: args.root.root.clone(), bind: args.bind, port: args.port };
    let open = args.open;
    let root = args.root.root.clone();
    let had_problems = AtomicBool::new(false);
    let reporter = Arc::new(move |report: &Report<'_>| match report {
        Report::Listening(url) => {
            println!("Serving the site at {url} (Ctrl-C to stop)");
            if open {
                super::build::open_in_browser(url);
            }
        }
        Report::Rebuilt { pages, elapsed } => {
            eprintln!("Rebuilt {pages} page{} in {} ms", if *pages == 1 { "" } else { "s" }, elapsed.as_millis());
        }
        Report::Reindexed { locales, elapsed } => {
            let codes: Vec<&str> = locales.iter().map(String::as_str).collect();
            eprintln!("Search index of {} rebuilt in {} ms", codes.join(", "), elapsed.as_millis());
        }
        Report::Stopped => eprintln!("Stopped."),
        Report::Problems(diags) => {
            if diags.is_empty() {
                if had_problems.swap(false, Ordering::SeqCst) {
                    eprintln!("All problems fixed.");
                }
            } else {
                had_problems.store(true, Ordering::SeqCst);
                eprint!("{}", crate::report::render(diags, &root, crate::report::stderr_wants_color()));
                eprintln!(
                    "{} problem{}; serving the last good pages",
                    diags.len(),
                    if diags.len() == 1 { "" } else { "s" }
                );
            }
        }
    });
    crate::serve::run(&options, reporter)
}
