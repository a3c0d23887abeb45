//! `luukku search`: asks a locale's index from the terminal, as the browser does.

use std::io::Write as _;

use crate::content::Kind;
use crate::error::{Error, Result};
use crate::search::query::{did_you_mean, Origin};
use crate::search::{Corpus, LocaleIndex};
use crate::Site;

/// Arguments of `luukku search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to search for, as a reader would type it (`bussikortin lataus`).
    query: String,
    #[command(flatten)]
    root: super::RootArg,
    /// The locale to search: its code in book.toml (`fi`, `sv`, `en`, `fi-selko`).
    #[arg(long)]
    locale: String,
    /// Show at most this many results.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Only results of this kind: service, training, glossary, persona or page.
    #[arg(long)]
    kind: Option<String>,
    /// Print the results as a JSON array of {key, url, title, kind, score}, with
    /// `"corrected": true` on those a query with few results found only through
    /// a similar word.
    #[arg(long)]
    json: bool,
    /// Print, as JSON, how the query is matched: its words, their stems and the
    /// index terms each word matches, with where each word comes from (`origin`:
    /// typed, a `part` of a split compound, a `synonym`; `of`: the typed word or
    /// phrase) and the terms a typo was `corrected` to.
    #[arg(long)]
    explain: bool,
}

pub(super) fn execute(args: &Args) -> Result<()> {
    let site = Site::load(&args.root.root)?;
    let codes: Vec<&str> = site.config.locales.iter().map(|l| l.code.as_str()).collect();
    let locale = site.config.locales.iter().find(|l| l.code.as_str() == args.locale).ok_or_else(|| {
        Error::Message(format!("unknown locale `{}`; expected one of {}", args.locale, codes.join(", ")))
    })?;
    if let Some(kind) = &args.kind {
        if !Kind::ALL.iter().any(|k| k.code() == kind) {
            let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
            return Err(Error::Message(format!("unknown kind `{kind}`; expected one of {}", kinds.join(", "))));
        }
    }
    let index = LocaleIndex::build(&Corpus::new(&site.config, &site.library), locale)?;
    if args.explain {
        let words: Vec<(String, String)> =
            index.analyzer().analyze(&args.query).into_iter().map(|w| (w.folded, w.stem)).collect();
        let explained = serde_json::json!({ "words": words, "plan": index.plan(&args.query) });
        return print(&serde_json::to_string_pretty(&explained).unwrap_or_default());
    }
    let hits = index.search(&args.query, args.kind.as_deref(), args.limit)?;
    if args.json {
        return print(&serde_json::to_string_pretty(&hits).unwrap_or_else(|_| "[]".to_string()));
    }
    let mut text = String::new();
    let planned = index.plan(&args.query);
    let mut notes: Vec<(String, Vec<&str>)> = Vec::new();
    for w in &planned {
        let (Some(of), Origin::Part | Origin::Synonym) = (&w.of, w.origin) else { continue };
        let how =
            if w.origin == Origin::Part { format!("`{of}` split into") } else { format!("`{of}` also searched as") };
        match notes.iter_mut().find(|(h, _)| *h == how) {
            Some((_, words)) => words.push(&w.word),
            None => notes.push((how, vec![&w.word])),
        }
    }
    for (how, words) in notes {
        text.push_str(&format!("{how} {}\n", words.join(" + ")));
    }
    if let Some(better) = did_you_mean(&args.query, &planned) {
        text.push_str(&format!("Did you mean: {better}\n"));
    }
    if hits.is_empty() {
        text.push_str(&format!("No results for `{}` in {}.", args.query, locale.code));
    }
    for (i, hit) in hits.iter().enumerate() {
        if hit.corrected && (i == 0 || !hits[i - 1].corrected) {
            text.push_str("Few results; these were found with a similar word:\n");
        }
        text.push_str(&format!(
            "{:>2}. {} ({}, {:.3})\n    {}  {}\n",
            i + 1,
            hit.title,
            hit.kind,
            hit.score,
            hit.key,
            hit.url
        ));
    }
    print(text.trim_end())
}

/// Prints to standard output; a reader that stops reading (`| head`) is no error.
fn print(text: &str) -> Result<()> {
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("failed to write", std::path::Path::new("<stdout>"), e))
        }
        _ => Ok(()),
    }
}
