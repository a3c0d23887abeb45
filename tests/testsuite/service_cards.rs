//! Service cards as a citizen reads them: hours and dates written the way each
//! locale writes them, the whole week with its closed days, and the time zone of
//! "open now" taken from book.toml (and refused when it is not a real zone).

use crate::harness::{main_of, TestSite};

fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.build_ok();
    site
}

/// The text of the first element with this class in a page (tags dropped).
fn text_of_class(html: &str, class: &str) -> String {
    let start = html.find(&format!("class=\"{class}\"")).unwrap_or_else(|| panic!("no .{class}"));
    let open = start + html[start..].find('>').unwrap_or(0) + 1;
    let close = open + html[open..].find("</p>").unwrap_or(0);
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[open..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace('\u{ad}', "")
}

#[test]
fn the_week_is_written_in_each_locales_conventions_with_closed_days() {
    let site = built();
    let cases = [
        ("fi/palvelut/bussikortti/index.html", "ma–ke 8.00–16.00, to 8.00–18.00, pe 8.00–16.00, la–su suljettu"),
        ("sv/tjanster/busskort/index.html", "mån–ons 08:00–16:00, tors 08:00–18:00, fre 08:00–16:00, lör–sön stängt"),
        (
            "en/services/bus-card/index.html",
            "Mon–Wed 8:00\u{202f}AM – 4:00\u{202f}PM, Thu 8:00\u{202f}AM – 6:00\u{202f}PM, Fri 8:00\u{202f}AM – 4:00\u{202f}PM, Sat–Sun closed",
        ),
        (
            "selko/palvelut/bussikortti/index.html",
            "maanantai–keskiviikko kello 8.00–16.00, torstai kello 8.00–18.00, perjantai kello 8.00–16.00, lauantai–sunnuntai kiinni",
        ),
    ];
    for (page, week) in cases {
        assert_eq!(text_of_class(&site.read(page), "contact-hours"), week, "{page}");
    }
}

#[test]
fn dates_are_written_in_each_locales_conventions_and_kept_machine_readable() {
    let site = built();
    let cases = [
        ("fi/palvelut/bussikortti/index.html", "to 24.12.2026", "1.11.2026"),
        ("sv/tjanster/busskort/index.html", "tors 24 dec. 2026", "1 nov. 2026"),
        ("en/services/bus-card/index.html", "Thu, Dec 24, 2026", "Nov 1, 2026"),
        ("selko/palvelut/bussikortti/index.html", "to 24.12.2026", "1.11.2026"),
    ];
    for (page, exception, reviewed) in cases {
        let main = site.read(page);
        let main = main_of(&main);
        assert!(main.contains(&format!("<time datetime=\"2026-12-24\">{exception}</time>")), "{page}: {main}");
        assert!(main.contains(&format!("<time datetime=\"2026-11-01\">{reviewed}</time>")), "{page}");
        assert!(!main.contains(">2026-"), "{page}: an ISO date in visible text");
        assert!(!main.contains("08:00–16:00") || page.starts_with("sv/"), "{page}: machine times in visible text");
    }
}

#[test]
fn json_ld_gives_opening_hours_in_machine_form() {
    let site = built();
    let page = site.read("fi/palvelut/bussikortti/index.html");
    assert!(page.contains("\"openingHoursSpecification\":[{\"@type\":\"OpeningHoursSpecification\",\"closes\":\"18:00\",\"dayOfWeek\":[\"https://schema.org/Thursday\"],\"opens\":\"08:00\"}"));
    assert!(page.contains("\"validFrom\":\"2026-12-24\",\"validThrough\":\"2026-12-24\""));
}

#[test]
fn open_now_uses_the_time_zone_of_book_toml() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    assert!(site.read("fi/palvelut/bussikortti/index.html").contains("&quot;tz&quot;:&quot;Europe/Helsinki&quot;"));
    site.edit("book.toml", "default-locale = \"fi\"", "default-locale = \"fi\"\ntime-zone = \"America/New_York\"");
    site.build_ok();
    assert!(site.read("fi/palvelut/bussikortti/index.html").contains("&quot;tz&quot;:&quot;America/New_York&quot;"));
}
