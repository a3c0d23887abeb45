//! Writes a rendered site to disk, all or nothing, and only where it may.
//!
//! Files go to a staging folder beside the output folder; only when every file is
//! written is the old output moved aside and the staging folder renamed into its
//! place. A build that fails at any point before the swap leaves the previous
//! output exactly as it was.
//!
//! The output the swap moved aside is kept, as `.NAME.old`, and is the next
//! build's staging folder: its folders already exist and most of its files are
//! second names (hard links) of the output's, so a rebuild creates no folders,
//! writes only the files whose bytes changed and removes only the files that are
//! gone, instead of making a whole new tree and deleting the old one on the
//! critical path. It costs the disk space of the files that changed in the last
//! build. A file in it is never written to (it may be a name of a file of the
//! output): a changed file is unlinked and made anew.
//!
//! The output folder is checked first by the one rule for where output may go
//! ([`crate::config::output::check_output_dir`]). The two helper folders beside
//! it, `.NAME.staging` and `.NAME.old`, are ours only if they carry our marker
//! file: one left by a build of ours is reused; any other folder of that name is
//! refused with a message rather than touched, since it may be someone's work. A
//! reused folder holding anything but files and folders (a link, say) is
//! removed instead, so that nothing is ever written through it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use rayon::prelude::*;

use crate::error::{Error, Result};

use super::Output;

/// The file that marks a helper folder as made by luukku.
const MARKER: &str = ".luukku-build";

/// Writes `output` for the site at `root` to `out_dir`, replacing what was there.
pub fn write(output: &Output, root: &Path, out_dir: &Path) -> Result<()> {
    let staging = Staging::begin(root, out_dir)?;
    output.files.par_iter().try_for_each(|(path, bytes)| staging.put(path, bytes))?;
    staging.commit()
}

/// A staging folder being filled, file by file, from any thread: what a build
/// writes its pages to as they are rendered. Dropped without
/// [`Staging::commit`], it is removed (or, when it is an earlier build's
/// output being reused, put back as `.NAME.old`) and the output is left as it was.
#[derive(Debug)]
pub struct Staging {
    out_dir: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    /// Folders of the staging tree made so far, relative to it.
    made: Mutex<HashSet<PathBuf>>,
    /// Whether there is a previous output whose unchanged files may be linked.
    previous: bool,
    /// The survey of a reused tree, running while the site loads and renders
    /// its first page; joined by the first file put.
    survey: Mutex<Option<JoinHandle<Surveyed>>>,
    /// What the staging folder held when it was an earlier build's output.
    reused: OnceLock<Surveyed>,
    /// Whether the staging folder is an earlier build's output (kept if the build fails).
    reusing: bool,
    committed: bool,
}

/// A reused tree's contents, `None` for a fresh tree, or why it could not be prepared.
type Surveyed = std::result::Result<Option<Reused>, String>;

/// An earlier build's output being updated in place into the next one.
#[derive(Debug)]
struct Reused {
    /// Its files and folders when the build began, relative to it.
    files: HashSet<PathBuf>,
    dirs: HashSet<PathBuf>,
    /// The files this build has put.
    put: Mutex<HashSet<PathBuf>>,
}

impl Staging {
    /// Checks where the output goes and starts the staging folder beside it: the
    /// output an earlier build moved aside, surveyed in the background, or an
    /// empty folder.
    pub fn begin(root: &Path, out_dir: &Path) -> Result<Staging> {
        crate::config::output::check_output_dir(root, out_dir)
            .map_err(|why| Error::Message(format!("refusing to write the site: {why}")))?;
        let parent = out_dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = out_dir
            .file_name()
            .ok_or_else(|| Error::Message(format!("output folder `{}` has no name", out_dir.display())))?;
        crate::fs::create_dir_all(parent)?;
        let dir = sibling(parent, name, "staging");
        let old = sibling(parent, name, "old");
        refuse_foreign(&dir)?;
        refuse_foreign(&old)?;
        // A staging folder left by an interrupted build is as good as the old output.
        if crate::fs::exists(&dir) {
            crate::fs::remove_dir_all(&old)?;
        } else if crate::fs::exists(&old) {
            crate::fs::rename(&old, &dir)?;
        }
        let reusing = crate::fs::exists(&dir);
        let survey = if reusing {
            let dir = dir.clone();
            Some(std::thread::spawn(move || prepare(&dir)))
        } else {
            fresh(&dir)?;
            None
        };
        Ok(Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
            old,
            made: Mutex::new(HashSet::new()),
            previous: crate::fs::is_real_dir(out_dir),
            survey: Mutex::new(survey),
            reused: OnceLock::new(),
            reusing,
            committed: false,
        })
    }

    /// The reused tree's survey, waiting for it the first time.
    fn reused(&self) -> Result<Option<&Reused>> {
        let surveyed = self.reused.get_or_init(|| {
            let handle = self.survey.lock().ok().and_then(|mut survey| survey.take());
            handle.map_or(Ok(None), |h| {
                h.join().unwrap_or_else(|_| Err("the survey of the staging folder stopped".into()))
            })
        });
        surveyed.as_ref().map(Option::as_ref).map_err(|why| Error::Message(why.clone()))
    }

    /// Writes one file of the output, at `path` relative to the output folder.
    ///
    /// A file the staging folder already has with exactly these bytes is kept. A
    /// file the previous output already has with exactly these bytes is not
    /// written again but hard-linked from there: the previous output is only
    /// read, never changed, so the swap stays all or nothing, and a rebuild
    /// neither writes nor allocates what did not change.
    pub fn put(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let reused = self.reused()?;
        self.make_folder(path, reused)?;
        let target = self.dir.join(path);
        if let Some(reused) = reused {
            if let Ok(mut put) = reused.put.lock() {
                put.insert(path.to_path_buf());
            }
            if reused.files.contains(path) {
                if crate::fs::same_file_contents(&target, bytes) {
                    return Ok(());
                }
                // Unlinked, not overwritten: it may be a name of the previous output's file.
                crate::fs::remove_file(&target)?;
            } else if reused.dirs.contains(path) {
                crate::fs::remove_dir_all(&target)?;
            }
        }
        if self.previous {
            let old = self.out_dir.join(path);
            if crate::fs::same_file_contents(&old, bytes) && crate::fs::hard_link(&old, &target) {
                return Ok(());
            }
        }
        crate::fs::write_file(&target, bytes)
    }

    /// Makes the folder of `path` in the staging tree unless it exists; a reused
    /// tree's file in its way is removed.
    fn make_folder(&self, path: &Path, reused: Option<&Reused>) -> Result<()> {
        let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) else { return Ok(()) };
        if reused.is_some_and(|r| r.dirs.contains(folder)) {
            return Ok(());
        }
        // The folder is made while the set is held, so that no other thread sees
        // it listed before it exists on disk.
        let mut made = self.made.lock().map_err(|_| Error::Message("writing stopped: a thread panicked".into()))?;
        if made.contains(folder) {
            return Ok(());
        }
        if let Some(reused) = reused {
            for ancestor in folder.ancestors().filter(|a| reused.files.contains(*a)) {
                crate::fs::remove_file(&self.dir.join(ancestor))?;
            }
        }
        crate::fs::create_dir_all(&self.dir.join(folder))?;
        made.insert(folder.to_path_buf());
        Ok(())
    }

    /// Removes what a reused tree has that this build did not put, then swaps the
    /// staging folder into place. The previous output is moved aside and kept,
    /// marked as ours, for the next build to reuse.
    pub fn commit(mut self) -> Result<()> {
        if let Some(reused) = self.reused()? {
            remove_stale(&self.dir, reused)?;
        }
        self.committed = true;
        let (out_dir, dir, old) = (&self.out_dir, &self.dir, &self.old);
        if crate::fs::exists(out_dir) {
            crate::fs::rename(out_dir, old)?;
            crate::fs::write_file(&old.join(MARKER), b"")?;
        }
        if let Err(e) = crate::fs::rename(dir, out_dir) {
            // Put the previous output back before reporting.
            let _ = crate::fs::rename(old, out_dir);
            let _ = crate::fs::remove_dir_all(dir);
            return Err(e);
        }
        crate::fs::remove_file(&out_dir.join(MARKER))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        // The survey is finished before the folder it reads is moved.
        let _ = self.reused();
        // An earlier output, partly updated, is still worth reusing; an empty start is not.
        if !self.reusing || crate::fs::rename(&self.dir, &self.old).is_err() {
            let _ = crate::fs::remove_dir_all(&self.dir);
        }
    }
}

/// An empty staging folder with our marker.
fn fresh(dir: &Path) -> Result<()> {
    crate::fs::create_dir_all(dir)?;
    crate::fs::write_file(&dir.join(MARKER), b"")
}

/// Surveys a reused tree; one that cannot be reused is replaced by an empty one.
fn prepare(dir: &Path) -> Surveyed {
    if let Some(reused) = survey(dir) {
        return Ok(Some(reused));
    }
    crate::fs::remove_dir_all(dir).and_then(|()| fresh(dir)).map(|()| None).map_err(|e| e.to_string())
}

/// The files and folders of a helper folder of ours, or `None` when it holds
/// anything else (a link, a device) or cannot be read: then it is not reused.
fn survey(dir: &Path) -> Option<Reused> {
    let mut files = HashSet::new();
    let mut dirs = HashSet::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.ok()?;
        let relative = entry.path().strip_prefix(dir).ok()?.to_path_buf();
        let kind = entry.file_type();
        if kind.is_dir() {
            dirs.insert(relative);
        } else if kind.is_file() {
            files.insert(relative);
        } else {
            return None;
        }
    }
    files.remove(Path::new(MARKER));
    Some(Reused { files, dirs, put: Mutex::new(HashSet::new()) })
}

/// Removes from a reused tree the folders and files this build did not put.
fn remove_stale(dir: &Path, reused: &Reused) -> Result<()> {
    let put = reused.put.lock().map_err(|_| Error::Message("writing stopped: a thread panicked".into()))?;
    let live: HashSet<&Path> = put.iter().flat_map(|p| p.ancestors().skip(1)).collect();
    let mut stale_dirs: Vec<&PathBuf> =
        reused.dirs.iter().filter(|d| !live.contains(d.as_path()) && !put.contains(*d)).collect();
    // A folder inside another stale folder goes with it.
    stale_dirs.sort();
    stale_dirs.dedup_by(|inner, outer| inner.starts_with(outer.as_path()));
    stale_dirs.par_iter().try_for_each(|d| crate::fs::remove_dir_all(&dir.join(d)))?;
    reused
        .files
        .par_iter()
        .filter(|f| {
            !put.contains(*f) && !live.contains(f.as_path()) && live.contains(f.parent().unwrap_or(Path::new("")))
        })
        .try_for_each(|f| crate::fs::remove_file(&dir.join(f)))
}

/// Refuses a helper folder's name when something not made by luukku has it.
fn refuse_foreign(dir: &Path) -> Result<()> {
    if !crate::fs::exists(dir) || (crate::fs::is_real_dir(dir) && crate::fs::exists(&dir.join(MARKER))) {
        return Ok(());
    }
    Err(Error::Message(format!(
        "`{}` is in the way: luukku uses that name for a build's helper folder, and this one was not made by luukku; move or delete it yourself",
        dir.display()
    )))
}

fn sibling(parent: &Path, name: &std::ffi::OsStr, what: &str) -> PathBuf {
    parent.join(format!(".{}.{what}", name.to_string_lossy()))
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
