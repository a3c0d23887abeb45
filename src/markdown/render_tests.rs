//! Unit tests of body rendering: component slots, and the plain-Markdown path
//! that skips the sanitizer (it must keep exactly what the sanitizer keeps).

use std::cell::RefCell;
use std::path::Path;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use pulldown_cmark::Parser;

use super::{is_plain, render_body, sanitizer, slot_nonce, splice, LinkResolver, MARK};
use crate::markdown::{headings, options, RESERVED_IDS};

#[test]
fn only_slots_with_the_bodys_nonce_are_spliced() {
    let nonce = slot_nonce("body");
    let html = format!("<p title=\"{MARK}0{MARK}\">x</p>{MARK}{nonce}:0{MARK}");
    assert_eq!(splice(&html, &nonce, &["<aside>c</aside>".to_string()]), "<p title=\"0\">x</p><aside>c</aside>");
    assert_ne!(slot_nonce("body"), slot_nonce("body "), "the nonce depends on the body");
}

struct Links;

impl LinkResolver for Links {
    fn resolve(&self, dest: &str) -> Result<String, String> {
        Ok(format!("../{}/", dest.trim_start_matches("@/")))
    }
}

fn render(body: &str) -> String {
    let heads = headings(body, RESERVED_IDS);
    render_body(body, 1, Path::new("fi.md"), &heads, &[], &Links, &mut |_| Ok(String::new())).expect("renders").html
}

/// Start tags with their attributes (sorted) and text, in document order: what
/// a browser builds from the HTML, whatever its serialization.
fn content(html: &str) -> Vec<String> {
    #[derive(Default)]
    struct Sink(RefCell<Vec<String>>);
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let mut out = self.0.borrow_mut();
            match token {
                Token::TagToken(tag) => {
                    let mut attrs: Vec<String> =
                        tag.attrs.iter().map(|a| format!("{}={:?}", a.name.local, a.value.to_string())).collect();
                    attrs.sort();
                    out.push(format!("{:?} {} {}", tag.kind, tag.name, attrs.join(" ")));
                }
                Token::CharacterTokens(text) => match out.last_mut() {
                    Some(last) if last.starts_with('"') => last.push_str(&text),
                    _ => out.push(format!("\"{text}")),
                },
                _ => {}
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.0.take()
}

fn all_plain(body: &str) -> bool {
    Parser::new_ext(body, options()).all(|e| is_plain(&e))
}

/// Bodies that skip the sanitizer come out with exactly the elements,
/// attributes and text the sanitizer would have kept: the bundled site's
/// bodies and one of each plain construct.
#[test]
fn a_plain_body_is_what_the_sanitizer_would_have_made_of_it() {
    let mut bodies: Vec<String> = vec![
        "# Otsikko {#oma .luokka .toinen}\n\nTeksti \"lainaus\" ja 'toinen' &amp; &lt;ei tagi&gt;&nbsp;väli.  \nRivinvaihto.\n\n---\n".into(),
        "3. kolme\n4. neljä\n\n- [x] tehty\n- [ ] tekemättä\n\n> lainaus *kursiivi* **lihava** ~~poistettu~~\n".into(),
        "```rust\nfn main() { println!(\"<b>\"); }\n```\n\n    sisennetty <koodi>\n\n`inline <code>`\n".into(),
        "| a | b | c |\n|---|:-:|--:|\n| 1 | <2 | 3 |\n\n[linkki](https://example.fi/?a=1&b=2 \"otsikko \\\"x\\\"\") ja [sisäinen](@/services/x#kohta)\n".into(),
        "![kuva &lt;alt&gt;](kuvat/x.png \"otsikko\") <https://example.fi> <info@example.fi> [puh](tel:+358401234567)\n".into(),
    ];
    for body in &bodies {
        let other: Vec<_> = Parser::new_ext(body, options()).filter(|e| !is_plain(e)).collect();
        assert!(other.is_empty(), "{body} is not plain Markdown: {other:?}");
    }
    let mut bundled = 0;
    for entry in walkdir::WalkDir::new("content").into_iter().filter_map(Result::ok) {
        if entry.path().extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(entry.path()).expect("bundled content");
            bodies.push(text.splitn(3, "---\n").nth(2).unwrap_or_default().to_string());
            bundled += 1;
        }
    }
    assert!(bundled > 50, "the bundled content is read ({bundled} files)");
    let mut plain = 0;
    for body in bodies.iter().filter(|b| all_plain(b)) {
        let html = render(body);
        assert_eq!(content(&html), content(&sanitizer().clean(&html).to_string()), "{body}");
        plain += 1;
    }
    assert!(plain > bundled / 2, "most bodies are plain Markdown ({plain} of {})", bodies.len());
}

/// Anything else goes through the sanitizer: raw HTML, a heading's own
/// attributes, footnotes (an author's label could be a template's id) and URLs
/// outside the policy. Aligned columns lose their style attribute either way.
#[test]
fn a_body_with_anything_but_plain_markdown_is_sanitized() {
    let reserved = RESERVED_IDS[0];
    let cases = [
        ("<p onclick=\"x()\">raw</p>\n", "onclick"),
        ("Teksti <img src=x onerror=alert(1)> tässä\n", "onerror"),
        ("# Otsikko {onclick=x() .ok}\n", "onclick"),
        (&format!("Viite[^{reserved}]\n\n[^{reserved}]: selitys\n") as &str, &format!("id=\"{reserved}\"") as &str),
        ("[x](javascript:alert(1))\n", "javascript"),
        ("<script>alert(1)</script>\n", "<script"),
    ];
    assert!(!render("| a |\n|:-:|\n| 1 |\n").contains("style"));
    for (body, unwanted) in cases {
        assert!(!all_plain(body), "{body} counts as plain");
        let html = render(body);
        assert!(!html.contains(unwanted), "{body} kept {unwanted}: {html}");
    }
}
