//! `luukku check`: the content quality gate.
//!
//! A check runs everything a build validates (load and render, nothing written)
//! and then looks for what a build accepts but a reader would notice: missing and
//! stale translations, interface strings a locale lacks or nothing uses, broken
//! links and anchors, images without alt text, duplicate slugs, service cards not
//! reviewed for too long, plain-language text that is not plain, and facts that
//! differ between locales. One module per family of findings; each finding is a
//! [`Diagnostic`] whose stable code comes from the one table here, [`Check::info`].

pub mod consistency;
pub mod freshness;
pub mod links;
pub mod plain_language;
pub mod strings;
pub mod translations;

use std::path::Path;

use serde::Serialize;

use crate::config::Date;
use crate::error::{Diagnostic, Error, Result, Severity};
use crate::{Output, Site};

/// Every kind of finding `luukku check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Check {
    Build,
    TranslationMissing,
    TranslationStale,
    TranslationSource,
    StringMissing,
    StringUnused,
    LinkBroken,
    AnchorBroken,
    ImageAlt,
    SlugDuplicate,
    ReviewStale,
    ReviewMissing,
    PlainAverage,
    PlainLongSentences,
    PlainLongWords,
    StepMinutes,
    ReflectionCount,
    ChannelFact,
}

/// A finding's stable code, name, severity and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// `L102`: never reused for another kind of finding.
    pub code: &'static str,
    /// `translation-stale`.
    pub name: &'static str,
    /// Whether it fails the check on its own or only under `--deny-warnings`.
    #[serde(serialize_with = "severity_str")]
    pub severity: Severity,
    /// One line on what it means.
    pub summary: &'static str,
}

fn severity_str<S: serde::Serializer>(s: &Severity, ser: S) -> std::result::Result<S::Ok, S::Error> {
    ser.serialize_str(s.as_str())
}

impl Check {
    /// Every kind, in code order.
    pub const ALL: [Check; 18] = [
        Check::Build,
        Check::TranslationMissing,
        Check::TranslationStale,
        Check::TranslationSource,
        Check::StringMissing,
        Check::StringUnused,
        Check::LinkBroken,
        Check::AnchorBroken,
        Check::ImageAlt,
        Check::SlugDuplicate,
        Check::ReviewStale,
        Check::ReviewMissing,
        Check::PlainAverage,
        Check::PlainLongSentences,
        Check::PlainLongWords,
        Check::StepMinutes,
        Check::ReflectionCount,
        Check::ChannelFact,
    ];

    /// The table of codes: the one place a code is given to a kind of finding.
    pub fn info(self) -> CodeInfo {
        use Severity::{Error as E, Warning as W};
        let (code, name, severity, summary) = match self {
            Check::Build => ("L001", "build", E, "the site does not build (loading, validating or rendering failed)"),
            Check::TranslationMissing => {
                ("L101", "translation-missing", W, "an item has no file in a configured locale")
            }
            Check::TranslationStale => {
                ("L102", "translation-stale", W, "the source a translation was made from has changed since")
            }
            Check::TranslationSource => {
                ("L103", "translation-source", W, "`translated-from` names a locale the item has no file in")
            }
            Check::StringMissing => (
                "L201",
                "string-missing",
                W,
                "a message of the default locale has no text in a locale or its same-language fallback",
            ),
            Check::StringUnused => {
                ("L202", "string-unused", W, "a message no template, Rust code or other message refers to")
            }
            Check::LinkBroken => ("L301", "link-broken", E, "a link to a path in the site that no page has"),
            Check::AnchorBroken => ("L302", "anchor-broken", E, "a `#anchor` link to a heading the page does not have"),
            Check::ImageAlt => ("L303", "image-alt-missing", W, "an image without alt text"),
            Check::SlugDuplicate => ("L304", "slug-duplicate", W, "two items of one locale share a slug"),
            Check::ReviewStale => {
                ("L401", "review-stale", W, "a service card reviewed longer ago than `check.review-max-age-days`")
            }
            Check::ReviewMissing => ("L402", "review-missing", W, "a service card without a `reviewed` date"),
            Check::PlainAverage => {
                ("L501", "plain-sentence-length", W, "a plain-language file's average sentence is too long")
            }
            Check::PlainLongSentences => {
                ("L502", "plain-long-sentences", W, "a plain-language file has too many long sentences")
            }
            Check::PlainLongWords => ("L503", "plain-long-words", W, "a plain-language file has too many long words"),
            Check::StepMinutes => {
                ("L601", "step-minutes-differ", W, "facilitation steps or their minutes differ from the default locale")
            }
            Check::ReflectionCount => (
                "L602",
                "reflection-count-differs",
                W,
                "a module has a different number of reflection questions than in the default locale",
            ),
            Check::ChannelFact => (
                "L603",
                "channel-fact-in-text",
                W,
                "a phone number, e-mail address, opening hours or channel URL in a card's text instead of meta.yaml",
            ),
        };
        CodeInfo { code, name, severity, summary }
    }

    /// A finding of this kind at `path:line:column`.
    pub fn at(self, path: impl AsRef<Path>, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        let info = self.info();
        let d = Diagnostic::new(path.as_ref(), line, column, message).with_code(info.code);
        match info.severity {
            Severity::Warning => d.warning(),
            Severity::Error => d,
        }
    }
}

/// The code table entry of a code (`L102`), if it is one of ours.
pub fn code_info(code: &str) -> Option<CodeInfo> {
    Check::ALL.into_iter().map(Check::info).find(|i| i.code == code)
}

/// Everything one check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Every finding, sorted by file, line and column.
    pub findings: Vec<Diagnostic>,
    /// Item × locale: present, missing or stale (empty when the site did not load).
    pub translations: translations::Matrix,
    /// The plain-language figures of every file of a plain-language locale and of the locale it simplifies.
    pub plain_language: plain_language::Figures,
    /// Items, content files and pages of the site (zero when it did not load).
    pub counts: Counts,
}

/// The size of what was checked.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Counts {
    /// Items under `content/`.
    pub items: usize,
    /// Item × locale files.
    pub content_files: usize,
    /// Pages a build would write.
    pub pages: usize,
}

impl Report {
    /// The number of errors and of warnings.
    pub fn tally(&self) -> (usize, usize) {
        let errors = self.findings.iter().filter(|d| d.severity == Severity::Error).count();
        (errors, self.findings.len() - errors)
    }

    /// Whether the check fails: any error, or any warning when warnings are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        let (errors, warnings) = self.tally();
        errors > 0 || (deny_warnings && warnings > 0)
    }

    /// The report as the documented JSON shape (README, "`luukku check` in CI").
    pub fn to_json(&self) -> serde_json::Value {
        let (errors, warnings) = self.tally();
        let findings: Vec<serde_json::Value> = self
            .findings
            .iter()
            .map(|d| {
                serde_json::json!({
                    "severity": d.severity.as_str(),
                    "code": d.code,
                    "name": d.code.and_then(code_info).map(|i| i.name),
                    "file": d.path.to_string_lossy().replace('\\', "/"),
                    "line": d.line,
                    "column": d.column,
                    "message": d.message,
                    "hint": d.hint,
                })
            })
            .collect();
        serde_json::json!({
            "version": 1,
            "summary": { "errors": errors, "warnings": warnings, "items": self.counts.items,
                         "content-files": self.counts.content_files, "pages": self.counts.pages },
            "findings": findings,
            "translations": self.translations,
            "plain-language": self.plain_language,
        })
    }
}

/// Checks the site at `root` as of `today`. Problems in the site's files are
/// findings; only a failure to read (no `book.toml`, an I/O error) is an error.
pub fn check_root(root: &Path, today: Date) -> Result<Report> {
    let loaded = Site::load(root).and_then(|site| site.render(&|| {}).map(|output| (site, output)));
    match loaded {
        Ok((site, output)) => Ok(check(&site, &output, today)),
        Err(Error::Content(diags)) => {
            let findings = diags.into_iter().map(build_finding).collect();
            Ok(Report { findings, ..Report::default() })
        }
        Err(other) => Err(other),
    }
}

/// A problem the build reports, as a finding: its own code if it has one, else `L001`.
fn build_finding(d: Diagnostic) -> Diagnostic {
    if d.code.is_some() {
        d
    } else {
        d.with_code(Check::Build.info().code)
    }
}

/// Every finding of a loaded and rendered site.
pub fn check(site: &Site, output: &Output, today: Date) -> Report {
    let mut findings = Vec::new();
    let translations = translations::matrix(site, &mut findings);
    findings.append(&mut strings::check(site));
    findings.append(&mut links::check(site, output));
    findings.append(&mut freshness::check(site, today));
    let plain_language = plain_language::check(site, &mut findings);
    findings.append(&mut consistency::check(site));
    // By place, then code: a file's findings read top to bottom.
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.code, &a.message).cmp(&(&b.path, b.line, b.column, b.code, &b.message))
    });
    findings.dedup();
    let counts = Counts {
        items: site.library.len(),
        content_files: site.library.translation_count(),
        pages: output.pages_per_locale.values().sum(),
    };
    Report { findings, translations, plain_language, counts }
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    freshness::date_of_day(i64::try_from(secs / 86_400).unwrap_or(0))
}
