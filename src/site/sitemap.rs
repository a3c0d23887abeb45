//! `sitemap.xml` with language alternates, and `robots.txt`.
//!
//! The sitemap lists every page whose kind the page table marks as listed, each
//! with the same page in the other locales as `hreflang` alternates.

use std::collections::BTreeMap;

use crate::config::LocaleCode;
use crate::error::Diagnostic;

use super::context::PageCx;
use super::kinds::{def, PageKind, Subject};

/// The sitemap: every listed page, each naming its other translations.
pub(crate) fn sitemap(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let urls = cx.urls();
    let config = cx.config();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // One group per page across locales; front pages first, then the table's order.
    let mut groups: BTreeMap<(bool, PageKind, Subject), Vec<(LocaleCode, String)>> = BTreeMap::new();
    for page in cx.all_pages().into_iter().filter(|p| def(p.key.kind).in_sitemap) {
        let Some(code) = page.key.locale.clone() else { continue };
        let front = page.key.kind == PageKind::DefaultHome
            || matches!(&page.key.subject, Subject::Item(k) if k == crate::content::HOME_KEY);
        groups.entry((!front, page.key.kind, page.key.subject)).or_default().push((code, page.path));
    }
    for group in groups.values() {
        // Locales in configuration order; a plain-language form shares its language's
        // tag, so only the first locale of each language is an alternate.
        let mut ordered: Vec<(&str, &str)> = Vec::new();
        for l in &config.locales {
            if let Some((_, path)) = group.iter().find(|(code, _)| *code == l.code) {
                ordered.push((l.lang.as_str(), path.as_str()));
            }
        }
        let mut langs_seen: Vec<&str> = Vec::new();
        let alternates: Vec<&(&str, &str)> = ordered
            .iter()
            .filter(|(lang, _)| {
                let first = !langs_seen.contains(lang);
                langs_seen.push(lang);
                first
            })
            .collect();
        for (_, path) in &ordered {
            out.push_str("  <url>\n    <loc>");
            out.push_str(&xml_escape(&urls.absolute(path)));
            out.push_str("</loc>\n");
            if alternates.len() > 1 {
                for (lang, alt) in &alternates {
                    out.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        xml_escape(lang),
                        xml_escape(&urls.absolute(alt))
                    ));
                }
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    Ok(out)
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub(crate) fn robots(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    Ok(format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", cx.urls().absolute("sitemap.xml")))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
