//! `luukku new KIND SLUG`: a new item folder with a file per configured locale.

use clap::ValueEnum;
use jiff::tz::TimeZone;

use crate::content::Kind;
use crate::{scaffold, Config, Result};

/// The kinds of item `luukku new` makes.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum NewKind {
    /// A service card (content/services/).
    Service,
    /// A training module (content/training/, numbered after the last one).
    Module,
    /// A glossary term (content/glossary/).
    Term,
    /// A customer persona (content/personas/).
    Persona,
    /// A plain page (content/pages/).
    Page,
}

impl NewKind {
    fn kind(self) -> Kind {
        match self {
            NewKind::Service => Kind::Service,
            NewKind::Module => Kind::Training,
            NewKind::Term => Kind::Glossary,
            NewKind::Persona => Kind::Persona,
            NewKind::Page => Kind::Page,
        }
    }
}

/// Arguments of `luukku new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to make.
    #[arg(value_enum)]
    kind: NewKind,
    /// The item's folder name: lower-case words joined by `-` (`library-card`).
    slug: String,
    #[command(flatten)]
    root: super::RootArg,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let config = Config::load(&args.root.root)?;
    let written = scaffold::new_item(&args.root.root, args.kind.kind(), &args.slug, &today(&config.time_zone))?;
    println!("Created `{}`:", written.dir.display());
    for file in &written.files {
        println!("  {}", file.display());
    }
    println!("Write the text in each file, then run `luukku check` to see what is still missing.");
    Ok(())
}

/// Today's date in the site's time zone (a new service card's review date); UTC
/// when the zone is unknown to this machine.
fn today(zone: &str) -> String {
    let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
    jiff::Timestamp::now().to_zoned(tz).date().to_string()
}
