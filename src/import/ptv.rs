//! The Suomi.fi service catalogue's (PTV) open-API JSON, read into typed records.
//!
//! Only the fields the importer uses are declared; everything else in a record
//! is ignored. The catalogue writes `null` where it has nothing, for lists as
//! well as for texts, so every list accepts `null` as empty. A file is first
//! read as plain JSON (a syntax error is located at its line and column), then
//! classified by what it holds (a service, a channel or an organisation), then
//! read as that record, again with the line and column of a mismatch.

use std::path::Path;

use serde::{Deserialize, Deserializer};

use crate::error::Diagnostic;

/// `null` or a value: `null` becomes the type's default (an empty list).
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A text in one language: `{language, value, type}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LangValue {
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// A service record (`type: Service`, or another of the catalogue's service types).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub id: String,
    #[serde(default, deserialize_with = "nullable")]
    pub service_names: Vec<LangValue>,
    #[serde(default)]
    pub service_charge_type: Option<String>,
    #[serde(default)]
    pub area_type: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub areas: Vec<Area>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_descriptions: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub languages: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_classes: Vec<Term>,
    #[serde(default, deserialize_with = "nullable")]
    pub ontology_terms: Vec<Term>,
    #[serde(default, deserialize_with = "nullable")]
    pub target_groups: Vec<Term>,
    #[serde(default, deserialize_with = "nullable")]
    pub keywords: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub requirements: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channels: Vec<ChannelLink>,
    #[serde(default, deserialize_with = "nullable")]
    pub organizations: Vec<OrganizationLink>,
}

/// A service area: a municipality, region or the like.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Area {
    #[serde(default, deserialize_with = "nullable")]
    pub name: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub municipalities: Vec<Municipality>,
}

/// A municipality with its code and names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Municipality {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub name: Vec<LangValue>,
}

/// A term of one of the catalogue's vocabularies: service class, target group, ontology term.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    #[serde(default, deserialize_with = "nullable")]
    pub name: Vec<LangValue>,
    #[serde(default)]
    pub code: Option<String>,
}

/// A service's link to one of its channels.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelLink {
    pub service_channel: IdName,
    /// The charge of the service through this channel, when it differs.
    #[serde(default)]
    pub service_charge_type: Option<String>,
    /// What is particular to the service in this channel.
    #[serde(default, deserialize_with = "nullable")]
    pub description: Vec<LangValue>,
    /// Contact details particular to the service in this channel.
    #[serde(default)]
    pub contact_details: Option<ContactDetails>,
    /// Hours particular to the service in this channel.
    #[serde(default, deserialize_with = "nullable")]
    pub service_hours: Vec<ServiceHours>,
}

/// Contact details of a service in one channel.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactDetails {
    #[serde(default, deserialize_with = "nullable")]
    pub emails: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub phone_numbers: Vec<PhoneNumber>,
    #[serde(default, deserialize_with = "nullable")]
    pub web_pages: Vec<WebPage>,
}

/// A reference to another record.
#[derive(Debug, Clone, Deserialize)]
pub struct IdName {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
}

/// A service's link to an organisation.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationLink {
    #[serde(default)]
    pub organization: Option<IdName>,
    #[serde(default)]
    pub role_type: Option<String>,
}

/// A channel record of any of the catalogue's five types.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceChannel {
    pub id: String,
    pub service_channel_type: String,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channel_names: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channel_descriptions: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub languages: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub web_pages: Vec<WebPage>,
    /// A printable form's files, one a language (`value` is the URL).
    #[serde(default, deserialize_with = "nullable")]
    pub channel_urls: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub addresses: Vec<Address>,
    #[serde(default, deserialize_with = "nullable")]
    pub phone_numbers: Vec<PhoneNumber>,
    #[serde(default, deserialize_with = "nullable")]
    pub support_phones: Vec<PhoneNumber>,
    #[serde(default, deserialize_with = "nullable")]
    pub emails: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub support_emails: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_hours: Vec<ServiceHours>,
}

/// A web address with its link text.
#[derive(Debug, Clone, Deserialize)]
pub struct WebPage {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
}

impl WebPage {
    /// The URL as a text in its language.
    pub fn as_lang_value(&self) -> LangValue {
        LangValue { language: self.language.clone(), value: self.url.clone(), kind: None }
    }
}

/// An address of a service location (`Location`) or for mail (`Postal`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub street_address: Option<StreetAddress>,
    #[serde(default, deserialize_with = "nullable")]
    pub entrances: Vec<Entrance>,
}

/// A street address; coordinates are ETRS-TM35FIN metres, as text.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreetAddress {
    #[serde(default, deserialize_with = "nullable")]
    pub street: Vec<LangValue>,
    #[serde(default)]
    pub street_number: Option<String>,
    #[serde(default)]
    pub postal_code: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub post_office: Vec<LangValue>,
    #[serde(default)]
    pub municipality: Option<Municipality>,
    #[serde(default, deserialize_with = "nullable")]
    pub additional_information: Vec<LangValue>,
    #[serde(default)]
    pub latitude: Option<String>,
    #[serde(default)]
    pub longitude: Option<String>,
}

/// An entrance of a location, with its accessibility sentences.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entrance {
    #[serde(default, deserialize_with = "nullable")]
    pub accessibility_sentences: Vec<AccessibilitySentences>,
}

/// A group of accessibility sentences under a heading (`The main entrance`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessibilitySentences {
    #[serde(default, deserialize_with = "nullable")]
    pub sentence_group: Vec<LangValue>,
    #[serde(default, deserialize_with = "nullable")]
    pub sentences: Vec<Sentence>,
}

/// One accessibility sentence in its languages.
#[derive(Debug, Clone, Deserialize)]
pub struct Sentence {
    #[serde(default, deserialize_with = "nullable")]
    pub sentence: Vec<LangValue>,
}

/// A phone number: prefix and number apart, with its charge.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneNumber {
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub additional_information: Option<String>,
    #[serde(default)]
    pub service_charge_type: Option<String>,
    #[serde(default)]
    pub charge_description: Option<String>,
    #[serde(default)]
    pub prefix_number: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
}

/// Service hours: regular (`DaysOfTheWeek`) or exceptional.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceHours {
    #[serde(default)]
    pub service_hour_type: Option<String>,
    #[serde(default)]
    pub is_closed: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    pub opening_hour: Vec<OpeningHour>,
}

/// Hours on one day (`dayTo` is empty unless the span runs past midnight).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpeningHour {
    #[serde(default)]
    pub day_from: Option<String>,
    #[serde(default)]
    pub day_to: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// An organisation record.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    #[serde(default)]
    pub organization_type: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub organization_names: Vec<LangValue>,
}

/// A record read from one file.
#[derive(Debug, Clone)]
pub enum Record {
    /// A service.
    Service(Box<Service>),
    /// A channel.
    Channel(Box<ServiceChannel>),
    /// An organisation.
    Organization(Box<Organization>),
}

/// The catalogue's service types (all become service cards).
const SERVICE_TYPES: [&str; 3] = ["Service", "PermitOrObligation", "ProfessionalQualifications"];
/// The catalogue's channel types.
pub const CHANNEL_TYPES: [&str; 5] = ["ServiceLocation", "Phone", "EChannel", "WebPage", "PrintableForm"];

/// Reads one file's text as a record; `shown` names the file in messages.
pub fn parse(text: &str, shown: &Path) -> Result<Record, Diagnostic> {
    let at = |e: &serde_json::Error, what: &str| {
        Diagnostic::new(shown, e.line(), e.column(), format!("{what}: {e}")).with_code("import-json")
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Diagnostic::new(shown, e.line(), e.column(), format!("not JSON ({message}); expected a catalogue record"))
            .with_code("import-json")
    })?;
    let field = |name: &str| value.get(name).and_then(serde_json::Value::as_str).map(str::to_string);
    if let Some(kind) = field("serviceChannelType") {
        if !CHANNEL_TYPES.contains(&kind.as_str()) {
            return Err(unknown(
                shown,
                &format!("a channel of type `{kind}`"),
                &format!("a channel of type {}", CHANNEL_TYPES.join(", ")),
            ));
        }
        return serde_json::from_str(text)
            .map(|c| Record::Channel(Box::new(c)))
            .map_err(|e| at(&e, "not a channel record"));
    }
    if value.get("organizationType").is_some() || value.get("organizationNames").is_some() {
        return serde_json::from_str(text)
            .map(|o| Record::Organization(Box::new(o)))
            .map_err(|e| at(&e, "not an organisation record"));
    }
    match field("type") {
        Some(kind) if SERVICE_TYPES.contains(&kind.as_str()) => {
            serde_json::from_str(text).map(|s| Record::Service(Box::new(s))).map_err(|e| at(&e, "not a service record"))
        }
        Some(kind) => Err(unknown(shown, &format!("a record of type `{kind}`"), &any_record())),
        None => Err(unknown(shown, "a record without `type` or `serviceChannelType`", &any_record())),
    }
}

fn any_record() -> String {
    format!("a service (`type`: {}), a channel (`serviceChannelType`) or an organisation", SERVICE_TYPES.join(", "))
}

fn unknown(shown: &Path, what: &str, expected: &str) -> Diagnostic {
    Diagnostic::file(shown, format!("{what} is not a catalogue record luukku imports; expected {expected}"))
        .with_code("import-unknown-record")
}
