//! luukku — a static-site generator for a city's service guide and its
//! customer-service training package.
//!
//! Markdown service cards and training modules, one file per locale with YAML
//! front matter and a `meta.yaml` of language-neutral facts beside them, become
//! one static site in every configured locale (Finnish, Swedish, English and plain
//! Finnish for the bundled site).
//!
//! The pipeline, one module per stage:
//!
//! - [`config`]: `book.toml`, parsed strictly and resolved (locales, fallbacks, URL segments);
//! - [`content`]: the content tree loaded into a [`content::Library`] (walkdir, front matter, typed schemas);
//! - [`markdown`]: pulldown-cmark with heading ids, `@/` links, component blocks, sanitizing;
//! - [`i18n`]: Fluent interface strings with fallback chains, reached from templates by `t()`;
//! - [`templates`]: the theme's Tera templates with site overrides, and hashed assets;
//! - [`site`]: [`Site::load`] → validate → [`Site::render`] (parallel, pure, one table of page kinds in
//!   [`site::kinds`]) → [`site::writer`] (atomic); [`site::live`] re-renders only what an edit touched;
//! - [`import`]: `luukku import ptv`, the Suomi.fi service catalogue's records as service cards, written
//!   through one writer and checked by the content loader;
//! - [`search`]: a tantivy index per locale, exported as a static sharded index with a JS client;
//! - [`scaffold`]: `luukku init` and `luukku new` — starter sites and new items, never overwriting;
//! - [`serve`]: the live preview — the site in memory, rebuilt page by page as its sources change;
//! - [`check`]: `luukku check`, the content quality gate (translations, strings, links, plain language…);
//! - [`cli`]: the command line over all of it.
//!
//! Every problem in a user's files is an [`error::Diagnostic`] with file, line and column.

mod builtin;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod error;
mod fs;
pub mod i18n;
pub mod import;
pub mod markdown;
pub mod pdf;
pub mod report;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod templates;
pub mod yaml;

pub use config::Config;
pub use error::{Diagnostic, Error, Result, Severity};
pub use site::{Output, Site};
