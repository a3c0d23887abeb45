//! Calendar dates (`YYYY-MM-DD`), as `book.toml` and `meta.yaml` write them.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::Deserialize;

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month).contains(&day).then_some(Date { year, month, day })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Date::parse(&s)
            .ok_or_else(|| de::Error::custom(format!("`{s}` is not a date; expected YYYY-MM-DD such as 2026-11-01")))
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn d(year: u16, month: u8, day: u8) -> Option<Date> {
        Some(Date { year, month, day })
    }

    #[test]
    fn parses_exactly_yyyy_mm_dd() {
        assert_eq!(Date::parse("2026-11-01"), d(2026, 11, 1));
        assert_eq!(Date::parse("0999-01-31"), d(999, 1, 31));
        for bad in ["1.11.2026", "2026-1-01", "2026-01-1", "26-01-01", "2026-01-01-01", "2026/01/01", "", "2026-01"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn signs_and_spaces_are_not_digits() {
        for bad in ["+026-01-01", "2026-+1-01", "2026-01-+1", " 2026-01-01", "2026-01-01 ", "2026- 1-01", "-026-01-01"]
        {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn checks_that_the_day_exists() {
        assert_eq!(Date::parse("2026-00-10"), None);
        assert_eq!(Date::parse("2026-13-10"), None);
        assert_eq!(Date::parse("2026-01-00"), None);
        assert_eq!(Date::parse("2026-01-32"), None);
        for month in [1, 3, 5, 7, 8, 10, 12] {
            assert_eq!(Date::parse(&format!("2026-{month:02}-31")), d(2026, month, 31));
        }
        for month in [4, 6, 9, 11] {
            assert_eq!(Date::parse(&format!("2026-{month:02}-30")), d(2026, month, 30));
            assert_eq!(Date::parse(&format!("2026-{month:02}-31")), None, "month {month}");
        }
    }

    #[test]
    fn february_follows_the_gregorian_leap_years() {
        assert_eq!(Date::parse("2024-02-29"), d(2024, 2, 29), "divisible by 4");
        assert_eq!(Date::parse("2000-02-29"), d(2000, 2, 29), "divisible by 400");
        assert_eq!(Date::parse("1900-02-29"), None, "divisible by 100 only");
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2026-02-28"), d(2026, 2, 28));
        assert_eq!(Date::parse("2024-02-30"), None);
    }

    #[test]
    fn displays_as_it_is_written() {
        assert_eq!(Date { year: 2026, month: 3, day: 7 }.to_string(), "2026-03-07");
        assert_eq!(Date { year: 999, month: 12, day: 31 }.to_string(), "0999-12-31");
    }

    #[test]
    fn a_bad_date_in_yaml_says_what_was_expected() {
        let err = crate::yaml::parse::<Date>("1.11.2026", std::path::Path::new("t.yaml"), 1).expect_err("not a date");
        assert!(err.message.starts_with("`1.11.2026` is not a date; expected YYYY-MM-DD such as 2026-11-01"), "{err}");
        assert_eq!(
            crate::yaml::parse::<Date>("\"2026-11-01\"", std::path::Path::new("t.yaml"), 1).expect("a date"),
            Date { year: 2026, month: 11, day: 1 }
        );
    }
}
