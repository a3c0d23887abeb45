//! `luukku import ptv`: the Suomi.fi service catalogue's records as service cards.
//!
//! Parses the arguments, calls [`crate::import`] and prints its report: what was
//! written, what the records had that the cards do not, and every problem. The
//! command fails (exit 1) when any file or link could not be imported.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::import::{import_ptv, Options, Outcome};

/// Where to import from.
#[derive(Debug, clap::Subcommand)]
pub enum Source {
    /// Write service cards from the Suomi.fi service catalogue's (PTV) open-API JSON files.
    Ptv(Args),
}

/// Arguments of `luukku import ptv`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of catalogue JSON files (services/, servicechannels/, organizations/).
    #[arg(long)]
    from: PathBuf,
    #[command(flatten)]
    root: super::RootArg,
    /// Only the services offered in this municipality (its name or code); nationwide ones too.
    #[arg(long)]
    municipality: Option<String>,
}

pub(super) fn execute(source: &Source) -> Result<()> {
    let Source::Ptv(args) = source;
    let options = Options { from: args.from.clone(), municipality: args.municipality.clone() };
    let report = import_ptv(&args.root.root, &options)?;
    for d in &report.problems {
        eprintln!("error: {d}");
    }
    for path in &report.kept {
        println!("kept {} (written by hand: no import mark)", path.display());
    }
    if !report.dropped.is_empty() {
        println!("left out of the cards ({}):", report.dropped.len());
        for note in &report.dropped {
            println!("  {note}");
        }
    }
    let count = |o: Outcome| report.cards.values().filter(|x| **x == o).count();
    let (services, channels, organisations) = report.read;
    let locales: Vec<String> = report.locales.iter().map(|(l, n)| format!("{l} {n}")).collect();
    println!(
        "read {services} services, {channels} channels, {organisations} organisations; wrote {} cards ({} new, {} updated, {} unchanged) with {} channels; locale files: {}",
        report.cards.len(),
        count(Outcome::Created),
        count(Outcome::Updated),
        count(Outcome::Unchanged),
        report.channels,
        if locales.is_empty() { "none".to_string() } else { locales.join(", ") },
    );
    if report.other_municipalities > 0 {
        println!("{} services are offered only in other municipalities", report.other_municipalities);
    }
    if report.failed() {
        return Err(Error::Message(format!(
            "{} problem{} in the import; the other records were imported",
            report.problems.len(),
            if report.problems.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}
