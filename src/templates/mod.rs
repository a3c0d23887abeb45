//! Tera templates in layers, with typed contexts and per-locale functions.
//!
//! Templates come from `themes/<theme>/templates/`; a file of the same name under
//! the site's own `templates/` replaces the theme's, file by file. Autoescaping is
//! on for every `.html` and `.xml` template. Each locale gets its own Tera
//! instance whose `t()` speaks that locale, so templates never pass the locale
//! around and cannot ask for the wrong one.

pub mod assets;
mod bounds;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::config::{Config, LocaleCode};
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Catalog;
pub use assets::Assets;

/// The compiled templates, one Tera per locale.
pub struct Templates {
    per_locale: BTreeMap<LocaleCode, tera::Tera>,
    names: Vec<String>,
    sources: BTreeMap<String, String>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").field("names", &self.names).finish()
    }
}

impl Templates {
    /// Loads the theme's templates with the site's overrides on top.
    pub fn load(config: &Config, catalog: &Arc<Catalog>, assets: &Assets) -> Result<Templates> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let theme_dir = config.theme_dir().join("templates");
        let builtin = config.theme == crate::builtin::DEFAULT_THEME;
        if !theme_dir.is_dir() && !builtin {
            return Err(Error::Message(format!(
                "theme `{}` has no templates folder at `{}`",
                config.theme,
                theme_dir.strip_prefix(&config.root).unwrap_or(&theme_dir).display()
            )));
        }
        if builtin {
            for (name, bytes) in crate::builtin::theme_files("templates/") {
                let text = String::from_utf8_lossy(bytes).into_owned();
                sources.insert(name.to_string(), (PathBuf::from(format!("<built-in theme>/templates/{name}")), text));
            }
        }
        // Theme, then the site's own templates: a later file of the same name wins.
        let mut diags = Vec::new();
        for dir in [theme_dir, config.root.join("templates")] {
            let (paths, mut refused) = crate::fs::site_files(&config.root, &dir);
            diags.append(&mut refused);
            for path in paths {
                let Ok(rel) = path.strip_prefix(&dir) else {
                    continue;
                };
                let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                match crate::fs::read_text(&config.root, &path) {
                    Ok(text) => {
                        sources.insert(name, (crate::fs::shown(&config.root, &path), text));
                    }
                    Err(Error::Content(mut d)) => diags.append(&mut d),
                    Err(e) => return Err(e),
                }
            }
        }
        for (name, (shown, text)) in &sources {
            if let Err(e) = tera::Template::new(name, None, text) {
                diags.push(tera_syntax_diagnostic(shown, &e));
            }
        }
        diags.append(&mut bounds::check(&sources));
        Error::from_diagnostics(diags)?;
        let mut base = tera::Tera::default();
        base.autoescape_on(vec![".html", ".xml"]);
        base.set_escape_fn(escape_html);
        base.add_raw_templates(sources.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())).collect::<Vec<_>>())
            .map_err(|e| Error::Message(format!("templates: {}", error_chain(&e))))?;
        base.register_function("asset", assets.tera_function());
        let mut per_locale = BTreeMap::new();
        for locale in &config.locales {
            let mut tera = base.clone();
            tera.register_function("t", catalog.tera_function(&locale.code));
            per_locale.insert(locale.code.clone(), tera);
        }
        let names = sources.keys().cloned().collect();
        let sources = sources.into_iter().map(|(name, (_, text))| (name, text)).collect();
        Ok(Templates { per_locale, names, sources })
    }

    /// Whether a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// The text of every template by name, after overrides (for the live preview,
    /// which compares them and follows their includes).
    pub fn sources(&self) -> &BTreeMap<String, String> {
        &self.sources
    }

    /// Renders `template` for `locale` with a typed context.
    pub fn render<T: Serialize>(&self, locale: &LocaleCode, template: &str, context: &T) -> Result<String, String> {
        let tera = self.per_locale.get(locale).ok_or_else(|| format!("no templates for locale `{locale}`"))?;
        let ctx = tera::Context::from_serialize(context).map_err(|e| error_chain(&e))?;
        tera.render(template, &ctx).map_err(|e| error_chain(&e))
    }
}

/// Escapes text for HTML text and quoted attributes. Unlike Tera's default it
/// leaves `/` alone, so URLs stay readable in the output.
fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    // Runs between the five special bytes are copied whole (they are ASCII, so
    // every cut is at a character boundary).
    let mut copied = 0;
    for (at, byte) in input.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&input[copied..at]);
        out.push_str(entity);
        copied = at + 1;
    }
    out.push_str(&input[copied..]);
    out
}

/// All messages of an error and its causes, on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

/// A Tera syntax error as a diagnostic: pest reports ` --> line:col` and
/// `= expected …`; both are picked out of its message.
fn tera_syntax_diagnostic(path: &Path, e: &tera::Error) -> Diagnostic {
    let text = error_chain(e);
    let (mut line, mut column) = (0, 0);
    if let Some(pos) = text.find("--> ") {
        let rest = &text[pos + 4..];
        let loc: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ':').collect();
        if let Some((l, c)) = loc.split_once(':') {
            line = l.parse().unwrap_or(0);
            column = c.parse().unwrap_or(0);
        }
    }
    let expected = text.lines().find_map(|l| l.trim().strip_prefix("= ")).unwrap_or("a valid Tera template").trim();
    Diagnostic::new(path, line, column, format!("template syntax error: {expected}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_html_escapes_the_five_special_characters_and_nothing_else() {
        assert_eq!(
            super::escape_html("<a href=\"/fi/x?a=1&b='2'\">Äänestys</a>"),
            "&lt;a href=&quot;/fi/x?a=1&amp;b=&#39;2&#39;&quot;&gt;Äänestys&lt;/a&gt;"
        );
        assert_eq!(super::escape_html("&"), "&amp;");
        assert_eq!(super::escape_html("ö/ö"), "ö/ö");
        assert_eq!(super::escape_html(""), "");
    }

    /// Every literal id in the built-in templates is one headings and raw HTML
    /// may not take, so the list cannot drift from the templates it guards.
    #[test]
    fn every_literal_template_id_is_reserved() {
        for (name, bytes) in crate::builtin::theme_files("templates/") {
            let text = String::from_utf8_lossy(bytes);
            for part in text.split("id=\"").skip(1) {
                let id = part.split('"').next().unwrap_or("");
                if !id.contains('{') {
                    assert!(crate::markdown::RESERVED_IDS.contains(&id), "`{id}` of {name} is not in RESERVED_IDS");
                }
            }
        }
    }
}
