//! The command line: argument parsing and one function per command.
//!
//! Commands only parse their arguments and call the library; errors come back
//! here and are printed once by [`run`]: located problems as rustc-style
//! reports ([`crate::report`]), anything else with its whole cause chain.

mod build;
mod check;
mod import;
mod init;
mod new;
mod pdf;
mod search;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// luukku: a multilingual static site for a city's services and training.
#[derive(Debug, Parser)]
#[command(name = "luukku", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into its output folder.
    Build(build::Args),
    /// Load, validate and render the site without writing anything.
    Check(check::Args),
    /// Create a new site, with one example of each kind of item, in a new or empty folder.
    Init(init::Args),
    /// Add a service card, module, term, persona or page, with a file per locale.
    New(new::Args),
    /// Import service descriptions from another source (`import ptv`: the Suomi.fi service catalogue).
    #[command(subcommand)]
    Import(import::Source),
    /// Print a handout, worksheets, the whole package, the guide, the pocket guide or the poster to PDF.
    Pdf(pdf::Args),
    /// Search a locale's pages, ranked as the site's search box ranks them.
    Search(search::Args),
    /// Serve a live preview on this machine that follows every edit.
    Serve(serve::Args),
}

/// The folder of the site to work on.
#[derive(Debug, clap::Args)]
pub struct RootArg {
    /// The site root, the folder holding book.toml.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

/// Parses the process arguments, runs the command and maps the result to an exit code.
pub fn run() -> ExitCode {
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // Every command takes `--root`: diagnostics show the lines of the files under it.
    let mut root = PathBuf::from(".");
    let mut sub = matches.subcommand();
    while let Some((_, m)) = sub {
        if let Some(r) = m.try_get_one::<PathBuf>("root").ok().flatten() {
            root.clone_from(r);
        }
        sub = m.subcommand();
    }
    let result = match cli.command {
        Command::Build(args) => build::execute(&args),
        Command::Check(args) => match check::execute(&args) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(e) => Err(e),
        },
        Command::Init(args) => init::execute(&args),
        Command::New(args) => new::execute(&args),
        Command::Import(source) => import::execute(&source),
        Command::Pdf(args) => pdf::execute(&args),
        Command::Search(args) => search::execute(&args),
        Command::Serve(args) => serve::execute(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match &e {
                crate::Error::Content(diags) => crate::report::eprint(diags, &root),
                other => eprintln!("error: {}", crate::templates::error_chain(other)),
            }
            ExitCode::FAILURE
        }
    }
}
