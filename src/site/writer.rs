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
use std::sync::Mutex;

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
    /// Folders of the staging tree known to exist, relative to it.
    made: Mutex<HashSet<PathBuf>>,
    /// Whether there is a previous output whose unchanged files may be linked.
    previous: bool,
    /// What the staging folder held when it was an earlier build's output.
    reused: Option<Reused>,
    /// Whether the staging folder is an earlier build's output (kept if the build fails).
    reusing: bool,
    committed: bool,
}

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
    /// output an earlier build moved aside, or an empty folder.
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
        let reused = match crate::fs::exists(&dir).then(|| survey(&dir)) {
            Some(Some(reused)) => Some(reused),
            Some(None) => {
                crate::fs::remove_dir_all(&dir)?;
                None
            }
            None => None,
        };
        crate::fs::create_dir_all(&dir)?;
        let made = reused.as_ref().map(|r| r.dirs.clone()).unwrap_or_default();
        let staging = Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
            old,
            made: Mutex::new(made),
            previous: crate::fs::is_real_dir(out_dir),
            reusing: reused.is_some(),
            reused,
            committed: false,
        };
        crate::fs::write_file(&staging.dir.join(MARKER), b"")?;
        Ok(staging)
    }

    /// Writes one file of the output, at `path` relative to the output folder.
    ///
    /// A file the staging folder already has with exactly these bytes is kept. A
    /// file the previous output already has with exactly these bytes is not
    /// written again but hard-linked from there: the previous output is only
    /// read, never changed, so the swap stays all or nothing, and a rebuild
    /// neither writes nor allocates what did not change.
    pub fn put(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.make_folder(path)?;
        let target = self.dir.join(path);
        if let Some(reused) = &self.reused {
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

    /// Makes the folder of `path` in the staging tree unless it is known to exist;
    /// a reused tree's file in its way is removed.
    fn make_folder(&self, path: &Path) -> Result<()> {
        let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) else { return Ok(()) };
        // The folder is made while the set is held, so that no other thread sees
        // it listed before it exists on disk.
        let mut made = self.made.lock().map_err(|_| Error::Message("writing stopped: a thread panicked".into()))?;
        if made.contains(folder) {
            return Ok(());
        }
        if let Some(reused) = &self.reused {
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
        if let Some(reused) = self.reused.take() {
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
        // An earlier output, partly updated, is still worth reusing; an empty start is not.
        if !self.reusing || crate::fs::rename(&self.dir, &self.old).is_err() {
            let _ = crate::fs::remove_dir_all(&self.dir);
        }
    }
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
fn remove_stale(dir: &Path, reused: Reused) -> Result<()> {
    let put = reused.put.into_inner().map_err(|_| Error::Message("writing stopped: a thread panicked".into()))?;
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
        assert_eq!(listing(root.path()), [".public.old", "kept.html", "public"], "helper folders left behind");
        assert!(!out.join(MARKER).exists());
        assert!(root.path().join(".public.old").join(MARKER).is_file(), "the moved-aside output is marked as ours");
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into())
            .collect();
        names.sort();
        names
    }

    /// The third build updates the first build's tree into the new output: it
    /// keeps what is unchanged (no new file, no new folder), replaces changed
    /// files without writing into the output's files, removes what is gone,
    /// and turns a file into a folder and a folder into a file where the new
    /// output needs it.
    #[test]
    fn a_rebuild_updates_the_output_before_last_in_place_and_removes_what_is_gone() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = root.path().join("public");
        let ino = |p: &Path| std::fs::symlink_metadata(p).expect("stat").ino();
        let first = [
            ("a/index.html", "same"),
            ("b/index.html", "one"),
            ("gone/x/y.html", "x"),
            ("f", "file"),
            ("d/z.html", "z"),
        ];
        write(&output(&first), root.path(), &out).expect("first build");
        let (folder_a, unchanged) = (ino(&out.join("a")), ino(&out.join("a/index.html")));
        write(&output(&[("a/index.html", "same"), ("b/index.html", "two"), ("c.html", "new")]), root.path(), &out)
            .expect("second build");
        let old = root.path().join(".public.old");
        assert!(old.join("gone/x/y.html").is_file(), "the first output is kept aside");
        let kept = std::fs::read_to_string(out.join("b/index.html")).expect("read");

        let third =
            [("a/index.html", "same"), ("b/index.html", "three"), ("f/inside.html", "i"), ("d", "was a folder")];
        write(&output(&third), root.path(), &out).expect("third build");

        assert_eq!(ino(&out.join("a")), folder_a, "an existing folder is reused, not made again");
        assert_eq!(ino(&out.join("a/index.html")), unchanged, "an unchanged file is kept");
        assert_eq!(std::fs::read_to_string(out.join("b/index.html")).expect("read"), "three");
        assert_eq!(std::fs::read_to_string(out.join("f/inside.html")).expect("read"), "i");
        assert_eq!(std::fs::read_to_string(out.join("d")).expect("read"), "was a folder");
        assert!(!out.join("gone").exists() && !out.join("c.html").exists(), "what the build did not put is removed");
        let mut files: Vec<String> = walkdir::WalkDir::new(&out)
            .into_iter()
            .map(|e| e.expect("entry").path().strip_prefix(&out).expect("inside").to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(files, ["", "a", "a/index.html", "b", "b/index.html", "d", "f", "f/inside.html"]);
        // The second output, now aside, still has its own bytes: nothing was written through a shared name.
        assert_eq!(std::fs::read_to_string(old.join("b/index.html")).expect("read"), kept);
        assert_eq!(std::fs::read_to_string(old.join("c.html")).expect("read"), "new");
    }

    /// A link planted in the kept-aside output is never followed: the tree is
    /// not reused, and the build writes a fresh one.
    #[test]
    fn a_kept_aside_output_with_a_link_in_it_is_replaced_not_written_through() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = root.path().join("public");
        let site = [("fi/index.html", "one")];
        write(&output(&site), root.path(), &out).expect("first build");
        write(&output(&site), root.path(), &out).expect("second build");
        let elsewhere = root.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).expect("mkdir");
        let old = root.path().join(".public.old");
        std::fs::remove_dir_all(old.join("fi")).expect("rm");
        std::os::unix::fs::symlink(&elsewhere, old.join("fi")).expect("link");

        write(&output(&[("fi/index.html", "two")]), root.path(), &out).expect("third build");

        assert_eq!(std::fs::read_to_string(out.join("fi/index.html")).expect("read"), "two");
        assert!(listing(&elsewhere).is_empty(), "written through a link: {:?}", listing(&elsewhere));
    }

    /// A build that fails after the kept-aside output was taken as its staging
    /// folder puts it back under its name, and the output is untouched.
    #[test]
    fn a_failed_build_leaves_the_output_and_puts_the_kept_aside_tree_back() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = root.path().join("public");
        write(&output(&[("a.html", "one")]), root.path(), &out).expect("first build");
        write(&output(&[("a.html", "two")]), root.path(), &out).expect("second build");
        let staging = Staging::begin(root.path(), &out).expect("begin");
        staging.put(Path::new("a.html"), b"three").expect("put");
        drop(staging);
        assert_eq!(listing(root.path()), [".public.old", "public"]);
        assert_eq!(std::fs::read_to_string(out.join("a.html")).expect("read"), "two");
        write(&output(&[("b.html", "four")]), root.path(), &out).expect("next build");
        assert_eq!(listing(&out), ["b.html"]);
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
