//! Stale content: service cards whose facts nobody has reviewed for too long.
//!
//! A card records its last review in `meta.yaml` (`reviewed: { date, by }`);
//! `check.review-max-age-days` in `book.toml` (default 365) says how old that
//! date may be. A card without a review date is reported too: nobody can tell
//! whether its hours and numbers still hold.

use crate::config::Date;
use crate::content::Meta;
use crate::error::Diagnostic;
use crate::Site;

use super::Check;

/// The freshness findings of `site` as of `today`.
pub fn check(site: &Site, today: Date) -> Vec<Diagnostic> {
    let max_age = site.config.check.review_max_age_days;
    let mut findings = Vec::new();
    for item in site.library.items() {
        let (Meta::Service(meta), Some(path)) = (&item.meta, &item.meta_path) else {
            continue;
        };
        match &meta.reviewed {
            None => findings.push(
                Check::ReviewMissing
                    .at(path, 0, 0, format!("service card `{}` has no review date", item.key))
                    .with_hint("add `reviewed: {date: YYYY-MM-DD, by: …}` once the facts have been checked"),
            ),
            Some(review) if age_in_days(review.date, today) > i64::from(max_age) => {
                let line = date_line(&item.meta_text);
                let column = item
                    .meta_text
                    .lines()
                    .nth(line.saturating_sub(1))
                    .and_then(|l| l.find("date"))
                    .map_or(1, |c| c + 1);
                findings.push(
                    Check::ReviewStale
                        .at(path, line, column, format!("last reviewed on {}, more than {max_age} days ago (check.review-max-age-days in book.toml)", review.date))
                        .with_hint("check the card's facts, then set `reviewed.date` to the date of the review"),
                );
            }
            Some(_) => {}
        }
    }
    findings
}

/// The line of `date:` in the `reviewed:` block of a meta.yaml (its own line, or `reviewed:`'s).
fn date_line(meta: &str) -> usize {
    let Some(start) = meta.lines().position(|l| l.starts_with("reviewed:")) else {
        return 0;
    };
    let first = meta.lines().nth(start).unwrap_or("");
    if first.contains("date") {
        return start + 1;
    }
    meta.lines()
        .enumerate()
        .skip(start + 1)
        .take_while(|(_, l)| l.starts_with([' ', '\t']) || l.trim().is_empty())
        .find(|(_, l)| l.trim_start().starts_with("date"))
        .map_or(start + 1, |(i, _)| i + 1)
}

/// Days from `from` to `to` (negative when `from` is later).
pub fn age_in_days(from: Date, to: Date) -> i64 {
    day_number(to) - day_number(from)
}

/// Days since 1970-01-01 of a date (the proleptic Gregorian calendar).
pub fn day_number(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    } else {
        (i64::from(d.year), i64::from(d.month) - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`day_number`]).
pub fn date_of_day(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).expect("a date")
    }

    #[test]
    fn day_numbers_round_trip_and_count_leap_days() {
        assert_eq!(day_number(date("1970-01-01")), 0);
        assert_eq!(age_in_days(date("2024-02-28"), date("2024-03-01")), 2);
        assert_eq!(age_in_days(date("2025-11-01"), date("2026-11-01")), 365);
        assert_eq!(date_of_day(day_number(date("2026-12-01"))), date("2026-12-01"));
        assert_eq!(date_of_day(day_number(date("2000-02-29"))), date("2000-02-29"));
    }

    #[test]
    fn the_date_line_of_a_review_block() {
        assert_eq!(date_line("a: 1\nreviewed:\n  by: x\n  date: 2026-01-01\n"), 4);
        assert_eq!(date_line("reviewed: {date: 2026-01-01}\n"), 1);
    }
}
