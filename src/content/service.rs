//! The language-neutral facts of a service card (`meta.yaml`).
//!
//! The shape follows the Suomi.fi service catalogue (PTV) so that its records
//! import without loss: charge type, target groups, service classes, producers in
//! the multi-producer model, and channels of the catalogue's five types (service
//! location, phone, e-service, web page, printable form) plus chat and e-mail.

use serde::{Deserialize, Serialize};

pub use crate::config::Date;
use crate::config::LocalizedText;

/// `meta.yaml` of a service card.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct ServiceMeta {
    /// The facts here are invented examples; the page says so.
    #[serde(default)]
    pub example_data: bool,
    /// Keys of related items.
    #[serde(default)]
    pub related: Vec<String>,
    /// Whether the service costs something.
    pub charge_type: Option<ChargeType>,
    /// Who the service is for.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Catalogue service classes.
    #[serde(default)]
    pub service_classes: Vec<LocalizedText>,
    /// Who produces the service.
    #[serde(default)]
    pub producers: Vec<Producer>,
    /// When and by whom the card was last reviewed.
    pub reviewed: Option<Review>,
    /// The service's id in the Suomi.fi catalogue.
    pub ptv_id: Option<String>,
    /// `ptv:<id>` when `luukku import ptv` wrote this card (and may rewrite it).
    pub imported_from: Option<String>,
    /// The service is offered in the whole country.
    #[serde(default)]
    pub nationwide: bool,
    /// The municipalities or regions the service is offered in.
    #[serde(default)]
    pub areas: Vec<LocalizedText>,
    /// The languages the service is offered in, as language codes (`fi`, `sv`).
    #[serde(default, deserialize_with = "super::channel_parse::language_codes")]
    pub languages: Vec<String>,
    /// Where and how the service is reached.
    #[serde(default)]
    pub channels: Vec<Channel>,
}

/// The catalogue's charge types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChargeType {
    /// No fee.
    Free,
    /// A fee is charged.
    Charged,
    /// Depends on the case.
    Other,
}

/// Target groups, as codes with labels in the interface strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum TargetGroup {
    Residents,
    Families,
    Children,
    YoungPeople,
    Seniors,
    PeopleWithDisabilities,
    Immigrants,
    Businesses,
    Associations,
    Employees,
    /// Public authorities (the catalogue's `KR3`).
    Authorities,
}

impl TargetGroup {
    /// The groups the front page lists services by, as life situations.
    pub const LIFE_SITUATIONS: [TargetGroup; 6] = [
        TargetGroup::Families,
        TargetGroup::YoungPeople,
        TargetGroup::Seniors,
        TargetGroup::Immigrants,
        TargetGroup::PeopleWithDisabilities,
        TargetGroup::Businesses,
    ];

    /// The code, as used in label keys.
    pub fn code(self) -> &'static str {
        match self {
            TargetGroup::Residents => "residents",
            TargetGroup::Families => "families",
            TargetGroup::Children => "children",
            TargetGroup::YoungPeople => "young-people",
            TargetGroup::Seniors => "seniors",
            TargetGroup::PeopleWithDisabilities => "people-with-disabilities",
            TargetGroup::Immigrants => "immigrants",
            TargetGroup::Businesses => "businesses",
            TargetGroup::Associations => "associations",
            TargetGroup::Employees => "employees",
            TargetGroup::Authorities => "authorities",
        }
    }
}

/// Sectors of the multi-producer model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Sector {
    City,
    State,
    Private,
    ThirdSector,
}

/// A producer of the service.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Producer {
    /// The producer's sector.
    pub sector: Sector,
    /// The producer's name.
    pub name: LocalizedText,
}

/// The last review of a card.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Review {
    /// The date of the review.
    pub date: Date,
    /// Who reviewed it.
    pub by: Option<LocalizedText>,
}

/// A channel through which the service is reached.
///
/// Read through a flat record ([`super::channel_parse`]) rather than serde's
/// tagged enums, which buffer a channel whole and so lose the line of an error
/// inside it.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "super::channel_parse::RawChannel")]
#[allow(missing_docs)]
pub enum Channel {
    ServicePoint(ServicePoint),
    Phone(Phone),
    Chat(Online),
    Email(Email),
    EService(Online),
    WebPage(Online),
    PrintableForm(Online),
}

impl Channel {
    /// The channel type's code (`service-point`, `phone`, …), also its label's key.
    pub fn code(&self) -> &'static str {
        match self {
            Channel::ServicePoint(_) => "service-point",
            Channel::Phone(_) => "phone",
            Channel::Chat(_) => "chat",
            Channel::Email(_) => "email",
            Channel::EService(_) => "e-service",
            Channel::WebPage(_) => "web-page",
            Channel::PrintableForm(_) => "printable-form",
        }
    }
}

/// A service location (the catalogue's `ServiceLocation`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct ServicePoint {
    pub name: LocalizedText,
    pub description: Option<LocalizedText>,
    pub address: Address,
    pub coordinates: Option<Coordinates>,
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    #[serde(default)]
    pub exceptions: Vec<ExceptionHours>,
    #[serde(default)]
    pub accessibility: Vec<LocalizedText>,
    pub phone: Option<String>,
    /// Numbers to call at this place, each with whom it reaches and its charge.
    #[serde(default)]
    pub phones: Vec<PhoneNumber>,
    /// E-mail addresses of this place.
    #[serde(default)]
    pub emails: Vec<String>,
    /// The languages served in, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A phone number of a channel with whom it reaches and what a call costs.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, try_from = "super::channel_parse::RawPhoneNumber")]
#[non_exhaustive]
pub struct PhoneNumber {
    pub number: String,
    /// Whom the number reaches (`Rehtori`).
    pub note: Option<LocalizedText>,
    /// Whether a call costs more than a normal call.
    pub charge_type: Option<ChargeType>,
    /// The call charge in words.
    pub charge: Option<LocalizedText>,
}

/// A phone line.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Phone {
    pub name: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub number: String,
    pub charge: Option<LocalizedText>,
    /// Whether a call costs more than a normal call.
    pub charge_type: Option<ChargeType>,
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    /// The languages served in, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// An e-mail address.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Email {
    pub name: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub address: String,
    /// The languages served in, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A channel reached by a URL: chat, e-service, web page, printable form.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Online {
    pub name: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    /// One URL for every locale, or a URL per locale (a form in each language).
    pub url: LocalizedText,
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    /// Support numbers for the channel.
    #[serde(default)]
    pub phones: Vec<PhoneNumber>,
    /// Support e-mail addresses for the channel.
    #[serde(default)]
    pub emails: Vec<String>,
    /// The languages served in, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A postal address.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Address {
    pub street: LocalizedText,
    pub postal_code: String,
    pub city: LocalizedText,
    /// How to find the door (`Entrance from Alikatu.`).
    pub note: Option<LocalizedText>,
}

/// WGS84 coordinates.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields, try_from = "super::channel_parse::RawCoordinates")]
#[non_exhaustive]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// Regular opening hours on some days of the week.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, try_from = "super::channel_parse::RawHours")]
#[non_exhaustive]
pub struct OpeningHours {
    pub days: Days,
    pub opens: Time,
    pub closes: Time,
}

/// Opening hours that differ on one date.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, try_from = "super::channel_parse::RawException")]
#[non_exhaustive]
pub struct ExceptionHours {
    pub date: Date,
    #[serde(default)]
    pub closed: bool,
    pub opens: Option<Time>,
    pub closes: Option<Time>,
    pub note: Option<LocalizedText>,
}

pub use super::hours::{Days, Time, WEEKDAYS};

pub use super::channel_parse::{check_email, check_phone};
