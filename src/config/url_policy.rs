//! The one URL policy for every link that reaches a page.
//!
//! A URL written by a site's authors — a channel's `url` in `meta.yaml`,
//! `authority-url`, `feedback-url` and `base-url` in `book.toml`, a Markdown link
//! or image, an `href` or `src` in raw HTML — is published only if it is
//! `http:`/`https:` with a host, `mailto:`, `tel:`, or relative to the site (a
//! path, `#anchor` or `?query` without a scheme and not starting with `//`).
//! Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, a URL with
//! spaces or control characters that browsers would strip, a backslash that
//! browsers read as a slash) is refused; callers turn the refusal into an error
//! at the file and line the URL came from. The sanitizer applies the same schemes
//! as a second line of defence.

/// The schemes a published URL may have.
pub const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Checks `url` against the policy; the error says what is wrong and what is expected.
pub fn check(url: &str) -> Result<(), String> {
    let shown: String = url.chars().take(80).flat_map(char::escape_default).collect();
    if url.is_empty() {
        return Err("the URL is empty; expected an https:// address, mailto:, tel: or a path in the site".into());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "URL `{shown}` contains a space, line break or control character; expected a URL without them (write a space as %20)"
        ));
    }
    if let Some(c) = url.chars().find(|c| matches!(c, '"' | '<' | '>' | '`')) {
        return Err(format!(
            "URL `{shown}` contains `{c}`; expected it percent-encoded (as a browser's address bar shows it)"
        ));
    }
    if url.contains('\\') {
        return Err(format!("URL `{shown}` contains a backslash; expected `/` between the parts of a path"));
    }
    match scheme(url) {
        Some(scheme) => {
            let lower = scheme.to_ascii_lowercase();
            if !ALLOWED_SCHEMES.contains(&lower.as_str()) {
                return Err(format!(
                    "URL `{shown}` uses the scheme `{scheme}:`, which luukku does not publish; expected https://, http://, mailto:, tel: or a path in the site"
                ));
            }
            let rest = &url[scheme.len() + 1..];
            if (lower == "http" || lower == "https") && !has_host(rest) {
                return Err(format!("URL `{shown}` has no host; expected e.g. `https://www.example.fi/page`"));
            }
            if (lower == "mailto" || lower == "tel") && rest.is_empty() {
                return Err(format!("URL `{shown}` is empty after `{scheme}:`; expected an address or a number"));
            }
            Ok(())
        }
        None if url.starts_with("//") => Err(format!(
            "URL `{shown}` starts with `//`, which leaves the site without saying how; expected `https://{}`",
            url.trim_start_matches('/')
        )),
        None => Ok(()),
    }
}

/// Checks an absolute web address (`http`/`https` with a host), such as `base-url`.
pub fn check_absolute_web(url: &str) -> Result<(), String> {
    check(url)?;
    match scheme(url).map(str::to_ascii_lowercase).as_deref() {
        Some("http" | "https") => Ok(()),
        _ => Err(format!("`{url}` is not an absolute web address; expected e.g. `https://palvelut.example.fi`")),
    }
}

/// The scheme of `url` per the URL standard: a letter, then letters, digits, `+`,
/// `-` or `.`, ended by `:` before any `/`, `?` or `#`.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let candidate = &url[..end];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(candidate)
}

fn has_host(rest: &str) -> bool {
    rest.strip_prefix("//").is_some_and(|r| r.split(['/', '?', '#']).next().is_some_and(|h| !h.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn web_mail_phone_and_site_paths_pass() {
        for ok in [
            "https://x.fi",
            "HTTP://x.fi/a?b#c",
            "mailto:a@b.fi",
            "tel:+358401234",
            "/a",
            "a/b",
            "#top",
            "?q=1",
            "docs/a:b",
            "2026:raportti",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn script_data_and_disguised_urls_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "//evil.example",
            "/\\evil.example",
            "https:evil",
            "file:///etc/passwd",
            "https://x.fi/\"><script>",
            "",
            "mailto:",
            "tel:",
            "https://",
        ] {
            assert!(check(bad).is_err(), "{bad:?} passed");
        }
    }
}
