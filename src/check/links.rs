//! Links and images in content bodies, and slugs shared between items.
//!
//! The build already refuses `@/` links to items or headings that do not exist.
//! What it lets through is checked here: `#anchor` links within a page, links to
//! paths in the site (`/fi/palvelut/…`) that no rendered page has, images without
//! alt text, and two items of one locale in different sections with one slug.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::content::{Item, Translation};
use crate::error::{line_col, Diagnostic};
use crate::{Output, Site};

use super::Check;

/// The link, image and slug findings of `site`, whose rendered pages are `output`.
pub fn check(site: &Site, output: &Output) -> Vec<Diagnostic> {
    let pages: BTreeSet<&PathBuf> = output.files.keys().collect();
    let base = base_path(&site.config.base_url);
    let mut findings = Vec::new();
    for item in site.library.items() {
        for tr in item.translations.values() {
            findings.append(&mut body(tr, &pages, base));
        }
    }
    findings.append(&mut duplicate_slugs(site));
    findings
}

/// The path of the site under its host (`/opas` for `https://x.fi/opas`), without a trailing `/`.
fn base_path(base_url: &str) -> &str {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    after_scheme.find('/').map_or("", |i| after_scheme[i..].trim_end_matches('/'))
}

fn body(tr: &Translation, pages: &BTreeSet<&PathBuf>, base: &str) -> Vec<Diagnostic> {
    let mut ids: BTreeSet<String> = tr.headings.iter().map(|h| h.id.clone()).collect();
    ids.extend(attribute_values(&tr.body, "id").into_iter().map(|(_, v)| v.to_string()));
    let mut findings = Vec::new();
    let at = |offset: usize| {
        let (line, column) = line_col(&tr.body, offset);
        (tr.body_line + line - 1, column)
    };
    let mut image: Option<(usize, String)> = None;
    let mut destinations: Vec<(usize, String)> = Vec::new();
    for (event, range) in Parser::new_ext(&tr.body, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => destinations.push((range.start, dest_url.to_string())),
            Event::Start(Tag::Image { .. }) => image = Some((range.start, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((start, _)) = image.take().filter(|(_, alt)| alt.trim().is_empty()) {
                    let (line, column) = at(start);
                    findings.push(
                        Check::ImageAlt
                            .at(
                                &tr.path,
                                line,
                                column,
                                "image without alt text: readers who cannot see it are told nothing",
                            )
                            .with_hint("describe the image between the brackets: ![a map of the service point](…)"),
                    );
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for (offset, tag) in img_tags(&html) {
                    let has_alt = attribute_values(tag, "alt").into_iter().next().is_some();
                    if !has_alt {
                        let (line, column) = at(range.start + offset);
                        findings.push(
                            Check::ImageAlt
                                .at(&tr.path, line, column, "<img> without an alt attribute")
                                .with_hint("add alt=\"what the image shows\" (alt=\"\" only for a decorative image)"),
                        );
                    }
                }
                for (offset, href) in attribute_values(&html, "href") {
                    destinations.push((range.start + offset, href.to_string()));
                }
            }
            _ => {}
        }
    }
    for (offset, dest) in destinations {
        if let Some(anchor) = dest.strip_prefix('#') {
            if !anchor.is_empty() && !ids.contains(anchor) {
                let (line, column) = at(offset);
                let known: Vec<&str> = tr.headings.iter().map(|h| h.id.as_str()).collect();
                findings.push(
                    Check::AnchorBroken
                        .at(
                            &tr.path,
                            line,
                            column,
                            format!("link to `#{anchor}`: this page has no heading or element with that id"),
                        )
                        .with_hint(format!("the page's heading ids are: {}", known.join(", "))),
                );
            }
        } else if dest.starts_with('/') && !dest.starts_with("//") && !resolves(&dest, pages, base) {
            let (line, column) = at(offset);
            findings.push(
                Check::LinkBroken
                    .at(&tr.path, line, column, format!("link to `{dest}`: the site has no page at that path"))
                    .with_hint(
                        "link to an item with `@/section/folder`, which follows the item's slug in every locale",
                    ),
            );
        }
    }
    findings
}

/// Whether a site-absolute link leads to a rendered file (links outside the
/// site's base path are not the site's to check).
fn resolves(dest: &str, pages: &BTreeSet<&PathBuf>, base: &str) -> bool {
    let Some(rest) = dest.strip_prefix(base) else {
        return true;
    };
    let path = rest.split(['#', '?']).next().unwrap_or("").trim_start_matches('/');
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.to_string(), format!("{path}/index.html")]
    };
    candidates.iter().any(|c| pages.contains(&PathBuf::from(c)))
}

/// The `<img …>` tags of a raw HTML fragment, with their byte offsets.
fn img_tags(html: &str) -> Vec<(usize, &str)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<img").map(|i| from + i) {
        let end = lower[i..].find('>').map_or(html.len(), |e| i + e);
        out.push((i, &html[i..end]));
        from = end.max(i + 4);
    }
    out
}

/// The values of attribute `name` (`name="…"` or `name='…'`) in raw HTML, with byte offsets.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<(usize, &'a str)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name).map(|i| from + i) {
        from = i + name.len();
        let before_ok = i == 0 || lower.as_bytes()[i - 1].is_ascii_whitespace();
        let rest = &html[from..];
        let Some(value) = rest.trim_start().strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
        let start = html.len() - value.len() + usize::from(quote.is_some());
        let end = match quote {
            Some(q) => html[start..].find(q).map_or(html.len(), |e| start + e),
            None => html[start..].find(|c: char| c.is_whitespace() || c == '>').map_or(html.len(), |e| start + e),
        };
        out.push((i, &html[start..end]));
    }
    out
}

/// Items in different sections that one locale gives the same slug (the same
/// section is a build error: the pages would share a path).
fn duplicate_slugs(site: &Site) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<(String, String), &Item> = BTreeMap::new();
    let mut findings = Vec::new();
    for item in site.library.items() {
        for (code, tr) in &item.translations {
            let slug = tr.common.slug.clone().unwrap_or_else(|| item.name.clone());
            match seen.get(&(code.to_string(), slug.clone())) {
                Some(first) if first.kind != item.kind => {
                    let line = tr.field_location("slug").line;
                    findings.push(
                        Check::SlugDuplicate
                            .at(&tr.path, line, 1, format!("slug `{slug}` is also the `{code}` slug of `{}`; readers cannot tell the two pages apart by their address", first.key))
                            .with_hint("give one of them a slug that says what it is"),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert((code.to_string(), slug), item);
                }
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_and_img_tags_are_found() {
        let html = r#"<p id="x"><img src="a.png"> <img alt="" src=b.png> <a href='#y'>y</a></p>"#;
        let ids: Vec<&str> = attribute_values(html, "id").into_iter().map(|(_, v)| v).collect();
        assert_eq!(ids, vec!["x"]);
        let tags = img_tags(html);
        assert_eq!(tags.len(), 2);
        assert!(attribute_values(tags[0].1, "alt").is_empty());
        assert_eq!(attribute_values(tags[1].1, "alt")[0].1, "");
        assert_eq!(attribute_values(html, "href")[0].1, "#y");
    }

    #[test]
    fn base_path_is_the_url_path() {
        assert_eq!(base_path("https://x.example.fi/opas"), "/opas");
        assert_eq!(base_path("https://x.example.fi"), "");
    }
}
