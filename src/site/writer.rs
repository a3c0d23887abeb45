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

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

use super::Output;

/// The file that marks a helper folder as made by luukku.
const MARKER: &str = ".luukku-build";

/// Writes `output` for the site at `root` to `out_dir`, replacing what was there.
pub fn write(output: &Output, root: &Path, out_dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let staging = Staging::begin(root, out_dir)?;
    output.files.par_iter().try_for_each(|(path, bytes)| staging.put(path, bytes))?;
    staging.commit()
}

/// A staging folder being filled, file by file, from any thread: what a build
/// writes its pages to as they are rendered. Dropped without
/// [`Staging::commit`], it is removed and the output is left as it was.
#[derive(Debug)]
pub struct Staging {
    out_dir: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    /// Folders of the staging tree made so far.
    made: Mutex<HashSet<PathBuf>>,
    /// Whether there is a previous output whose unchanged files may be linked.
    previous: bool,
    committed: bool,
}

impl Staging {
    /// Checks where the output goes and starts an empty staging folder beside it.
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
        clear_ours(&dir)?;
        clear_ours(&old)?;
        crate::fs::create_dir_all(&dir)?;
        let staging = Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
            old,
            made: Mutex::new(HashSet::new()),
            previous: crate::fs::is_real_dir(out_dir),
            committed: false,
        };
        crate::fs::write_file(&staging.dir.join(MARKER), b"")?;
        Ok(staging)
    }

    /// Writes one file of the output, at `path` relative to the output folder.
    ///
    /// A file the previous output already has with exactly these bytes is not
    /// written again but hard-linked from there: the previous output is only
    /// read, never changed, so the swap stays all or nothing, and a rebuild
    /// neither writes nor allocates what did not change (nor leaves freed inodes
    /// that slow down the next build's file creation).
    pub fn put(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // The folder is made while the set is held, so that no other thread
            // sees it listed before it exists on disk.
            match self.made.lock() {
                Ok(mut made) if !made.contains(folder) => {
                    crate::fs::create_dir_all(&self.dir.join(folder))?;
                    made.insert(folder.to_path_buf());
                }
                Ok(_) => {}
                Err(_) => crate::fs::create_dir_all(&self.dir.join(folder))?,
            }
        }
        let target = self.dir.join(path);
        if self.previous {
            let old = self.out_dir.join(path);
            if crate::fs::same_file_contents(&old, bytes) && crate::fs::hard_link(&old, &target) {
                return Ok(());
            }
        }
        crate::fs::write_file(&target, bytes)
    }

    /// Swaps the staging folder into place. The previous output is moved aside
    /// first and removed only after the swap, its folders in parallel.
    pub fn commit(mut self) -> Result<()> {
        self.committed = true;
        let (out_dir, dir, old) = (&self.out_dir, &self.dir, &self.old);
        if crate::fs::exists(out_dir) {
            crate::fs::rename(out_dir, old)?;
            // The previous output is now a helper folder of ours: mark it, so a crash
            // before it is removed leaves a folder the next build may clear.
            crate::fs::write_file(&old.join(MARKER), b"")?;
        }
        if let Err(e) = crate::fs::rename(dir, out_dir) {
            // Put the previous output back before reporting.
            let _ = crate::fs::rename(old, out_dir);
            let _ = crate::fs::remove_dir_all(dir);
            return Err(e);
        }
        crate::fs::remove_file(&out_dir.join(MARKER))?;
        remove_tree(old)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = crate::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Removes a helper folder of ours: its subfolders in parallel, the marker last,
/// so an interrupted removal leaves a folder the next build may clear.
fn remove_tree(dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let Ok(entries) = crate::fs::entries(dir) else { return crate::fs::remove_dir_all(dir) };
    entries.par_iter().filter(|(name, _, _)| name != MARKER).try_for_each(|(_, path, is_dir)| {
        if *is_dir {
            remove_tree(path)
        } else {
            crate::fs::remove_file(path)
        }
    })?;
    crate::fs::remove_dir_all(dir)
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

#[cfg(test)]
mod tests {
    use std::os::unix::fs::MetadataExt;

    use super::*;

    fn output(files: &[(&str, &str)]) -> Output {
        let mut output = Output::default();
        for (path, text) in files {
            output.files.insert(PathBuf::from(path), text.as_bytes().to_vec());
        }
        output
    }

    #[test]
    fn a_rebuild_links_unchanged_files_and_never_changes_the_previous_output() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = root.path().join("public");
        write(&output(&[("a/index.html", "same"), ("b/index.html", "old"), ("gone.html", "x")]), root.path(), &out)
            .expect("first build");
        let inode = |p: &str| std::fs::metadata(out.join(p)).expect("stat").ino();
        let unchanged = inode("a/index.html");
        // A second name for the previous output's changed file shows whether it was written to.
        let kept = root.path().join("kept.html");
        std::fs::hard_link(out.join("b/index.html"), &kept).expect("link");

        write(&output(&[("a/index.html", "same"), ("b/index.html", "new")]), root.path(), &out).expect("rebuild");

        assert_eq!(inode("a/index.html"), unchanged, "an unchanged file is linked, not written");
        assert_eq!(std::fs::read_to_string(out.join("b/index.html")).expect("read"), "new");
        assert_eq!(std::fs::read_to_string(&kept).expect("read"), "old", "the previous file was changed in place");
        assert!(!out.join("gone.html").exists());
        let mut left: Vec<String> = std::fs::read_dir(root.path())
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into())
            .collect();
        left.sort();
        assert_eq!(left, ["kept.html", "public"], "helper folders left behind");
        assert!(!out.join(MARKER).exists());
    }

    /// Many files in few new folders, written from several threads: each file
    /// finds its folder made, whichever thread listed the folder first.
    #[test]
    fn files_written_in_parallel_into_new_folders_all_arrive() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = root.path().join("public");
        let mut many = Output::default();
        for i in 0..1500 {
            for name in ["a", "b"] {
                many.files.insert(PathBuf::from(format!("f{i}/x/y/z/{name}.txt")), i.to_string().into_bytes());
            }
        }
        let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build().expect("threads");
        pool.install(|| write(&many, root.path(), &out)).expect("every file is written");
        assert_eq!(std::fs::read_to_string(out.join("f1200/x/y/z/b.txt")).expect("read"), "1200");
    }
}
