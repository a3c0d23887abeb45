//! Writes a rendered site to disk, all or nothing.
//!
//! Files go to a staging folder beside the output folder; only when every file is
//! written is the old output moved aside and the staging folder renamed into its
//! place. A build that fails at any point before the swap leaves the previous
//! output exactly as it was.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

use super::Output;

/// Writes `output` to `out_dir`, replacing what was there.
pub fn write(output: &Output, out_dir: &Path) -> Result<()> {
    let parent = out_dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = out_dir
        .file_name()
        .ok_or_else(|| Error::Message(format!("output folder `{}` has no name", out_dir.display())))?;
    crate::fs::create_dir_all(parent)?;
    let staging = sibling(parent, name, "staging");
    let old = sibling(parent, name, "old");
    crate::fs::remove_dir_all(&staging)?;
    let written = write_all(output, &staging);
    if let Err(e) = written {
        let _ = crate::fs::remove_dir_all(&staging);
        return Err(e);
    }
    crate::fs::remove_dir_all(&old)?;
    if out_dir.exists() {
        crate::fs::rename(out_dir, &old)?;
    }
    if let Err(e) = crate::fs::rename(&staging, out_dir) {
        // Put the previous output back before reporting.
        let _ = crate::fs::rename(&old, out_dir);
        return Err(e);
    }
    crate::fs::remove_dir_all(&old)?;
    Ok(())
}

fn sibling(parent: &Path, name: &std::ffi::OsStr, what: &str) -> PathBuf {
    parent.join(format!(".{}.{what}", name.to_string_lossy()))
}

/// Creates every folder once, then writes the files in parallel.
fn write_all(output: &Output, dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let folders: std::collections::BTreeSet<&Path> = output.files.keys().filter_map(|p| p.parent()).collect();
    crate::fs::create_dir_all(dir)?;
    for folder in folders {
        crate::fs::create_dir_all(&dir.join(folder))?;
    }
    output.files.par_iter().try_for_each(|(path, bytes)| crate::fs::write_file(&dir.join(path), bytes))
}
