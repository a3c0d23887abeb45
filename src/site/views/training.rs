//! The template views of training: module pages, personas, and onboarding
//! (progress, journal, plan).

use serde::Serialize;

use super::Link;

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
