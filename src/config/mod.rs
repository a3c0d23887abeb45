//! The site's configuration: `book.toml`, parsed and then resolved.
//!
//! [`raw`] is what the user wrote; [`Config`] is what the rest of the crate uses:
//! absolute paths, validated locale codes, a fallback chain per locale and the
//! localized URL segment of every section. Locales come from here and nowhere else.

mod locale;
mod raw;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use locale::{Locale, LocaleCode};

use crate::content::Kind;
use crate::error::{line_col, Diagnostic, Error, Result};
use raw::RawConfig;

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
    section_slugs: BTreeMap<(Kind, LocaleCode), String>,
    /// The accessibility statement's facts, if the site publishes one.
    pub accessibility: Option<AccessibilityStatement>,
    accessibility_slugs: BTreeMap<LocaleCode, String>,
    /// The Chromium program `luukku pdf` prints with, when book.toml names one.
    pub chromium: Option<PathBuf>,
}

/// How far a site meets the accessibility requirements (WCAG 2.1 AA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComplianceStatus {
    /// Meets the requirements.
    Full,
    /// Meets them in part; the known shortcomings are listed.
    Partial,
    /// Does not meet them.
    None,
}

/// How the site's accessibility was assessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentMethod {
    /// By the organisation itself.
    #[default]
    SelfAssessment,
    /// By an outside assessor.
    ThirdParty,
}

/// The facts of the accessibility statement (`[accessibility]` in book.toml), as
/// the Finnish act on providing digital services asks for them.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AccessibilityStatement {
    /// Compliance.
    pub status: ComplianceStatus,
    /// When the statement was prepared (YYYY-MM-DD).
    pub prepared: String,
    /// When it was last reviewed.
    pub reviewed: Option<String>,
    /// How compliance was assessed.
    pub method: AssessmentMethod,
    /// Where to send accessibility feedback by e-mail.
    pub feedback_email: Option<String>,
    /// A feedback form.
    pub feedback_url: Option<String>,
    /// The supervising authority.
    pub authority_name: crate::content::LocalizedText,
    /// Its web site.
    pub authority_url: String,
    /// Its e-mail.
    pub authority_email: Option<String>,
    /// Its phone.
    pub authority_phone: Option<String>,
    /// Known shortcomings.
    pub shortcomings: Vec<crate::content::LocalizedText>,
}

impl Config {
    /// Reads and validates `book.toml` under `root`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            return Err(Error::Message(format!(
                "no `{CONFIG_FILE}` in `{}`; expected a site root (run `luukku build --root DIR` with the folder that holds {CONFIG_FILE})",
                root.display()
            )));
        }
        let text = crate::fs::read_text(&path, Path::new(CONFIG_FILE))?;
        Config::parse(&text, root)
    }

    /// Parses and validates the text of a `book.toml` belonging to the site at `root`.
    pub fn parse(text: &str, root: &Path) -> Result<Config> {
        let shown = Path::new(CONFIG_FILE);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            Error::from(Diagnostic::new(shown, line, column, e.message().trim_end().to_string()))
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

    /// The URL segment of a section in a locale: configured for the locale or its
    /// fallbacks, else the section's folder name.
    pub fn section_slug(&self, kind: Kind, locale: &LocaleCode) -> &str {
        self.fallback_chain(locale)
            .iter()
            .find_map(|l| self.section_slugs.get(&(kind, l.code.clone())))
            .map_or(kind.dir_name(), String::as_str)
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

struct Resolver<'a> {
    text: &'a str,
    shown: &'a Path,
    diags: Vec<Diagnostic>,
}

impl Resolver<'_> {
    fn at<T>(&mut self, spanned: &toml::Spanned<T>, message: String) {
        let (line, column) = line_col(self.text, spanned.span().start);
        self.diags.push(Diagnostic::new(self.shown, line, column, message));
    }

    fn resolve(mut self, raw: RawConfig, root: &Path) -> Result<Config> {
        let base_url = raw.base_url.get_ref().trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            self.at(
                &raw.base_url,
                format!(
                    "base-url `{}` is not an absolute URL; expected e.g. `https://palvelut.example.fi`",
                    raw.base_url.get_ref()
                ),
            );
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
            let Some(kind) = Kind::from_dir_name(section.get_ref()) else {
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
                section_slugs.insert((kind, code), slug);
            }
        }
        let (accessibility, accessibility_slugs) = match raw.accessibility {
            Some(a) => {
                let (statement, slugs) = self.accessibility(a, &locales);
                (Some(statement), slugs)
            }
            None => (None, BTreeMap::new()),
        };
        Error::from_diagnostics(self.diags)?;
        Ok(Config {
            accessibility,
            accessibility_slugs,
            chromium: raw.chromium.map(|c| root.join(c)),
            root: root.to_path_buf(),
            title: raw.title,
            base_url,
            default_locale: LocaleCode::new_unchecked(raw.default_locale.get_ref()),
            locales,
            theme: raw.theme,
            output_dir: root.join(raw.output_dir),
            local_links: raw.local_links,
            section_slugs,
        })
    }

    fn accessibility(
        &mut self,
        a: raw::RawAccessibility,
        locales: &[Locale],
    ) -> (AccessibilityStatement, BTreeMap<LocaleCode, String>) {
        for date in std::iter::once(&a.prepared).chain(a.reviewed.as_ref()) {
            if crate::content::service::Date::parse(date.get_ref()).is_none() {
                self.at(date, format!("`{}` is not a date; expected YYYY-MM-DD", date.get_ref()));
            }
        }
        let slugs = self.slugs_by_locale("the accessibility statement", &a.slug, locales);
        let statement = AccessibilityStatement {
            status: a.status,
            prepared: a.prepared.into_inner(),
            reviewed: a.reviewed.map(toml::Spanned::into_inner),
            method: a.method,
            feedback_email: a.feedback_email,
            feedback_url: a.feedback_url,
            authority_name: a.authority_name,
            authority_url: a.authority_url,
            authority_email: a.authority_email,
            authority_phone: a.authority_phone,
            shortcomings: a.shortcomings,
        };
        (statement, slugs)
    }

    /// A table of URL segments by locale code (`fi = "palvelut"`), checked: every
    /// code configured, every segment a URL segment.
    fn slugs_by_locale(
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

fn list(locales: &[Locale]) -> String {
    locales.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
}

/// A URL segment we generate or accept from users: lower-case ASCII, digits, `-`.
pub(crate) fn is_url_segment(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}
