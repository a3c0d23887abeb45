//! The one rule for where a build may write.
//!
//! A build replaces its output folder wholesale, so the folder must never be one
//! whose loss is a disaster: the site root, a folder holding the root, a folder
//! holding site sources (`content/`, `themes/`, `templates/`, `static/`,
//! `locales/`, or any folder with a `book.toml` or `content/` of its own), or
//! something that is not a folder at all. `output-dir` in `book.toml` and
//! `--out` on the command line both pass through [`check_output_dir`], and the
//! writer checks again before it touches the disk.

use std::path::{Path, PathBuf};

/// The folders of a site that hold its sources.
pub const SOURCE_DIRS: [&str; 5] = ["content", "themes", "templates", "static", "locales"];

/// The output folder named by `output-dir` (relative to `root`), checked.
pub fn resolve_output_dir(root: &Path, configured: &str) -> Result<PathBuf, String> {
    if configured.trim().is_empty() {
        return Err("is empty; expected a folder for the built site, such as `public`".into());
    }
    let out = root.join(configured);
    check_output_dir(root, &out)?;
    Ok(out)
}

/// Checks that building the site at `root` into `out` cannot destroy anything
/// but an earlier build. The error says what `out` is and what is expected.
pub fn check_output_dir(root: &Path, out: &Path) -> Result<(), String> {
    let shown = out.display();
    let (root_real, out_real) = match (crate::fs::resolve(root), crate::fs::resolve(out)) {
        (Ok(r), Ok(o)) => (r, o),
        _ => return Err(format!("`{shown}` cannot be resolved to a folder")),
    };
    if out_real == root_real {
        return Err(format!(
            "`{shown}` is the site root itself; a build replaces its output folder, so expected a folder of its own such as `public`"
        ));
    }
    if root_real.starts_with(&out_real) {
        return Err(format!(
            "`{shown}` holds the site root; a build replaces its output folder, so expected a folder of its own such as `public`"
        ));
    }
    for dir in SOURCE_DIRS {
        if out_real.starts_with(root_real.join(dir)) {
            return Err(format!(
                "`{shown}` is inside `{dir}/`, which holds the site's sources; expected a folder of its own such as `public`"
            ));
        }
    }
    if crate::fs::exists(&out_real) && !crate::fs::is_real_dir(&out_real) {
        return Err(format!("`{shown}` is a file (or a link), not a folder; expected a folder for the built site"));
    }
    if crate::fs::exists(&out_real.join(super::CONFIG_FILE)) || crate::fs::exists(&out_real.join("content")) {
        return Err(format!(
            "`{shown}` holds a site's sources (a book.toml or a content/ folder); expected a folder of its own such as `public`"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_output_dir;

    #[test]
    fn a_folder_with_a_book_toml_or_a_content_folder_of_its_own_is_no_output_folder() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).expect("site");
        std::fs::write(root.join("book.toml"), "").expect("book.toml");
        // Each one alone is enough to refuse a folder.
        let only_book = tmp.path().join("other-site");
        std::fs::create_dir_all(&only_book).expect("folder");
        std::fs::write(only_book.join("book.toml"), "").expect("book.toml");
        let only_content = tmp.path().join("drafts");
        std::fs::create_dir_all(only_content.join("content")).expect("folder");
        for out in [&only_book, &only_content] {
            let why = check_output_dir(&root, out).expect_err("a site's sources");
            assert!(why.ends_with("holds a site's sources (a book.toml or a content/ folder); expected a folder of its own such as `public`"), "{why}");
        }
        // A folder of its own, existing or not yet, is fine.
        std::fs::create_dir_all(tmp.path().join("public")).expect("folder");
        assert_eq!(check_output_dir(&root, &tmp.path().join("public")), Ok(()));
        assert_eq!(check_output_dir(&root, &root.join("public")), Ok(()));
    }
}
