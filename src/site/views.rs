//! Typed template contexts.
//!
//! Templates receive these structs, never ad-hoc maps, so the set of names a
//! template may use is written down in one place and checked by the compiler.
//! Text that came from Markdown is already HTML (sanitized) and marked `_html`
//! or documented as such; everything else is escaped by Tera.

use serde::Serialize;

use crate::markdown::Heading;

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
    /// Channels.
    pub channels: Vec<ChannelView>,
    /// The catalogue id.
    pub ptv_id: Option<String>,
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

/// A training module's parts.
#[derive(Debug, Default, Serialize)]
pub struct ModuleView {
    /// The module's number.
    pub number: Option<u32>,
    /// Learning goals (HTML).
    pub goals_html: Vec<String>,
    /// The facilitation plan.
    pub facilitation: Option<FacilitationView>,
    /// Reflection questions (HTML).
    pub reflection_html: Vec<String>,
    /// Previous module.
    pub prev: Option<Link>,
    /// Next module.
    pub next: Option<Link>,
    /// The module's key (`training/03-values`): where its progress and answers are kept.
    pub key: String,
    /// The time a new employee needs for it, if known.
    pub estimate: Option<EstimateView>,
}

/// A workshop plan.
#[derive(Debug, Default, Serialize)]
pub struct FacilitationView {
    /// Intro (HTML).
    pub intro_html: Option<String>,
    /// Steps.
    pub steps: Vec<StepView>,
    /// Sum of the steps' minutes, when every step has them.
    pub total_minutes: Option<u32>,
}

/// A workshop step.
#[derive(Debug, Serialize)]
pub struct StepView {
    /// Title.
    pub title: String,
    /// Minutes.
    pub minutes: Option<u32>,
    /// Grouping.
    pub grouping: Option<String>,
    /// Materials.
    pub materials: Vec<String>,
    /// Instructions (HTML).
    pub instructions_html: String,
}

/// A persona's expectations per channel, gathered from the modules' grids.
#[derive(Debug, Default, Serialize)]
pub struct PersonaView {
    /// One row per channel.
    pub channels: Vec<PersonaChannel>,
}

/// One channel's row for a persona.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaChannel {
    /// Channel code.
    pub channel: String,
    /// Expectations (HTML).
    pub expectations_html: Vec<String>,
    /// The channel at its best (HTML).
    pub ideal_html: Vec<String>,
    /// The module the grid is in.
    pub source: Link,
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

/// What the onboarding script and templates need on a page.
#[derive(Debug, Default, Serialize)]
pub struct OnboardingView {
    /// The local-storage key of this site and locale.
    pub store: String,
    /// The script's data (storage key, strings, modules) as JSON, for an attribute
    /// of the script's element (escaped there like any text).
    pub data_json: String,
    /// This locale's progress page.
    pub progress_href: String,
    /// This locale's reflection journal.
    pub journal_href: String,
    /// This locale's onboarding plan.
    pub plan_href: String,
    /// The modules in order (on the pages that list them).
    pub modules: Vec<OnboardingModule>,
    /// The estimated time of the modules that have one, summed.
    pub total: Option<EstimateView>,
    /// How many modules have no estimated time.
    pub unknown: usize,
}

/// A module as the onboarding pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct OnboardingModule {
    /// Its key (`training/03-values`).
    pub key: String,
    /// Its number.
    pub number: Option<u32>,
    /// Title in the page's locale (or the fallback's).
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Relative href.
    pub href: String,
    /// The `lang` of its texts when they are not in the page's language.
    pub lang: Option<String>,
    /// Estimated time.
    pub estimate: Option<EstimateView>,
    /// Reflection questions (HTML) — on the journal and plan pages.
    pub questions_html: Vec<String>,
    /// What the site adds to do before it — on the plan page.
    pub before: Vec<PlanItemView>,
    /// What the site adds to do after it — on the plan page.
    pub after: Vec<PlanItemView>,
}

/// A time in minutes, split for display.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct EstimateView {
    /// All of it in minutes.
    pub minutes: u32,
    /// Whole hours.
    pub hours: u32,
    /// Minutes past the whole hours.
    pub rest: u32,
    /// Only part of the time is known (some workshop steps give no minutes).
    pub partial: bool,
}

/// An item a site adds to the onboarding plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanItemView {
    /// A stable id of the item, for its check mark (from the module, side and text).
    pub id: String,
    /// The text (HTML).
    pub html: String,
}

/// A print view (handout, worksheets, whole package): the page around it and its own parts.
#[derive(Debug, Serialize)]
pub struct PrintPage {
    /// The page around the print view (on screen: navigation, switcher; hidden in print).
    #[serde(flatten)]
    pub page: PageView,
    /// The print view's own parts.
    pub print: PrintView,
}

/// What a print view shows.
#[derive(Debug, Default, Serialize)]
pub struct PrintView {
    /// The modules it covers (one for a handout or worksheets, all for the package).
    pub modules: Vec<PrintModule>,
    /// The module's worksheets (worksheets page only).
    pub worksheets: Vec<Worksheet>,
    /// Personas, title and summary (whole package only).
    pub personas: Vec<Entry>,
    /// Glossary terms, title and summary (whole package only).
    pub glossary: Vec<Entry>,
    /// The module's web page (or the training index, for the package).
    pub back: Option<Link>,
    /// Other print views of the same module: worksheets from a handout, handout from worksheets.
    pub sibling: Option<Link>,
}

/// One module as printed: the handout's parts.
#[derive(Debug, Default, Serialize)]
pub struct PrintModule {
    /// Anchor id (`module-04`).
    pub id: String,
    /// The module's number.
    pub number: Option<u32>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Learning goals (HTML).
    pub goals_html: Vec<String>,
    /// Intro of the plan (HTML).
    pub intro_html: Option<String>,
    /// The agenda, one row per step.
    pub agenda: Vec<AgendaRow>,
    /// Sum of all the minutes given.
    pub known_minutes: u32,
    /// How many steps have no minutes.
    pub untimed: usize,
    /// Groupings, in step order, without repeats.
    pub groupings: Vec<String>,
    /// Materials of every step merged, in first-use order, without repeats.
    pub materials: Vec<String>,
    /// Reflection questions (HTML).
    pub reflection_html: Vec<String>,
}

/// One step of the timed agenda.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaRow {
    /// The step's number.
    pub number: usize,
    /// Title.
    pub title: String,
    /// Minutes, when the plan gives them.
    pub minutes: Option<u32>,
    /// Minutes from the start to the step's beginning (timed steps before it only).
    pub offset: u32,
    /// Clock time of the start for the default start time (`09:00`); the page's
    /// script recomputes it from the start time the facilitator chooses.
    pub clock: String,
    /// Running total of minutes at the step's end, when the step is timed.
    pub running_total: Option<u32>,
    /// Grouping.
    pub grouping: Option<String>,
    /// Instructions (HTML).
    pub instructions_html: String,
}

/// A participant worksheet, one A4 page.
#[derive(Debug, Clone, Serialize)]
pub struct Worksheet {
    /// `grid`, `questions`, `story`, `reflection`.
    pub kind: String,
    /// Anchor id.
    pub id: String,
    /// Row labels (grid: personas; questions and reflection: the questions as HTML).
    pub rows: Vec<String>,
    /// Column labels (grid: channels).
    pub columns: Vec<String>,
}
