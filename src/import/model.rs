//! The service cards an import produces, in luukku's content format: the facts
//! of `meta.yaml` and the front matter and body of each locale's file.
//!
//! These structs are serialized, never formatted by hand, so every text from a
//! record reaches the YAML quoted and escaped as YAML needs. Their fields and
//! names are those of `docs/content-format.md`; the written files are read back
//! by the normal loader before they are moved into place.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

/// A text by locale code (`{fi: …, sv: …}`), a localized text of `meta.yaml`.
pub type Text = BTreeMap<String, String>;

/// One service card to write.
#[derive(Debug, Clone)]
pub struct Card {
    /// The record's id in the catalogue.
    pub id: String,
    /// The record's file, as shown in messages.
    pub source: PathBuf,
    /// The folder name before it is made unique.
    pub slug: String,
    /// A slug of the municipality, to tell apart two services of one name.
    pub municipality: Option<String>,
    /// `meta.yaml`.
    pub meta: CardMeta,
    /// The locale files by locale code.
    pub locales: BTreeMap<String, LocaleFile>,
}

/// `meta.yaml` of an imported card.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CardMeta {
    pub imported_from: String,
    pub ptv_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_classes: Vec<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub producers: Vec<Producer>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nationwide: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

/// A producer in the multi-producer model.
#[derive(Debug, Clone, Serialize)]
pub struct Producer {
    pub sector: &'static str,
    pub name: Text,
}

/// A channel as `meta.yaml` writes it: one flat record, the fields of its type set.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Channel {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<Hours>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<PhoneNumber>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// One URL for every locale, or one per locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Url {
    One(String),
    ByLocale(Text),
}

/// A postal address (service point) or an e-mail address (e-mail channel).
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Address {
    Postal(PostalAddress),
    Mail(String),
}

/// A street address.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PostalAddress {
    pub street: Text,
    pub postal_code: String,
    pub city: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// WGS84 degrees.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// A row of regular hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hours {
    pub days: String,
    pub opens: String,
    pub closes: String,
}

/// A number of a service point or e-service.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PhoneNumber {
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<Text>,
}

/// One locale's file: front matter and Markdown body.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    pub front: Front,
    pub body: String,
}

/// The front matter of an imported service card.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Front {
    pub title: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processing_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirements: Option<String>,
}
