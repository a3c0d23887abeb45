//! The accessibility statement's facts (`[accessibility]` in book.toml), as the
//! Finnish act on providing digital services asks for them, checked: dates are
//! dates, links pass the URL policy, localized texts name configured locales.

use std::collections::BTreeMap;

use super::{raw, url_policy, Date, Locale, LocaleCode, LocalizedText, Resolver};

/// How far a site meets the accessibility requirements (WCAG 2.1 AA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComplianceStatus {
    /// Meets the requirements.
    Full,
    /// Meets them in part; the known shortcomings are listed.
    Partial,
    /// Does not meet them.
    None,
}

/// How the site's accessibility was assessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentMethod {
    /// By the organisation itself.
    #[default]
    SelfAssessment,
    /// By an outside assessor.
    ThirdParty,
}

/// The facts of the accessibility statement (`[accessibility]` in book.toml), as
/// the Finnish act on providing digital services asks for them.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AccessibilityStatement {
    /// Compliance.
    pub status: ComplianceStatus,
    /// When the statement was prepared (YYYY-MM-DD).
    pub prepared: String,
    /// When it was last reviewed.
    pub reviewed: Option<String>,
    /// How compliance was assessed.
    pub method: AssessmentMethod,
    /// Where to send accessibility feedback by e-mail.
    pub feedback_email: Option<String>,
    /// A feedback form.
    pub feedback_url: Option<String>,
    /// The supervising authority.
    pub authority_name: LocalizedText,
    /// Its web site.
    pub authority_url: String,
    /// Its e-mail.
    pub authority_email: Option<String>,
    /// Its phone.
    pub authority_phone: Option<String>,
    /// Known shortcomings.
    pub shortcomings: Vec<LocalizedText>,
}

impl Resolver<'_> {
    pub(crate) fn accessibility(
        &mut self,
        a: raw::RawAccessibility,
        locales: &[Locale],
    ) -> (AccessibilityStatement, BTreeMap<LocaleCode, String>) {
        for date in std::iter::once(&a.prepared).chain(a.reviewed.as_ref()) {
            if Date::parse(date.get_ref()).is_none() {
                self.at(date, format!("`{}` is not a date; expected YYYY-MM-DD", date.get_ref()));
            }
        }
        if let Err(why) = url_policy::check_absolute_web(a.authority_url.get_ref()) {
            self.at(&a.authority_url, format!("authority-url: {why}"));
        }
        if let Some(url) = &a.feedback_url {
            if let Err(why) = url_policy::check(url.get_ref()) {
                self.at(url, format!("feedback-url: {why}"));
            }
        }
        let codes: Vec<&str> = locales.iter().map(|l| l.code.as_str()).collect();
        for text in std::iter::once(&a.authority_name).chain(&a.shortcomings) {
            for key in text.get_ref().unknown_locales(&codes) {
                let msg = format!("`{key}` is not a configured locale; expected one of {}", codes.join(", "));
                self.at(text, msg);
            }
        }
        let slugs = self.slugs_by_locale("the accessibility statement", &a.slug, locales);
        let statement = AccessibilityStatement {
            status: a.status,
            prepared: a.prepared.into_inner(),
            reviewed: a.reviewed.map(toml::Spanned::into_inner),
            method: a.method,
            feedback_email: a.feedback_email,
            feedback_url: a.feedback_url.map(toml::Spanned::into_inner),
            authority_name: a.authority_name.into_inner(),
            authority_url: a.authority_url.into_inner(),
            authority_email: a.authority_email,
            authority_phone: a.authority_phone,
            shortcomings: a.shortcomings.into_iter().map(toml::Spanned::into_inner).collect(),
        };
        (statement, slugs)
    }
}
