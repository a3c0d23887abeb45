//! Reading channels, hours and coordinates of `meta.yaml` so that every error
//! points at the bad value.
//!
//! serde's internally tagged enums (`type: phone`) read a channel whole into a
//! buffer before choosing the variant, and the YAML parser's positions are lost
//! on the way: an error in an opening time was reported at the `channels:` entry.
//! Here a channel is read as one flat record straight from the parser (so a bad
//! time, weekday or date is located at its own line and column), then turned
//! into its [`Channel`] variant with the checks that need several fields:
//! which fields a type needs and allows, closing after opening, coordinates on
//! the globe, URLs by the URL policy, e-mail addresses and phone numbers that
//! make working links.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::service::Days;
use super::service::{
    Address, Channel, ChargeType, Coordinates, Date, Email, ExceptionHours, Online, OpeningHours, Phone, PhoneNumber,
    ServicePoint, Time,
};
use crate::config::{url_policy, LocalizedText};

/// The channel types, as written after `type:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelType {
    ServicePoint,
    Phone,
    Chat,
    Email,
    EService,
    WebPage,
    PrintableForm,
}

/// A channel as written: every field any type has.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RawChannel {
    #[serde(rename = "type")]
    kind: ChannelType,
    name: Option<LocalizedText>,
    description: Option<LocalizedText>,
    address: Option<AddressField>,
    coordinates: Option<Coordinates>,
    hours: Option<Vec<OpeningHours>>,
    exceptions: Option<Vec<ExceptionHours>>,
    accessibility: Option<Vec<LocalizedText>>,
    phone: Option<String>,
    number: Option<String>,
    charge: Option<LocalizedText>,
    charge_type: Option<ChargeType>,
    url: Option<LocalizedText>,
    phones: Option<Vec<PhoneNumber>>,
    emails: Option<Vec<String>>,
    #[serde(default, deserialize_with = "language_codes")]
    languages: Vec<String>,
}

/// `address:` is a postal address for a service point and a string for e-mail.
#[derive(Debug)]
enum AddressField {
    Postal(Address),
    Mail(String),
}

impl<'de> Deserialize<'de> for AddressField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AddressField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an e-mail address, or a postal address {street, postal-code, city}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AddressField, E> {
                Ok(AddressField::Mail(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<AddressField, A::Error> {
                Address::deserialize(de::value::MapAccessDeserializer::new(map)).map(AddressField::Postal)
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl TryFrom<RawChannel> for Channel {
    type Error = String;

    fn try_from(raw: RawChannel) -> Result<Channel, String> {
        use ChannelType as T;
        let code = match raw.kind {
            T::ServicePoint => "service-point",
            T::Phone => "phone",
            T::Chat => "chat",
            T::Email => "email",
            T::EService => "e-service",
            T::WebPage => "web-page",
            T::PrintableForm => "printable-form",
        };
        let present = [
            ("address", raw.address.is_some()),
            ("coordinates", raw.coordinates.is_some()),
            ("hours", raw.hours.is_some()),
            ("exceptions", raw.exceptions.is_some()),
            ("accessibility", raw.accessibility.is_some()),
            ("phone", raw.phone.is_some()),
            ("number", raw.number.is_some()),
            ("charge", raw.charge.is_some()),
            ("charge-type", raw.charge_type.is_some()),
            ("url", raw.url.is_some()),
            ("phones", raw.phones.is_some()),
            ("emails", raw.emails.is_some()),
        ];
        let allowed: &[&str] = match raw.kind {
            T::ServicePoint => {
                &["address", "coordinates", "hours", "exceptions", "accessibility", "phone", "phones", "emails"]
            }
            T::Phone => &["number", "charge", "charge-type", "hours"],
            T::Email => &["address"],
            T::Chat | T::EService | T::WebPage | T::PrintableForm => &["url", "hours", "phones", "emails"],
        };
        if let Some((field, _)) = present.iter().find(|(f, set)| *set && !allowed.contains(f)) {
            return Err(format!(
                "a `{code}` channel has no field `{field}`; expected only name, description, languages, {}",
                allowed.join(", ")
            ));
        }
        let emails = raw.emails.unwrap_or_default();
        for address in &emails {
            check_email(address)?;
        }
        let (phones, languages) = (raw.phones.unwrap_or_default(), raw.languages);
        let missing = |field: &str| format!("a `{code}` channel needs `{field}`");
        let (name, description) = (raw.name, raw.description);
        Ok(match raw.kind {
            T::ServicePoint => {
                let Some(AddressField::Postal(address)) = raw.address else {
                    return Err(format!("{}: a postal address {{street, postal-code, city}}", missing("address")));
                };
                if let Some(phone) = &raw.phone {
                    check_phone(phone)?;
                }
                Channel::ServicePoint(ServicePoint {
                    name: name.ok_or_else(|| missing("name"))?,
                    description,
                    address,
                    coordinates: raw.coordinates,
                    hours: raw.hours.unwrap_or_default(),
                    exceptions: raw.exceptions.unwrap_or_default(),
                    accessibility: raw.accessibility.unwrap_or_default(),
                    phone: raw.phone,
                    phones,
                    emails,
                    languages,
                })
            }
            T::Phone => {
                let number = raw.number.ok_or_else(|| missing("number"))?;
                check_phone(&number)?;
                Channel::Phone(Phone {
                    name,
                    description,
                    number,
                    charge: raw.charge,
                    charge_type: raw.charge_type,
                    hours: raw.hours.unwrap_or_default(),
                    languages,
                })
            }
            T::Email => {
                let Some(AddressField::Mail(address)) = raw.address else {
                    return Err(format!("{}: an e-mail address such as `kirjasto@example.fi`", missing("address")));
                };
                check_email(&address)?;
                Channel::Email(Email { name, description, address, languages })
            }
            T::Chat | T::EService | T::WebPage | T::PrintableForm => {
                let url = raw.url.ok_or_else(|| missing("url"))?;
                match &url {
                    LocalizedText::All(u) => url_policy::check(u)?,
                    LocalizedText::ByLocale(map) if map.is_empty() => return Err(missing("url")),
                    LocalizedText::ByLocale(map) => map.values().try_for_each(|u| url_policy::check(u))?,
                }
                let online =
                    Online { name, description, url, hours: raw.hours.unwrap_or_default(), phones, emails, languages };
                match raw.kind {
                    T::Chat => Channel::Chat(online),
                    T::EService => Channel::EService(online),
                    T::WebPage => Channel::WebPage(online),
                    _ => Channel::PrintableForm(online),
                }
            }
        })
    }
}

/// An e-mail address that makes a working `mailto:` link.
pub fn check_email(address: &str) -> Result<(), String> {
    let ok = address.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !address.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'\\,;:?&=/#%".contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!("`{address}` is not an e-mail address; expected e.g. `kirjasto@example.fi`"))
    }
}

/// A phone number that makes a working `tel:` link: digits, spaces, `+ - ( )`.
pub fn check_phone(number: &str) -> Result<(), String> {
    let ok = number.chars().any(|c| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
        && number.len() <= 40;
    if ok {
        Ok(())
    } else {
        Err(format!("`{number}` is not a phone number; expected digits, spaces and `+ - ( )`, e.g. `+358 2 123 4567`"))
    }
}

/// A phone number of a channel as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RawPhoneNumber {
    number: String,
    note: Option<LocalizedText>,
    charge_type: Option<ChargeType>,
    charge: Option<LocalizedText>,
}

impl TryFrom<RawPhoneNumber> for PhoneNumber {
    type Error = String;

    fn try_from(raw: RawPhoneNumber) -> Result<PhoneNumber, String> {
        check_phone(&raw.number)?;
        Ok(PhoneNumber { number: raw.number, note: raw.note, charge_type: raw.charge_type, charge: raw.charge })
    }
}

/// A list of language codes (`fi`, `sv`, `se`): two or three lower-case letters each.
pub(crate) fn language_codes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let codes = Vec::<String>::deserialize(deserializer)?;
    if let Some(bad) =
        codes.iter().find(|c| !(2..=3).contains(&c.len()) || !c.chars().all(|ch| ch.is_ascii_lowercase()))
    {
        return Err(de::Error::custom(format!(
            "`{bad}` is not a language code; expected two or three lower-case letters such as `fi` or `sv`"
        )));
    }
    Ok(codes)
}

/// Opening hours as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RawHours {
    days: Days,
    opens: Time,
    closes: Time,
}

impl TryFrom<RawHours> for OpeningHours {
    type Error = String;

    fn try_from(raw: RawHours) -> Result<OpeningHours, String> {
        check_order(raw.opens, raw.closes)?;
        Ok(OpeningHours { days: raw.days, opens: raw.opens, closes: raw.closes })
    }
}

fn check_order(opens: Time, closes: Time) -> Result<(), String> {
    if closes <= opens {
        return Err(format!(
            "closes at {closes}, which is not after it opens at {opens}; expected a closing time later in the day (24:00 for midnight)"
        ));
    }
    Ok(())
}

/// Exception hours as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RawException {
    date: Date,
    #[serde(default)]
    closed: bool,
    opens: Option<Time>,
    closes: Option<Time>,
    note: Option<LocalizedText>,
}

impl TryFrom<RawException> for ExceptionHours {
    type Error = String;

    fn try_from(raw: RawException) -> Result<ExceptionHours, String> {
        match (raw.closed, raw.opens, raw.closes) {
            (true, None, None) => {}
            (true, _, _) => {
                return Err(format!("{} is marked closed but has opening times; expected one or the other", raw.date))
            }
            (false, Some(opens), Some(closes)) => check_order(opens, closes)?,
            (false, _, _) => {
                return Err(format!("{}: expected `closed: true`, or both `opens` and `closes`", raw.date));
            }
        }
        Ok(ExceptionHours { date: raw.date, closed: raw.closed, opens: raw.opens, closes: raw.closes, note: raw.note })
    }
}

/// Coordinates as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCoordinates {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawCoordinates> for Coordinates {
    type Error = String;

    fn try_from(raw: RawCoordinates) -> Result<Coordinates, String> {
        if !(raw.lat.is_finite() && (-90.0..=90.0).contains(&raw.lat)) {
            return Err(format!("latitude {} is not on the globe; expected a number from -90 to 90", raw.lat));
        }
        if !(raw.lon.is_finite() && (-180.0..=180.0).contains(&raw.lon)) {
            return Err(format!("longitude {} is not on the globe; expected a number from -180 to 180", raw.lon));
        }
        Ok(Coordinates { lat: raw.lat, lon: raw.lon })
    }
}

impl super::ServiceMeta {
    /// Every localized text of the card, for checks that need the configured
    /// locales (which keys a per-locale text may use).
    pub fn localized_texts(&self) -> Vec<&LocalizedText> {
        let mut out: Vec<&LocalizedText> = self.service_classes.iter().collect();
        out.extend(self.producers.iter().map(|p| &p.name));
        out.extend(self.reviewed.iter().filter_map(|r| r.by.as_ref()));
        for channel in &self.channels {
            match channel {
                Channel::ServicePoint(p) => {
                    out.push(&p.name);
                    out.extend(&p.description);
                    out.extend([&p.address.street, &p.address.city]);
                    out.extend(p.exceptions.iter().filter_map(|e| e.note.as_ref()));
                    out.extend(&p.accessibility);
                    out.extend(&p.address.note);
                    out.extend(p.phones.iter().flat_map(|n| n.note.iter().chain(&n.charge)));
                }
                Channel::Phone(p) => out.extend(p.name.iter().chain(&p.description).chain(&p.charge)),
                Channel::Email(e) => out.extend(e.name.iter().chain(&e.description)),
                Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
                    out.extend(o.name.iter().chain(&o.description));
                    out.push(&o.url);
                    out.extend(o.phones.iter().flat_map(|n| n.note.iter().chain(&n.charge)));
                }
            }
        }
        out.extend(&self.areas);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{check_email, check_phone};

    #[test]
    fn an_email_address_needs_a_user_a_dotted_host_and_nothing_a_mailto_link_would_break_on() {
        for good in ["kirjasto@example.fi", "a.b-c+d@x.turku.fi", "ÄÖ@esimerkki.fi"] {
            assert_eq!(check_email(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "kirjasto",
            "@example.fi",
            "kirjasto@example",
            "kirjasto @example.fi",
            "kirjasto@example.fi\n",
            "a<b@example.fi",
            "a@example.fi?subject=x",
            "a@example.fi,b@example.fi",
            "a@example.fi;b@example.fi",
            "a@example.fi#x",
        ] {
            let why = check_email(bad).expect_err(bad);
            assert_eq!(why, format!("`{bad}` is not an e-mail address; expected e.g. `kirjasto@example.fi`"));
        }
    }

    #[test]
    fn a_phone_number_is_digits_with_spaces_plus_dashes_and_brackets() {
        for good in ["+358 2 330 000", "(02) 262 3000", "0800-123-456", "112"] {
            assert_eq!(check_phone(good), Ok(()), "{good}");
        }
        for bad in ["", "+ - ( )", "02 262 3000 ext. 5", "tel:112", "02\u{a0}262", &"1".repeat(41)] {
            assert!(check_phone(bad).is_err(), "{bad:?}");
        }
        assert_eq!(check_phone(&"1".repeat(40)), Ok(()));
    }
}
