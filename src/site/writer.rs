//! Writes a rendered site to disk, all or nothing, and only where it may.
//!
//! Files go to a staging folder beside the output folder; only when every file is
//! written is the old output moved aside and the staging folder renamed into its
//! place. A build that fails at any point before the swap leaves the previous
//! output exactly as it was.
//!
//! The output folder is checked first by the one rule for where output may go
//! ([`crate::config::output::check_output_dir`]). The two helper folders beside
//! it, `.NAME.staging` and `.NAME.old`, are ours only if they carry our marker
//! file: one left by an interrupted build of ours is removed; any other folder of
//! that name is refused with a message rather than deleted, since it may be
//! someone's work.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

use super::Output;

/// The file that marks a helper folder as made by luukku.
const MARKER: &str = ".luukku-build";

/// Writes `output` for the site at `root` to `out_dir`, replacing what was there.
pub fn write(output: &Output, root: &Path, out_dir: &Path) -> Result<()> {
    crate::config::output::check_output_dir(root, out_dir)
        .map_err(|why| Error::Message(format!("refusing to write the site: {why}")))?;
    let parent = out_dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = out_dir
        .file_name()
        .ok_or_else(|| Error::Message(format!("output folder `{}` has no name", out_dir.display())))?;
    crate::fs::create_dir_all(parent)?;
    let staging = sibling(parent, name, "staging");
    let old = sibling(parent, name, "old");
    clear_ours(&staging)?;
    clear_ours(&old)?;
    let written = write_all(output, &staging);
    if let Err(e) = written {
        let _ = crate::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if crate::fs::exists(out_dir) {
        crate::fs::rename(out_dir, &old)?;
        // The previous output is now a helper folder of ours: mark it, so a crash
        // before it is removed leaves a folder the next build may clear.
        crate::fs::write_file(&old.join(MARKER), b"")?;
    }
    if let Err(e) = crate::fs::rename(&staging, out_dir) {
        // Put the previous output back before reporting.
        let _ = crate::fs::rename(&old, out_dir);
        return Err(e);
    }
    crate::fs::remove_file(&out_dir.join(MARKER))?;
    crate::fs::remove_dir_all(&old)?;
    Ok(())
}

/// Removes a helper folder if it is ours; refuses if something else has its name.
fn clear_ours(dir: &Path) -> Result<()> {
    if !crate::fs::exists(dir) {
        return Ok(());
    }
    if crate::fs::is_real_dir(dir) && crate::fs::exists(&dir.join(MARKER)) {
        return crate::fs::remove_dir_all(dir);
    }
    Err(Error::Message(format!(
        "`{}` is in the way: luukku uses that name for a build's helper folder, and this one was not made by luukku; move or delete it yourself",
        dir.display()
    )))
}

fn sibling(parent: &Path, name: &std::ffi::OsStr, what: &str) -> PathBuf {
    parent.join(format!(".{}.{what}", name.to_string_lossy()))
}

/// Creates every folder once, marks the staging folder as ours, then writes the
/// files in parallel.
fn write_all(output: &Output, dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let folders: std::collections::BTreeSet<&Path> = output.files.keys().filter_map(|p| p.parent()).collect();
    crate::fs::create_dir_all(dir)?;
    crate::fs::write_file(&dir.join(MARKER), b"")?;
    for folder in folders {
        crate::fs::create_dir_all(&dir.join(folder))?;
    }
    output.files.par_iter().try_for_each(|(path, bytes)| crate::fs::write_file(&dir.join(path), bytes))
}
