//! Reloading what a change names: one item folder, the templates, or the
//! interface strings, each compared with what it replaces to find what changed.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use crate::error::Result;
use crate::i18n::Catalog;
use crate::templates::Templates;

use super::super::context::Dep;
use super::super::kinds::PageKey;
use super::super::validate;
use super::{changes, item_key, LiveSite};

impl LiveSite {
    /// Loads an item folder again and puts the result in the site; returns what changed.
    pub(super) fn reload_item(&mut self, dir: &Path) -> (Vec<Dep>, BTreeSet<String>, bool) {
        let shown = dir.strip_prefix(&self.root).unwrap_or(dir).to_path_buf();
        let new = match crate::content::load_item_dir(&self.site.config, dir) {
            Ok(item) => item.map(Arc::new),
            Err(diags) => {
                self.errors.load.insert(shown, diags);
                return (Vec::new(), BTreeSet::new(), false);
            }
        };
        self.errors.load.remove(&shown);
        let key = new.as_ref().map(|i| i.key.clone()).or_else(|| item_key(dir));
        let Some(key) = key else { return (Vec::new(), BTreeSet::new(), false) };
        let old = self.site.library.get(&key).cloned();
        let (old_ref, new_ref) = (old.as_deref(), new.as_deref());
        let kind = new_ref.or(old_ref).map(|i| i.kind);
        let existed = kind.is_some_and(|k| self.site.library.has_kind(k));
        let mut deps = changes::item_changes(old_ref, new_ref);
        let search = changes::search_locales(old_ref, new_ref);
        let reshaped = changes::reshapes(old_ref, new_ref);
        match &new {
            Some(item) => {
                self.site.library.insert(item.clone());
            }
            None => {
                self.site.library.remove(&key);
            }
        }
        if let Some(kind) = kind {
            if existed != self.site.library.has_kind(kind) {
                deps.push(Dep::Exists(kind));
            }
        }
        self.errors.items.remove(&key);
        if let Some(item) = &new {
            let d = validate::validate_item(&self.site.shape(), Some(&self.site.templates), item);
            if !d.is_empty() {
                self.errors.items.insert(key, d);
            }
        }
        (deps, search, reshaped)
    }

    pub(super) fn reload_templates(&mut self) -> Result<BTreeSet<PageKey>> {
        let site = &self.site;
        let templates = Templates::load(&site.config, &site.catalog, &site.assets)?;
        let changed = changes::changed_templates(site.templates.sources(), templates.sources());
        let affected = changes::with_dependents(templates.sources(), changed);
        self.site.templates = templates;
        Ok(affected.into_iter().flat_map(|name| self.readers_of(&Dep::Template(name)).collect::<Vec<_>>()).collect())
    }

    pub(super) fn reload_strings(&mut self) -> Result<()> {
        let catalog = Arc::new(Catalog::load(&self.site.config)?);
        let templates = Templates::load(&self.site.config, &catalog, &self.site.assets)?;
        self.site.catalog = catalog;
        self.site.templates = templates;
        Ok(())
    }

    /// Pages that read the strings of a locale whose fallback chain holds a changed locale.
    pub(super) fn string_readers(&self, codes: &[Option<String>]) -> BTreeSet<PageKey> {
        let config = &self.site.config;
        let mut out = BTreeSet::new();
        for locale in &config.locales {
            let chain = config.fallback_chain(&locale.code);
            let hit = codes.iter().any(|c| c.as_ref().is_none_or(|c| chain.iter().any(|l| l.code.as_str() == c)));
            if hit {
                out.extend(self.readers_of(&Dep::Strings(locale.code.clone())));
            }
        }
        out
    }
}
