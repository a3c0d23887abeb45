//! Theme assets (CSS, JS, images) copied with content-hashed names.
//!
//! `style.css` is written as `assets/style.1a2b3c4d.css`, so a host can cache it
//! forever and a changed file gets a new name. Templates ask for the hashed path
//! with `asset(name="style.css")`. A site's own `static/` overrides the theme's,
//! and both override the search client's files (`search-engine.js`, …). Files are
//! read by the site's reading rule ([`crate::fs`]): inside the root, regular, and
//! no larger than [`crate::fs::STATIC_LIMIT`].

use std::collections::BTreeMap;
use std::collections::HashMap;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::error::{Error, Result};

/// Hashed assets: original name → (output path, bytes).
#[derive(Debug, Clone, Default)]
pub struct Assets {
    files: BTreeMap<String, (String, Vec<u8>)>,
}

impl Assets {
    /// Reads `themes/<theme>/static/` and the site's `static/`.
    pub fn load(config: &Config) -> Result<Assets> {
        let mut files = BTreeMap::new();
        // The search client comes with the generator, whatever the theme.
        for (name, bytes) in crate::search::client_assets() {
            files.insert(name.to_string(), hashed(name, bytes));
        }
        if config.theme == crate::builtin::DEFAULT_THEME {
            for (name, bytes) in crate::builtin::theme_files("static/") {
                files.insert(name.to_string(), hashed(name, bytes.to_vec()));
            }
        }
        let mut diags = Vec::new();
        for dir in [config.theme_dir().join("static"), config.root.join("static")] {
            let (paths, mut refused) = crate::fs::site_files(&config.root, &dir);
            diags.append(&mut refused);
            for path in paths {
                let Ok(rel) = path.strip_prefix(&dir) else {
                    continue;
                };
                let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                match crate::fs::read_in_site(&config.root, &path, crate::fs::STATIC_LIMIT) {
                    Ok(bytes) => {
                        files.insert(name.clone(), hashed(&name, bytes));
                    }
                    Err(Error::Content(mut d)) => diags.append(&mut d),
                    Err(e) => return Err(e),
                }
            }
        }
        Error::from_diagnostics(diags)?;
        Ok(Assets { files })
    }

    /// Every asset as (name, output path).
    pub fn paths(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, (p, _))| (n.as_str(), p.as_str()))
    }

    /// The output path of an asset by name.
    pub fn path(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(|(p, _)| p.as_str())
    }

    /// Every asset as (output path, bytes).
    pub fn outputs(&self) -> impl Iterator<Item = (PathBuf, &[u8])> {
        self.files.values().map(|(p, b)| (PathBuf::from(p), b.as_slice()))
    }

    /// The Tera function `asset(name=…)`: the hashed path, relative to the site root.
    pub fn tera_function(&self) -> impl tera::Function {
        let map: HashMap<String, String> = self.files.iter().map(|(k, (p, _))| (k.clone(), p.clone())).collect();
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let name = args
                .get("name")
                .and_then(tera::Value::as_str)
                .ok_or_else(|| tera::Error::msg("asset() needs name=\"file\""))?;
            map.get(name).map(|p| tera::Value::String(p.clone())).ok_or_else(|| {
                tera::Error::msg(format!("no asset `{name}` in the theme's static/ folder or the site's static/"))
            })
        }
    }
}

/// An asset's output path with a short content hash, and its bytes.
fn hashed(name: &str, bytes: Vec<u8>) -> (String, Vec<u8>) {
    let hash = Sha256::digest(&bytes);
    let short: String = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let path = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !stem.ends_with('/') => {
            format!("assets/{stem}.{short}.{ext}")
        }
        _ => format!("assets/{name}.{short}"),
    };
    (path, bytes)
}

#[cfg(test)]
mod tests {
    use super::hashed;

    #[test]
    fn asset_names_carry_eight_hex_digits_of_the_sha256_of_their_bytes() {
        // SHA-256("") starts e3b0c442, SHA-256("abc") starts ba7816bf.
        assert_eq!(hashed("style.css", Vec::new()).0, "assets/style.e3b0c442.css");
        assert_eq!(hashed("style.css", b"abc".to_vec()), ("assets/style.ba7816bf.css".to_string(), b"abc".to_vec()));
        assert_eq!(hashed("fonts/a.b.woff2", b"abc".to_vec()).0, "assets/fonts/a.b.ba7816bf.woff2", "the last dot");
        assert_eq!(hashed("LICENSE", b"abc".to_vec()).0, "assets/LICENSE.ba7816bf", "no extension");
        assert_eq!(hashed(".hidden", b"abc".to_vec()).0, "assets/.hidden.ba7816bf", "a dot file has no extension");
        assert_eq!(hashed("dir/.x", b"abc".to_vec()).0, "assets/dir/.x.ba7816bf");
        assert_ne!(hashed("a.css", b"abd".to_vec()).0, hashed("a.css", b"abc".to_vec()).0);
    }
}
