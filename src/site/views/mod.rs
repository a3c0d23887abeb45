//! Typed template contexts.
//!
//! Templates receive these structs, never ad-hoc maps, so the set of names a
//! template may use is written down in one place and checked by the compiler.
//! Text that came from Markdown is already HTML (sanitized) and marked `_html`
//! or documented as such; everything else is escaped by Tera.

use serde::Serialize;

use crate::markdown::Heading;

mod print;
mod service;
mod training;

pub use print::*;
pub use service::*;
pub use training::*;

/// Everything a page template can use.
#[derive(Debug, Default, Serialize)]
pub struct PageView {
    /// HTML `lang` of the page.
    pub lang: String,
    /// The locale code.
    pub locale: String,
    /// The site title in this locale.
    pub site_title: String,
    /// Relative prefix from this page to the site root (`../../`).
    pub root: String,
    /// Absolute canonical URL (none for pages that should not be indexed).
    pub canonical: Option<String>,
    /// What this page is: `service`, `training`, `glossary`, `persona`, `page`,
    /// `section`, `home`, `not-translated`, `not-found`.
    pub kind: String,
    /// The page's `h1`.
    pub title: String,
    /// The `lang` of `title` when it is not the page's (a not-translated page
    /// names the item by its title in another language).
    pub title_lang: Option<String>,
    /// A sentence for the description meta tag and the lead paragraph.
    pub summary: String,
    /// Ask search engines not to index the page.
    pub noindex: bool,
    /// The language switcher: this page in every locale.
    pub languages: Vec<LanguageLink>,
    /// `hreflang` alternates (absolute URLs).
    pub alternates: Vec<Alternate>,
    /// Home › section › page.
    pub breadcrumbs: Vec<Link>,
    /// The main navigation.
    pub nav: Vec<NavLink>,
    /// The locale's front page.
    pub home_href: String,
    /// The feedback service, linked from every page's footer.
    pub feedback_href: Option<String>,
    /// The accessibility statement, linked from every page's footer.
    pub accessibility_href: Option<String>,
    /// The about page (`pages/about`), linked from the footer.
    pub about_href: Option<String>,
    /// The facts on this page are invented examples.
    pub example_data: bool,
    /// The body as HTML.
    pub body_html: String,
    /// The body's headings (levels 2 and 3).
    pub toc: Vec<Heading>,
    /// Related items.
    pub related: Vec<Entry>,
    /// A service card's facts.
    pub service: Option<ServiceView>,
    /// A training module's parts.
    pub module: Option<ModuleView>,
    /// A persona's channel expectations.
    pub persona: Option<PersonaView>,
    /// A section index's entries.
    pub section: Option<SectionView>,
    /// The front page's lists.
    pub home: Option<HomeView>,
    /// The not-yet-translated page's facts.
    pub missing: Option<MissingView>,
    /// The accessibility statement's facts.
    pub accessibility: Option<AccessibilityView>,
    /// Where the search box finds the static index and the search page.
    pub search: Option<SearchView>,
    /// Onboarding: progress, journal and plan (module pages, the training index and their own pages).
    pub onboarding: Option<OnboardingView>,
    /// The date in the printed running footer (see [`super::print::build_date`]).
    pub build_date: Option<String>,
    /// Links to this page's print views (a module's handout and worksheets, the whole package).
    pub print_links: Vec<Link>,
}

/// The search box's links, relative to the site root (prefix them with `root`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchView {
    /// The entry file of this locale's static index (`search/fi/index.js`).
    pub entry: String,
    /// This locale's search page.
    pub page: String,
    /// The A–Ö index of services, for readers without JavaScript.
    pub index: String,
    /// The Snowball stemmer of this locale's language (`assets/search-stem-fi.….js`),
    /// loaded beside the entry; none for languages without one.
    pub stemmer: Option<String>,
    /// Where a search with no results sends readers: the service centre.
    pub help: Option<SearchHelpView>,
}

/// The service centre's phone and chat, from its service card, for a search
/// that finds nothing.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchHelpView {
    /// The service card's title and page (relative to the site root).
    pub title: String,
    pub page: String,
    /// The phone line's name, number and `tel:` URI.
    pub phone: (String, String, String),
    /// The chat's name and address.
    pub chat: (String, String),
}

/// The accessibility statement, localized.
#[derive(Debug, Default, Serialize)]
pub struct AccessibilityView {
    /// `full`, `partial`, `none`.
    pub status: String,
    /// `self-assessment`, `third-party`.
    pub method: String,
    /// YYYY-MM-DD.
    pub prepared: String,
    /// YYYY-MM-DD.
    pub reviewed: Option<String>,
    /// `prepared` as the page's language writes it.
    pub prepared_text: String,
    /// `reviewed` as the page's language writes it.
    pub reviewed_text: Option<String>,
    /// Feedback e-mail.
    pub feedback_email: Option<String>,
    /// Feedback form.
    pub feedback_url: Option<String>,
    /// The supervising authority.
    pub authority_name: String,
    /// Its web site.
    pub authority_url: String,
    /// Its e-mail.
    pub authority_email: Option<String>,
    /// Its phone.
    pub authority_phone: Option<String>,
    /// Known shortcomings.
    pub shortcomings: Vec<String>,
}

/// One locale in the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    /// Locale code.
    pub code: String,
    /// HTML `lang`.
    pub lang: String,
    /// The locale's name in its own language.
    pub name: String,
    /// This page in that locale.
    pub href: String,
    /// Whether this is the page's own locale.
    pub current: bool,
    /// Whether the item is written in that locale.
    pub available: bool,
}

/// An `hreflang` alternate.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The `hreflang` value.
    pub hreflang: String,
    /// Absolute URL.
    pub href: String,
}

/// A titled link.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Relative href.
    pub href: String,
}

/// A navigation entry; its label is the interface string `section-<code>`.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    /// `services`, `training`, `glossary`, `personas`.
    pub code: String,
    /// Relative href.
    pub href: String,
    /// Whether the current page is in this section.
    pub current: bool,
}

/// An item in a list.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Title in the page's locale (or the fallback's).
    pub title: String,
    /// Relative href.
    pub href: String,
    /// Summary.
    pub summary: String,
    /// Kind code.
    pub kind: String,
    /// The `lang` of the title when it is not the page's (an untranslated item).
    pub lang: Option<String>,
    /// A training module's number.
    pub number: Option<u32>,
}

/// A section index.
#[derive(Debug, Default, Serialize)]
pub struct SectionView {
    /// Section code.
    pub code: String,
    /// Entries grouped by initial letter (one unnamed group for ordered sections).
    pub groups: Vec<EntryGroup>,
}

/// Entries under one letter.
#[derive(Debug, Clone, Serialize)]
pub struct EntryGroup {
    /// The letter (`A`, `Ä`), or none.
    pub letter: Option<String>,
    /// Anchor id for the letter.
    pub id: Option<String>,
    /// Entries.
    pub entries: Vec<Entry>,
}

/// The front page's lists.
#[derive(Debug, Default, Serialize)]
pub struct HomeView {
    /// The most used services (`featured` in the home page's meta.yaml).
    pub featured: Vec<Entry>,
    /// Services by who they are for; the label is the string `life-<code>`.
    pub groups: Vec<CodedEntries>,
    /// Service cards, A–Ö.
    pub services: Vec<Entry>,
    /// Training modules in order.
    pub modules: Vec<Entry>,
    /// Section indexes.
    pub sections: Vec<NavLink>,
}

/// Entries under a code (a target group).
#[derive(Debug, Clone, Serialize)]
pub struct CodedEntries {
    /// The code.
    pub code: String,
    /// Entries.
    pub entries: Vec<Entry>,
}

/// What the not-yet-translated page needs.
#[derive(Debug, Default, Serialize)]
pub struct MissingView {
    /// The versions that exist.
    pub available: Vec<LanguageLink>,
    /// Their titles, each in its own language, in the order of `available`.
    pub titles: Vec<String>,
}

/// The root page: the choice of language.
#[derive(Debug, Serialize)]
pub struct RootView {
    /// The site title in the default locale.
    pub site_title: String,
    /// HTML `lang` of the default locale.
    pub lang: String,
    /// Where readers go by default.
    pub default_href: String,
    /// Every locale's front page, with a prompt in that locale.
    pub languages: Vec<RootLanguage>,
}

/// One language on the root page.
#[derive(Debug, Serialize)]
pub struct RootLanguage {
    /// HTML `lang`.
    pub lang: String,
    /// Name in its own language.
    pub name: String,
    /// Relative href.
    pub href: String,
    /// "Choose this language" in that language.
    pub prompt: String,
    /// The locale's code (the root page's script remembers the reader's choice by it).
    pub code: String,
    /// The site's title in that locale.
    pub title: String,
}

/// What a component template gets.
#[derive(Debug, Serialize)]
pub struct ComponentView<'a> {
    /// The block's data, text already HTML.
    pub data: &'a serde_json::Value,
    /// Items the block names by code (`persona: young-adult`), by that code.
    pub items: std::collections::BTreeMap<String, Link>,
    /// The page's locale code.
    pub locale: &'a str,
}
