//! `luukku check`: the whole pipeline but the writing, plus reports that do not
//! fail a build (interface strings a locale lacks).

use crate::{Result, Site};

/// Arguments of `luukku check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: super::RootArg,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let site = Site::load(&args.root.root)?;
    let output = site.render(&|| {})?;
    for (locale, id) in site.missing_strings() {
        eprintln!("warning: locales/{locale}/: no message `{id}` (nor in its fallback locales)");
    }
    let untranslated: usize = site
        .library
        .items
        .values()
        .map(|i| site.config.locales.iter().filter(|l| !i.translations.contains_key(&l.code)).count())
        .sum();
    eprintln!(
        "OK: {} items, {} content files, {} pages would be written; {untranslated} item translations missing",
        site.library.items.len(),
        site.library.translation_count(),
        output.pages_per_locale.values().sum::<usize>()
    );
    Ok(())
}
