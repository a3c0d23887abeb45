//! `book.toml` exactly as the user wrote it.
//!
//! Every table denies unknown keys, so a misspelt key is an error that names the
//! key, the file and the line rather than a setting silently ignored. Values that
//! are checked after parsing keep their span so those errors can point at them too.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// The top level of `book.toml`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawConfig {
    pub title: String,
    pub base_url: Spanned<String>,
    pub default_locale: Spanned<String>,
    #[serde(default = "default_theme")]
    pub theme: Spanned<String>,
    #[serde(default = "default_output_dir")]
    pub output_dir: Spanned<String>,
    #[serde(default)]
    pub local_links: bool,
    #[serde(rename = "locale")]
    pub locales: Vec<RawLocale>,
    #[serde(default)]
    pub sections: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>,
    pub accessibility: Option<RawAccessibility>,
    /// IANA time zone of the services' opening hours (`Europe/Helsinki`).
    pub time_zone: Option<Spanned<String>>,
    /// The service card of the service centre (`services/service-point`), whose
    /// phone and chat a search that finds nothing offers.
    pub service_centre: Option<Spanned<String>>,
    /// The Chromium program `luukku pdf` prints with (else found on PATH).
    pub chromium: Option<String>,
    /// The limits of `luukku check`.
    pub check: Option<super::check::RawCheck>,
}

/// `[accessibility]`: the facts of the accessibility statement.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawAccessibility {
    pub status: crate::config::ComplianceStatus,
    pub prepared: Spanned<String>,
    pub reviewed: Option<Spanned<String>>,
    #[serde(default)]
    pub method: crate::config::AssessmentMethod,
    pub feedback_email: Option<String>,
    pub feedback_url: Option<Spanned<String>>,
    pub authority_name: Spanned<crate::config::LocalizedText>,
    pub authority_url: Spanned<String>,
    pub authority_email: Option<String>,
    pub authority_phone: Option<String>,
    #[serde(default)]
    pub shortcomings: Vec<Spanned<crate::config::LocalizedText>>,
    #[serde(default)]
    pub slug: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// One `[[locale]]` table.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawLocale {
    pub code: Spanned<String>,
    pub prefix: Option<Spanned<String>>,
    pub lang: Option<Spanned<String>>,
    pub name: String,
    pub title: Option<String>,
    pub fallback: Option<Spanned<String>>,
    pub plain_language_of: Option<Spanned<String>>,
}

fn default_theme() -> Spanned<String> {
    Spanned::new(0..0, "default".to_string())
}

fn default_output_dir() -> Spanned<String> {
    Spanned::new(0..0, "public".to_string())
}
