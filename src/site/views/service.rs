//! The template views of a service card: its facts, contact box and channels.

use serde::Serialize;

/// A service card's facts, localized.
#[derive(Debug, Default, Serialize)]
pub struct ServiceView {
    /// The card's title with soft hyphens in its long words, for the `h1`.
    pub title: String,
    /// Who the service is for (HTML).
    pub audience_html: Option<String>,
    /// How to proceed (HTML, one per step).
    pub steps_html: Vec<String>,
    /// `free`, `charged`, `other`.
    pub charge_type: Option<String>,
    /// Fee details (HTML).
    pub charge_html: Option<String>,
    /// Other catalogue facts as (label key, HTML) pairs.
    pub facts: Vec<Fact>,
    /// Target group codes.
    pub target_groups: Vec<String>,
    /// Service classes.
    pub service_classes: Vec<String>,
    /// Producers.
    pub producers: Vec<ProducerView>,
    /// Date of the last review, `YYYY-MM-DD` (for the `datetime` attribute).
    pub reviewed: Option<String>,
    /// The same date as the page's language writes it (`1.11.2026`).
    pub reviewed_text: Option<String>,
    /// The "contact and hours" box of the card's first screen.
    pub contact: Option<ContactView>,
    /// Who reviewed it.
    pub reviewed_by: Option<String>,
    /// Its `lang` when it is not the page's (the name fell back to another language).
    pub reviewed_by_lang: Option<String>,
    /// Channels.
    pub channels: Vec<ChannelView>,
    /// The catalogue id.
    pub ptv_id: Option<String>,
    /// Where and in which languages the service is offered.
    pub catalogue: CatalogueView,
    /// schema.org `GovernmentService` as JSON, safe inside a `<script>` element.
    pub json_ld: String,
}

/// The "contact and hours" box: where and when to reach the service, first.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ContactView {
    /// The channel whose hours the box shows (the first one with hours): its kind code.
    pub kind: String,
    /// Its name.
    pub name: Option<String>,
    /// The name's `lang` when it is not the page's.
    pub name_lang: Option<String>,
    /// The address's `lang` when it is not the page's.
    pub address_lang: Option<String>,
    /// Its address on one line (`Esimerkkikatu 12 A, 20100 Turku`).
    pub address: Option<String>,
    /// Its weekly hours on one line (`ma–pe 8.00–16.00, la–su suljettu`).
    pub hours_summary: Option<String>,
    /// Data for the "open now" script (JSON; see [`ChannelView::open_data`]).
    pub open_data: Option<String>,
    /// The phone number to call (the service point's own, else the first phone channel).
    pub phone: Option<String>,
    /// Its `tel:` URI.
    pub tel: Option<String>,
    /// The phone line's name, when it is a channel of its own.
    pub phone_name: Option<String>,
    /// Its `lang` when it is not the page's.
    pub phone_name_lang: Option<String>,
    /// The phone line's hours on one line, when they differ from the box's.
    pub phone_hours: Option<String>,
    /// The first e-service: its name.
    pub e_service_name: Option<String>,
    /// Its `lang` when it is not the page's.
    pub e_service_name_lang: Option<String>,
    /// The first e-service: its URL.
    pub e_service_url: Option<String>,
}

/// A labelled fact; the label is the interface string `service-<key>`.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// `processing-time`, `deadline`, `validity`, `requirements`.
    pub key: String,
    /// The value as HTML.
    pub html: String,
}

/// A producer.
#[derive(Debug, Clone, Serialize)]
pub struct ProducerView {
    /// `city`, `state`, `private`, `third-sector`.
    pub sector: String,
    /// Name.
    pub name: String,
    /// The name's `lang` when it is not the page's.
    pub name_lang: Option<String>,
}

/// A channel, localized.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ChannelView {
    /// `service-point`, `phone`, `chat`, `email`, `e-service`, `web-page`, `printable-form`.
    pub kind: String,
    /// Name.
    pub name: Option<String>,
    /// The name's `lang` when it is not the page's (the text fell back).
    pub name_lang: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// The description's `lang` when it is not the page's.
    pub description_lang: Option<String>,
    /// Street address line.
    pub street: Option<String>,
    /// The address's `lang` when it is not the page's.
    pub address_lang: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// City.
    pub city: Option<String>,
    /// A map link by coordinates.
    pub map_url: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Regular hours: every day of the week, runs of days with the same hours together.
    pub hours: Vec<HoursRow>,
    /// The same on one line (`ma–pe 8.00–16.00, la–su suljettu`).
    pub hours_summary: Option<String>,
    /// What the "open now" script needs, as JSON: the time zone, the week's
    /// spans in minutes with their display times, exceptions by date, and the
    /// messages in the page's language.
    pub open_data: Option<String>,
    /// Exceptions.
    pub exceptions: Vec<ExceptionRow>,
    /// Accessibility facts.
    pub accessibility: Vec<LangText>,
    /// Phone number as written.
    pub phone: Option<String>,
    /// `tel:` URI.
    pub tel: Option<String>,
    /// Call charge.
    pub charge: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Languages served in, numbers and e-mails of the place, and charges.
    pub extra: ChannelExtra,
}

/// Where and in which languages a service is offered.
#[derive(Debug, Default, Clone, Serialize)]
pub struct CatalogueView {
    /// Offered in the whole country.
    pub nationwide: bool,
    /// The municipalities or regions, in the page's language.
    pub areas: Vec<String>,
    /// Language codes of the languages it is offered in.
    pub languages: Vec<String>,
}

/// What a channel has beyond its type's basics.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ChannelExtra {
    /// Language codes of the languages served in.
    pub languages: Vec<String>,
    /// Numbers of the place or support numbers of an e-service.
    pub phones: Vec<PhoneView>,
    /// E-mail addresses of the place or support addresses of an e-service.
    pub emails: Vec<String>,
    /// How to find the door.
    pub address_note: Option<LangText>,
    /// A phone line's charge type: `free`, `charged`, `other`.
    pub charge_type: Option<String>,
}

/// A phone number with whom it reaches and its charge.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneView {
    /// As written.
    pub number: String,
    /// `tel:` URI.
    pub tel: String,
    /// Whom it reaches.
    pub note: Option<LangText>,
    /// `free`, `charged`, `other`.
    pub charge_type: Option<String>,
    /// The charge in words.
    pub charge: Option<String>,
}

/// A text with its `lang` when that is not the page's.
#[derive(Debug, Clone, Serialize)]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Its HTML `lang`, when it differs from the page's.
    pub lang: Option<String>,
}

/// Opening hours over a run of days with the same hours (closed days included).
#[derive(Debug, Clone, Serialize)]
pub struct HoursRow {
    /// First day code.
    pub from: String,
    /// Last day code (same as `from` for a single day).
    pub to: String,
    /// The days as the page's language writes them (`ma–pe`; `maanantai–perjantai`
    /// in a plain-language locale).
    pub days: String,
    /// The days' full names (`maanantai–perjantai`).
    pub days_long: String,
    /// The hours (`8.00–16.00`, `8.00–12.00, 13.00–16.00`, `suljettu`).
    pub hours: String,
    /// Closed on these days.
    pub closed: bool,
}

/// Hours on one date.
#[derive(Debug, Clone, Serialize)]
pub struct ExceptionRow {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Closed all day.
    pub closed: bool,
    /// `HH:MM`.
    pub opens: Option<String>,
    /// `HH:MM`.
    pub closes: Option<String>,
    /// Why.
    pub note: Option<String>,
    /// The date with its weekday as the page's language writes it (`to 24.12.2026`).
    pub day: String,
    /// The hours that day (`10.00–14.00`, `suljettu`).
    pub hours: String,
}
