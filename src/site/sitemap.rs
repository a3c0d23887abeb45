//! `sitemap.xml` with language alternates, and `robots.txt`.

use crate::content::Kind;

use super::Site;

impl Site {
    /// The sitemap: every translated page, each listing its other translations.
    pub(crate) fn sitemap(&self) -> String {
        let urls = self.urls();
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
        );
        let mut groups: Vec<Vec<(String, String)>> = Vec::new();
        groups.push(self.config.locales.iter().map(|l| (l.lang.clone(), urls.locale_home(l))).collect());
        for kind in Kind::ALL.into_iter().filter(|k| k.has_section() && self.library.of_kind(*k).next().is_some()) {
            groups.push(self.config.locales.iter().map(|l| (l.lang.clone(), urls.section(kind, l))).collect());
        }
        for item in self.library.items.values().filter(|i| i.key != crate::content::HOME_KEY) {
            groups.push(
                self.config
                    .locales
                    .iter()
                    .filter(|l| item.translations.contains_key(&l.code))
                    .map(|l| (l.lang.clone(), urls.item(item, l)))
                    .collect(),
            );
        }
        for group in groups {
            let mut langs_seen: Vec<&str> = Vec::new();
            let alternates: Vec<&(String, String)> = group
                .iter()
                .filter(|(lang, _)| {
                    let first = !langs_seen.contains(&lang.as_str());
                    langs_seen.push(lang);
                    first
                })
                .collect();
            for (_, path) in &group {
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
        out
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named.
    pub(crate) fn robots(&self) -> String {
        format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", self.urls().absolute("sitemap.xml"))
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
