//! The front matter of each kind of item, as typed structs.
//!
//! Every struct denies unknown fields, so a misspelt field is an error. serde's
//! `flatten` cannot be combined with `deny_unknown_fields`, so the four fields
//! every kind shares are repeated in each struct and gathered by [`Common`].

use serde::Deserialize;

/// The fields every kind has, after parsing.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Common {
    /// The item's name in this locale.
    pub title: String,
    /// The URL segment in this locale, if set.
    pub slug: Option<String>,
    /// A sentence or two.
    pub summary: String,
    /// Words readers search with.
    pub keywords: Vec<String>,
    /// The locale file this one was translated from, and that file's hash then.
    pub translated_from: Option<TranslatedFrom>,
}

/// `translated-from: { locale: fi, hash: 0123456789abcdef }` in a translation's
/// front matter: the locale whose file this text was made from and
/// [`crate::content::source_hash`] of that file at the time. When the source file's
/// hash no longer matches, the translation is stale.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct TranslatedFrom {
    /// The source locale's code (`fi`).
    pub locale: String,
    /// The first 16 hex digits of the source file's SHA-256, as `source_hash` gives.
    pub hash: String,
}

macro_rules! common {
    ($t:ty) => {
        impl $t {
            pub(crate) fn common(&self) -> Common {
                Common {
                    title: self.title.clone(),
                    slug: self.slug.clone(),
                    summary: self.summary.clone(),
                    keywords: self.keywords.clone(),
                    translated_from: self.translated_from.clone(),
                }
            }
        }
    };
}

/// Front matter of a service card.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct ServiceFields {
    pub title: String,
    pub slug: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The source this translation was made from, for staleness checks.
    pub translated_from: Option<TranslatedFrom>,
    /// Who the service is for.
    pub audience: Option<String>,
    /// How to proceed, step by step.
    #[serde(default)]
    pub steps: Vec<String>,
    /// Fee details in words.
    pub charge: Option<String>,
    pub processing_time: Option<String>,
    pub deadline: Option<String>,
    pub validity: Option<String>,
    pub requirements: Option<String>,
}
common!(ServiceFields);

/// Front matter of a training module.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct ModuleFields {
    pub title: String,
    pub slug: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The source this translation was made from, for staleness checks.
    pub translated_from: Option<TranslatedFrom>,
    /// Learning goals.
    pub goals: Vec<String>,
    /// The workshop plan.
    pub facilitation: Option<FacilitationPlan>,
    /// Reflection questions.
    #[serde(default)]
    pub reflection: Vec<String>,
    /// The module in the onboarding plan.
    pub onboarding: Option<ModuleOnboarding>,
}
common!(ModuleFields);

/// A module's place in the onboarding plan: its estimated time and what a site
/// adds to do before and after it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct ModuleOnboarding {
    /// The time a new employee needs for the module, when the site states it.
    pub minutes: Option<u32>,
    /// To do before the module (inline Markdown).
    #[serde(default)]
    pub before: Vec<String>,
    /// To do after it (inline Markdown).
    #[serde(default)]
    pub after: Vec<String>,
}

/// How a module's theme is run as a workshop.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct FacilitationPlan {
    /// A sentence or two before the steps.
    pub intro: Option<String>,
    /// The steps in order.
    pub steps: Vec<FacilitationStep>,
}

/// One step of a workshop.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct FacilitationStep {
    /// What the step is.
    pub title: String,
    /// How long it takes, 1 to 1,440 minutes (a day), so a total cannot overflow.
    #[serde(default, deserialize_with = "minutes")]
    pub minutes: Option<u32>,
    /// Who works with whom.
    pub grouping: Option<String>,
    /// What is needed.
    #[serde(default)]
    pub materials: Vec<String>,
    /// What the facilitator does (Markdown).
    pub instructions: String,
}

/// Front matter of a plain page.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct PageFields {
    pub title: String,
    pub slug: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The source this translation was made from, for staleness checks.
    pub translated_from: Option<TranslatedFrom>,
    /// The theme template to use (`page` when absent).
    pub layout: Option<String>,
}
common!(PageFields);

/// Front matter of a glossary term or persona: the common fields only.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct BasicFields {
    pub title: String,
    pub slug: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The source this translation was made from, for staleness checks.
    pub translated_from: Option<TranslatedFrom>,
}
common!(BasicFields);

/// `meta.yaml` of items other than service cards.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct CommonMeta {
    /// The facts here are invented examples.
    #[serde(default)]
    pub example_data: bool,
    /// Keys of related items.
    #[serde(default)]
    pub related: Vec<String>,
    /// On the front page (`pages/home`): the services shown first.
    #[serde(default)]
    pub featured: Vec<String>,
}

/// The largest duration of one workshop step, in minutes.
pub const MAX_STEP_MINUTES: u32 = 24 * 60;

fn minutes<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let value = Option::<u64>::deserialize(deserializer)?;
    match value {
        Some(m) if m == 0 || m > u64::from(MAX_STEP_MINUTES) => Err(serde::de::Error::custom(format!(
            "{m} minutes is not the length of a workshop step; expected 1 to {MAX_STEP_MINUTES}"
        ))),
        other => Ok(other.and_then(|m| u32::try_from(m).ok())),
    }
}
