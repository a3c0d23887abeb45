//! The site's configuration: `book.toml`, parsed and then resolved.
//!
//! [`raw`] is what the user wrote; [`Config`] is what the rest of the crate uses:
//! absolute paths, validated locale codes, a fallback chain per locale and the
//! localized URL segment of every section. Locales come from here and nowhere else.
//!
//! This is the ground floor of the crate: it imports nothing from `content`,
//! `site` or the other stages, which all build on it. Sections are keyed by their
//! folder name under `content/` ([`SECTIONS`]).

mod accessibility;
mod check;
mod date;
mod locale;
mod localized;
pub mod output;
mod raw;
#[cfg(test)]
mod tests;
pub mod url_policy;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use accessibility::{AccessibilityStatement, AssessmentMethod, ComplianceStatus};
pub use check::{CheckSettings, PlainLanguageLimits};
pub use date::Date;
pub use locale::{Locale, LocaleCode};
pub use localized::LocalizedText;

use crate::error::{line_col, Diagnostic, Error, Result};
use crate::report::codes;
use raw::RawConfig;

/// The section folders under `content/`, in the order sections are listed.
pub const SECTIONS: [&str; 5] = ["services", "training", "glossary", "personas", "pages"];

/// The time zone of opening hours when book.toml names none.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Helsinki";

/// An item named in book.toml, with where it is named (checked once content is loaded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    /// The item's key (`services/service-point`).
    pub key: String,
    /// The line in book.toml.
    pub line: usize,
    /// The column in book.toml.
    pub column: usize,
}

/// The file name of the configuration at a site's root.
pub const CONFIG_FILE: &str = "book.toml";

/// A validated site configuration.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// The site root (the folder holding `book.toml`).
    pub root: PathBuf,
    /// The site's title, used where a locale sets none.
    pub title: String,
    /// Absolute URL the site is published under, without a trailing slash.
    pub base_url: String,
    /// The default locale: what `/` sends readers to.
    pub default_locale: LocaleCode,
    /// Every configured locale, in the order of `book.toml`.
    pub locales: Vec<Locale>,
    /// The theme's name (a folder under `themes/`).
    pub theme: String,
    /// Where the site is written (absolute).
    pub output_dir: PathBuf,
    /// Link to `…/index.html` rather than `…/`, so the site can be browsed from disk.
    pub local_links: bool,
    /// The URL segment of each section in each locale.
    section_slugs: BTreeMap<(String, LocaleCode), String>,
    /// The accessibility statement's facts, if the site publishes one.
    pub accessibility: Option<AccessibilityStatement>,
    accessibility_slugs: BTreeMap<LocaleCode, String>,
    /// The service card of the service centre (`service-centre`), whose phone and
    /// chat a search that finds nothing offers, with where book.toml names it.
    pub service_centre: Option<ItemRef>,
    /// The IANA time zone the services' opening hours are in (`time-zone`,
    /// default `Europe/Helsinki`); "open now" is computed in it.
    pub time_zone: String,
    /// The Chromium program `luukku pdf` prints with, when book.toml names one.
    pub chromium: Option<PathBuf>,
    /// The limits `luukku check` holds the content to (`[check]`).
    pub check: CheckSettings,
}

impl Config {
    /// Reads and validates `book.toml` under `root`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        if !crate::fs::exists(&path) {
            return Err(Error::Message(format!(
                "no `{CONFIG_FILE}` in `{}`; expected a site root (run `luukku build --root DIR` with the folder that holds {CONFIG_FILE})",
                root.display()
            )));
        }
        let text = crate::fs::read_text(root, &path)?;
        Config::parse(&text, root)
    }

    /// Parses and validates the text of a `book.toml` belonging to the site at `root`.
    pub fn parse(text: &str, root: &Path) -> Result<Config> {
        let shown = Path::new(CONFIG_FILE);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            let len = e.span().map_or(0, |s| span_chars(text, s));
            let message = e.message().trim_end().to_string();
            Error::from(Diagnostic::new(shown, line, column, message).with_len(len).with_code(codes::CONFIG))
        })?;
        Resolver { text, shown, diags: Vec::new() }.resolve(raw, root)
    }

    /// The locale with this code.
    pub fn locale(&self, code: &LocaleCode) -> Option<&Locale> {
        self.locales.iter().find(|l| &l.code == code)
    }

    /// The locale with this code as a string (e.g. from a file name).
    pub fn locale_by_str(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code.as_str() == code)
    }

    /// `code` followed by its fallbacks, nearest first.
    pub fn fallback_chain(&self, code: &LocaleCode) -> Vec<&Locale> {
        let mut chain = Vec::new();
        let mut next = self.locale(code);
        while let Some(locale) = next {
            if chain.iter().any(|l: &&Locale| l.code == locale.code) {
                break;
            }
            chain.push(locale);
            next = locale.fallback.as_ref().and_then(|f| self.locale(f));
        }
        chain
    }

    /// The URL segment of a section (named by its folder, `services`) in a
    /// locale: configured for the locale or its fallbacks, else the folder name.
    pub fn section_slug<'a>(&'a self, section: &'a str, locale: &LocaleCode) -> &'a str {
        self.fallback_chain(locale)
            .iter()
            .find_map(|l| self.section_slugs.get(&(section.to_string(), l.code.clone())))
            .map_or(section, String::as_str)
    }

    /// The URL segment of the accessibility statement in a locale.
    pub fn accessibility_slug(&self, locale: &LocaleCode) -> &str {
        self.fallback_chain(locale)
            .iter()
            .find_map(|l| self.accessibility_slugs.get(&l.code))
            .map_or("accessibility", String::as_str)
    }

    /// The title of the site in a locale.
    pub fn title_in(&self, locale: &LocaleCode) -> &str {
        self.fallback_chain(locale).iter().find_map(|l| l.title.as_deref()).unwrap_or(&self.title)
    }

    /// The folder a theme lives in.
    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}

/// How many characters a byte span of `text` covers (for the underline).
fn span_chars(text: &str, span: std::ops::Range<usize>) -> usize {
    text.get(span).map_or(0, |t| t.chars().count())
}

pub(crate) struct Resolver<'a> {
    text: &'a str,
    shown: &'a Path,
    diags: Vec<Diagnostic>,
}

impl Resolver<'_> {
    pub(crate) fn at<T>(&mut self, spanned: &toml::Spanned<T>, message: String) {
        let (line, column) = line_col(self.text, spanned.span().start);
        let len = span_chars(self.text, spanned.span());
        self.diags.push(Diagnostic::new(self.shown, line, column, message).with_len(len).with_code(codes::CONFIG));
    }

    fn resolve(mut self, raw: RawConfig, root: &Path) -> Result<Config> {
        let base_url = raw.base_url.get_ref().trim_end_matches('/').to_string();
        let base_ok = url_policy::check_absolute_web(&base_url).and_then(|()| {
            if base_url.contains(['?', '#']) {
                Err("a base-url ends with the site's path; expected no `?query` or `#fragment`".to_string())
            } else {
                Ok(())
            }
        });
        if let Err(why) = base_ok {
            self.at(&raw.base_url, format!("base-url: {why}"));
        }
        if !is_folder_name(raw.theme.get_ref()) {
            let msg = format!(
                "theme `{}` is not a folder name under themes/; expected a name such as `default` (letters, digits, `-`, `_`)",
                raw.theme.get_ref()
            );
            self.at(&raw.theme, msg);
        }
        let output_dir = output::resolve_output_dir(root, raw.output_dir.get_ref());
        if let Err(why) = &output_dir {
            self.at(&raw.output_dir, format!("output-dir: {why}"));
        }
        let locales = self.locales(&raw);
        let known = |code: &str| locales.iter().any(|l: &Locale| l.code.as_str() == code);
        if !known(raw.default_locale.get_ref()) {
            let msg = format!(
                "default-locale `{}` is not one of the configured locales ({})",
                raw.default_locale.get_ref(),
                list(&locales)
            );
            self.at(&raw.default_locale, msg);
        }
        let mut section_slugs = BTreeMap::new();
        for (section, slugs) in &raw.sections {
            let Some(kind) = SECTIONS.iter().find(|s| **s == section.get_ref()) else {
                self.at(
                    section,
                    format!(
                        "unknown section `{}`; expected one of services, training, glossary, personas",
                        section.get_ref()
                    ),
                );
                continue;
            };
            let what = format!("section `{}`", section.get_ref());
            for (code, slug) in self.slugs_by_locale(&what, slugs, &locales) {
                section_slugs.insert((kind.to_string(), code), slug);
            }
        }
        let (accessibility, accessibility_slugs) = match raw.accessibility {
            Some(a) => {
                let (statement, slugs) = self.accessibility(a, &locales);
                (Some(statement), slugs)
            }
            None => (None, BTreeMap::new()),
        };
        let time_zone = raw.time_zone.as_ref().map_or(DEFAULT_TIME_ZONE, |z| z.get_ref().as_str()).to_string();
        if icu_time::zone::iana::IanaParser::new().parse(&time_zone).is_unknown() {
            if let Some(z) = &raw.time_zone {
                self.at(
                    z,
                    format!("time-zone `{time_zone}` is not an IANA time zone; expected e.g. `Europe/Helsinki`"),
                );
            }
        }
        let service_centre = raw.service_centre.as_ref().and_then(|c| {
            let key = c.get_ref().trim_end_matches('/').to_string();
            if !key.strip_prefix("services/").is_some_and(is_url_segment) {
                self.at(c, format!("service-centre `{key}` is not a service card; expected `services/<folder>`, such as `services/service-point`"));
                return None;
            }
            let (line, column) = line_col(self.text, c.span().start);
            Some(ItemRef { key, line, column })
        });
        let check = raw.check.unwrap_or_default().resolve(|v, msg| self.at(v, msg));
        Error::from_diagnostics(self.diags)?;
        Ok(Config {
            check,
            service_centre,
            time_zone,
            accessibility,
            accessibility_slugs,
            chromium: raw.chromium.map(|c| root.join(c)),
            root: root.to_path_buf(),
            title: raw.title,
            base_url,
            default_locale: LocaleCode::new_unchecked(raw.default_locale.get_ref()),
            locales,
            theme: raw.theme.into_inner(),
            output_dir: output_dir.map_err(Error::Message)?,
            local_links: raw.local_links,
            section_slugs,
        })
    }

    /// A table of URL segments by locale code (`fi = "palvelut"`), checked: every
    /// code configured, every segment a URL segment.
    pub(crate) fn slugs_by_locale(
        &mut self,
        what: &str,
        table: &BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
        locales: &[Locale],
    ) -> BTreeMap<LocaleCode, String> {
        let mut out = BTreeMap::new();
        for (code, slug) in table {
            if !locales.iter().any(|l| l.code.as_str() == code.get_ref()) {
                let msg =
                    format!("{what} names locale `{}`, which is not configured ({})", code.get_ref(), list(locales));
                self.at(code, msg);
            } else if !is_url_segment(slug.get_ref()) {
                let msg = format!(
                    "`{}` is not a URL segment; expected lower-case ASCII letters, digits and `-`",
                    slug.get_ref()
                );
                self.at(slug, msg);
            } else {
                out.insert(LocaleCode::new_unchecked(code.get_ref()), slug.get_ref().clone());
            }
        }
        out
    }

    fn locales(&mut self, raw: &RawConfig) -> Vec<Locale> {
        let mut locales: Vec<Locale> = Vec::new();
        if raw.locales.is_empty() {
            self.diags.push(Diagnostic::new(
                self.shown,
                1,
                1,
                "no locales configured; expected at least one [[locale]] table",
            ));
        }
        for rl in &raw.locales {
            let code = rl.code.get_ref();
            if !LocaleCode::is_valid(code) {
                self.at(&rl.code, format!("`{code}` is not a locale code; expected a language code with optional subtags, such as `fi`, `sv` or `fi-selko`"));
                continue;
            }
            if locales.iter().any(|l| l.code.as_str() == code) {
                self.at(&rl.code, format!("locale `{code}` is configured twice"));
                continue;
            }
            let lang = rl
                .lang
                .as_ref()
                .map_or_else(|| code.split('-').next().unwrap_or(code).to_string(), |l| l.get_ref().clone());
            if lang.parse::<unic_langid::LanguageIdentifier>().is_err() {
                let spanned = rl.lang.as_ref().unwrap_or(&rl.code);
                self.at(spanned, format!("`{lang}` is not a BCP 47 language tag for the HTML `lang` attribute"));
            }
            let prefix = rl.prefix.as_ref().map_or_else(|| code.clone(), |p| p.get_ref().clone());
            if !is_url_segment(&prefix) {
                let spanned = rl.prefix.as_ref().unwrap_or(&rl.code);
                self.at(
                    spanned,
                    format!(
                        "prefix `{prefix}` is not a URL segment; expected lower-case ASCII letters, digits and `-`"
                    ),
                );
            } else if locales.iter().any(|l| l.prefix == prefix) {
                let spanned = rl.prefix.as_ref().unwrap_or(&rl.code);
                self.at(spanned, format!("prefix `{prefix}` is already used by another locale"));
            }
            locales.push(Locale {
                code: LocaleCode::new_unchecked(code),
                prefix,
                lang,
                name: rl.name.clone(),
                title: rl.title.clone(),
                fallback: rl.fallback.as_ref().map(|f| LocaleCode::new_unchecked(f.get_ref())),
                plain_language_of: rl.plain_language_of.as_ref().map(|f| LocaleCode::new_unchecked(f.get_ref())),
            });
        }
        for rl in &raw.locales {
            for (what, value) in [("fallback", &rl.fallback), ("plain-language-of", &rl.plain_language_of)] {
                if let Some(v) = value {
                    if v.get_ref() == rl.code.get_ref() {
                        self.at(v, format!("{what} of `{}` is the locale itself", rl.code.get_ref()));
                    } else if !locales.iter().any(|l| l.code.as_str() == v.get_ref()) {
                        let msg = format!(
                            "{what} `{}` is not one of the configured locales ({})",
                            v.get_ref(),
                            list(&locales)
                        );
                        self.at(v, msg);
                    }
                }
            }
        }
        // A fallback cycle would make every lookup loop; refuse it.
        for locale in &locales {
            let mut seen = vec![&locale.code];
            let mut next = locale.fallback.as_ref();
            while let Some(code) = next {
                if seen.contains(&code) {
                    if let Some(rl) = raw.locales.iter().find(|r| r.code.get_ref() == locale.code.as_str()) {
                        if let Some(f) = &rl.fallback {
                            self.at(f, format!("the fallbacks of `{}` form a cycle", locale.code));
                        }
                    }
                    break;
                }
                seen.push(code);
                next = locales.iter().find(|l| &l.code == code).and_then(|l| l.fallback.as_ref());
            }
        }
        locales
    }
}

/// A theme's folder name: letters, digits, `-` and `_`, so it stays under `themes/`.
fn is_folder_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn list(locales: &[Locale]) -> String {
    locales.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
}

/// The longest URL segment accepted: well within a file name's 255 bytes.
pub const MAX_SEGMENT: usize = 80;

/// A URL segment we generate or accept from users: lower-case ASCII, digits,
/// `-`, at most [`MAX_SEGMENT`] characters (it also names a folder of the output).
pub(crate) fn is_url_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SEGMENT
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}
