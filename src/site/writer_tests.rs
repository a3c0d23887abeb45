//! The writer's unit tests: reuse of the output before last, links, failures.

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
    let mut names: Vec<String> =
        std::fs::read_dir(dir).expect("ls").map(|e| e.expect("entry").file_name().to_string_lossy().into()).collect();
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
    let first =
        [("a/index.html", "same"), ("b/index.html", "one"), ("gone/x/y.html", "x"), ("f", "file"), ("d/z.html", "z")];
    write(&output(&first), root.path(), &out).expect("first build");
    let (folder_a, unchanged) = (ino(&out.join("a")), ino(&out.join("a/index.html")));
    write(&output(&[("a/index.html", "same"), ("b/index.html", "two"), ("c.html", "new")]), root.path(), &out)
        .expect("second build");
    let old = root.path().join(".public.old");
    assert!(old.join("gone/x/y.html").is_file(), "the first output is kept aside");
    let kept = std::fs::read_to_string(out.join("b/index.html")).expect("read");

    let third = [("a/index.html", "same"), ("b/index.html", "three"), ("f/inside.html", "i"), ("d", "was a folder")];
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
