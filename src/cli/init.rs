//! `luukku init DIR`: writes a starter site and says what to do next.

use std::path::PathBuf;

use crate::scaffold::{self, InitOptions};
use crate::Result;

/// Arguments of `luukku init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to create the site in (new, or empty).
    dir: PathBuf,
    /// The site's title (book.toml `title`).
    #[arg(long)]
    title: Option<String>,
    /// The address the site will be published at (book.toml `base-url`).
    #[arg(long)]
    base_url: Option<String>,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let written = scaffold::init(&args.dir, &InitOptions::new(args.title.clone(), args.base_url.clone()))?;
    let dir = written.dir.display();
    println!("Created a site in `{dir}` ({} files):", written.files.len());
    println!("  book.toml       title, address, locales, sections");
    println!("  content/        one example of each kind, in every locale");
    println!("  locales/        the locales' synonym lists (interface strings are built in)");
    println!("  templates/      your own versions of the theme's templates, if you need any");
    println!();
    println!("Next:");
    println!("  luukku serve --root {dir}        # preview as you edit");
    println!("  luukku new service NAME --root {dir}");
    println!("  luukku check --root {dir}        # everything that is wrong or stale");
    println!("  luukku build --root {dir}        # the site into {dir}/public");
    Ok(())
}
