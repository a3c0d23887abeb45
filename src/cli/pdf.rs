//! `luukku pdf`: one print view of the site — a module's handout or worksheets,
//! the whole package, the facilitator's guide, the pocket guide or the values
//! poster — as a PDF, printed by headless Chromium from a fresh build.

use std::path::PathBuf;

use crate::pdf::{find_chromium, print, TempDir};
use crate::site::print::{render_target, Target, GUIDE_KEY, POCKET_GUIDE_KEY, POSTER_KEY};
use crate::{Error, Result, Site};

/// Arguments of `luukku pdf`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["module", "book", "guide", "pocket_guide", "poster", "worksheets"])))]
pub struct Args {
    #[command(flatten)]
    root: super::RootArg,
    /// The locale to print (`fi`, `sv` …).
    #[arg(long)]
    locale: String,
    /// A module's facilitator handout, by folder name (`04-solution-focus`).
    #[arg(long, value_name = "ID")]
    module: Option<String>,
    /// The whole training package.
    #[arg(long)]
    book: bool,
    /// The facilitator's guide.
    #[arg(long)]
    guide: bool,
    /// The pocket guide (one sheet, both sides).
    #[arg(long)]
    pocket_guide: bool,
    /// The values poster (one landscape page).
    #[arg(long)]
    poster: bool,
    /// A module's participant worksheets, by folder name.
    #[arg(long, value_name = "ID")]
    worksheets: Option<String>,
    /// Where to write the PDF (default: a name from what and the locale, in this folder).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let (target, name) = match (&args.module, &args.worksheets) {
        (Some(id), _) => (Target::Handout(id.clone()), format!("handout-{id}")),
        (_, Some(id)) => (Target::Worksheets(id.clone()), format!("worksheets-{id}")),
        _ if args.book => (Target::Book, "training-package".to_string()),
        _ if args.guide => (Target::Page(GUIDE_KEY.into()), "facilitators-guide".to_string()),
        _ if args.pocket_guide => (Target::Page(POCKET_GUIDE_KEY.into()), "pocket-guide".to_string()),
        _ => (Target::Page(POSTER_KEY.into()), "values-poster".to_string()),
    };
    let site = Site::load(&args.root.root)?;
    let (file, output) = render_target(&site, &args.locale, &target)?;
    let chromium = find_chromium(site.config.chromium.as_deref(), std::env::var_os("PATH").as_deref())?;
    let out = TempDir::new("site")?;
    crate::site::writer::write(&output, &site.config.root, &out.0)?;
    let pdf = print(&chromium, &out.0.join(&file))?;
    let dest = args.output.clone().unwrap_or_else(|| PathBuf::from(format!("{name}-{}.pdf", args.locale)));
    std::fs::write(&dest, &pdf).map_err(|source| Error::Io {
        action: "failed to write",
        path: dest.clone(),
        source,
    })?;
    eprintln!("wrote {} ({} bytes)", dest.display(), pdf.len());
    Ok(())
}
