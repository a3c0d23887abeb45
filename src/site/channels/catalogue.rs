//! The facts the Suomi.fi service catalogue records beyond a channel's basics,
//! localized for a page: where and in which languages a service is offered,
//! the languages a channel serves in, the numbers and e-mail addresses of a
//! place or an e-service with whom they reach, and what a call costs.

use crate::config::{Config, Locale};
use crate::content::service::{Channel, ChargeType, PhoneNumber};
use crate::content::ServiceMeta;
use crate::site::views::{CatalogueView, ChannelExtra, LangText, PhoneView};

use super::{lang_of, tel_uri, text, Code};

/// Areas and languages of a service.
pub(super) fn catalogue(config: &Config, m: &ServiceMeta, locale: &Locale) -> CatalogueView {
    CatalogueView {
        nationwide: m.nationwide,
        areas: m.areas.iter().map(|a| text(config, a, locale)).collect(),
        languages: m.languages.clone(),
    }
}

/// The extra facts of one channel.
pub(super) fn extra(config: &Config, channel: &Channel, locale: &Locale) -> ChannelExtra {
    let lang_text = |x: &crate::content::LocalizedText| LangText {
        text: text(config, x, locale),
        lang: lang_of(config, x, locale),
    };
    let phones = |list: &[PhoneNumber]| -> Vec<PhoneView> {
        list.iter()
            .map(|p| PhoneView {
                number: p.number.clone(),
                tel: tel_uri(&p.number),
                note: p.note.as_ref().map(lang_text),
                charge_type: p.charge_type.as_ref().map(charge_code),
                charge: p.charge.as_ref().map(|c| text(config, c, locale)),
            })
            .collect()
    };
    match channel {
        Channel::ServicePoint(p) => ChannelExtra {
            languages: p.languages.clone(),
            phones: phones(&p.phones),
            emails: p.emails.clone(),
            address_note: p.address.note.as_ref().map(lang_text),
            charge_type: None,
        },
        Channel::Phone(p) => ChannelExtra {
            languages: p.languages.clone(),
            charge_type: p.charge_type.as_ref().map(charge_code),
            ..ChannelExtra::default()
        },
        Channel::Email(e) => ChannelExtra { languages: e.languages.clone(), ..ChannelExtra::default() },
        Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => ChannelExtra {
            languages: o.languages.clone(),
            phones: phones(&o.phones),
            emails: o.emails.clone(),
            ..ChannelExtra::default()
        },
    }
}

fn charge_code(c: &ChargeType) -> String {
    c.code()
}
