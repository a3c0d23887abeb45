//! `luukku check`: the whole pipeline but the writing, plus the findings of
//! [`crate::check`], printed as text or as JSON for a city's CI.
//!
//! The command only parses its arguments and prints; findings are printed as
//! the build prints its errors, through [`crate::report`] (rustc's layout: the
//! source line underlined, the hint below).

use crate::check::Report;
use crate::Result;

/// Arguments of `luukku check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: super::RootArg,
    /// `text` (findings on stderr) or `json` (the report on stdout, shape in the README).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long)]
    deny_warnings: bool,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Runs the check; `Ok(false)` when it fails (errors, or warnings denied).
pub(super) fn execute(args: &Args) -> Result<bool> {
    let report = crate::check::check_root(&args.root.root, crate::check::today())?;
    match args.format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&report.to_json())
                .map_err(|e| crate::Error::Message(format!("the report does not serialize: {e}")))?;
            println!("{json}");
        }
        Format::Text => print_text(&report, &args.root.root),
    }
    Ok(!report.fails(args.deny_warnings))
}

fn print_text(report: &Report, root: &std::path::Path) {
    eprint!("{}", crate::report::render(&report.findings, root, crate::report::stderr_wants_color()));
    let (errors, warnings) = report.tally();
    let c = report.counts;
    let matrix: Vec<String> = report
        .translations
        .totals
        .iter()
        .map(|(locale, t)| format!("{locale} {} present, {} missing, {} stale", t.present, t.missing, t.stale))
        .collect();
    if !matrix.is_empty() {
        eprintln!("translations: {}", matrix.join("; "));
    }
    for l in &report.plain_language.locales {
        let m = &l.measures;
        eprintln!(
            "plain language{}: {} {:.1} words a sentence, {:.1} % long sentences, {:.1} % long words ({} files)",
            if l.plain_language { "" } else { " (for comparison)" },
            l.locale,
            m.average_sentence_words,
            m.long_sentence_share * 100.0,
            m.long_word_share * 100.0,
            l.files
        );
    }
    let verdict = if errors > 0 { "FAILED" } else { "OK" };
    eprintln!(
        "{verdict}: {} items, {} content files, {} pages would be written; {}, {}",
        c.items,
        c.content_files,
        c.pages,
        plural(errors, "error"),
        plural(warnings, "warning")
    );
}

/// `1 warning`, `2 warnings`.
fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}
