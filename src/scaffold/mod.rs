//! Writing new things into a site: `luukku init` (a whole starter site) and
//! `luukku new` (one item, a file per configured locale).
//!
//! Both only ever create: a file or folder that exists is never overwritten, and
//! each writes into a hidden staging folder first and moves the result into place,
//! so a failure leaves nothing half-written. The files themselves are embedded in
//! the binary (`starter/` and `skeletons/` beside this module, listed by build.rs).
//! Translations are stamped with `translated-from` (see [`crate::content::translation`])
//! so that `luukku check` knows from the start which text each was made from.

mod init;
mod new;
mod stamp;

pub use init::{init, InitOptions};
pub use new::new_item;

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// What a scaffolding command wrote: the files, relative to the folder it wrote into.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Written {
    /// The folder everything was written under.
    pub dir: PathBuf,
    /// Each file, relative to `dir`, in the order written.
    pub files: Vec<PathBuf>,
}

/// Writes `files` (relative path, contents) into the folder `staging`. On any
/// failure the staging folder is removed.
fn write_staged(staging: &Path, files: &[(PathBuf, String)]) -> Result<()> {
    let result = (|| {
        for (rel, text) in files {
            let path = staging.join(rel);
            if let Some(parent) = path.parent() {
                crate::fs::create_dir_all(parent)?;
            }
            crate::fs::write_file(&path, text.as_bytes())?;
        }
        Ok::<(), Error>(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(staging);
        return Err(e);
    }
    Ok(())
}

/// Moves the entries of `staging` into `target` (which must not have them), then
/// removes `staging`.
fn move_into_place(staging: &Path, target: &Path) -> Result<()> {
    let entries = std::fs::read_dir(staging).map_err(|e| Error::io("failed to read", staging, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("failed to read", staging, e))?;
        let to = target.join(entry.file_name());
        if crate::fs::exists(&to) {
            let _ = std::fs::remove_dir_all(staging);
            return Err(Error::Message(format!("`{}` already exists; nothing was written", to.display())));
        }
        crate::fs::rename(&entry.path(), &to)?;
    }
    std::fs::remove_dir(staging).map_err(|e| Error::io("failed to remove", staging, e))
}
